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
 * per row batch) and the raw value it puts in a row's column.
 */
export interface FeatureChange {
  columns: Int32Array;
  /** The ablated raw value of column `columns[k]` in `row`. */
  value: (row: number, k: number) => number;
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
  const { x } = data;
  const f = data.features.length;
  if (mode === 'permute') {
    // A joint permutation moves a group's columns together, keeping their correlation.
    const permutation = Rng.stream(seed, 'permute', component.id, repeat).permutation(data.n);
    return { columns, value: (row, k) => x[permutation[row] * f + columns[k]] };
  }
  if (mode === 'zero') return { columns, value: () => 0 };
  if (mode === 'mean') return { columns, value: (_, k) => means[columns[k]] };
  return { columns, value: () => mode.value };
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
      target[at + j] = (change.value(row, k) - center[j]) / scale[j];
    }
  }
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
