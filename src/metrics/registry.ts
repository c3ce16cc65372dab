import type { Task } from '../data/types.js';
import type { MetricName } from './name.js';

/**
 * How a metric is a proportion of examples, so that the statistics can give
 * it a binomial (Wilson) interval: among the examples named by `of`, the
 * fraction whose prediction is `success`.
 *
 * - `all`: every example (accuracy counts the correct ones, error_rate the
 *   wrong ones);
 * - `true-class`: the examples whose true class is the scored class
 *   (recall: those predicted as that class);
 * - `predicted-class`: the examples predicted as the scored class
 *   (precision: those whose true class is that class).
 *
 * `true-class` and `predicted-class` hold only when a single class is
 * scored: a binary task (the positive class), a `cls` option, or a
 * multiclass slice whose true labels hold one class. Otherwise the metric is
 * an average of proportions. `proportionCounts` decides for given
 * predictions and returns the counts.
 */
export interface Proportion {
  of: 'all' | 'true-class' | 'predicted-class';
  success: 'correct' | 'wrong';
}

/** What the rest of the product needs to know about a metric. */
export interface MetricInfo {
  /** The direction of improvement: it decides the sign of a contribution. */
  higherIsBetter: boolean;
  /** The tasks the metric applies to. */
  tasks: readonly Task[];
  /** Whether the metric can score one class alone (the `cls` option, a test's `class`). */
  perClass: boolean;
  /** Set when the metric is a proportion of examples; see {@link Proportion}. */
  proportion?: Proportion;
  /** The smallest and largest value the metric can take. */
  range: { min: number; max: number };
  /**
   * Set when the metric moves with every output's value, however little it
   * changes (log loss and the regression metrics), not only when a
   * prediction flips or two swap order: at tolerance 0 the gate can block a
   * tiny consistent shift (issue 15, item 38).
   */
  continuous?: true;
}

const CLASSIFICATION: readonly Task[] = ['binary', 'multiclass'];
const REGRESSION: readonly Task[] = ['regression'];

const UNIT = { min: 0, max: 1 };
const NON_NEGATIVE = { min: 0, max: Infinity };

function classification(
  higherIsBetter: boolean,
  extra: {
    perClass?: boolean;
    proportion?: Proportion;
    range?: MetricInfo['range'];
    continuous?: true;
  } = {},
): MetricInfo {
  return {
    higherIsBetter,
    tasks: CLASSIFICATION,
    range: UNIT,
    ...extra,
    perClass: extra.perClass ?? false,
  };
}

function regression(higherIsBetter: boolean, range: MetricInfo['range']): MetricInfo {
  return { higherIsBetter, tasks: REGRESSION, perClass: false, range, continuous: true };
}

/** Every metric of DESIGN §1, by the name a config uses. */
export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
  accuracy: classification(true, { proportion: { of: 'all', success: 'correct' } }),
  error_rate: classification(false, { proportion: { of: 'all', success: 'wrong' } }),
  precision: classification(true, {
    perClass: true,
    proportion: { of: 'predicted-class', success: 'correct' },
  }),
  recall: classification(true, {
    perClass: true,
    proportion: { of: 'true-class', success: 'correct' },
  }),
  f1: classification(true, { perClass: true }),
  precision_macro: classification(true),
  recall_macro: classification(true),
  f1_macro: classification(true),
  f1_weighted: classification(true),
  roc_auc: classification(true),
  log_loss: classification(false, { range: NON_NEGATIVE, continuous: true }),
  mse: regression(false, NON_NEGATIVE),
  rmse: regression(false, NON_NEGATIVE),
  mae: regression(false, NON_NEGATIVE),
  r2: regression(true, { min: -Infinity, max: 1 }),
};

/** Metric names in the order of DESIGN §1. */
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** Whether `name` is one of the metrics. */
export function isMetricName(name: string): name is MetricName {
  return Object.prototype.hasOwnProperty.call(METRICS, name);
}

/** Whether a metric can score predictions of the given task. */
export function metricApplies(name: MetricName, task: Task): boolean {
  return METRICS[name].tasks.includes(task);
}
