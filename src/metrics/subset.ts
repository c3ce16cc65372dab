import type { Predictions } from './types.js';

/** The predictions of some rows, in the order given. */
export function subset(predictions: Predictions, rows: Int32Array): Predictions {
  const { k } = predictions;
  const scores = new Float64Array(rows.length * k);
  const yTrue = new Float64Array(rows.length);
  const predicted = new Int32Array(predictions.predicted.length === 0 ? 0 : rows.length);
  rows.forEach((row, i) => {
    yTrue[i] = predictions.yTrue[row];
    for (let j = 0; j < k; j++) scores[i * k + j] = predictions.scores[row * k + j];
    if (predicted.length > 0) predicted[i] = predictions.predicted[row];
  });
  return { task: predictions.task, n: rows.length, k, yTrue, scores, predicted };
}
