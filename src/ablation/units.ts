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
  const featureJobs: { component: number; repeat: number }[] = [];
  for (const i of indices) {
    const component = components[i];
    if (component.notApplicable !== undefined) continue;
    const count = component.stochastic ? repeats : 1;
    for (let repeat = 0; repeat < count; repeat++) {
      (component.on === 'layers' ? layerJobs : featureJobs).push({ component: i, repeat });
    }
  }
  const units: WorkUnit[] = [];
  for (let start = 0; start < n; start += rowsPerPass) {
    const end = Math.min(n, start + rowsPerPass);
    for (let first = 0; first < layerJobs.length; first += LAYER_JOBS_PER_UNIT) {
      const jobs = layerJobs.slice(first, first + LAYER_JOBS_PER_UNIT);
      units.push({ on: 'layers', segments: jobs.map((job) => ({ ...job, start, end })) });
    }
  }
  const unitRows = Math.min(rowsPerPass, Math.max(FEATURE_UNIT_ROWS, n));
  let current: Segment[] = [];
  let rows = 0;
  for (const job of featureJobs) {
    for (let start = 0; start < n; start += rowsPerPass) {
      const end = Math.min(n, start + rowsPerPass);
      if (rows + end - start > unitRows) {
        units.push({ on: 'features', segments: current });
        current = [];
        rows = 0;
      }
      current.push({ ...job, start, end });
      rows += end - start;
    }
  }
  if (current.length > 0) units.push({ on: 'features', segments: current });
  return units;
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
