import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelUnitTest } from '../../src/config/types.js';
import type { Predictions } from '../../src/metrics/types.js';
import { decodeSlice } from '../../src/results/slice.js';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { runUnitTest } from '../../src/suite/unit-tests.js';

function binary(labels: number[], p1: number[]): Predictions {
  return {
    task: 'binary',
    n: labels.length,
    k: 2,
    yTrue: Float64Array.from(labels),
    scores: Float64Array.from(p1.flatMap((p) => [1 - p, p])),
    predicted: Int32Array.from(p1, (p) => (p > 1 - p ? 1 : 0)),
  };
}

/** Three-class predictions: probability 0.8 on the predicted class, 0.1 on each other. */
function multiclass(labels: number[], predicted: number[]): Predictions {
  return {
    task: 'multiclass',
    n: labels.length,
    k: 3,
    yTrue: Float64Array.from(labels),
    scores: Float64Array.from(
      predicted.flatMap((c) => [0, 1, 2].map((j) => (j === c ? 0.8 : 0.1))),
    ),
    predicted: Int32Array.from(predicted),
  };
}

/** test/golden/macro-bounds.json, written by scripts/golden/macro-bounds.py (SciPy 1.10.1 `beta.ppf`). */
const MACRO_BOUNDS = (
  JSON.parse(readFileSync(new URL('../golden/macro-bounds.json', import.meta.url), 'utf8')) as {
    cases: { name: string; ci: [number, number] }[];
  }
).cases;

