import type { MetricName } from '../config/types.js';
import { prepareMetric } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Contribution, Estimate, Interval } from '../results/types.js';
import type { Resamples } from '../suite/resamples.js';
import { studentTCdf, studentTQuantile } from './student-t.js';

/**
 * A mean over K seeds and its uncertainty from both sources of noise:
 * - seeds: the spread of the K per-seed values (s² / K), which only
 *   retraining can show;
 * - examples: the eval set is a sample too; the paired bootstrap over
 *   examples (the same resample for every seed, baseline and variant) gives
 *   the variance of the seed mean under it.
 * The two add (the eval set is the same for every seed), and the interval
 * is a t interval with Welch–Satterthwaite degrees of freedom, the example
 * part counted as known (df = ∞): with K = 1 it is the normal interval of
 * the example bootstrap alone, which cannot account for seed variance.
 */
export interface SeedMean {
  mean: number;
  ci: Interval;
  /** Two-sided p-value that the expectation is zero. */
  p: number;
  df: number;
}

/** Combines per-seed values and the example-bootstrap samples of their mean (see {@link SeedMean}). */
export function seedMean(
  perSeed: ArrayLike<number>,
  bootstrapMeans: ArrayLike<number>,
  confidence: number,
): SeedMean {
  const k = perSeed.length;
  const mean = average(perSeed);
  const seedTerm = k >= 2 ? variance(perSeed) / k : 0;
  const exampleTerm = variance(bootstrapMeans);
  const se = Math.sqrt(seedTerm + exampleTerm);
  const df = seedTerm > 0 ? (seedTerm + exampleTerm) ** 2 / (seedTerm ** 2 / (k - 1)) : Infinity;
  if (se === 0) return { mean, ci: [mean, mean], p: mean === 0 ? 1 : 0, df };
  const q = studentTQuantile(0.5 + confidence / 2, df);
  const p = 2 * studentTCdf(-Math.abs(mean) / se, df);
  return { mean, ci: [mean - q * se, mean + q * se], p: Math.min(1, p), df };
}

function average(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The sample variance (n − 1 denominator); 0 for fewer than two values. */
function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = average(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i] - m) ** 2;
  return sum / (n - 1);
}

/** One metric of one set of seeds' predictions: per seed on all examples, and per resample the seed mean. */
interface Scored {
  perSeed: Float64Array;
  means: Float64Array;
}

function score(name: MetricName, runs: Predictions[], resamples: Resamples): Scored {
  const metrics = runs.map((p) => prepareMetric(name, p));
  const perSeed = Float64Array.from(metrics, (m) => m());
  const means = new Float64Array(resamples.count);
  for (let b = 0; b < resamples.count; b++) {
    const weights = resamples.get(b);
    let sum = 0;
    for (const m of metrics) sum += m(weights);
    means[b] = sum / metrics.length;
  }
  return { perSeed, means };
}

const defined = (values: Float64Array): boolean => values.every((v) => Number.isFinite(v));

/** The retrained baseline's metric: mean over seeds with its interval. */
export function retrainedEstimate(
  name: MetricName,
  baseline: Predictions[],
  resamples: Resamples,
  confidence: number,
): Estimate {
  const s = score(name, baseline, resamples);
  if (!defined(s.perSeed) || !defined(s.means)) {
    return { value: null, reason: `${name} is undefined on the retrained baseline` };
  }
  const { mean, ci } = seedMean(s.perSeed, s.means, confidence);
  return { value: mean, ci };
}

/**
 * A variant's contribution to one metric, paired by seed and by example:
 * per seed, the baseline's metric minus the variant's on the same eval
 * examples (the reverse for lower-is-better metrics, so positive means the
 * switched-off part helps), then {@link seedMean} over the seeds. `q` is
 * left to the caller (Benjamini–Hochberg over the variants). Also returns
 * the variant's per-seed metric values.
 */
export function retrainContribution(
  name: MetricName,
  baseline: Predictions[],
  variant: Predictions[],
  resamples: Resamples,
  confidence: number,
): { contribution: Contribution; perSeed: Float64Array } {
  const sign = METRICS[name].higherIsBetter ? 1 : -1;
  const base = score(name, baseline, resamples);
  const ablated = score(name, variant, resamples);
  if (![base.perSeed, base.means, ablated.perSeed, ablated.means].every(defined)) {
    return {
      contribution: { value: null, reason: `${name} is undefined on some retrained model` },
      perSeed: ablated.perSeed,
    };
  }
  const diff = (a: Float64Array, b: Float64Array): Float64Array =>
    Float64Array.from(a, (v, i) => sign * (v - b[i]));
  const effect = seedMean(
    diff(base.perSeed, ablated.perSeed),
    diff(base.means, ablated.means),
    confidence,
  );
  const value = seedMean(ablated.perSeed, ablated.means, confidence);
  return {
    contribution: {
      value: value.mean,
      valueCi: value.ci,
      contribution: effect.mean,
      ci: effect.ci,
      p: effect.p,
      q: effect.p,
    },
    perSeed: ablated.perSeed,
  };
}
