import type { MetricName } from '../../src/config/types.js';
import { prepareMetric } from '../../src/metrics/index.js';
import { METRICS } from '../../src/metrics/registry.js';
import type { Predictions } from '../../src/metrics/types.js';
import { Rng } from '../../src/stats/rng.js';
import type { Resamples } from '../../src/stats/resamples.js';

/** A component's bootstrap distributions, computed the straightforward way. */
export interface ReferenceScores {
  /** The ablated metric (repeats folded in) on every resample. */
  values: Float64Array;
  /** The signed contribution on every resample. */
  effects: Float64Array;
  point: number;
}

/**
 * The paired bootstrap as it was first written: every metric rescored from
 * scratch on every resample's Float64 weights, for the baseline and every
 * repeat, the repeats folded in by R draws with replacement per resample
 * from `Rng.stream(seed, 'repeats', id)`.
 */
export function referenceScores(
  name: MetricName,
  baseline: Predictions,
  component: { id: string; ablated: Predictions[] },
  resamples: Resamples,
  seed: number,
): ReferenceScores {
  const B = resamples.count;
  const R = component.ablated.length;
  const sign = METRICS[name].higherIsBetter ? 1 : -1;
  const baseMetric = prepareMetric(name, baseline);
  const metrics = component.ablated.map((p) => prepareMetric(name, p));
  const rng = Rng.stream(seed, 'repeats', component.id);
  const base = new Float64Array(B);
  const values = new Float64Array(B);
  const effects = new Float64Array(B);
  const picks = new Int32Array(R);
  const scores = new Float64Array(R);
  for (let b = 0; b < B; b++) {
    const weights = resamples.get(b);
    base[b] = baseMetric(weights);
    for (let r = 0; r < R; r++) picks[r] = R === 1 ? 0 : rng.int(R);
    for (let r = 0; r < R; r++) scores[r] = metrics[r](weights);
    let sum = 0;
    for (let r = 0; r < R; r++) sum += scores[picks[r]];
    values[b] = sum / R;
    effects[b] = sign * (base[b] - values[b]);
  }
  const point = metrics.reduce((s, m) => s + m(), 0) / R;
  return { values, effects, point };
}
