import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Estimate, SensitivityCurve } from '../results/types.js';
import { percentileInterval } from '../stats/bootstrap.js';
import type { Baseline, BaselineMetric } from '../stats/contributions.js';
import { BlockScorer } from '../stats/resample-scoring/scorer.js';
import type { Resamples } from '../stats/resamples.js';
import { Rng } from '../stats/rng.js';
import type { SensitivityComponent } from './plan.js';

/**
 * The normalised area under a degradation curve: the trapezoid rule over
 * the grid's steps divided by their number, so the average degradation in
 * the metric's units (on a log grid, the area over log s per unit of it).
 * One point: its degradation.
 */
export function normalisedArea(degradation: ArrayLike<number>): number {
  const G = degradation.length;
  if (G === 1) return degradation[0];
  let area = 0;
  for (let g = 0; g + 1 < G; g++) area += (degradation[g] + degradation[g + 1]) / 2;
  return area / (G - 1);
}

/**
 * Scores one curve: per grid point and metric, the mean over repeats of the
 * metric on the full eval set and on every bootstrap resample — the same
 * resamples at every point and for the baseline, so the curve and its area
 * are paired — and the area's interval from the per-resample areas. Each
 * resample also draws the repeats it averages, with replacement (the same
 * picks at every point), as a contribution's interval does: the intervals
 * then hold the noise draws' Monte Carlo error too, which is what differs
 * between two runs of the same model with other seeds
 * (bench/results/sensitivity.md).
 */
export function scoreCurve(
  component: SensitivityComponent,
  grid: number[],
  predictions: Predictions[][],
  bases: BaselineMetric[],
  reference: Baseline,
  resamples: Resamples,
  confidence: number,
  seed: number,
): Omit<SensitivityCurve, 'rank'> {
  const B = resamples.count;
  const R = predictions[0].length;
  const picks = repeatPicks(seed, component.id, R, B);
  const variants = predictions.map((repeats) => repeats.map((p) => reference.record(p)));
  // byRepeat[g][m][r]: the metric of each repeat on every resample.
  const byRepeat = variants.map((repeats) =>
    bases.map(() => repeats.map(() => new Float64Array(B))),
  );
  const scorer = new BlockScorer(reference);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    variants.forEach((repeats, g) =>
      bases.forEach((base, m) =>
        repeats.forEach((variant, r) => scorer.scoreVariant(base.name, variant, byRepeat[g][m][r])),
      ),
    );
  }
  // samples[g][m]: the mean over the resample's picked repeats, on every resample.
  const samples = byRepeat.map((metrics) =>
    metrics.map((repeats) =>
      Float64Array.from({ length: B }, (_, b) =>
        meanOf(Array.from(picks.subarray(b * R, (b + 1) * R), (r) => repeats[r][b])),
      ),
    ),
  );
  const points = grid.map((s, g) => ({
    s,
    metrics: Object.fromEntries(
      bases.map((base, m) => {
        const value = meanOf(variants[g].map((v) => v.points.get(base.name)!));
        return [base.name, estimate(value, samples[g][m], confidence, base.reason)];
      }),
    ),
  }));
  const area = Object.fromEntries(
    bases.map((base, m) => {
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const point = normalisedArea(
        grid.map(
          (_, g) => sign * (base.value - meanOf(variants[g].map((v) => v.points.get(base.name)!))),
        ),
      );
      const areas = new Float64Array(B);
      const degradation = new Float64Array(grid.length);
      for (let b = 0; b < B; b++) {
        for (let g = 0; g < grid.length; g++)
          degradation[g] = sign * (base.samples[b] - samples[g][m][b]);
        areas[b] = normalisedArea(degradation);
      }
      return [base.name, estimate(point, areas, confidence, base.reason)];
    }),
  );
  return {
    id: component.id,
    kind: component.kind,
    name: component.name,
    noise: component.noise,
    target: component.on === 'layers' ? [...component.layers] : [...component.features],
    points,
    area,
  };
}

/** Ranks curves by their area on `metric`, largest first (undefined last; ties in plan order). */
export function rankCurves(
  curves: Omit<SensitivityCurve, 'rank'>[],
  metric: string,
): SensitivityCurve[] {
  const key = (c: Omit<SensitivityCurve, 'rank'>): number => c.area[metric]?.value ?? -Infinity;
  const order = curves.map((_, i) => i).sort((a, b) => key(curves[b]) - key(curves[a]) || a - b);
  const ranks = new Array<number>(curves.length);
  order.forEach((i, r) => (ranks[i] = r + 1));
  return curves.map((curve, i) => ({ ...curve, rank: ranks[i] }));
}

/**
 * Which repeats resample b averages, `picks[b * R + r]`: R draws with
 * replacement from the curve's own stream (all 0 for one repeat).
 */
function repeatPicks(seed: number, id: string, repeats: number, count: number): Int32Array {
  const picks = new Int32Array(count * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, 'sensitivity', id, 'repeats');
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
}

function estimate(
  value: number,
  samples: Float64Array,
  confidence: number,
  reason: string,
): Estimate {
  const ci = percentileInterval(samples, confidence);
  if (!Number.isFinite(value) || !Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) {
    return { value: null, reason: reason || 'undefined on the noisy predictions' };
  }
  return { value, ci };
}

function meanOf(values: number[]): number {
  // Repeats that agree give their value exactly (s = 0 is the baseline to the bit).
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}
