import type { RankedColumn } from '../../metrics/roc-auc.js';
import type { ResampleBlock } from '../resamples.js';

/**
 * How an ablation changed the scores ROC AUC reads: the examples where any
 * score differs (ascending) and their ablated scores, k per example.
 */
export interface ScoreChange {
  rows: Int32Array;
  scores: Float64Array;
}

/** The score change from the baseline's n × k scores to the ablated ones. */
export function scoreChange(base: Float64Array, ablated: Float64Array, k: number): ScoreChange {
  const n = base.length / k;
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      // Object.is: a NaN score that stays NaN is no change.
      if (!Object.is(base[i * k + c], ablated[i * k + c])) {
        changed.push(i);
        break;
      }
    }
  }
  const rows = Int32Array.from(changed);
  const scores = new Float64Array(rows.length * k);
  rows.forEach((i, r) => scores.set(ablated.subarray(i * k, (i + 1) * k), r * k));
  return { rows, scores };
}

/** The ablated n × k scores: the baseline's with the changed examples replaced. */
export function applyScoreChange(base: Float64Array, change: ScoreChange, k: number): Float64Array {
  const scores = Float64Array.from(base);
  change.rows.forEach((i, r) => scores.set(change.scores.subarray(r * k, (r + 1) * k), i * k));
  return scores;
}

/**
 * ROC AUC on every resample of a block, into `out[0..size)`: the weighted
 * Mann–Whitney statistic of src/metrics/roc-auc.ts, the ranking done once
 * and every resample's weights summed per tie group in one contiguous pass.
 * The same operations in the same order per resample, so equal to the
 * straightforward metric bit for bit. One-vs-rest averages the columns.
 */
export function blockAuc(block: ResampleBlock, columns: RankedColumn[], out: Float64Array): void {
  const { size } = block;
  out.fill(0, 0, size);
  const column = new Float64Array(size);
  for (const col of columns) {
    columnAuc(block, col, column);
    for (let j = 0; j < size; j++) out[j] += column[j];
  }
  if (columns.length > 1) for (let j = 0; j < size; j++) out[j] /= columns.length;
}

function columnAuc(block: ResampleBlock, col: RankedColumn, out: Float64Array): void {
  const { size, weights } = block;
  if (col.hasNaN) {
    out.fill(NaN, 0, size);
    return;
  }
  const { order, positive, groupEnd, groups } = col;
  const negBelow = new Float64Array(size);
  const posTotal = new Float64Array(size);
  const area = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    if (end - start === 1) {
      // A score no other example shares (the common case): the group's
      // update below with one of pos and neg zero, term by term the same.
      const offset = order[start] * size;
      if (positive[start] === 1) {
        for (let j = 0; j < size; j++) {
          const w = weights[offset + j];
          area[j] += w * negBelow[j];
          posTotal[j] += w;
        }
      } else {
        for (let j = 0; j < size; j++) negBelow[j] += weights[offset + j];
      }
      start = end;
      continue;
    }
    pos.fill(0);
    neg.fill(0);
    for (let e = start; e < end; e++) {
      const offset = order[e] * size;
      const into = positive[e] === 1 ? pos : neg;
      for (let j = 0; j < size; j++) into[j] += weights[offset + j];
    }
    for (let j = 0; j < size; j++) {
      area[j] += pos[j] * (negBelow[j] + neg[j] / 2);
      negBelow[j] += neg[j];
      posTotal[j] += pos[j];
    }
    start = end;
  }
  for (let j = 0; j < size; j++) {
    out[j] = posTotal[j] === 0 || negBelow[j] === 0 ? NaN : area[j] / (posTotal[j] * negBelow[j]);
  }
}
