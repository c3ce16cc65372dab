import type { Predictions } from './types.js';

/**
 * Weighted confusion counts per class: what every accuracy, precision,
 * recall and F1 variant is computed from. A weight is how many times an
 * example counts (a bootstrap multiplicity); 0 leaves it out.
 */
export interface ClassCounts {
  k: number;
  /** Total weight of the examples. */
  total: number;
  /** Per class: weight of the examples of that class predicted as it. */
  tp: Float64Array;
  /** Per class: weight of the examples whose true class it is (sklearn's support). */
  trueSum: Float64Array;
  /** Per class: weight of the examples predicted as it. */
  predSum: Float64Array;
}

/**
 * Returns a counter over fixed predictions. Each call is O(n + k) and
 * refills the same {@link ClassCounts} object, so read it before the next call.
 */
export function classCounter(preds: Predictions): (weights?: Float64Array) => ClassCounts {
  const { n, k, predicted } = preds;
  const truth = Int32Array.from(preds.yTrue);
  const counts: ClassCounts = {
    k,
    total: 0,
    tp: new Float64Array(k),
    trueSum: new Float64Array(k),
    predSum: new Float64Array(k),
  };
  return (weights) => {
    const { tp, trueSum, predSum } = counts;
    tp.fill(0);
    trueSum.fill(0);
    predSum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i];
      if (w === 0) continue;
      const t = truth[i];
      const p = predicted[i];
      trueSum[t] += w;
      predSum[p] += w;
      if (t === p) tp[t] += w;
      total += w;
    }
    counts.total = total;
    return counts;
  };
}

/** Precision, recall and F1 of one class, with sklearn's zero_division = 0. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * One of a class's scores, computed in the order sklearn 1.2.1 does (F1
 * from P and R). A number, not an object: the macro averages call it once
 * per class and resample.
 */
export function classScore(counts: ClassCounts, cls: number, score: keyof ClassScores): number {
  const tp = counts.tp[cls];
  const predicted = counts.predSum[cls];
  const actual = counts.trueSum[cls];
  const precision = predicted === 0 ? 0 : tp / predicted;
  if (score === 'precision') return precision;
  const recall = actual === 0 ? 0 : tp / actual;
  return score === 'recall' ? recall : f1Of(precision, recall);
}

function f1Of(precision: number, recall: number): number {
  const denom = precision + recall;
  return denom === 0 ? 0 : (2 * precision * recall) / denom;
}

/** Which classes an average runs over. */
export type LabelSet = 'true' | 'true-or-predicted';

/**
 * The classes with positive weight among the true labels (`true`) or among
 * the true or predicted labels (`true-or-predicted`, sklearn's default
 * `labels`), in increasing order. Fills `into` and returns how many.
 */
export function presentClasses(counts: ClassCounts, set: LabelSet, into: Int32Array): number {
  let m = 0;
  for (let c = 0; c < counts.k; c++) {
    if (counts.trueSum[c] > 0 || (set === 'true-or-predicted' && counts.predSum[c] > 0)) {
      into[m++] = c;
    }
  }
  return m;
}
