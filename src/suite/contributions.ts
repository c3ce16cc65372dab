import type { MetricName } from '../config/types.js';
import {
  classCounter,
  prepareDeltaMetric,
  prepareMetric,
  type ClassCounts,
} from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import { undefinedReason } from '../metrics/reason.js';
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
  /** Why the value or its interval is undefined, should it be (true of these predictions). */
  reason: string;
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
  return { name, value: metric(), samples, reason: undefinedReason(name, baseline) };
}

/** The baseline's estimate with its percentile interval. */
export function baselineEstimate(metric: BaselineMetric, confidence: number): Estimate {
  const ci = percentileInterval(metric.samples, confidence);
  if (!Number.isFinite(metric.value) || !finite(ci)) {
    return { value: null, reason: metric.reason };
  }
  return { value: metric.value, ci };
}

/** A component's ablated predictions: one per repeat. */
export interface AblatedComponent {
  id: string;
  ablated: Predictions[];
}

/**
 * The contributions of a chunk of components to every metric: baseline minus
 * ablated (the reverse for lower-is-better metrics), so positive means the
 * component helps.
 *
 * The interval is a paired bootstrap: resample b scores the baseline and the
 * ablated predictions on the same examples. A stochastic ablation's repeats
 * are folded in by also resampling the repeats (R of R, with replacement)
 * on each resample, so the interval carries both the data's and the
 * ablation's randomness, as the mean over R repeats does.
 *
 * Resamples are the outer loop, so each is drawn once for the whole chunk,
 * and count metrics (accuracy, precision, recall, F1) score a component from
 * the baseline's confusion counts plus the examples whose prediction it
 * changed — O(changed) instead of O(n) per component and resample.
 */
export function scoreContributions(
  bases: BaselineMetric[],
  baseline: Predictions,
  components: AblatedComponent[],
  resamples: Resamples,
  options: { seed: number; confidence: number },
): Map<string, Record<string, Contribution>> {
  const B = resamples.count;
  // Count metrics start from the baseline's confusion counts on each resample.
  const baseCounts = baseline.task === 'regression' ? undefined : classCounter(baseline);
  interface Job {
    base: BaselineMetric;
    sign: number;
    score: ((weights: Float64Array, counts: ClassCounts | undefined) => number)[];
    point: number;
    values: Float64Array;
    effects: Float64Array;
  }
  const jobs: { component: AblatedComponent; rng: Rng; metrics: Job[] }[] = components.map(
    (component) => ({
      component,
      rng: Rng.stream(options.seed, 'repeats', component.id),
      metrics: bases.map((base) => {
        const score = component.ablated.map((predictions) => {
          const delta = baseCounts && prepareDeltaMetric(base.name, baseline, predictions);
          if (delta !== undefined) {
            return (weights: Float64Array, counts: ClassCounts | undefined) =>
              delta(counts!, weights);
          }
          const full = prepareMetric(base.name, predictions);
          return (weights: Float64Array) => full(weights);
        });
        const point = mean(component.ablated.map((p) => prepareMetric(base.name, p)()));
        return {
          base,
          sign: METRICS[base.name].higherIsBetter ? 1 : -1,
          score,
          point,
          values: new Float64Array(B),
          effects: new Float64Array(B),
        };
      }),
    }),
  );
  const maxRepeats = Math.max(1, ...components.map((c) => c.ablated.length));
  const scores = new Float64Array(maxRepeats);
  const picks = new Int32Array(maxRepeats);
  for (let b = 0; b < B; b++) {
    const weights = resamples.get(b);
    const counts = baseCounts?.(weights);
    for (const { component, rng, metrics } of jobs) {
      const repeats = component.ablated.length;
      // One draw of repeats per component and resample, shared by its metrics.
      for (let r = 0; r < repeats; r++) picks[r] = repeats === 1 ? 0 : rng.int(repeats);
      for (const job of metrics) {
        for (let r = 0; r < repeats; r++) scores[r] = job.score[r](weights, counts);
        let sum = 0;
        for (let r = 0; r < repeats; r++) sum += scores[picks[r]];
        job.values[b] = sum / repeats;
        job.effects[b] = job.sign * (job.base.samples[b] - job.values[b]);
      }
    }
  }
  const results = new Map<string, Record<string, Contribution>>();
  for (const { component, metrics } of jobs) {
    const record: Record<string, Contribution> = {};
    for (const job of metrics) record[job.base.name] = summarise(job, options.confidence);
    results.set(component.id, record);
  }
  return results;
}

function summarise(
  job: {
    base: BaselineMetric;
    sign: number;
    point: number;
    values: Float64Array;
    effects: Float64Array;
  },
  confidence: number,
): Contribution {
  const { base, point } = job;
  if (!Number.isFinite(base.value)) return { value: null, reason: base.reason };
  if (!Number.isFinite(point))
    return { value: null, reason: 'undefined on the ablated predictions' };
  const valueCi = percentileInterval(job.values, confidence);
  const ci = percentileInterval(job.effects, confidence);
  const p = bootstrapPValue(job.effects, 0);
  if (!finite(valueCi) || !finite(ci) || !Number.isFinite(p)) {
    return { value: null, reason: base.reason };
  }
  // q is set once every component's p is known (Benjamini–Hochberg).
  return { value: point, valueCi, contribution: job.sign * (base.value - point), ci, p, q: p };
}

/** Whether both ends of an interval are numbers (a metric undefined on every resample gives NaN). */
export function finite([low, high]: [number, number]): boolean {
  return Number.isFinite(low) && Number.isFinite(high);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
