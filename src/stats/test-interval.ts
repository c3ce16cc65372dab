import type { MetricName } from '../config/types.js';
import { classCounter, prepareMetric, proportionCounts } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { Interval, TestMethod } from './estimates.js';
import { bootstrapCounts, percentileInterval } from './bootstrap.js';
import { regressionInterval } from './regression-interval.js';
import {
  clopperPearsonInterval,
  clopperPearsonLower,
  clopperPearsonUpper,
} from './clopper-pearson.js';
import { Rng } from './rng.js';

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
 * - macro F1 and ROC AUC of more classes (one-vs-rest, macro): the mean of
 *   each class's bound above at level tail/m for m classes (Bonferroni), so
 *   each side errs at most `tail` for the average too (every class's bound
 *   holds at once with probability at least 1 − tail);
 * - MSE, RMSE, MAE and R²: a studentized bootstrap on the log scale, wider
 *   than its nominal level and inconclusive below a minimum slice size
 *   (`regressionInterval`: calibrated by simulation in bench/stats.ts);
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
  const tail = (1 - options.confidence) / 2;
  if (metric === 'f1' && single !== undefined) {
    return { method: 'clopper-pearson-f1', ci: f1Bounds(slice, [single], tail), counted: slice.n };
  }
  if (metric === 'f1_macro') {
    const present = presentClasses(slice);
    return { method: 'clopper-pearson-f1', ci: f1Bounds(slice, present, tail), counted: slice.n };
  }
  if (metric === 'roc_auc' && (slice.task === 'binary' || options.cls === undefined)) {
    const views =
      slice.task === 'binary'
        ? [slice]
        : Array.from({ length: slice.k }, (_, c) => oneVsRest(slice, c));
    return { method: 'clopper-pearson-auc', ci: aucBounds(views, tail), counted: slice.n };
  }
  if (metric === 'mse' || metric === 'rmse' || metric === 'mae' || metric === 'r2') {
    const value = prepareMetric(metric, slice)();
    const interval = regressionInterval(metric, slice.yTrue, slice.scores, value, {
      resamples: options.resamples,
      tail,
      draw: (b, weights) =>
        bootstrapCounts(Rng.stream(options.seed, 'test', options.label, b), slice.n, weights),
    });
    return { method: 'bootstrap-t', counted: slice.n, ...interval };
  }
  return bootstrapInterval(metric, slice, options);
}

/** The mean over classes of each one's F1 bounds at level tail / classes (F1 = 2J/(1 + J), J exact). */
function f1Bounds(slice: Predictions, classes: number[], tail: number): Interval {
  const counts = classCounter(slice)();
  const f1 = (j: number): number => (2 * j) / (1 + j);
  let low = 0;
  let high = 0;
  for (const cls of classes) {
    const tp = counts.tp[cls];
    const union = counts.trueSum[cls] + counts.predSum[cls] - tp;
    low += f1(clopperPearsonLower(tp, union, tail / classes.length));
    high += f1(clopperPearsonUpper(tp, union, tail / classes.length));
  }
  return [low / classes.length, high / classes.length];
}

/** The classes macro F1 averages over: those in the labels or the predictions. */
function presentClasses(slice: Predictions): number[] {
  const counts = classCounter(slice)();
  return Array.from({ length: slice.k }, (_, c) => c).filter(
    (c) => counts.trueSum[c] + counts.predSum[c] > 0,
  );
}

/** Class c against the rest, scored by its probability column: a two-class view. */
function oneVsRest(slice: Predictions, c: number): Predictions {
  const { n, k } = slice;
  const scores = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    scores[2 * i] = 1 - slice.scores[i * k + c];
    scores[2 * i + 1] = slice.scores[i * k + c];
  }
  return {
    task: 'binary',
    n,
    k: 2,
    yTrue: Float64Array.from(slice.yTrue, (y) => (y === c ? 1 : 0)),
    scores,
    predicted: Int32Array.from(slice.predicted, (p) => (p === c ? 1 : 0)),
  };
}

/** The mean over two-class views of each one's AUC bounds at level tail / views. */
function aucBounds(views: Predictions[], tail: number): Interval {
  let low = 0;
  let high = 0;
  for (const view of views) {
    let positives = 0;
    for (let i = 0; i < view.n; i++) if (view.yTrue[i] === 1) positives++;
    const m = Math.min(positives, view.n - positives);
    const auc = prepareMetric('roc_auc', view)();
    // m·AUC is rarely a whole number: round each end's count outward.
    low += clopperPearsonLower(Math.floor(m * auc + 1e-9), m, tail / views.length);
    high += clopperPearsonUpper(Math.ceil(m * auc - 1e-9), m, tail / views.length);
  }
  return [low / views.length, high / views.length];
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
