import type { MetricName } from './name.js';
import type { PreparedMetric } from './prepare.js';
import type { Predictions } from './types.js';

/** The regression metrics. */
export type RegressionMetricName = Extract<MetricName, 'mse' | 'rmse' | 'mae' | 'r2'>;

/**
 * Prepares a regression metric (sklearn 1.2.1 `mean_squared_error`,
 * `mean_squared_error(squared=False)`, `mean_absolute_error`, `r2_score`).
 * `scores` holds the predictions. No weight gives NaN, where sklearn raises.
 */
export function prepareRegressionMetric(
  name: RegressionMetricName,
  preds: Predictions,
): PreparedMetric {
  const { n, yTrue, scores } = preds;
  const mean = (term: (i: number) => number, weights: Float64Array | undefined): number => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * term(i);
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
  const squared = (i: number): number => (yTrue[i] - scores[i]) ** 2;
  const absolute = (i: number): number => Math.abs(scores[i] - yTrue[i]);
  switch (name) {
    case 'mse':
      return (weights) => mean(squared, weights);
    case 'rmse':
      return (weights) => Math.sqrt(mean(squared, weights));
    case 'mae':
      return (weights) => mean(absolute, weights);
    case 'r2':
      return (weights) => r2(preds, weights);
  }
}

/**
 * R², with sklearn's `force_finite`: constant true values give 1 when the
 * predictions are perfect and 0 otherwise. Fewer than two examples (total
 * weight below 2: a weight counts copies of an example) give NaN, as sklearn
 * returns for fewer than two samples.
 */
function r2(preds: Predictions, weights: Float64Array | undefined): number {
  const { n, yTrue, scores } = preds;
  let total = 0;
  let weightedY = 0;
  let residual = 0;
  let first = NaN;
  let constant = true;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i];
    if (w === 0) continue;
    const y = yTrue[i];
    if (total === 0) first = y;
    else if (y !== first) constant = false;
    total += w;
    weightedY += w * y;
    residual += w * (y - scores[i]) ** 2;
  }
  if (!(total >= 2) || Number.isNaN(residual)) return NaN;
  // Exactly 0 for constant targets, whatever the rounding of their mean.
  let spread = 0;
  if (!constant) {
    const meanY = weightedY / total;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i];
      if (w !== 0) spread += w * (yTrue[i] - meanY) ** 2;
    }
  }
  if (residual === 0) return 1;
  if (spread === 0) return 0;
  return 1 - residual / spread;
}
