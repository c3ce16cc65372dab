import type { MetricName } from '../config/types.js';
import { prepareMetric } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Contribution, Estimate } from './estimates.js';
import type { Resamples } from './resamples.js';
import { seedMean } from './seed-mean.js';

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

/**
 * An interval cut to [min, max]. The seed-mean interval is symmetric and
 * can run past the values a metric can take (an accuracy interval above 1
 * at K = 2 seeds that disagree); the true value lies inside the range, so
 * cutting it there keeps the coverage and drops only impossible values.
 */
function within(ci: [number, number], min: number, max: number): [number, number] {
  return [Math.min(Math.max(ci[0], min), max), Math.max(Math.min(ci[1], max), min)];
}

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
  const { min, max } = METRICS[name].range;
  return { value: mean, ci: within(ci, min, max) };
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
  const { min, max } = METRICS[name].range;
  // A difference of two values in [min, max] lies in [−(max − min), max − min].
  const width = max - min;
  return {
    contribution: {
      value: value.mean,
      valueCi: within(value.ci, min, max),
      contribution: effect.mean,
      ci: within(effect.ci, -width, width),
      p: effect.p,
      q: effect.p,
    },
    perSeed: ablated.perSeed,
  };
}
