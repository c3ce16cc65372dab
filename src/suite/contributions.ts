import type { MetricName } from '../config/types.js';
import { prepareMetric } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Contribution, Estimate } from '../results/types.js';
import { bootstrapPValue, percentileInterval } from '../stats/bootstrap.js';
import { Rng } from '../stats/rng.js';
import type { Resamples } from './resamples.js';

/** A metric on the baseline predictions: its value and its bootstrap distribution. */
export interface BaselineMetric {
  name: MetricName;
  value: number;
  /** The metric on every resample (NaN where undefined). */
  samples: Float64Array;
}

/** Scores the baseline on the full eval set and on every resample. */
export function scoreBaseline(
  name: MetricName,
  baseline: Predictions,
  resamples: Resamples,
): BaselineMetric {
  const metric = prepareMetric(name, baseline);
  const samples = new Float64Array(resamples.count);
  for (let b = 0; b < resamples.count; b++) samples[b] = metric(resamples.get(b));
  return { name, value: metric(), samples };
}

/** The baseline's estimate with its percentile interval. */
export function baselineEstimate(metric: BaselineMetric, confidence: number): Estimate {
  const ci = percentileInterval(metric.samples, confidence);
  if (!Number.isFinite(metric.value) || !finite(ci)) {
    return { value: null, reason: undefinedReason(metric.name) };
  }
  return { value: metric.value, ci };
}

/**
 * A component's contribution to one metric: baseline minus ablated (the
 * reverse for lower-is-better metrics), so positive means it helps.
 *
 * The interval is a paired bootstrap: resample b scores the baseline and the
 * ablated predictions on the same examples. A stochastic ablation's repeats
 * are folded in by also resampling the repeats (R of R, with replacement)
 * on each resample, so the interval carries both the data's and the
 * ablation's randomness, as the mean over R repeats does.
 */
export function contribution(
  base: BaselineMetric,
  ablated: Predictions[],
  resamples: Resamples,
  options: { seed: number; componentId: string; confidence: number },
): Contribution {
  const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
  const metrics = ablated.map((predictions) => prepareMetric(base.name, predictions));
  const point = mean(metrics.map((metric) => metric()));
  if (!Number.isFinite(point) || !Number.isFinite(base.value)) {
    return { value: null, reason: undefinedReason(base.name) };
  }
  const repeats = metrics.length;
  const rng = Rng.stream(options.seed, 'repeats', options.componentId);
  const values = new Float64Array(resamples.count);
  const effects = new Float64Array(resamples.count);
  const scores = new Float64Array(repeats);
  for (let b = 0; b < resamples.count; b++) {
    const weights = resamples.get(b);
    for (let r = 0; r < repeats; r++) scores[r] = metrics[r](weights);
    let sum = 0;
    for (let r = 0; r < repeats; r++) sum += repeats === 1 ? scores[r] : scores[rng.int(repeats)];
    values[b] = sum / repeats;
    effects[b] = sign * (base.samples[b] - values[b]);
  }
  const valueCi = percentileInterval(values, options.confidence);
  const ci = percentileInterval(effects, options.confidence);
  const p = bootstrapPValue(effects, 0);
  if (!finite(valueCi) || !finite(ci) || !Number.isFinite(p)) {
    return { value: null, reason: undefinedReason(base.name) };
  }
  // q is set once every component's p is known (Benjamini–Hochberg).
  return { value: point, valueCi, contribution: sign * (base.value - point), ci, p, q: p };
}

/** Whether both ends of an interval are numbers (a metric undefined on every resample gives NaN). */
export function finite([low, high]: [number, number]): boolean {
  return Number.isFinite(low) && Number.isFinite(high);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Why a metric has no value. */
export function undefinedReason(name: MetricName): string {
  return name === 'roc_auc'
    ? 'undefined: the true labels hold a single class'
    : 'undefined on these predictions';
}
