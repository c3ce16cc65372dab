import type { Task } from '../data/types.js';
import { InputError } from '../errors.js';
import type { Predictions } from './types.js';

/**
 * Turns a model's raw outputs (n rows of `outputWidth` values, row-major)
 * into {@link Predictions}. Binary: one output is a sigmoid probability p of
 * the positive class and becomes [1 − p, p]; two outputs are taken as they
 * are. Multiclass: one output per class, taken as they are. The predicted
 * class is the arg-max, the first class on ties. Regression: one output, the
 * prediction. `yTrue` holds class indices 0..k−1, or targets for regression.
 *
 * A model whose output width does not fit the task, or a class index the
 * outputs do not cover, is an {@link InputError}.
 */
export function toPredictions(
  task: Task,
  yTrue: ArrayLike<number>,
  outputs: Float32Array | Float64Array,
  n: number,
  outputWidth: number,
): Predictions {
  if (yTrue.length !== n || outputs.length !== n * outputWidth) {
    throw new RangeError(
      `${yTrue.length} labels and ${outputs.length} outputs for ${n} examples of width ${outputWidth}`,
    );
  }
  const truth = Float64Array.from(yTrue);
  if (task === 'regression') {
    if (outputWidth !== 1) {
      throw new InputError(
        `the model gives ${outputWidth} outputs per example; a regression task needs 1`,
      );
    }
    return {
      task,
      n,
      k: 1,
      yTrue: truth,
      scores: Float64Array.from(outputs),
      predicted: new Int32Array(0),
    };
  }
  const k = classCount(task, outputWidth);
  let scores: Float64Array;
  if (task === 'binary' && outputWidth === 1) {
    scores = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      scores[2 * i] = 1 - outputs[i];
      scores[2 * i + 1] = outputs[i];
    }
  } else {
    scores = Float64Array.from(outputs);
  }
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = truth[i];
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new InputError(
        `example ${i + 1}: class index ${y} is not one of the model's ${k} classes (0..${k - 1})`,
      );
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    predicted[i] = best;
  }
  return { task, n, k, yTrue: truth, scores, predicted };
}

function classCount(task: 'binary' | 'multiclass', outputWidth: number): number {
  if (task === 'binary') {
    if (outputWidth === 1 || outputWidth === 2) return 2;
    throw new InputError(
      `the model gives ${outputWidth} outputs per example; a binary task needs 1 (sigmoid) or 2`,
    );
  }
  if (outputWidth < 2) {
    throw new InputError(
      `the model gives ${outputWidth} output per example; a multiclass task needs one per class`,
    );
  }
  return outputWidth;
}
