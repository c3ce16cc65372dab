import type { Estimate, Results, SensitivityCurve } from '../results/types.js';
import { holm } from '../stats/multiple.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';

/** One curve of main and of this change side by side. */
export interface SensitivityRow {
  id: string;
  kind: SensitivityCurve['kind'];
  name: string;
  noise: SensitivityCurve['noise'];
  /** The normalised area on the primary metric: main's and this change's. */
  base?: Estimate;
  head?: Estimate;
  /** head − base area, when both are defined. */
  change?: number;
  /** One-sided p of "the area grew by more than the tolerance", Holm-adjusted over the curves. */
  p?: number;
  /** The sensitivity grew significantly since main. */
  grew: boolean;
  rankBase?: number;
  rankHead?: number;
  /** The primary metric at each grid point (null: undefined), for the chart. */
  curveBase?: (number | null)[];
  curveHead?: (number | null)[];
}

/** Sensitivity curves compared with main's. */
export interface SensitivityComparison {
  metric: string;
  grid: number[];
  /** Main's grid when it differs (then no area is compared). */
  baseGrid?: number[];
  /** The head's baseline metric: the curves start there at s = 0. */
  baseline: number | null;
  rows: SensitivityRow[];
  /** Ids of the curves whose sensitivity grew significantly (gated by `fail-on: [sensitivity]`). */
  grew: string[];
}

/**
 * Compares this change's sensitivity curves with main's, on the primary
 * metric: a curve's sensitivity grew when its area rose by more than the
 * gate's tolerance, tested one-sided at the gate's alpha with a normal
 * approximation to each area's bootstrap interval (the two runs are
 * different models, so the difference is not paired), Holm-adjusted over
 * the curves. Undefined when this change measured no curves.
 */
export function compareSensitivity(
  base: Results | undefined,
  head: Results,
  gate: { tolerance: number; alpha: number },
): SensitivityComparison | undefined {
  const curves = head.sensitivity;
  if (curves === undefined) return undefined;
  const metric = head.metrics[0].name;
  const confidence = head.run.confidence;
  const sameGrid =
    base?.sensitivity !== undefined &&
    JSON.stringify(base.sensitivity.grid) === JSON.stringify(curves.grid) &&
    base.metrics[0].name === metric;
  const byId = new Map((base?.sensitivity?.curves ?? []).map((c) => [c.id, c]));
  const rows: SensitivityRow[] = curves.curves.map((curve) => {
    const old = byId.get(curve.id);
    const headArea = curve.area[metric];
    const baseArea = old?.area[metric];
    const row: SensitivityRow = {
      id: curve.id,
      kind: curve.kind,
      name: curve.name,
      noise: curve.noise,
      grew: false,
      rankHead: curve.rank,
      curveHead: curve.points.map((p) => p.metrics[metric]?.value ?? null),
      ...(headArea === undefined ? {} : { head: headArea }),
    };
    if (old !== undefined && sameGrid) {
      if (baseArea !== undefined) row.base = baseArea;
      row.rankBase = old.rank;
      row.curveBase = old.points.map((p) => p.metrics[metric]?.value ?? null);
      if (headArea?.value != null && baseArea?.value != null) {
        row.change = headArea.value - baseArea.value;
        row.p = growthP(baseArea, headArea, gate.tolerance, confidence);
      }
    }
    return row;
  });
  const tested = rows.filter((r) => r.p !== undefined);
  const adjusted = holm(Float64Array.from(tested.map((r) => r.p!)));
  tested.forEach((row, i) => {
    row.p = adjusted[i];
    row.grew = adjusted[i] < gate.alpha;
  });
  const baseline = head.baseline.metrics[metric];
  return {
    metric,
    grid: [...curves.grid],
    ...(base?.sensitivity !== undefined && !sameGrid
      ? { baseGrid: [...base.sensitivity.grid] }
      : {}),
    baseline: baseline?.value ?? null,
    rows,
    grew: rows.filter((r) => r.grew).map((r) => r.id),
  };
}

/** One-sided p of head − base > tolerance, each area's standard error read off its interval. */
export function growthP(
  base: Extract<Estimate, { ci: [number, number] }>,
  head: Extract<Estimate, { ci: [number, number] }>,
  tolerance: number,
  confidence: number,
): number {
  const z = normalQuantile((1 + confidence) / 2);
  const se = (e: { ci: [number, number] }): number => (e.ci[1] - e.ci[0]) / (2 * z);
  const spread = Math.hypot(se(base), se(head));
  const excess = head.value - base.value - tolerance;
  if (spread === 0) return excess > 0 ? 0 : 1;
  return 1 - normalCdf(excess / spread);
}
