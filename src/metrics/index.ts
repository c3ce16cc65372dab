/** The metrics of DESIGN §1, equal to scikit-learn 1.2.1's (see each module). */
export type { Predictions } from './types.js';
export {
  METRICS,
  METRIC_NAMES,
  isMetricName,
  metricApplies,
  type MetricInfo,
  type Proportion,
} from './registry.js';
export {
  checkMetricInput,
  computeMetric,
  prepareMetric,
  type MetricOptions,
  type PreparedMetric,
} from './prepare.js';
export { proportionCounts, type ProportionCounts } from './proportion.js';
export { toPredictions } from './to-predictions.js';
export { prepareDeltaMetric, type DeltaMetric } from './delta.js';
export { classCounter, type ClassCounts } from './counts.js';
