/**
 * The input rows of the full-pass feature path (src/onnx/evaluate.ts), kept from pass to pass:
 * each ablation's rows are the last pass's with the columns that change rewritten.
 */
import {
  columnRuns,
  copyRuns,
  fillRows,
  writeChange,
  type FeatureChange,
  type ModelData,
} from './inputs.js';

/**
 * Rows a batch's window may slide either way in its buffer: a row a pass
 * leaves out (a permutation's fixed point) shifts the rows after it by one
 * position, and the window follows them instead of copying them whole.
 */
const SLACK = 2;

/**
 * Writes rows into buffers reused from pass to pass, one per row batch (by
 * its first position) when the scaled rows are kept: where a buffer row
 * holds the same row as in the last pass, only the last change's columns
 * are restored (none when the new change has the same columns) and the new
 * change's written. The batch is a window of the buffer, placed (within
 * SLACK rows) where most of its rows already are. Without the scaled rows,
 * rows are written whole, in one buffer. The values are `fillRows`'s, to the
 * bit. The buffers hold at most one copy of the rows (the batches of a pass
 * are disjoint) and 2 × SLACK rows per batch.
 */
export class RowWriter {
  private readonly slots = new Map<number, RowSlot>();

  constructor(private readonly data: ModelData) {}

  /** Rows `rows[first, last)` one after another with `change` applied; valid until the next call. */
  write(rows: Int32Array, first: number, last: number, change: FeatureChange): Float32Array {
    const { data } = this;
    const f = data.features.length;
    const count = last - first;
    const scaled = data.scaled;
    // Batch by batch: a pass's second batch would overwrite the first's rows in a shared buffer.
    const key = scaled === undefined ? 0 : first;
    const slack = scaled === undefined ? 0 : SLACK;
    let slot = this.slots.get(key);
    if (slot === undefined || slot.held.length < count + 2 * slack) {
      slot = {
        buffer: new Float32Array((count + 2 * slack) * f),
        held: new Int32Array(count + 2 * slack).fill(-1),
        changes: [],
        start: slack,
      };
      this.slots.set(key, slot);
    }
    const { buffer, held, changes } = slot;
    const start = (slot.start = windowStart(slot, rows, first, count, slack));
    for (let p = 0; p < count; p++) {
      const row = rows[first + p];
      const at = start + p;
      const before = changes[at];
      if (scaled === undefined || held[at] !== row || before === undefined) {
        fillRows(buffer, at * f, row, row + 1, data, change);
      } else if (before !== change) {
        // The new change writes every column it changes: over the same columns (a component's
        // next repeat) nothing needs restoring first.
        if (before.columns !== change.columns) {
          copyRuns(buffer, at * f, row, row + 1, scaled, f, undefined, columnRuns(before.columns));
        }
        writeChange(buffer, at * f, row, row + 1, data, change);
      }
      held[at] = row;
      changes[at] = change;
    }
    return buffer.subarray(start * f, (start + count) * f);
  }
}

/** One batch's buffer: the row each buffer row holds (-1: none), the change written over it. */
interface RowSlot {
  buffer: Float32Array;
  held: Int32Array;
  changes: (FeatureChange | undefined)[];
  /** The buffer row where the last window began. */
  start: number;
}

/** Where the window of `count` rows finds most of them in place (the last start on a tie). */
function windowStart(
  slot: RowSlot,
  rows: Int32Array,
  first: number,
  count: number,
  slack: number,
): number {
  let best = slot.start;
  let most = -1;
  for (let start = 0; start <= 2 * slack; start++) {
    let found = 0;
    for (let p = 0; p < count; p++) {
      if (slot.held[start + p] === rows[first + p] && slot.changes[start + p] !== undefined)
        found++;
    }
    if (found > most || (found === most && start === slot.start)) {
      most = found;
      best = start;
    }
  }
  return best;
}
