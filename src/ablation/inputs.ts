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
  /**
   * The rows as `fillRows` scales them (n × features.length), when the caller keeps them
   * (an ONNX suite: src/onnx/suite.ts): copied, not computed again, for each ablation.
   */
  scaled?: Float32Array;
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
  /**
   * Or, per row, the raw values the changed columns take, row-major
   * (n × columns.length): a noisy copy of the columns (sensitivity curves).
   * Takes precedence over `source` and `constants`.
   */
  values?: Float64Array;
}

/**
 * Column indices of a feature component, looked up in `index` (name → column).
 * With the eval data's `features` (each once), the column after the last one
 * found is compared first: a group written as a range hashes no name.
 */
export function columnsOf(
  component: FeatureComponent,
  index: ReadonlyMap<string, number>,
  features?: readonly string[],
): Int32Array {
  const names = component.features;
  const next = features !== undefined && index.size === features.length ? features : [];
  const columns = new Int32Array(names.length);
  let last = -1;
  for (let k = 0; k < names.length; k++) {
    const j = next[last + 1] === names[k] ? last + 1 : index.get(names[k]);
    if (j === undefined) throw new Error(`no feature ${names[k]} in the eval data`);
    columns[k] = last = j;
  }
  return columns;
}

/** Runs shorter than this are copied value by value (a `subarray` costs more). */
const SHORT_RUN = 16;

const runsOf = new WeakMap<Int32Array, Int32Array>();

/**
 * Changed columns as runs of consecutive indices, triples (first column,
 * its position k in `columns`, length): a group named by an index range is
 * one run, copied with one `set`. Made once per columns array (kept while
 * the array lives).
 */
export function columnRuns(columns: Int32Array): Int32Array {
  let runs = runsOf.get(columns);
  if (runs === undefined) {
    const triples: number[] = [];
    for (let k = 0; k < columns.length;) {
      let length = 1;
      while (k + length < columns.length && columns[k + length] === columns[k] + length) length++;
      triples.push(columns[k], k, length);
      k += length;
    }
    runs = Int32Array.from(triples);
    runsOf.set(columns, runs);
  }
  return runs;
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
  const { source, values } = change;
  if (values !== undefined) return values[row * change.columns.length + k];
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
  const { x, center, scale, scaled } = data;
  const f = data.features.length;
  if (scaled !== undefined) target.set(scaled.subarray(start * f, end * f), offset);
  else {
    for (let row = start; row < end; row++) {
      const at = offset + (row - start) * f;
      for (let j = 0; j < f; j++) target[at + j] = (x[row * f + j] - center[j]) / scale[j];
    }
  }
  if (change !== undefined) writeChange(target, offset, start, end, data, change);
}

/** Writes the scaled ablated values of the columns `change` alters, rows [start, end) at `offset`. */
export function writeChange(
  target: Float32Array,
  offset: number,
  start: number,
  end: number,
  data: ModelData,
  change: FeatureChange,
): void {
  const { center, scale, scaled } = data;
  const f = data.features.length;
  const { columns, source } = change;
  if (scaled !== undefined && source !== undefined && change.values === undefined) {
    // A permutation moves scaled values: the source row's, exactly as fillRows computes them.
    copyRuns(target, offset, start, end, scaled, f, source, columnRuns(columns));
    return;
  }
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k];
      target[at + j] = (changedValue(change, data, row, k) - center[j]) / scale[j];
    }
  }
}

/**
 * Copies scaled values run by run, for rows [start, end) at `offset`: each
 * row's source row's (a permutation), or the row's own (`source` undefined).
 */
export function copyRuns(
  target: Float32Array,
  offset: number,
  start: number,
  end: number,
  scaled: Float32Array,
  f: number,
  source: Int32Array | undefined,
  runs: Int32Array,
): void {
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    const from = (source === undefined ? row : source[row]) * f;
    for (let r = 0; r < runs.length; r += 3) {
      const j = runs[r];
      const length = runs[r + 2];
      if (length >= SHORT_RUN) target.set(scaled.subarray(from + j, from + j + length), at + j);
      else for (let c = j; c < j + length; c++) target[at + c] = scaled[from + c];
    }
  }
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
  const { columns, source, constants, values } = change;
  const rows = new Int32Array(end - start);
  let m = 0;
  for (let row = start; row < end; row++) {
    const from = source === undefined ? -1 : source[row] * f;
    for (let k = 0; k < columns.length; k++) {
      const raw =
        values !== undefined
          ? values[row * columns.length + k]
          : from < 0
            ? constants[k]
            : x[from + columns[k]];
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
