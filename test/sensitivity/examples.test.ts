import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config, SensitivityConfig } from '../../src/config/types.js';
import type { Estimate, Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { mergeShards } from '../../src/shard/merge.js';
import { prepareSuite, type PreparedSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { useWasm } from '../helpers/backend.js';

// Sensitivity curves on the examples, through runSuite as a run computes
// them: no noise is the baseline to the bit; at s = 1 every curve ends on
// its named ablation by construction — a feature's or a group's on its
// `permute` ablation (the same permutations), a layer's output on its
// `mean` ablation (the same mean) — and the curves are the same whatever
// the workers or shards.

beforeAll(useWasm);

const cwd = process.cwd();
const source = { commit: 'abc', ref: 'main', configHash: `sha256:${'0'.repeat(64)}` };
const clock = () => new Date('2026-01-01T00:00:00Z');

const SENSITIVITY: SensitivityConfig = {
  layers: ['hidden_1'],
  features: ['worst_radius'],
  groups: ['mean-features'],
  layerNoise: ['weights', 'output'],
  scale: 'std',
  draws: DEFAULTS.sensitivityDraws,
  grid: [0, 0.01, 0.3, 0.99, 1],
  repeats: 5,
};

let suite: PreparedSuite;
let config: Config;

async function prepare(sensitivity: Partial<SensitivityConfig>): Promise<PreparedSuite> {
  const loaded = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
  config = {
    ...loaded,
    resamples: 400,
    ablations: {
      ...loaded.ablations,
      layers: ['hidden_1'],
      layerModes: ['mean'],
      features: ['worst_radius'],
      featureModes: ['permute'],
      sensitivity: { ...SENSITIVITY, ...sensitivity },
    },
  };
  return prepareSuite(config, cwd);
}

const run = (
  prepared: PreparedSuite,
  options: { workers: number; shard?: { index: number; count: number } },
) => runSuite(prepared, { backend: 'wasm', source, now: clock, ...options });

/** The metrics at a curve's last grid point (s = 1). */
function endOf(results: Results, id: string): Record<string, Estimate> {
  const curve = results.sensitivity!.curves.find((c) => c.id === id)!;
  expect(curve.points[curve.points.length - 1].s).toBe(1);
  return curve.points[curve.points.length - 1].metrics;
}

/** Whether two estimates agree within Monte Carlo error: the difference inside the wider interval's half-width. */
function agree(a: Estimate, b: { value: number; ci: [number, number] }): boolean {
  if (a.value === null) return false;
  const half = Math.max((a.ci[1] - a.ci[0]) / 2, (b.ci[1] - b.ci[0]) / 2);
  return Math.abs(a.value - b.value) <= half;
}

describe('sensitivity curves on breast-cancer', () => {
  let results: Results;
  beforeAll(async () => {
    suite = await prepare({});
    results = await run(suite, { workers: 1 });
  }, 120_000);
  afterAll(() => suite.model.dispose());

  it('writes a valid document with a curve per component and noise, ranked', () => {
    expect(resultsProblem(JSON.parse(JSON.stringify(results)))).toBeUndefined();
    const curves = results.sensitivity!.curves;
    expect(curves.map((c) => c.id)).toEqual([
      'layer:hidden_1:weights',
      'layer:hidden_1:output',
      'feature:worst_radius:input',
      'group:mean-features:input',
    ]);
    expect(curves.map((c) => c.rank).sort()).toEqual([1, 2, 3, 4]);
    for (const curve of curves) expect(curve.points.map((p) => p.s)).toEqual(SENSITIVITY.grid);
  });

  it('gives exactly the baseline at s = 0, on every metric', () => {
    for (const curve of results.sensitivity!.curves) {
      for (const m of config.metrics) {
        const point = curve.points[0].metrics[m];
        expect([curve.id, m, point.value]).toEqual([
          curve.id,
          m,
          results.baseline.metrics[m].value,
        ]);
      }
    }
  });

  it('ends at s = 1 exactly on the permute ablation (features, groups), every metric', () => {
    for (const [curveId, ablationId] of [
      ['feature:worst_radius:input', 'feature:worst_radius:permute'],
      ['group:mean-features:input', 'group:mean-features:permute'],
    ]) {
      const end = endOf(results, curveId);
      const ablated = results.components.find((c) => c.id === ablationId)!.metrics!;
      for (const m of config.metrics) {
        expect([curveId, m, end[m].value]).toEqual([curveId, m, ablated[m].value]);
      }
    }
  });

  it("ends at s = 1 exactly on the mean ablation (a layer's output), every metric", () => {
    const end = endOf(results, 'layer:hidden_1:output');
    const ablated = results.components.find((c) => c.id === 'layer:hidden_1:mean')!.metrics!;
    for (const m of config.metrics) expect([m, end[m].value]).toEqual([m, ablated[m].value]);
  });

  it("fades into the mean ablation: a layer's output at s = 0.99 within Monte Carlo error of s = 1", () => {
    const curve = results.sensitivity!.curves.find((c) => c.id === 'layer:hidden_1:output')!;
    const [near, end] = curve.points.slice(-2);
    expect(near.s).toBe(0.99);
    // Not roc_auc: it ranks, and ranks keep the value's correlation √(1 − 0.99²) = 0.14 at any shrink.
    for (const m of ['accuracy', 'f1', 'log_loss']) {
      const e = end.metrics[m];
      if (e.value === null) throw new Error(m);
      expect([m, agree(near.metrics[m], e)]).toEqual([m, true]);
    }
  });

  it('moves away from the baseline as s grows (the feature that matters most)', () => {
    const curve = results.sensitivity!.curves.find((c) => c.id === 'feature:worst_radius:input')!;
    const losses = curve.points.map((p) => p.metrics.log_loss.value!);
    expect(losses[4]).toBeGreaterThan(losses[0]);
    expect(curve.area.log_loss.value).toBeGreaterThan(0);
  });

  it('is the same document with 2 workers, and from 2 merged shards', async () => {
    const two = await run(suite, { workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(results));
    const shards = [];
    for (const index of [2, 1]) {
      const shard = await run(suite, { workers: 1, shard: { index, count: 2 } });
      expect(shard.sensitivity === undefined).toBe(index === 2);
      shards.push({ file: `${index}.json`, results: shard });
    }
    const merged = mergeShards(shards);
    expect(JSON.stringify(merged.sensitivity)).toBe(JSON.stringify(results.sensitivity));
    expect(Object.keys(merged)).toEqual(Object.keys(results));
  }, 120_000);
});

describe('sensitivity curves with Gaussian draws', () => {
  it('end at s = 1 near the permute ablation for one feature', async () => {
    const prepared = await prepare({ draws: 'gaussian', grid: [0, 1], layers: [], groups: [] });
    try {
      const results = await run(prepared, { workers: 1 });
      const curve = results.sensitivity!.curves.find((c) => c.id === 'feature:worst_radius:input')!;
      const c = results.components.find((x) => x.id === 'feature:worst_radius:permute')!;
      for (const m of ['accuracy', 'log_loss']) {
        const ablated = c.metrics![m];
        if (ablated.value === null) throw new Error(m);
        expect([
          m,
          agree(curve.points[1].metrics[m], { value: ablated.value, ci: ablated.valueCi }),
        ]).toEqual([m, true]);
      }
    } finally {
      prepared.model.dispose();
    }
  }, 120_000);
});

describe('sensitivity curves on digits', () => {
  let results: Results;
  let digits: Config;
  beforeAll(async () => {
    const loaded = await loadConfig('examples/digits/ablation.yml', { cwd });
    digits = {
      ...loaded,
      resamples: 400,
      repeats: 3,
      ablations: {
        ...loaded.ablations,
        layers: ['conv_2'],
        layerModes: ['mean'],
        features: [],
        featureModes: ['permute'],
        sensitivity: {
          ...SENSITIVITY,
          layers: ['conv_2'],
          features: [],
          groups: ['center'],
          grid: [0, 0.5, 1],
          repeats: 3,
        },
      },
    };
    const prepared = await prepareSuite(digits, cwd);
    try {
      results = await run(prepared, { workers: 1 });
    } finally {
      prepared.model.dispose();
    }
  }, 240_000);

  it('starts at s = 0 on the baseline, every curve and metric', () => {
    for (const curve of results.sensitivity!.curves)
      for (const m of digits.metrics)
        expect([curve.id, m, curve.points[0].metrics[m].value]).toEqual([
          curve.id,
          m,
          results.baseline.metrics[m].value,
        ]);
  });

  it('ends at s = 1 exactly on the permute ablation of a non-Gaussian group (center)', () => {
    const end = endOf(results, 'group:center:input');
    const ablated = results.components.find((c) => c.id === 'group:center:permute')!.metrics!;
    for (const m of digits.metrics) expect([m, end[m].value]).toEqual([m, ablated[m].value]);
  });

  it("ends at s = 1 exactly on the mean ablation (conv_2's output), every metric", () => {
    const end = endOf(results, 'layer:conv_2:output');
    const ablated = results.components.find((c) => c.id === 'layer:conv_2:mean')!.metrics!;
    for (const m of digits.metrics) expect([m, end[m].value]).toEqual([m, ablated[m].value]);
  });
});
