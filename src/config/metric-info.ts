import { METRICS, METRIC_NAMES } from '../metrics/registry.js';
import type { MetricName } from './types.js';

/** Every metric name, in the order of DESIGN §1. */
export { METRIC_NAMES } from '../metrics/registry.js';

/** The metrics a test may score for one `class`. */
export const PER_CLASS_METRICS: readonly MetricName[] = METRIC_NAMES.filter(
  (name) => METRICS[name].perClass,
);

/** Whether a larger value of the metric is better. */
export function higherIsBetter(metric: MetricName): boolean {
  return METRICS[metric].higherIsBetter;
}

/** The smallest and largest value the metric can take. */
export function metricRange(metric: MetricName): { min: number; max: number } {
  return METRICS[metric].range;
}
