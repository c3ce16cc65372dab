import { proportionCounts } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { Estimate } from './estimates.js';
import { clopperPearsonInterval } from './clopper-pearson.js';
import { baselineEstimate, type BaselineMetric } from './contributions.js';

/**
 * The baseline's headline estimate of a metric. A proportion of the eval
 * examples (accuracy, error rate, one class's precision or recall) gets the
 * Clopper–Pearson interval, the same exact method as the unit tests, so 80
 * of 80 right reads [0.955, 1] and not the bootstrap's degenerate [1, 1];
 * other metrics keep the percentile bootstrap.
 */
export function headlineEstimate(
  metric: BaselineMetric,
  baseline: Predictions,
  confidence: number,
): Estimate {
  const estimate = baselineEstimate(metric, confidence);
  const counts = proportionCounts(metric.name, baseline);
  if (estimate.value === null || counts === undefined || counts.trials === 0) return estimate;
  return {
    value: estimate.value,
    ci: clopperPearsonInterval(counts.successes, counts.trials, confidence),
  };
}
