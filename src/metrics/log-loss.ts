import type { PreparedMetric } from './prepare.js';
import type { Predictions } from './types.js';

/** sklearn 1.2.1's eps='auto' for float64 scores: `np.finfo(np.float64).eps`. */
const EPS = 2 ** -52;

/**
 * Prepares the log loss of sklearn 1.2.1 `log_loss(y, scores,
 * labels=range(k))`: every probability is clipped to [eps, 1 − eps] first,
 * then each row is divided by its (clipped) sum, and the loss of an example
 * is −ln of its true class's share. The per-example losses are computed
 * here, once; each call is a weighted mean, O(n). No weight gives NaN.
 */
export function prepareLogLoss(preds: Predictions): PreparedMetric {
  const { n } = preds;
  const loss = exampleLogLosses(preds);
  return (weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * loss[i];
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
}

/** Each example's log loss, as {@link prepareLogLoss} averages them. */
export function exampleLogLosses(preds: Predictions): Float64Array {
  const { n, k, scores, yTrue } = preds;
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(scores[i * k + c]);
    loss[i] = -Math.log(clip(scores[i * k + yTrue[i]]) / rowSum);
  }
  return loss;
}

function clip(p: number): number {
  // NaN passes through, as with np.clip.
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}
