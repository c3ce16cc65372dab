import type { MetricName } from '../config/types.js';
import { METRICS } from '../metrics/registry.js';
import { undefinedReason } from '../metrics/reason.js';
import type { Contribution, Estimate, Undefined } from './estimates.js';
import { percentileInterval } from './bootstrap.js';
import { Rng } from './rng.js';
import { BlockScorer } from './resample-scoring/scorer.js';
import { Baseline, type AblatedVariant } from './resample-scoring/variant.js';
import type { Predictions } from '../metrics/types.js';
import type { Resamples } from './resamples.js';

export { Baseline, type AblatedVariant } from './resample-scoring/variant.js';

/** A metric on the baseline predictions: its value and its bootstrap distribution. */
export interface BaselineMetric {
  name: MetricName;
  value: number;
  /** The metric on every resample (NaN where undefined). */
  samples: Float64Array;
  /** Why the value or its interval is undefined, should it be (true of these predictions). */
  reason: string;
}

/**
 * Scores the baseline on the full eval set and on every resample. Given
 * bare predictions, they are bound to this one metric.
 */
export function scoreBaseline(
  name: MetricName,
  baseline: Baseline | Predictions,
  resamples: Resamples,
): BaselineMetric {
  if (!(baseline instanceof Baseline)) baseline = new Baseline([name], baseline);
  const scorer = new BlockScorer(baseline);
  const samples = new Float64Array(resamples.count);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    scorer.scoreBaseline(name, samples);
  }
  return {
    name,
    value: baseline.points.get(name)!,
    samples,
    reason: undefinedReason(name, baseline.predictions),
  };
}

/** The baseline's estimate with its percentile interval. */
export function baselineEstimate(metric: BaselineMetric, confidence: number): Estimate {
  const ci = percentileInterval(metric.samples, confidence);
  if (!Number.isFinite(metric.value) || !finite(ci)) {
    return { value: null, reason: metric.reason };
  }
  return { value: metric.value, ci };
}

/** A contribution with its bootstrap intervals, before its p-value (see significance.ts). */
export type ContributionInterval =
  Omit<Extract<Contribution, { p: number }>, 'p' | 'q'> | Undefined;

/** A component's ablated predictions, one per repeat, held as their changes (see {@link Baseline.record}). */
export interface AblatedComponent {
  id: string;
  ablated: AblatedVariant[];
}

/**
 * The contributions of a chunk of components to every metric: baseline minus
 * ablated (the reverse for lower-is-better metrics), so positive means the
 * component helps.
 *
 * The interval is a paired bootstrap: resample b scores the baseline and the
 * ablated predictions on the same examples. A stochastic ablation's repeats
 * are folded in by also resampling the repeats (R of R, with replacement,
 * from the component's own stream) on each resample, so the interval
 * carries both the data's and the ablation's randomness, as the mean over R
 * repeats does.
 *
 * Resamples come in blocks (see `Resamples`); on each block every variant is
 * scored from what it changed (see `BlockScorer`), so a component's numbers
 * depend only on the seed, its id and its predictions.
 */
export function scoreContributions(
  bases: BaselineMetric[],
  baseline: Baseline,
  components: AblatedComponent[],
  resamples: Resamples,
  options: { seed: number; confidence: number },
): Map<string, Record<string, ContributionInterval>> {
  const B = resamples.count;
  // scores[component][metric][repeat]: the metric of each repeat on every resample.
  const scores = components.map((component) =>
    bases.map(() => component.ablated.map(() => new Float64Array(B))),
  );
  const scorer = new BlockScorer(baseline);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    components.forEach((component, c) => {
      component.ablated.forEach((variant, r) => {
        bases.forEach((base, m) => scorer.scoreVariant(base.name, variant, scores[c][m][r]));
      });
    });
  }
  const results = new Map<string, Record<string, ContributionInterval>>();
  components.forEach((component, c) => {
    const repeats = component.ablated.length;
    const picks = repeatPicks(options.seed, component.id, repeats, B);
    const record: Record<string, ContributionInterval> = {};
    bases.forEach((base, m) => {
      const values = new Float64Array(B);
      const effects = new Float64Array(B);
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const byRepeat = scores[c][m];
      for (let b = 0; b < B; b++) {
        let sum = 0;
        for (let r = 0; r < repeats; r++) sum += byRepeat[picks[b * repeats + r]][b];
        values[b] = sum / repeats;
        effects[b] = sign * (base.samples[b] - values[b]);
      }
      const point = mean(component.ablated.map((v) => v.points.get(base.name)!));
      record[base.name] = summarise({ base, sign, point, values, effects }, options.confidence);
    });
    results.set(component.id, record);
  });
  return results;
}

/**
 * Which repeats resample b folds in, `picks[b * R + r]`: R draws with
 * replacement per resample from the component's own stream, in resample
 * order (none for a single repeat).
 */
function repeatPicks(seed: number, id: string, repeats: number, count: number): Int32Array {
  const picks = new Int32Array(count * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, 'repeats', id);
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
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
): ContributionInterval {
  const { base, point } = job;
  if (!Number.isFinite(base.value)) return { value: null, reason: base.reason };
  if (!Number.isFinite(point))
    return { value: null, reason: 'undefined on the ablated predictions' };
  const valueCi = percentileInterval(job.values, confidence);
  const ci = percentileInterval(job.effects, confidence);
  if (!finite(valueCi) || !finite(ci)) {
    return { value: null, reason: base.reason };
  }
  return { value: point, valueCi, contribution: job.sign * (base.value - point), ci };
}

/** Whether both ends of an interval are numbers (a metric undefined on every resample gives NaN). */
export function finite([low, high]: [number, number]): boolean {
  return Number.isFinite(low) && Number.isFinite(high);
}

function mean(values: number[]): number {
  // Repeats that agree give their value exactly, not a sum divided back down.
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}
