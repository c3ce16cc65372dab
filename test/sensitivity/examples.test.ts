import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Config, SensitivityConfig } from '../../src/config/types.js';
import type { Estimate, Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { mergeShards } from '../../src/shard/merge.js';
import { prepareSuite, type PreparedSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { useWasm } from '../helpers/backend.js';

// Sensitivity curves on the examples, through runSuite as a run computes
// them: no noise is the baseline to the bit; at s = 1 a feature's or a
// group's curve ends at its `permute` ablation and a layer's output curve
// near its `mean` ablation, within Monte Carlo error; and the curves are the
// same whatever the workers or shards.

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
  draws: 'permutation',
  grid: [0, 0.01, 0.3, 1],
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

  it('ends at s = 1 on the permute ablation (features, groups) within Monte Carlo error', () => {
    for (const [curveId, ablationId] of [
      ['feature:worst_radius:input', 'feature:worst_radius:permute'],
      ['group:mean-features:input', 'group:mean-features:permute'],
    ]) {
      const curve = results.sensitivity!.curves.find((c) => c.id === curveId)!;
      const ablated = results.components.find((c) => c.id === ablationId)!;
      for (const m of ['accuracy', 'log_loss']) {
        const end = curve.points[curve.points.length - 1].metrics[m];
        const contribution = ablated.metrics![m];
        if (contribution.value === null) throw new Error(`${ablationId} ${m} undefined`);
        expect([
          curveId,
          m,
          agree(end, { value: contribution.value, ci: contribution.valueCi }),
        ]).toEqual([curveId, m, true]);
      }
    }
  });

  it('moves away from the baseline as s grows (the feature that matters most)', () => {
    const curve = results.sensitivity!.curves.find((c) => c.id === 'feature:worst_radius:input')!;
    const losses = curve.points.map((p) => p.metrics.log_loss.value!);
    expect(losses[3]).toBeGreaterThan(losses[0]);
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

  it('end at s = 1 near the mean ablation for a layer output (digits, conv_2)', async () => {
    const loaded = await loadConfig('examples/digits/ablation.yml', { cwd });
    const digits = await prepareSuite(
      {
        ...loaded,
        resamples: 400,
        ablations: {
          ...loaded.ablations,
          layers: ['conv_2'],
          layerModes: ['mean'],
          features: [],
          groups: [],
          sensitivity: {
            ...SENSITIVITY,
            layers: ['conv_2'],
            features: [],
            groups: [],
            layerNoise: ['output'],
            grid: [0, 1],
          },
        },
      },
      cwd,
    );
    try {
      const results = await run(digits, { workers: 1 });
      const curve = results.sensitivity!.curves[0];
      expect(curve.id).toBe('layer:conv_2:output');
      expect(curve.points[0].metrics.accuracy.value).toBe(results.baseline.metrics.accuracy.value);
      const c = results.components.find((x) => x.id === 'layer:conv_2:mean')!.metrics!.accuracy;
      if (c.value === null) throw new Error('conv_2 mean');
      expect(agree(curve.points[1].metrics.accuracy, { value: c.value, ci: c.valueCi })).toBe(true);
    } finally {
      digits.model.dispose();
    }
  }, 120_000);
});
