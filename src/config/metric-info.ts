import type { FeatureMode, GateCondition, LayerMode, MetricName, Task } from './types.js';

/**
 * What the config needs to know about each metric: its direction (a bare
 * number as a threshold means "at least" or "at most") and the range of its
 * values (a threshold outside it can never pass or never fail).
 */
interface MetricInfo {
  higherIsBetter: boolean;
  min: number;
  max: number;
}

const UNIT = { min: 0, max: 1 };
const NON_NEGATIVE = { min: 0, max: Infinity };

// A Record, so that adding a name to MetricName fails to compile until it is described here.
const METRICS: Record<MetricName, MetricInfo> = {
  accuracy: { higherIsBetter: true, ...UNIT },
  error_rate: { higherIsBetter: false, ...UNIT },
  precision: { higherIsBetter: true, ...UNIT },
  recall: { higherIsBetter: true, ...UNIT },
  f1: { higherIsBetter: true, ...UNIT },
  precision_macro: { higherIsBetter: true, ...UNIT },
  recall_macro: { higherIsBetter: true, ...UNIT },
  f1_macro: { higherIsBetter: true, ...UNIT },
  f1_weighted: { higherIsBetter: true, ...UNIT },
  roc_auc: { higherIsBetter: true, ...UNIT },
  log_loss: { higherIsBetter: false, ...NON_NEGATIVE },
  mse: { higherIsBetter: false, ...NON_NEGATIVE },
  rmse: { higherIsBetter: false, ...NON_NEGATIVE },
  mae: { higherIsBetter: false, ...NON_NEGATIVE },
  r2: { higherIsBetter: true, min: -Infinity, max: 1 },
};

/** Every metric name, in the order of DESIGN §1. */
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** The metrics a test may score for one `class`. */
export const PER_CLASS_METRICS: readonly MetricName[] = ['precision', 'recall', 'f1'];

export const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];
export const LAYER_MODES: readonly LayerMode[] = ['zero', 'reinit', 'mean', 'remove'];
export const FEATURE_MODE_NAMES: readonly Exclude<FeatureMode, object>[] = [
  'permute',
  'zero',
  'mean',
];
export const GATE_CONDITIONS: readonly GateCondition[] = [
  'test-failure',
  'regression',
  'inconclusive',
];

/** Whether a larger value of the metric is better. */
export function higherIsBetter(metric: MetricName): boolean {
  return METRICS[metric].higherIsBetter;
}

/** The smallest and largest value the metric can take. */
export function metricRange(metric: MetricName): { min: number; max: number } {
  const { min, max } = METRICS[metric];
  return { min, max };
}
