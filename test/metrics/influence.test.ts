import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { computeMetric } from '../../src/metrics/index.js';
import { influenceTerms } from '../../src/metrics/influence.js';
import type { Predictions } from '../../src/metrics/types.js';

/**
 * Issue 17.6: the randomization test's per-example terms (`influenceTerms`)
 * must move as their metric does. Classes of very different sizes make every
 * averaging rule differ: f1_weighted weighs each class's F1 by its share of
 * the true labels (deleting those weights left the whole suite passing),
 * the macro averages weigh classes alike, binary scores count the positive
 * class. For each metric, a few examples of the largest class moved to a
 * wrong class change the sum of the terms by what they change the metric,
 * up to the linearisation's error (a few percent of the change here).
 */

/** 3 classes of 300, 40 and 20 examples, all predicted right except every 10th of the small ones. */
function baseline(task: 'binary' | 'multiclass'): Predictions {
  const sizes = task === 'binary' ? [300, 60] : [300, 40, 20];
  const k = sizes.length;
  const yTrue = Float64Array.from(sizes.flatMap((size, c) => Array<number>(size).fill(c)));
  const n = yTrue.length;
  const predicted = Int32Array.from(yTrue, (y, i) => (y > 0 && i % 10 === 0 ? 0 : y));
  const scores = new Float64Array(n * k);
  predicted.forEach((c, i) => (scores[i * k + c] = 1));
  return { task, n, k, yTrue, scores, predicted };
}

/** The same examples with the first `moved` of class 0 predicted as the last class. */
function ablated(base: Predictions, moved: number): Predictions {
  const predicted = Int32Array.from(base.predicted);
  for (let i = 0; i < moved; i++) predicted[i] = base.k - 1;
  const scores = new Float64Array(base.n * base.k);
  predicted.forEach((c, i) => (scores[i * base.k + c] = 1));
  return { ...base, predicted, scores };
}

const sum = (terms: Float64Array) => terms.reduce((a, b) => a + b, 0);

const rows: { metric: MetricName; task: 'binary' | 'multiclass' }[] = [
  { metric: 'f1_weighted', task: 'multiclass' },
  { metric: 'f1_macro', task: 'multiclass' },
  { metric: 'precision_macro', task: 'multiclass' },
  { metric: 'recall_macro', task: 'multiclass' },
  { metric: 'f1_weighted', task: 'binary' },
  { metric: 'f1', task: 'binary' },
  { metric: 'precision', task: 'binary' },
];

describe('influence terms move as their metric does', () => {
  it.each(rows)('$metric ($task)', ({ metric, task }) => {
    const base = baseline(task);
    const versions = [base, ablated(base, 6)];
    const [before, after] = influenceTerms(metric, versions);
    const change = computeMetric(metric, versions[1]) - computeMetric(metric, versions[0]);
    expect(Math.abs(change)).toBeGreaterThan(1e-3);
    // Within 5% of the change: a wrong weighting of classes this unequal is off by far more.
    expect(Math.abs(sum(after) - sum(before) - change)).toBeLessThan(0.05 * Math.abs(change));
  });
});
