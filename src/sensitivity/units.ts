import type { Config } from '../config/types.js';
import type { SensitivityComponent } from './plan.js';

/** What a curve's evaluation needs besides the model and the data. */
export interface CurveSettings {
  seed: number;
  grid: number[];
  repeats: number;
  scale: 'std' | number;
  draws: 'gaussian' | 'permutation';
}

/** The curves of a run and their settings: what every thread that evaluates curve units holds. */
export interface CurvePlan {
  curves: SensitivityComponent[];
  settings: CurveSettings;
}

/** A run's curve plan: the planned curves and the config's settings, or undefined without curves. */
export function curvePlan(
  config: Config,
  curves: SensitivityComponent[] | undefined,
): CurvePlan | undefined {
  const options = config.ablations.sensitivity;
  if (options === undefined || curves === undefined) return undefined;
  const { grid, repeats, scale, draws } = options;
  return { curves, settings: { seed: config.seed, grid, repeats, scale, draws } };
}

/**
 * A piece of a curve's evaluation, done in one go on one thread: some grid
 * points of one curve, every repeat, over rows [start, end). Its result is
 * the model's outputs of each (grid point, repeat) in that order, grid
 * point first, (end − start) × width each.
 */
export interface CurveUnit {
  on: 'curve';
  /** Index of the curve in the plan. */
  curve: number;
  /** Indices of the grid points, ascending. */
  points: number[];
  start: number;
  end: number;
}

/**
 * Rows of stacked noisy copies per feature unit, as the ablation planner's
 * feature units: every grid point and repeat of a feature stacked into one
 * pass, so what they share (the second-layer products of the column) is
 * computed once.
 */
const FEATURE_UNIT_ROWS = 16384;

/**
 * Splits the evaluation of the curves into units, curve by curve: a feature
 * curve by row batch (every grid point and repeat of a batch stacked), a
 * layer curve by grid point and row range (`rowsPerPass` rows, the ranges
 * of the layer ablations, so the activations cached for them serve both).
 * The split depends on the plan, the data size and the rows a pass may
 * hold, never on how many workers run it: the same passes, the same bits.
 */
export function planCurveUnits(plan: CurvePlan, n: number, rowsPerPass: number): CurveUnit[][] {
  const { grid, repeats } = plan.settings;
  const copies = grid.length * repeats;
  const all = grid.map((_, g) => g);
  return plan.curves.map((curve, index) => {
    const units: CurveUnit[] = [];
    if (curve.on === 'features') {
      const batch = Math.max(1, Math.min(rowsPerPass, Math.floor(FEATURE_UNIT_ROWS / copies)));
      for (let start = 0; start < n; start += batch) {
        units.push({
          on: 'curve',
          curve: index,
          points: all,
          start,
          end: Math.min(n, start + batch),
        });
      }
      return units;
    }
    for (let start = 0; start < n; start += rowsPerPass) {
      const end = Math.min(n, start + rowsPerPass);
      for (const g of all) units.push({ on: 'curve', curve: index, points: [g], start, end });
    }
    return units;
  });
}

/**
 * A curve's outputs, `[grid point][repeat]`, each n × width: zeroed, for
 * `placeCurveUnit` to fill.
 */
export function allocateCurve(plan: CurvePlan, n: number, width: number): Float32Array[][] {
  const { grid, repeats } = plan.settings;
  return grid.map(() => Array.from({ length: repeats }, () => new Float32Array(n * width)));
}

/** Copies a unit's values into its curve's outputs. */
export function placeCurveUnit(
  unit: CurveUnit,
  values: Float32Array,
  outputs: Float32Array[][],
  width: number,
): void {
  const length = (unit.end - unit.start) * width;
  let at = 0;
  for (const g of unit.points) {
    for (const target of outputs[g]) {
      target.set(values.subarray(at, at + length), unit.start * width);
      at += length;
    }
  }
}

/** Evaluations a curve costs for the time limit: its grid points with noise (s > 0) × repeats. */
export function curveEvaluations(settings: Pick<CurveSettings, 'grid' | 'repeats'>): number {
  return settings.grid.filter((s) => s > 0).length * settings.repeats;
}
