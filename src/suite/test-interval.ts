import type { MetricName } from '../config/types.js';
import { classCounter, prepareMetric, proportionCounts } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { Interval, TestMethod } from '../results/types.js';
import { bootstrapCounts, percentileInterval } from '../stats/bootstrap.js';
import {
  clopperPearsonInterval,
  clopperPearsonLower,
  clopperPearsonUpper,
} from '../stats/clopper-pearson.js';
import { Rng } from '../stats/rng.js';

/** A unit test's interval, the method that made it, and the rows the metric counts. */
export interface TestInterval {
  method: TestMethod;
  ci: Interval;
  /** Rows the metric counts: the trials of a proportion, else the slice. */
  counted: number;
  /** Set when the interval cannot support a pass or a fail: the test is inconclusive. */
  degenerate?: string;
}

export interface IntervalOptions {
  seed: number;
  resamples: number;
  confidence: number;
  /** The bootstrap streams' label (the test's name). */
  label: string;
  cls?: number;
}

/**
 * The interval that decides a unit test on its slice, with coverage at least
 * `confidence` wherever an exact method exists:
 *
 * - a proportion of the slice's examples (accuracy, error rate, precision or
 *   recall of one class): Clopper–Pearson on its successes and trials;
 * - F1 of one class: F1 = 2J / (1 + J) with J = TP / (TP + FP + FN), and
 *   given the rows in TP ∪ FP ∪ FN, TP is binomial with the population's J,
 *   so Clopper–Pearson on J mapped through that increasing function is exact;
 * - ROC AUC of two classes: the Mann–Whitney estimate is the average, over
 *   pairings, of m = min(positives, negatives) independent pair comparisons
 *   (Hoeffding 1963, §5), so it is less spread than Binomial(m, AUC)/m in
 *   the convex order; Clopper–Pearson on m trials, with m·AUC rounded
 *   outward, bounds it (checked by simulation in bench/stats.ts);
 * - anything else: the percentile bootstrap over the slice, which is
 *   `degenerate` (so the test is inconclusive) when every resample gives the
 *   same value, e.g. a slice without errors.
 */
export function testInterval(
  metric: MetricName,
  slice: Predictions,
  options: IntervalOptions,
): TestInterval {
  const metricOptions = options.cls === undefined ? {} : { cls: options.cls };
  const counts = proportionCounts(metric, slice, metricOptions);
  if (counts !== undefined) {
    return {
      method: 'clopper-pearson',
      ci: clopperPearsonInterval(counts.successes, counts.trials, options.confidence),
      counted: counts.trials,
    };
  }
  const single = options.cls ?? (slice.task === 'binary' ? 1 : undefined);
  if (metric === 'f1' && single !== undefined) return f1Interval(slice, single, options.confidence);
  if (metric === 'roc_auc' && slice.task === 'binary')
    return aucInterval(slice, options.confidence);
  return bootstrapInterval(metric, slice, options);
}

function f1Interval(slice: Predictions, cls: number, confidence: number): TestInterval {
  const counts = classCounter(slice)();
  const tp = counts.tp[cls];
  const union = counts.trueSum[cls] + counts.predSum[cls] - tp;
  const [low, high] = clopperPearsonInterval(tp, union, confidence);
  const f1 = (j: number): number => (2 * j) / (1 + j);
  return { method: 'clopper-pearson-f1', ci: [f1(low), f1(high)], counted: slice.n };
}

function aucInterval(slice: Predictions, confidence: number): TestInterval {
  let positives = 0;
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === 1) positives++;
  const m = Math.min(positives, slice.n - positives);
  const auc = prepareMetric('roc_auc', slice)();
  const tail = (1 - confidence) / 2;
  // m·AUC is rarely a whole number: round each end's count outward.
  const low = clopperPearsonLower(Math.floor(m * auc + 1e-9), m, tail);
  const high = clopperPearsonUpper(Math.ceil(m * auc - 1e-9), m, tail);
  return { method: 'clopper-pearson-auc', ci: [low, high], counted: slice.n };
}

function bootstrapInterval(
  metric: MetricName,
  slice: Predictions,
  options: IntervalOptions,
): TestInterval {
  const score = prepareMetric(metric, slice, options.cls === undefined ? {} : { cls: options.cls });
  const weights = new Float64Array(slice.n);
  const samples = new Float64Array(options.resamples);
  let low = Infinity;
  let high = -Infinity;
  for (let b = 0; b < options.resamples; b++) {
    bootstrapCounts(Rng.stream(options.seed, 'test', options.label, b), slice.n, weights);
    samples[b] = score(weights);
    if (samples[b] < low) low = samples[b];
    if (samples[b] > high) high = samples[b];
  }
  const ci = percentileInterval(samples, options.confidence);
  return {
    method: 'bootstrap',
    ci,
    counted: slice.n,
    // Equal up to rounding: a weighted mean of equal terms can differ in the last bit.
    ...(high - low <= 1e-12 * Math.max(1, Math.abs(low))
      ? {
          degenerate: `every resample of the slice gives ${metric} = ${low}: too little variation to decide`,
        }
      : {}),
  };
}
