import type { MetricName } from './name.js';
import type { Predictions } from './types.js';

/**
 * Why a metric is undefined on predictions (or on their bootstrap
 * resamples), in words that are true of them: ROC AUC blames a single class
 * only when the true labels hold one.
 */
export function undefinedReason(name: MetricName, predictions: Predictions): string {
  if (name !== 'roc_auc') return 'undefined on these predictions';
  const present = new Set<number>();
  for (const y of predictions.yTrue) present.add(y);
  if (present.size <= 1) return 'undefined: the true labels hold a single class';
  if (predictions.task === 'multiclass' && present.size < predictions.k) {
    const missing = predictions.k - present.size;
    return `undefined: ${missing} of the ${predictions.k} classes have no examples among the true labels (one-vs-rest needs each)`;
  }
  return 'undefined on some bootstrap resamples (a resample without every class)';
}
