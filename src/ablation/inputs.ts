import { Rng } from '../stats/rng.js';
import type { FeatureComponent } from './plan.js';

/** The eval data as the model sees it: raw features plus the affine scaling. */
export interface ModelData {
  n: number;
  features: string[];
  /** n × features.length raw values, row-major (may live in a SharedArrayBuffer). */
  x: Float64Array;
  center: Float64Array;
  scale: Float64Array;
}

/**
 * What a feature ablation does to the raw inputs, resolved once per
 * component and repeat: the columns it changes (indices computed once, not
 * per row batch) and where their new raw values come from.
 */
export interface FeatureChange {
  columns: Int32Array;
  /** Permutations: row i takes the changed columns of row `source[i]`. */
  source?: Int32Array;
  /** Otherwise: the raw value each changed column takes (per entry of `columns`). */
  constants: Float64Array;
}

/** Column indices of a feature component, looked up in `index` (name → column). */
export function columnsOf(
  component: FeatureComponent,
  index: ReadonlyMap<string, number>,
): Int32Array {
  return Int32Array.from(component.features, (name) => {
    const j = index.get(name);
    if (j === undefined) throw new Error(`no feature ${name} in the eval data`);
    return j;
  });
}

/** The change one repeat of a feature component makes; permutations come from the seed. */
export function featureChange(
  component: FeatureComponent,
  columns: Int32Array,
  repeat: number,
  data: ModelData,
  seed: number,
  means: Float64Array,
): FeatureChange {
  const { mode } = component;
  if (mode === 'permute') {
    // A joint permutation moves a group's columns together, keeping their correlation.
    const source = Rng.stream(seed, 'permute', component.id, repeat).permutation(data.n);
    return { columns, source, constants: new Float64Array(columns.length) };
  }
  const constants = Float64Array.from(columns, (j) =>
    mode === 'zero' ? 0 : mode === 'mean' ? means[j] : mode.value,
  );
  return { columns, constants };
}

/** The ablated raw value of column `columns[k]` in `row`. */
export function changedValue(
  change: FeatureChange,
  data: ModelData,
  row: number,
  k: number,
): number {
  const { source } = change;
  return source === undefined
    ? change.constants[k]
    : data.x[source[row] * data.features.length + change.columns[k]];
}

/**
 * Writes scaled model inputs for rows [start, end) at `offset` of `target`,
 * with a feature change applied when given.
 */
export function fillRows(
  target: Float32Array,
  offset: number,
  start: number,
  end: number,
  data: ModelData,
  change?: FeatureChange,
): void {
  const { x, center, scale } = data;
  const f = data.features.length;
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let j = 0; j < f; j++) target[at + j] = (x[row * f + j] - center[j]) / scale[j];
  }
  if (change === undefined) return;
  const { columns } = change;
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k];
      target[at + j] = (changedValue(change, data, row, k) - center[j]) / scale[j];
    }
  }
}

/**
 * Whether the scaled inputs of all rows (n × f Float32) fit beside one pass:
 * like the baseline's activations they take at most half the memory budget.
 */
export function keepsScaledInputs(data: ModelData, memoryBudget: number): boolean {
  return data.n * data.features.length * 4 <= memoryBudget / 2;
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

  /** Writes `rows` (in order, one after another from `offset`) with `change` applied. */
  fillChanged(target: Float32Array, offset: number, rows: Int32Array, change: FeatureChange): void {
    const f = this.width;
    const { values } = this;
    const { columns, source } = change;
    const runs = columnRuns(columns);
    const constants = source === undefined ? this.scaledConstants(change) : undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const at = offset + i * f;
      this.scale(row);
      target.set(values.subarray(row * f, (row + 1) * f), at);
      if (source !== undefined) {
        const from = source[row] * f;
        this.scale(source[row]);
        for (let r = 0; r < runs.length; r += 3) {
          const j = runs[r];
          target.set(values.subarray(from + j, from + j + runs[r + 2]), at + j);
        }
      } else {
        for (let r = 0; r < runs.length; r += 3) {
          const k = runs[r + 1];
          target.set(constants!.subarray(k, k + runs[r + 2]), at + runs[r]);
        }
      }
    }
  }

  private scale(row: number): void {
    if (this.ready[row] === 1) return;
    fillRows(this.values, row * this.width, row, row + 1, this.data);
    this.ready[row] = 1;
  }

  /** Each changed column's constant, scaled as `fillRows` scales it. */
  private scaledConstants(change: FeatureChange): Float32Array {
    const { center, scale } = this.data;
    return Float32Array.from(
      change.columns,
      (j, k) => (change.constants[k] - center[j]) / scale[j],
    );
  }
}

/**
 * The changed columns as runs of consecutive indices, triples (first column,
 * its position k in `columns`, length): a group named by an index range is
 * one run, copied with one `set`.
 */
function columnRuns(columns: Int32Array): Int32Array {
  const runs: number[] = [];
  for (let k = 0; k < columns.length;) {
    let length = 1;
    while (k + length < columns.length && columns[k + length] === columns[k] + length) length++;
    runs.push(columns[k], k, length);
    k += length;
  }
  return Int32Array.from(runs);
}

/** The rows in [start, end) whose raw input the change alters. */
export function changedRows(
  change: FeatureChange,
  data: ModelData,
  start: number,
  end: number,
): Int32Array {
  const { x } = data;
  const f = data.features.length;
  const { columns, source, constants } = change;
  const rows = new Int32Array(end - start);
  let m = 0;
  for (let row = start; row < end; row++) {
    const from = source === undefined ? -1 : source[row] * f;
    for (let k = 0; k < columns.length; k++) {
      const raw = from < 0 ? constants[k] : x[from + columns[k]];
      if (raw !== x[row * f + columns[k]]) {
        rows[m++] = row;
        break;
      }
    }
  }
  return rows.subarray(0, m);
}

/** Per-feature means of the raw values over all rows. */
export function columnMeans(data: ModelData): Float64Array {
  const f = data.features.length;
  const means = new Float64Array(f);
  for (let row = 0; row < data.n; row++) {
    for (let j = 0; j < f; j++) means[j] += data.x[row * f + j];
  }
  for (let j = 0; j < f; j++) means[j] /= data.n;
  return means;
}
