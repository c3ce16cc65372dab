import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { classCounter, prepareDeltaMetric, prepareMetric } from '../../src/metrics/index.js';
import type { Predictions } from '../../src/metrics/types.js';
import { bootstrapCounts } from '../../src/stats/bootstrap.js';
import { Rng } from '../../src/stats/rng.js';

function predictions(
  task: 'binary' | 'multiclass',
  k: number,
  n: number,
  rng: Rng,
  truth?: Float64Array,
): Predictions {
  const scores = new Float64Array(n * k);
  const predicted = new Int32Array(n);
  const yTrue = truth ?? Float64Array.from({ length: n }, () => rng.int(k));
  for (let i = 0; i < n; i++) {
    // Mostly right, so that an ablation changes a minority of predictions.
    predicted[i] = rng.next() < 0.8 ? yTrue[i] : rng.int(k);
    for (let j = 0; j < k; j++) scores[i * k + j] = j === predicted[i] ? 0.9 : 0.1 / (k - 1);
  }
  return { task, n, k, yTrue, scores, predicted };
}

const COUNT_METRICS: MetricName[] = [
  'accuracy',
  'error_rate',
  'precision',
  'recall',
  'f1',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'f1_weighted',
];

describe('prepareDeltaMetric', () => {
  it.each([
    ['binary', 2],
    ['multiclass', 5],
  ] as const)('equals the full metric on every resample (%s)', (task, k) => {
    const rng = Rng.stream(5, task);
    const base = predictions(task, k, 300, rng);
    const ablated = predictions(task, k, 300, rng, base.yTrue);
    const count = classCounter(base);
    const weights = new Float64Array(base.n);
    for (const name of COUNT_METRICS) {
      for (const options of name === 'precision' || name === 'recall' || name === 'f1'
        ? [{}, { cls: 1 }]
        : [{}]) {
        const delta = prepareDeltaMetric(name, base, ablated, options)!;
        const full = prepareMetric(name, ablated, options);
        for (let b = 0; b < 20; b++) {
          bootstrapCounts(Rng.stream(9, b), base.n, weights);
          expect(delta(count(weights), weights)).toBeCloseTo(full(weights), 12);
        }
      }
    }
  });

  it('declines metrics that are not read from confusion counts', () => {
    const rng = Rng.stream(1);
    const base = predictions('binary', 2, 10, rng);
    for (const name of ['roc_auc', 'log_loss'] as const) {
      expect(prepareDeltaMetric(name, base, base)).toBeUndefined();
    }
  });
});
