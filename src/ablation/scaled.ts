import { columnRuns, fillRows, type FeatureChange, type ModelData } from './inputs.js';

/**
 * Whether the scaled inputs of all rows (n × f Float32) fit beside one pass:
 * like the baseline's activations they take at most half the memory budget.
 */
export function keepsScaledInputs(data: ModelData, memoryBudget: number): boolean {
  return data.n * data.features.length * 4 <= memoryBudget / 2;
}

/** The rows of one segment of a full pass and the change applied to them. */
export interface StackPart {
  rows: Int32Array;
  change: FeatureChange;
}

/** A change's columns as runs, and its constants scaled (for value modes). */
interface Prepared {
  runs: Int32Array;
  constants: Float32Array | undefined;
}

/**
 * The scaled model inputs of every row, kept so that a feature pass copies
 * a row and rewrites only the columns its ablation changes instead of
 * scaling all of them again. Rows are scaled on first use (a worker may
 * need few of them). The values are those `fillRows` writes, to the bit:
 * scaling is per column, so a permuted cell's scaled value is its source
 * row's, and a constant's is the same in every row.
 */
export class ScaledInputs {
  /** n × f scaled inputs, row-major; a row is valid once `ready`. */
  private readonly values: Float32Array;
  private readonly ready: Uint8Array;
  private readonly width: number;
  private readonly prepared = new WeakMap<FeatureChange, Prepared>();
  /** Holds the stacks; fresh memory of its size would cost a page fault per 4 KiB each pass. */
  private store = new Float32Array(0);
  /** The last stack: its rows in order and the change each holds. */
  private stacked = { rows: new Int32Array(0), changes: [] as FeatureChange[] };

  constructor(private readonly data: ModelData) {
    this.width = data.features.length;
    this.values = new Float32Array(data.n * this.width);
    this.ready = new Uint8Array(data.n);
  }

  /**
   * The scaled inputs of rows [start, end): a view of the kept values, which
   * never change once scaled (a tensor may be made of it without a copy).
   */
  rows(start: number, end: number): Float32Array {
    for (let row = start; row < end; row++) this.scale(row);
    return this.values.subarray(start * this.width, end * this.width);
  }

  /**
   * The inputs of one full pass: each part's rows with its change, one row
   * after another, in a buffer reused from pass to pass. Where a position
   * holds the same row as in the last pass (a constant changes every row,
   * so consecutive passes often stack the same rows), only the last change's
   * columns are restored and the new change's written. Valid until the next
   * call.
   */
  stack(parts: readonly StackPart[]): Float32Array {
    const f = this.width;
    const rows = new Int32Array(parts.reduce((sum, part) => sum + part.rows.length, 0));
    const changes: FeatureChange[] = [];
    for (const part of parts) {
      rows.set(part.rows, changes.length);
      for (let i = 0; i < part.rows.length; i++) changes.push(part.change);
    }
    const last = this.stacked;
    this.stacked = { rows, changes };
    if (this.store.length < rows.length * f) {
      this.store = new Float32Array(rows.length * f);
      last.rows = new Int32Array(0);
    }
    const buffer = this.store.subarray(0, rows.length * f);
    for (let p = 0; p < rows.length; p++) {
      const row = rows[p];
      if (p < last.rows.length && last.rows[p] === row) {
        if (last.changes[p] === changes[p]) continue;
        this.restore(buffer, p * f, row, last.changes[p]);
      } else {
        this.scale(row);
        buffer.set(this.values.subarray(row * f, (row + 1) * f), p * f);
      }
      this.apply(buffer, p * f, row, changes[p]);
    }
    return buffer;
  }

  /** Writes `rows` (in order, one after another from `offset`) with `change` applied. */
  fillChanged(target: Float32Array, offset: number, rows: Int32Array, change: FeatureChange): void {
    const f = this.width;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      this.scale(row);
      target.set(this.values.subarray(row * f, (row + 1) * f), offset + i * f);
      this.apply(target, offset + i * f, row, change);
    }
  }

  /** Writes the columns `change` alters in `row`, at `at` of `target`. */
  private apply(target: Float32Array, at: number, row: number, change: FeatureChange): void {
    const { runs, constants } = this.prepare(change);
    const { source, values } = change;
    if (values !== undefined) {
      // Per-row values (a noisy copy): scaled here as fillRows scales them.
      const { center, scale } = this.data;
      const k = change.columns.length;
      for (let c = 0; c < k; c++) {
        const j = change.columns[c];
        target[at + j] = (values[row * k + c] - center[j]) / scale[j];
      }
    } else if (source !== undefined) {
      this.scale(source[row]);
      const from = source[row] * this.width;
      for (let r = 0; r < runs.length; r += 3) {
        const j = runs[r];
        target.set(this.values.subarray(from + j, from + j + runs[r + 2]), at + j);
      }
    } else {
      for (let r = 0; r < runs.length; r += 3) {
        const k = runs[r + 1];
        target.set(constants!.subarray(k, k + runs[r + 2]), at + runs[r]);
      }
    }
  }

  /** Writes back `row`'s own values in the columns `change` alters. */
  private restore(target: Float32Array, at: number, row: number, change: FeatureChange): void {
    const { runs } = this.prepare(change);
    const from = row * this.width;
    for (let r = 0; r < runs.length; r += 3) {
      const j = runs[r];
      target.set(this.values.subarray(from + j, from + j + runs[r + 2]), at + j);
    }
  }

  private scale(row: number): void {
    if (this.ready[row] === 1) return;
    fillRows(this.values, row * this.width, row, row + 1, this.data);
    this.ready[row] = 1;
  }

  private prepare(change: FeatureChange): Prepared {
    let prepared = this.prepared.get(change);
    if (prepared === undefined) {
      const { center, scale } = this.data;
      prepared = {
        runs: columnRuns(change.columns),
        // Scaled as fillRows scales them.
        constants:
          change.source === undefined && change.values === undefined
            ? Float32Array.from(
                change.columns,
                (j, k) => (change.constants[k] - center[j]) / scale[j],
              )
            : undefined,
      };
      this.prepared.set(change, prepared);
    }
    return prepared;
  }
}