// Class 0: 8 of 10 right, 2 predicted 1; class 1: 9 of 10, 1 predicted 2; class 2: 10 of 10.
const threeClasses = multiclass(
  [...Array<number>(10).fill(0), ...Array<number>(10).fill(1), ...Array<number>(10).fill(2)],
  [
    ...[0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
    ...[1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
    ...Array<number>(10).fill(2),
  ],
);
// TP 16, FN 2, FP 2, TN 20.
const twoClasses = binary(
  [...Array<number>(18).fill(1), ...Array<number>(22).fill(0)],
  Array.from({ length: 40 }, (_, i) => (i < 16 || (i >= 18 && i < 20) ? 0.9 : 0.1)),
);
// Labels 0 and 1, 10 each; class 0's last 2 rows predicted 2, a class no row is labelled.
const onlyPredicted = multiclass(
  [...Array<number>(10).fill(0), ...Array<number>(10).fill(1)],
  [...Array<number>(8).fill(0), 2, 2, ...Array<number>(10).fill(1)],
);

const test = (metric: ModelUnitTest['metric'], value: number, cls?: string): ModelUnitTest => ({
  name: `${metric}-test`,
  where: {},
  metric,
  threshold: { op: '>=', value },
  minExamples: 1,
  ...(cls === undefined ? {} : { class: cls }),
});
const options = { seed: 1, resamples: 200, confidence: 0.95 };
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('runUnitTest', () => {
  it('decides a proportion by Clopper–Pearson and shows the rows it counts (issue 11.9)', () => {
    // 30 examples: 12 of class 0, 11 of them right; 18 of class 1, all right.
    const labels = [...Array<number>(12).fill(0), ...Array<number>(18).fill(1)];
    const p1 = labels.map((y, i) => (i === 0 ? 0.9 : y === 1 ? 0.8 : 0.2));
    const result = runUnitTest(test('recall', 0.5, '0'), all(30), binary(labels, p1), {
      ...options,
      cls: 0,
    });
    expect(result).toMatchObject({
      n: 12,
      value: 11 / 12,
      ci: clopperPearsonInterval(11, 12),
      method: 'clopper-pearson',
      status: 'pass',
    });
    expect(Array.from(decodeSlice(result.slice!, 30))).toEqual(Array.from(all(30)));
  });

  it('never passes a perfect slice it cannot vouch for: 20 of 20 against 0.95 is inconclusive', () => {
    const labels = Array<number>(20).fill(1);
    const result = runUnitTest(
      test('accuracy', 0.95),
      all(20),
      binary(
        labels,
        labels.map(() => 0.9),
      ),
      options,
    );
    expect(result.ci).toEqual([0.8315665290169147, 1]);
    expect(result.status).toBe('inconclusive');
  });

  it('gives F1 of one class the exact interval through J = TP / (TP + FP + FN)', () => {
    // TP 16, FN 2, FP 2, TN 20.
    const labels = [...Array<number>(18).fill(1), ...Array<number>(22).fill(0)];
    const p1 = labels.map((y, i) => (y === 1 ? (i < 16 ? 0.9 : 0.1) : i < 20 ? 0.9 : 0.1));
    const result = runUnitTest(test('f1', 0.5), all(40), binary(labels, p1), options);
    const [lo, hi] = clopperPearsonInterval(16, 20);
    expect(result.value).toBeCloseTo(32 / 36, 12);
    expect(result.method).toBe('clopper-pearson-f1');
    expect(result.ci![0]).toBeCloseTo((2 * lo) / (1 + lo), 14);
    expect(result.ci![1]).toBeCloseTo((2 * hi) / (1 + hi), 14);
  });

  it('bounds two-class AUC on min(positives, negatives) trials, rounded outward', () => {
    // 6 positives, 10 negatives, perfectly ranked: AUC 1 on m = 6 trials.
    const labels = [...Array<number>(6).fill(1), ...Array<number>(10).fill(0)];
    const p1 = labels.map((y, i) => (y === 1 ? 0.6 + i / 100 : 0.1 + i / 100));
    const result = runUnitTest(test('roc_auc', 0.5), all(16), binary(labels, p1), options);
    expect(result.value).toBe(1);
    expect(result).toMatchObject({
      method: 'clopper-pearson-auc',
      ci: clopperPearsonInterval(6, 6),
    });
    expect(result.status).toBe('pass');
  });

  it.each([
    {
      what: 'macro F1 of 3 classes',
      metric: 'f1_macro' as const,
      // Class 0: 8 of 10 right, 2 predicted 1; class 1: 9 of 10, 1 predicted 2; class 2: 10 of 10.
      slice: threeClasses,
      method: 'clopper-pearson-f1',
    },
    {
      what: 'macro F1 of 2 classes',
      metric: 'f1_macro' as const,
      // TP 16, FN 2, FP 2, TN 20.
      slice: twoClasses,
      method: 'clopper-pearson-f1',
    },
    {
      what: 'macro precision of 3 classes',
      metric: 'precision_macro' as const,
      slice: threeClasses,
      method: 'clopper-pearson',
    },
    {
      what: 'macro recall of 3 classes',
      metric: 'recall_macro' as const,
      slice: threeClasses,
      method: 'clopper-pearson',
    },
    {
      what: 'weighted F1 of 2 classes',
      metric: 'f1_weighted' as const,
      slice: twoClasses,
      method: 'clopper-pearson-f1',
    },
    {
      what: 'precision of the true classes',
      metric: 'precision' as const,
      slice: onlyPredicted,
      method: 'clopper-pearson',
    },
    {
      what: 'macro recall with a class only predicted',
      metric: 'recall_macro' as const,
      slice: onlyPredicted,
      method: 'clopper-pearson',
    },
    {
      what: 'ROC AUC of 3 classes',
      metric: 'roc_auc' as const,
      // 4 rows a class, perfectly ranked: every one-vs-rest AUC is 1 on m = 4 trials.
      slice: multiclass(
        [...Array<number>(4).fill(0), ...Array<number>(4).fill(1), ...Array<number>(4).fill(2)],
        [...Array<number>(4).fill(0), ...Array<number>(4).fill(1), ...Array<number>(4).fill(2)],
      ),
      method: 'clopper-pearson-auc',
    },
  ])(
    'bounds $what by the mean of each class’s exact bounds at level 0.025/classes (issue 15, item 34)',
    ({ what, metric, slice, method }) => {
      const { ci } = MACRO_BOUNDS.find((c) => c.name === what)!;
      const result = runUnitTest(test(metric, 0.5), all(slice.n), slice, options);
      expect(result.method).toBe(method);
      expect(result.ci![0]).toBeCloseTo(ci[0], 12);
      expect(result.ci![1]).toBeCloseTo(ci[1], 12);
    },
  );

  it('decides log loss by the bootstrap-t of a mean loss: the interval MAE gets on the same losses', () => {
    // The per-example losses as absolute errors of a regression: MAE's studentized interval
    // (checked against NumPy in scripts/golden/bootstrap-t.py) is log loss's, draw for draw.
    const p1 = Array.from({ length: 60 }, (_, i) => 0.05 + (0.9 * ((i * 37) % 60)) / 60);
    const labels = p1.map((_, i) => (i % 3 === 0 ? 0 : 1));
    const slice = binary(labels, p1);
    const losses = labels.map((y, i) => -Math.log(y === 1 ? p1[i] : 1 - p1[i]));
    const asRegression: Predictions = {
      task: 'regression',
      n: 60,
      k: 1,
      yTrue: Float64Array.from(losses),
      scores: new Float64Array(60),
      predicted: new Int32Array(60),
    };
    const logLoss = runUnitTest(
      { ...test('log_loss', 0.8), name: 'same', threshold: { op: '<=', value: 0.8 } },
      all(60),
      slice,
      options,
    );
    const mae = runUnitTest(
      { ...test('mae', 0.8), name: 'same', threshold: { op: '<=', value: 0.8 } },
      all(60),
      asRegression,
      options,
    );
    expect(logLoss.method).toBe('bootstrap-t');
    expect(logLoss.value).toBeCloseTo(mae.value!, 12);
    expect(logLoss.ci![0]).toBeCloseTo(mae.ci![0], 12);
    expect(logLoss.ci![1]).toBeCloseTo(mae.ci![1], 12);
    expect(logLoss.ci![1] - logLoss.ci![0]).toBeGreaterThan(0.05);
  });

  it('calls a log loss without spread inconclusive, with the reason', () => {
    // log loss of a slice with identical rows: no spread to studentize.
    const labels = Array<number>(30).fill(1);
    const result = runUnitTest(
      { ...test('log_loss', 1), threshold: { op: '<=', value: 1 } },
      all(30),
      binary(
        labels,
        labels.map(() => 0.9),
      ),
      options,
    );
    expect(result.method).toBe('bootstrap-t');
    expect(result.status).toBe('inconclusive');
    expect(result.reason).toMatch(/log_loss = 0\.10536\d* with no spread to studentize/);
  });
});
