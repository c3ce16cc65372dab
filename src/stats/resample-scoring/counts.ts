import type { RowOps } from './rows.js';

/**
 * How an ablation changed the predicted classes: the examples whose
 * predicted class differs from the baseline's (ascending) and the ablated
 * class there. Everything a count metric needs of an ablated prediction.
 */
export interface Flips {
  rows: Int32Array;
  predicted: Int32Array;
}

/** The flips from the baseline's predicted classes to the ablated ones. */
export function flips(base: Int32Array, ablated: Int32Array): Flips {
  let changed = 0;
  for (let i = 0; i < base.length; i++) if (ablated[i] !== base[i]) changed++;
  const rows = new Int32Array(changed);
  const predicted = new Int32Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    predicted[j++] = ablated[i];
  }
  return { rows, predicted };
}

/**
 * Confusion counts on every resample of a block, class-major:
 * `tp[c * size + j]` is the weight of the examples of class c predicted as
 * c in resample j of the block; likewise `trueSum` and `predSum` (see
 * ClassCounts in src/metrics/counts.ts); `correct[j]` = Σ_c tp. Integers,
 * so every sum is exact whatever its order.
 */
export interface BlockCounts {
  size: number;
  k: number;
  tp: Int32Array;
  trueSum: Int32Array;
  predSum: Int32Array;
  correct: Int32Array;
}

/**
 * The baseline's confusion counts on a block: O(n × size), summed in
 * `ops.int32[0..3k × size)` and copied out.
 */
export function blockCounts(
  ops: RowOps,
  size: number,
  truth: Int32Array,
  predicted: Int32Array,
  k: number,
): BlockCounts {
  const length = k * size;
  const [tpAt, trueAt, predAt] = [0, length, 2 * length];
  ops.int32.fill(0, 0, 3 * length);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    const p = predicted[i];
    ops.add(i, trueAt + t * size);
    ops.add(i, predAt + p * size);
    if (t === p) ops.add(i, tpAt + t * size);
  }
  const tp = ops.int32.slice(tpAt, tpAt + length);
  const trueSum = ops.int32.slice(trueAt, trueAt + length);
  const predSum = ops.int32.slice(predAt, predAt + length);
  const correct = new Int32Array(size);
  for (let c = 0; c < k; c++) for (let j = 0; j < size; j++) correct[j] += tp[c * size + j];
  return { size, k, tp, trueSum, predSum, correct };
}

/**
 * Correct predictions gained (or lost, negative) by an ablation on every
 * resample of a block, into `ops.int32[at..at + size)`: the weights of the
 * flipped examples that turned right minus those that turned wrong.
 * O(flips × size) integer adds over contiguous weights.
 */
export function correctDelta(
  ops: RowOps,
  size: number,
  change: Flips,
  truth: Int32Array,
  basePredicted: Int32Array,
  at: number,
): void {
  const { rows, predicted } = change;
  ops.int32.fill(0, at, at + size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (predicted[r] === truth[i]) ops.add(i, at);
    else if (basePredicted[i] === truth[i]) ops.sub(i, at);
  }
}

/**
 * The changes an ablation makes to `tp` and `predSum` (class-major, as
 * {@link BlockCounts}) on every resample of a block, into `ops.int32` at
 * `tpAt` and `predSumAt` (k × size each); `trueSum` does not change.
 * O(flips × size).
 */
export function countDeltas(
  ops: RowOps,
  size: number,
  k: number,
  change: Flips,
  truth: Int32Array,
  basePredicted: Int32Array,
  at: { tp: number; predSum: number },
): void {
  const { rows, predicted } = change;
  ops.int32.fill(0, at.tp, at.tp + k * size);
  ops.int32.fill(0, at.predSum, at.predSum + k * size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const before = basePredicted[i];
    const after = predicted[r];
    ops.sub(i, at.predSum + before * size);
    ops.add(i, at.predSum + after * size);
    if (before === truth[i]) ops.sub(i, at.tp + before * size);
    else if (after === truth[i]) ops.add(i, at.tp + after * size);
  }
}
