import { describe, expect, it } from 'vitest';
import type { Predictions } from '../../src/metrics/types.js';
import { baselineEstimate, type BaselineMetric } from '../../src/stats/contributions.js';
import { headlineEstimate } from '../../src/stats/headline.js';

// 80 examples of two classes, every one predicted right.
const labels = Array.from({ length: 80 }, (_, i) => i % 2);
const baseline: Predictions = {
  task: 'binary',
  n: 80,
  k: 2,
  yTrue: Float64Array.from(labels),
  scores: Float64Array.from(labels.flatMap((y) => (y === 1 ? [0.2, 0.8] : [0.8, 0.2]))),
  predicted: Int32Array.from(labels),
};
const metric = (name: BaselineMetric['name'], value: number): BaselineMetric => ({
  name,
  value,
  samples: new Float64Array(200).fill(value),
  reason: '',
});

describe('headlineEstimate', () => {
  it('gives a proportion the Clopper–Pearson interval, not the bootstrap’s degenerate one', () => {
    expect(headlineEstimate(metric('accuracy', 1), baseline, 0.95)).toEqual({
      value: 1,
      ci: [0.9549359649323077, 1],
    });
  });

  it('keeps the percentile bootstrap for a metric that is not a proportion', () => {
    const logLoss = metric('log_loss', 0.2231435513142097);
    expect(headlineEstimate(logLoss, baseline, 0.95)).toEqual(baselineEstimate(logLoss, 0.95));
  });

  it('keeps an undefined estimate undefined', () => {
    const broken: BaselineMetric = { ...metric('accuracy', NaN), reason: 'no rows' };
    expect(headlineEstimate(broken, baseline, 0.95)).toEqual({ value: null, reason: 'no rows' });
  });
});
