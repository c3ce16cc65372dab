import type { PreparedMetric } from './prepare.js';
import type { Predictions } from './types.js';

/**
 * One score column ranked once: examples in increasing score order, which
 * of them are positive, and where each group of tied scores ends.
 */
export interface RankedColumn {
  order: Int32Array;
  positive: Uint8Array;
  groupEnd: Int32Array;
  groups: number;
  /** A NaN score has no rank: the AUC is undefined. */
  hasNaN: boolean;
}

/**
 * Ranks one column of an n × `stride` score matrix (see {@link RankedColumn}).
 * `hint`, an order of the examples to start the sort from (such as the
 * baseline's for an ablated column), only makes it faster: the order sorted
 * to is total (score, then example), so the result is the same.
 */
export function rankColumn(
  scores: Float64Array,
  stride: number,
  column: number,
  truth: Int32Array,
  positiveClass: number,
  hint?: Int32Array,
): RankedColumn {
  const n = truth.length;
  const score = new Float64Array(n);
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    score[i] = scores[i * stride + column];
    if (Number.isNaN(score[i])) hasNaN = true;
  }
  const order = hint === undefined ? new Int32Array(n) : Int32Array.from(hint);
  if (hint === undefined) for (let i = 0; i < n; i++) order[i] = i;
  if (!hasNaN) order.sort((a, b) => score[a] - score[b] || a - b);
  const positive = new Uint8Array(n);
  const groupEnd = new Int32Array(n);
  let groups = 0;
  for (let j = 0; j < n; j++) {
    positive[j] = truth[order[j]] === positiveClass ? 1 : 0;
    if (j + 1 === n || score[order[j + 1]] !== score[order[j]]) groupEnd[groups++] = j + 1;
  }
  return { order, positive, groupEnd, groups, hasNaN };
}

/**
 * The weighted Mann–Whitney statistic: the weighted share of (positive,
 * negative) pairs ranked right, ties counting one half. It equals the
 * trapezoidal area under sklearn's ROC curve. NaN when either side has no
 * weight (sklearn raises: "Only one class present in y_true").
 */
function columnAuc(col: RankedColumn, weights: Float64Array | undefined): number {
  if (col.hasNaN) return NaN;
  const { order, positive, groupEnd, groups } = col;
  let negBelow = 0;
  let posTotal = 0;
  let area = 0;
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    let pos = 0;
    let neg = 0;
    for (let j = start; j < end; j++) {
      const w = weights === undefined ? 1 : weights[order[j]];
      if (positive[j] === 1) pos += w;
      else neg += w;
    }
    area += pos * (negBelow + neg / 2);
    negBelow += neg;
    posTotal += pos;
    start = end;
  }
  if (posTotal === 0 || negBelow === 0) return NaN;
  return area / (posTotal * negBelow);
}

/**
 * Prepares ROC AUC. Two classes: sklearn `roc_auc_score(y, p[:, 1])`.
 * More: one-vs-rest, macro average over all k classes (sklearn
 * `multi_class='ovr', average='macro', labels=range(k)`), NaN when a class
 * has no weight among the true labels, where sklearn raises. Unlike sklearn,
 * rows of scores need not sum to 1. The sort happens here, once; each call
 * is O(n·k).
 */
export function prepareRocAuc(preds: Predictions): PreparedMetric {
  const truth = Int32Array.from(preds.yTrue);
  const cols = rankedColumns(preds.scores, truth, preds.k);
  return (weights) => aucOfColumns(cols, weights);
}

/**
 * The columns ROC AUC reads, ranked: column 1 for two classes, every column
 * one-vs-rest otherwise. `hints` as {@link rankColumn}'s, per column.
 */
export function rankedColumns(
  scores: Float64Array,
  truth: Int32Array,
  k: number,
  hints?: RankedColumn[],
): RankedColumn[] {
  if (k === 2) return [rankColumn(scores, 2, 1, truth, 1, hints?.[0].order)];
  return Array.from({ length: k }, (_, c) => rankColumn(scores, k, c, truth, c, hints?.[c].order));
}

/** ROC AUC from {@link rankedColumns}: the one column's, or the mean over the columns. */
export function aucOfColumns(cols: RankedColumn[], weights?: Float64Array): number {
  if (cols.length === 1) return columnAuc(cols[0], weights);
  let sum = 0;
  for (const col of cols) sum += columnAuc(col, weights);
  return sum / cols.length;
}
