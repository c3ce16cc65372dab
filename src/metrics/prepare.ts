import type { MetricName } from './name.js';
import { InputError } from '../errors.js';
import { prepareCountMetric } from './classification.js';
import { prepareLogLoss } from './log-loss.js';
import { METRICS, metricApplies } from './registry.js';
import { prepareRegressionMetric } from './regression.js';
import { prepareRocAuc } from './roc-auc.js';
import type { Predictions } from './types.js';

/**
 * A metric bound to fixed predictions. `weights` (length n, non-negative
 * integers) says how many times each example counts, as a bootstrap
 * resample does; omitted, every example counts once. The value equals
 * scikit-learn's on the examples repeated that many times. That is
 * sklearn's `sample_weight` but for two details: a class is present only
 * when it has positive weight, and r2's "fewer than two samples" counts
 * weight, not rows. Undefined values (sklearn raises or returns nan) are
 * NaN, and so is every metric of zero total weight.
 */
export type PreparedMetric = (weights?: Float64Array) => number;

export interface MetricOptions {
  /** Score this class index alone (precision, recall and f1 only). */
  cls?: number;
}

/**
 * Binds a metric to predictions, doing once the work that does not depend
 * on the weights (confusion indices, score ranks and tie groups,
 * per-example log-probabilities), so that each call is O(n), or O(n·k) for
 * one-vs-rest ROC AUC.
 *
 * Throws an {@link InputError} when the metric does not apply to the task or
 * cannot take a class, and a RangeError on inconsistent arrays.
 */
export function prepareMetric(
  name: MetricName,
  preds: Predictions,
  options: MetricOptions = {},
): PreparedMetric {
  checkMetricInput(name, preds, options);
  const metric = prepareByName(name, preds, options.cls);
  return (weights) => {
    if (weights !== undefined && weights.length !== preds.n) {
      throw new RangeError(`${weights.length} weights for ${preds.n} examples`);
    }
    return metric(weights);
  };
}

/** A metric's value on predictions, optionally weighted (see {@link PreparedMetric}). */
export function computeMetric(
  name: MetricName,
  preds: Predictions,
  options: MetricOptions & { weights?: Float64Array } = {},
): number {
  return prepareMetric(name, preds, options)(options.weights);
}

function prepareByName(
  name: MetricName,
  preds: Predictions,
  cls: number | undefined,
): PreparedMetric {
  switch (name) {
    case 'accuracy':
    case 'error_rate':
    case 'precision':
    case 'recall':
    case 'f1':
    case 'precision_macro':
    case 'recall_macro':
    case 'f1_macro':
    case 'f1_weighted':
      return prepareCountMetric(name, preds, cls);
    case 'roc_auc':
      return prepareRocAuc(preds);
    case 'log_loss':
      return prepareLogLoss(preds);
    case 'mse':
    case 'rmse':
    case 'mae':
    case 'r2':
      return prepareRegressionMetric(name, preds);
  }
}

/**
 * Throws what {@link prepareMetric} throws on a metric that does not fit the
 * predictions or options; returns quietly otherwise.
 */
export function checkMetricInput(
  name: MetricName,
  preds: Predictions,
  options: MetricOptions = {},
): void {
  checkPredictions(preds);
  const { cls } = options;
  if (!metricApplies(name, preds.task)) {
    throw new InputError(`metric ${name} does not apply to a ${preds.task} task`);
  }
  if (cls !== undefined) {
    if (!METRICS[name].perClass) throw new InputError(`metric ${name} cannot score one class`);
    if (!Number.isInteger(cls) || cls < 0 || cls >= preds.k) {
      throw new RangeError(`class index ${cls} is outside 0..${preds.k - 1}`);
    }
  }
}

function checkPredictions(preds: Predictions): void {
  const { task, n, k, yTrue, scores, predicted } = preds;
  const classes = task === 'regression' ? 1 : task === 'binary' ? 2 : k;
  const problem =
    k !== classes || (task === 'multiclass' && k < 2)
      ? `a ${task} task with k = ${k}`
      : yTrue.length !== n || scores.length !== n * k
        ? `${yTrue.length} labels and ${scores.length} scores for n = ${n}, k = ${k}`
        : task !== 'regression' && predicted.length !== n
          ? `${predicted.length} predicted classes for n = ${n}`
          : undefined;
  if (problem !== undefined) throw new RangeError(`inconsistent predictions: ${problem}`);
  if (task === 'regression') return;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i];
    if (!Number.isInteger(y) || y < 0 || y >= k || predicted[i] < 0 || predicted[i] >= k) {
      throw new RangeError(`example ${i}: class index outside 0..${k - 1}`);
    }
  }
}
