import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { prepareMetric } from '../../src/metrics/index.js';
import type { Predictions } from '../../src/metrics/types.js';
import { BlockScorer } from '../../src/stats/resample-scoring/scorer.js';
import { Baseline } from '../../src/stats/resample-scoring/variant.js';
import { Resamples } from '../../src/stats/resamples.js';
import { useWasm } from '../helpers/backend.js';
import { asRegression, examplePredictions, type ExamplePredictions } from './examples.js';

const B = 200;

/** Exact for the metrics read from integer counts or ranks; 1e-12 relative for loss sums. */
const EXACT = new Set<MetricName>([
  'accuracy',
  'error_rate',
  'precision',
  'recall',
  'f1',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'f1_weighted',
  'roc_auc',
]);

const CLASSIFICATION: MetricName[] = [...EXACT, 'log_loss'];
const REGRESSION: MetricName[] = ['mse', 'rmse', 'mae', 'r2'];

let cancer: ExamplePredictions;
let digits: ExamplePredictions;

beforeAll(async () => {
  await useWasm();
  cancer = await examplePredictions('breast-cancer', { every: 3, repeats: 3 });
  digits = await examplePredictions('digits', { every: 17, repeats: 2 });
}, 120_000);

/** Every metric on every resample, scored block by block from the recorded changes. */
function kernelScores(
  metrics: MetricName[],
  baseline: Predictions,
  variants: Predictions[],
  resamples: Resamples,
  simd = true,
): { base: Float64Array[]; ablated: Float64Array[][] } {
  const reference = new Baseline(metrics, baseline);
  const recorded = variants.map((v) => reference.record(v));
  const scorer = new BlockScorer(reference, { simd });
  const base = metrics.map(() => new Float64Array(B));
  const ablated = recorded.map(() => metrics.map(() => new Float64Array(B)));
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    metrics.forEach((name, m) => scorer.scoreBaseline(name, base[m]));
    recorded.forEach((v, r) =>
      metrics.forEach((name, m) => scorer.scoreVariant(name, v, ablated[r][m])),
    );
  }
  return { base, ablated };
}

/** The same, each resample's metric computed from scratch on its Float64 weights. */
function straightforward(
  metrics: MetricName[],
  preds: Predictions,
  resamples: Resamples,
): Float64Array[] {
  return metrics.map((name) => {
    const metric = prepareMetric(name, preds);
    return Float64Array.from({ length: B }, (_, b) => metric(resamples.get(b)));
  });
}

function expectSame(
  name: MetricName,
  actual: Float64Array,
  expected: Float64Array,
  what: string,
): void {
  if (EXACT.has(name)) {
    expect(actual, what).toEqual(expected);
    return;
  }
  for (let b = 0; b < B; b++) {
    const [x, y] = [actual[b], expected[b]];
    if (x === y) continue;
    if (Number.isNaN(y)) expect(x, `${what}, resample ${b}`).toBeNaN();
    else
      expect(Math.abs(x - y), `${what}, resample ${b}: ${x} vs ${y}`).toBeLessThanOrEqual(
        1e-12 * Math.abs(y),
      );
  }
}

describe('the bootstrap kernels equal scoring every resample from scratch', () => {
  const cases: [
    string,
    () => {
      metrics: MetricName[];
      data: ExamplePredictions;
      map?: (p: Predictions) => Predictions;
    },
  ][] = [
    ['breast-cancer (binary)', () => ({ metrics: CLASSIFICATION, data: cancer })],
    ['digits (10 classes)', () => ({ metrics: CLASSIFICATION, data: digits })],
    [
      'breast-cancer read as a regression',
      () => ({ metrics: REGRESSION, data: cancer, map: asRegression }),
    ],
  ];

  it.each(cases)('%s: baseline and every ablated prediction, on every resample', (_, setup) => {
    const { metrics, data, map = (p) => p } = setup();
    const baseline = map(data.baseline);
    const variants = data.components.flatMap((c) => c.ablated.map(map));
    const resamples = new Resamples(data.seed, baseline.n, B);
    const kernels = kernelScores(metrics, baseline, variants, resamples);
    const expectedBase = straightforward(metrics, baseline, resamples);
    metrics.forEach((name, m) =>
      expectSame(name, kernels.base[m], expectedBase[m], `baseline ${name}`),
    );
    let flipped = 0;
    variants.forEach((variant, r) => {
      const expected = straightforward(metrics, variant, resamples);
      metrics.forEach((name, m) =>
        expectSame(name, kernels.ablated[r][m], expected[m], `variant ${r} ${name}`),
      );
      if (variant.predicted.some((p, i) => p !== baseline.predicted[i])) flipped++;
    });
    // The data exercise the kernels: ablations that change predictions, and ones that don't.
    if (baseline.task !== 'regression') expect(flipped).toBeGreaterThan(3);
  });

  it.each(cases)(
    '%s: the same numbers whatever the blocks of resamples and row kernels',
    (_, setup) => {
      const { metrics, data, map = (p) => p } = setup();
      const baseline = map(data.baseline);
      const variants = data.components.flatMap((c) => c.ablated.map(map));
      const whole = new Resamples(data.seed, baseline.n, B);
      // Blocks of 7 resamples, the last one of 4.
      const small = new Resamples(data.seed, baseline.n, B, 7 * baseline.n);
      expect(small.blockSize).toBe(7);
      expect(whole.blockSize).toBe(B);
      const expected = kernelScores(metrics, baseline, variants, whole);
      expect(kernelScores(metrics, baseline, variants, small)).toEqual(expected);
      // The WebAssembly row kernels and the JavaScript ones agree bit for bit.
      expect(kernelScores(metrics, baseline, variants, small, false)).toEqual(expected);
    },
  );
});

describe('a loss that is not finite', () => {
  it('counts only on the resamples that draw its example, as the metric does', () => {
    const baseline = asRegression(cancer.baseline);
    const broken = asRegression(cancer.components[0].ablated[0]);
    broken.scores[5] = NaN;
    broken.scores[9] = Infinity;
    const resamples = new Resamples(cancer.seed, baseline.n, B);
    const kernels = kernelScores(REGRESSION, baseline, [broken], resamples);
    const expected = straightforward(REGRESSION, broken, resamples);
    // Some resamples leave both examples out and stay finite.
    expect(expected[0].some(Number.isFinite)).toBe(true);
    expect(expected[0].some(Number.isNaN)).toBe(true);
    REGRESSION.forEach((name, m) => expectSame(name, kernels.ablated[0][m], expected[m], name));
  });
});

describe('Resamples', () => {
  it('lays out each resample of the run seed as its own stream draws it, block by block', () => {
    const n = 57;
    const resamples = new Resamples(3, n, 30, 8 * n);
    const seen: number[] = [];
    for (const block of resamples.blocks()) {
      for (let j = 0; j < block.size; j++) {
        const counts = resamples.get(block.first + j);
        const column = Float64Array.from(
          { length: n },
          (_, i) => block.weights[i * block.size + j],
        );
        expect(column).toEqual(counts);
        seen.push(block.first + j);
      }
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, b) => b));
    // Drawn once and kept: the second pass gives the same blocks.
    expect([...resamples.blocks()]).toStrictEqual([...resamples.blocks()]);
  });
});
