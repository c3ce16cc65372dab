import type { MetricName } from './name.js';
import { exampleLogLosses } from './log-loss.js';
import type { Predictions } from './types.js';

/**
 * A metric that is a function of a sum of per-example terms over n
 * examples: `terms` fills each example's term, `value` maps the sum to the
 * metric (accuracy: correct / n; rmse: sqrt(squared errors / n); r2:
 * 1 − squared errors / the targets' spread). Equal to the metric on the full,
 * unweighted predictions up to rounding. Undefined for metrics that are not
 * (AUC, precision, recall, F1).
 */
export interface SumMetric {
  terms(preds: Predictions): Float64Array;
  value(sum: number): number;
  /** Whether `value` is affine in the sum (all but rmse): then a difference of values is one of sums. */
  linear: boolean;
}

/** The sum form of a metric on n examples with these true values, if it has one. */
export function sumMetric(name: MetricName, yTrue: Float64Array): SumMetric | undefined {
  const n = yTrue.length;
  const mean = (sum: number): number => sum / n;
  switch (name) {
    case 'accuracy':
      return {
        terms: (p) => matches(p, 1),
        value: mean,
        linear: true,
      };
    case 'error_rate':
      return {
        terms: (p) => matches(p, 0),
        value: mean,
        linear: true,
      };
    case 'log_loss':
      return { terms: exampleLogLosses, value: mean, linear: true };
    case 'mse':
      return { terms: squaredErrors, value: mean, linear: true };
    case 'rmse':
      return { terms: squaredErrors, value: (sum) => Math.sqrt(sum / n), linear: false };
    case 'mae':
      return {
        terms: (p) => perExample(p, (i) => Math.abs(p.scores[i] - p.yTrue[i])),
        value: mean,
        linear: true,
      };
    case 'r2': {
      const spread = targetSpread(yTrue);
      // sklearn's force_finite: constant targets give 1 for a perfect fit, else 0.
      return {
        terms: squaredErrors,
        value: (sum) => (sum === 0 ? 1 : spread === 0 ? 0 : 1 - sum / spread),
        linear: spread !== 0,
      };
    }
    case 'precision':
    case 'recall':
    case 'f1':
    case 'precision_macro':
    case 'recall_macro':
    case 'f1_macro':
    case 'f1_weighted':
    case 'roc_auc':
      return undefined;
  }
}

/** `hit` for each example whose predicted class is its true one, 1 − `hit` for the others. */
function matches(preds: Predictions, hit: 0 | 1): Float64Array {
  // Its own loop, not perExample's callback: the contribution test asks for these terms once per
  // component, version and metric.
  const { n, predicted, yTrue } = preds;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) terms[i] = predicted[i] === yTrue[i] ? hit : 1 - hit;
  return terms;
}

function perExample(preds: Predictions, term: (i: number) => number): Float64Array {
  // A plain loop: Float64Array.from over an array-like took ten times as long (the contribution test
  // asks for these terms once per component, version and metric).
  const terms = new Float64Array(preds.n);
  for (let i = 0; i < preds.n; i++) terms[i] = term(i);
  return terms;
}

function squaredErrors(preds: Predictions): Float64Array {
  return perExample(preds, (i) => (preds.yTrue[i] - preds.scores[i]) ** 2);
}

function targetSpread(yTrue: Float64Array): number {
  const n = yTrue.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i];
  mean /= n;
  let spread = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    spread += (yTrue[i] - mean) ** 2;
    if (yTrue[i] !== yTrue[0]) constant = false;
  }
  return constant ? 0 : spread;
}
