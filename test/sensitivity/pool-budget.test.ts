import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Evaluator } from '../../src/ablation/evaluate.js';
import { loadConfig } from '../../src/config/load.js';
import type { SensitivityConfig } from '../../src/config/types.js';
import { budgetNotice } from '../../src/results/budget-notice.js';
import { resultsProblem } from '../../src/results/validate.js';
import { CurveEvaluator } from '../../src/sensitivity/evaluate.js';
import { planCurveUnits } from '../../src/sensitivity/units.js';
import { timeSample } from '../../src/budget/tfjs-sample.js';
import { modelData, prepareSuite, type PreparedSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { curvePlanOf } from '../../src/suite/sensitivity-stage.js';
import { useWasm } from '../helpers/backend.js';

// Sensitivity curves share the run's workers and its time limit: with
// workers, no curve unit is evaluated on this thread (they go to the pool,
// as the ablations' units do); the time limit's sample times each kind of
// curve and counts its evaluations; the deadline leaves out the curves it
// cannot reach, and the document and the notice say how many. No timing is
// asserted: the clocks here are counters.

beforeAll(useWasm);

const cwd = process.cwd();
const source = { commit: 'abc', ref: 'main', configHash: `sha256:${'0'.repeat(64)}` };
const T0 = Date.parse('2026-01-01T00:00:00Z');
const clock = () => new Date(T0);

const SENSITIVITY: SensitivityConfig = {
  layers: ['hidden_1'],
  features: ['worst_radius'],
  groups: ['mean-features'],
  layerNoise: ['weights', 'output'],
  scale: 'std',
  draws: 'gaussian',
  grid: [0, 0.01, 0.3, 1],
  repeats: 5,
};
const IDS = [
  'layer:hidden_1:weights',
  'layer:hidden_1:output',
  'feature:worst_radius:input',
  'group:mean-features:input',
];

let suite: PreparedSuite;

beforeAll(async () => {
  const loaded = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
  suite = await prepareSuite(
    {
      ...loaded,
      resamples: 200,
      ablations: {
        ...loaded.ablations,
        layers: ['hidden_1'],
        layerModes: ['mean'],
        features: ['worst_radius'],
        featureModes: ['permute'],
        sensitivity: SENSITIVITY,
      },
    },
    cwd,
  );
}, 120_000);
afterAll(() => suite.model.dispose());
afterEach(() => vi.restoreAllMocks());

describe('sensitivity curves on the worker pool', () => {
  it('are units of the pool: none evaluated on this thread with 2 workers, all of them with 1', async () => {
    const here = vi.spyOn(CurveEvaluator.prototype, 'evaluateUnit');
    const two = await runSuite(suite, { backend: 'wasm', source, now: clock, workers: 2 });
    expect(two.sensitivity!.curves.map((c) => c.id).sort()).toEqual([...IDS].sort());
    expect(here).toHaveBeenCalledTimes(0);
    const one = await runSuite(suite, { backend: 'wasm', source, now: clock, workers: 1 });
    // n = 199 rows fit one pass: a layer curve is a unit per grid point, a feature's one unit.
    expect(here).toHaveBeenCalledTimes(4 + 4 + 1 + 1);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);

  it('gives the same document over many row ranges, on 1 and 2 workers', async () => {
    // A small memory budget: passes of a few dozen rows, so every curve is many units.
    const options = { backend: 'wasm' as const, source, now: clock, memoryBudget: 40_000 };
    const here = vi.spyOn(CurveEvaluator.prototype, 'evaluateUnit');
    const one = await runSuite(suite, { ...options, workers: 1 });
    expect(here.mock.calls.length).toBeGreaterThan(4 + 4 + 1 + 1);
    const two = await runSuite(suite, { ...options, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);

  it('splits a curve by grid point (layers) and row batch (features), whatever the workers', () => {
    const plan = curvePlanOf(suite)!;
    const units = planCurveUnits(plan, 199, 64);
    expect(units.map((curve) => curve.length)).toEqual([16, 16, 4, 4]);
    expect(units[0].slice(0, 5).map((u) => [u.points, u.start, u.end])).toEqual([
      [[0], 0, 64],
      [[1], 0, 64],
      [[2], 0, 64],
      [[3], 0, 64],
      [[0], 64, 128],
    ]);
    expect(units[2].map((u) => [u.points, u.start, u.end])).toEqual([
      [[0, 1, 2, 3], 0, 64],
      [[0, 1, 2, 3], 64, 128],
      [[0, 1, 2, 3], 128, 192],
      [[0, 1, 2, 3], 192, 199],
    ]);
  });
});

describe('sensitivity curves under a time limit', () => {
  it('are timed by kind and counted in the sample: curves × noisy grid points × repeats', () => {
    let tick = 0;
    const counter = (): number => tick++;
    const sample = timeSample(suite, suite.components, counter);
    // Every timed call reads the counter twice: one second each.
    expect(sample.curveSeconds).toEqual({ input: 1, weights: 1, output: 1 });
    // After the layer and feature ablations: input (a feature and a group), weights, output.
    expect(sample.work.slice(2)).toEqual([
      { deterministic: 2 * 3 * 5, stochastic: 0, unit: 1 },
      { deterministic: 3 * 5, stochastic: 0, unit: 1 },
      { deterministic: 3 * 5, stochastic: 0, unit: 1 },
    ]);
    // A shard that does not measure the curves does not count them.
    tick = 0;
    const shard = timeSample(suite, suite.components, counter, []);
    expect([shard.work.length, shard.curveSeconds]).toEqual([2, {}]);
  });

  it('leaves out the curves the deadline cannot reach, and says how many', async () => {
    const results = await runSuite(suite, {
      backend: 'wasm',
      source,
      now: clock,
      workers: 1,
      budget: {
        record: { limit: 60, estimate: 90, repeats: null, rows: null, notEvaluated: 0 },
        // Room for one curve of 15 evaluations at 1 s each, not two.
        deadline: T0 + 20_000,
        unitSeconds: 0,
        curveSeconds: { input: 1, weights: 1, output: 1 },
      },
    });
    expect(resultsProblem(JSON.parse(JSON.stringify(results)))).toBeUndefined();
    expect(results.sensitivity!.curves.map((c) => c.id)).toEqual([IDS[0]]);
    expect(results.run.budget).toEqual({
      limit: 60,
      estimate: 90,
      repeats: null,
      rows: null,
      notEvaluated: 0,
      curvesNotEvaluated: 3,
    });
    expect(budgetNotice(results.run.budget!)).toBe(
      'time limit 60 s: the plan as configured needs an estimated 90 s; it fits; ' +
        '3 sensitivity curves not evaluated before the deadline',
    );
  }, 120_000);

  it('evaluates every curve when the deadline leaves room', async () => {
    const results = await runSuite(suite, {
      backend: 'wasm',
      source,
      now: clock,
      workers: 1,
      budget: {
        record: { limit: 600, estimate: 90, repeats: null, rows: null, notEvaluated: 0 },
        deadline: T0 + 600_000,
        unitSeconds: 0,
        curveSeconds: { input: 1, weights: 1, output: 1 },
      },
    });
    expect(results.sensitivity!.curves.map((c) => c.id).sort()).toEqual([...IDS].sort());
    expect(results.run.budget).toEqual({
      limit: 600,
      estimate: 90,
      repeats: null,
      rows: null,
      notEvaluated: 0,
    });
  }, 120_000);
});

describe('one activation cache', () => {
  it('weight noise leaves it clean: the next unit on those rows reads the baseline', () => {
    const data = modelData(suite);
    // Passes of about 50 rows: the cache holds one row range at a time.
    const make = () =>
      new Evaluator(suite.graph, suite.inputShape, data, {
        seed: 1,
        repeats: 1,
        memoryBudget: 40_000,
      });
    const layer = (name: string, noise: 'weights' | 'output') => ({
      id: `layer:${name}:${noise}`,
      kind: 'layer' as const,
      name,
      on: 'layers' as const,
      layers: [name],
      noise,
    });
    const plan = {
      curves: [layer('hidden_1', 'weights'), layer('hidden_2', 'output')],
      settings: { ...curvePlanOf(suite)!.settings, grid: [0.5], repeats: 1 },
    };
    const fresh = make();
    const reference = new CurveEvaluator(fresh, suite.graph, data, plan);
    const used = make();
    const curves = new CurveEvaluator(used, suite.graph, data, plan);
    try {
      const [weights, output] = planCurveUnits(plan, suite.dataset.n, used.rowsPerPass);
      expect([weights.length, output.length]).toEqual([3, 3]);
      const expected = reference.evaluateUnit(output[1]);
      curves.evaluateUnit(output[0]); // the cache: rows of the first range
      curves.evaluateUnit(weights[1]); // the second range's activations, with noisy weights about
      expect(Array.from(curves.evaluateUnit(output[1]))).toEqual(Array.from(expected));
    } finally {
      reference.dispose();
      curves.dispose();
      fresh.dispose();
      used.dispose();
    }
  });

  it('curves read the ablation evaluator’s cached activations, not a cache of their own', () => {
    const evaluator = new Evaluator(suite.graph, suite.inputShape, modelData(suite), {
      seed: 1,
      repeats: 1,
    });
    try {
      const plan = curvePlanOf(suite)!;
      const curves = new CurveEvaluator(evaluator, suite.graph, modelData(suite), plan);
      const cached = vi.spyOn(evaluator.layers, 'activations');
      const units = planCurveUnits(plan, suite.dataset.n, evaluator.rowsPerPass);
      curves.evaluateUnit(units[1][1]); // output noise at s = 0.01
      expect(cached).toHaveBeenCalled();
      curves.dispose();
    } finally {
      evaluator.dispose();
    }
  });
});
