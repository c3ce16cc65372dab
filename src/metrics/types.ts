import type { Task } from '../data/types.js';

/**
 * A model's outputs on n examples, in the form every metric reads.
 * Classification: `scores` holds n × k class probabilities (a single sigmoid
 * output becomes the two columns [1 − p, p]); `predicted` is the arg-max
 * class (the first one on ties). Regression: k = 1, `scores` holds the
 * predictions and `predicted` is empty.
 */
export interface Predictions {
  task: Task;
  n: number;
  k: number;
  /** Class index (classification) or target value (regression), per example. */
  yTrue: Float64Array;
  scores: Float64Array;
  predicted: Int32Array;
}
