import type { Component } from './plan.js';

/** Rows [start, end) of one repeat of one component. */
export interface Segment {
  /** Index of the component in the list the units were planned from. */
  component: number;
  repeat: number;
  start: number;
  end: number;
}

/**
 * A piece of evaluation done in one go: layer segments that share a row
 * range (one baseline pass serves them all), or feature segments stacked
 * into one forward pass. Its result is the model outputs of every segment,
 * one after the other.
 */
export interface WorkUnit {
  on: 'layers' | 'features';
  segments: Segment[];
}

/** Layer ablations per unit: each is its own partial pass over the unit's rows. */
const LAYER_JOBS_PER_UNIT = 8;

/**
 * Rows of stacked feature ablations per unit: passes this large already run
 * near the backend's matmul rate, and smaller units keep every worker busy.
 * A unit holds whole runs of one feature's modes and repeats over one row
 * batch where they fit, so what they share (the second-layer products) is
 * computed once.
 */
const FEATURE_UNIT_ROWS = 16384;

/**
 * Splits the evaluation of `components` into work units. The split depends
 * on the plan, the data size and the rows a pass may hold, never on how many
 * workers run it, so every pass has the same shape whatever the pool size
 * and the results are identical to the bit.
 */
export function planUnits(
  components: readonly Component[],
  indices: readonly number[],
  repeats: number,
  n: number,
  rowsPerPass: number,
): WorkUnit[] {
  const layerJobs: { component: number; repeat: number }[] = [];
  const features: number[] = [];
  for (const i of indices) {
    const component = components[i];
    if (component.notApplicable !== undefined) continue;
    if (component.on === 'features') {
      features.push(i);
      continue;
    }
    const count = component.stochastic ? repeats : 1;
    for (let repeat = 0; repeat < count; repeat++) layerJobs.push({ component: i, repeat });
  }
  const units: WorkUnit[] = [];
  for (let start = 0; start < n; start += rowsPerPass) {
    const end = Math.min(n, start + rowsPerPass);
    for (let first = 0; first < layerJobs.length; first += LAYER_JOBS_PER_UNIT) {
      const jobs = layerJobs.slice(first, first + LAYER_JOBS_PER_UNIT);
      units.push({ on: 'layers', segments: jobs.map((job) => ({ ...job, start, end })) });
    }
  }
  const unitRows = Math.min(rowsPerPass, FEATURE_UNIT_ROWS);
  let current: Segment[] = [];
  let rows = 0;
  const add = (group: Segment[]): void => {
    const size = group.reduce((sum, s) => sum + s.end - s.start, 0);
    if (rows > 0 && rows + size > unitRows) {
      units.push({ on: 'features', segments: current });
      current = [];
      rows = 0;
    }
    for (const segment of group) current.push(segment);
    rows += size;
  };
  for (const run of sameColumns(components, features)) {
    const count = run.reduce((sum, i) => sum + (components[i].stochastic ? repeats : 1), 0);
    // Row batches small enough that every mode and repeat of the feature fits one unit,
    // unless a pass is already bounded by memory (a heavy model: keep its passes whole).
    const batch =
      count * Math.min(n, rowsPerPass) <= unitRows || rowsPerPass < FEATURE_UNIT_ROWS
        ? rowsPerPass
        : Math.max(1, Math.floor(unitRows / count));
    for (let start = 0; start < n; start += batch) {
      const end = Math.min(n, start + batch);
      const group = run.flatMap((component) =>
        Array.from({ length: components[component].stochastic ? repeats : 1 }, (_, repeat) => ({
          component,
          repeat,
          start,
          end,
        })),
      );
      // A group larger than a unit (many modes of one feature) goes one segment at a time.
      if ((end - start) * group.length <= unitRows) add(group);
      else for (const segment of group) add([segment]);
    }
  }
  if (current.length > 0) units.push({ on: 'features', segments: current });
  return units;
}

/** Consecutive feature components that change the same columns (one feature's modes), as runs. */
function sameColumns(components: readonly Component[], indices: number[]): number[][] {
  const runs: number[][] = [];
  let last: string | undefined;
  for (const i of indices) {
    const component = components[i];
    const columns = component.on === 'features' ? component.features.join('\0') : '';
    if (columns !== last || runs.length === 0) runs.push([]);
    runs[runs.length - 1].push(i);
    last = columns;
  }
  return runs;
}

/** Model output values a unit returns: every segment's rows × the output width. */
export function unitLength(unit: WorkUnit, width: number): number {
  return unit.segments.reduce((sum, s) => sum + (s.end - s.start) * width, 0);
}

/**
 * Copies a unit's values into the per-component, per-repeat outputs (each
 * n × width), by component id and repeat.
 */
export function placeUnit(
  unit: WorkUnit,
  values: Float32Array,
  components: readonly Component[],
  outputs: ReadonlyMap<string, Float32Array[]>,
  width: number,
): void {
  let at = 0;
  for (const s of unit.segments) {
    const length = (s.end - s.start) * width;
    const target = outputs.get(components[s.component].id)![s.repeat];
    target.set(values.subarray(at, at + length), s.start * width);
    at += length;
  }
}
