import type { MetricName } from '../config/types.js';
import { classCounter, prepareMetric, proportionCounts } from '../metrics/index.js';
import { exampleLogLosses } from '../metrics/log-loss.js';
import type { Predictions } from '../metrics/types.js';
import type { Interval, TestMethod } from './estimates.js';
import { bootstrapCounts } from './bootstrap.js';
import { logLossInterval, regressionInterval } from './regression-interval.js';
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
 * - precision, recall and F1 averaged over classes (macro, weighted, and
 *   a multiclass task's precision, recall or F1 without `class`), and ROC
 *   AUC of more classes (one-vs-rest, macro): the (weighted) mean of each
 *   class's exact bound at level tail/m for m classes (Bonferroni), so each
 *   side errs at most `tail` for the average too (every class's bound holds
 *   at once with probability at least 1 − tail);
 * - MSE, RMSE, MAE, R² and log loss: a studentized bootstrap on the log scale, wider
 *   than its nominal level and inconclusive below a minimum slice size
 *   (`regressionInterval`: calibrated by simulation in bench/stats.ts);
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
    const one = [[single, 1]] as [number, number][];
    return {
      method: 'clopper-pearson-f1',
      ci: classBounds(slice, 'f1', one, tail),
      counted: slice.n,
    };
  }
  const average = options.cls === undefined ? classAverage(metric, slice.task) : undefined;
  if (average !== undefined) {
    return {
      method: average.score === 'f1' ? 'clopper-pearson-f1' : 'clopper-pearson',
      ci: classBounds(slice, average.score, averagedClasses(slice, average), tail),
      counted: slice.n,
    };
  }
  if (metric === 'roc_auc' && (slice.task === 'binary' || options.cls === undefined)) {
    const views =
      slice.task === 'binary'
        ? [slice]
        : Array.from({ length: slice.k }, (_, c) => oneVsRest(slice, c));
    return { method: 'clopper-pearson-auc', ci: aucBounds(views, tail), counted: slice.n };
  }
  const draw = (b: number, weights: Float64Array): void =>
    bootstrapCounts(Rng.stream(options.seed, 'test', options.label, b), slice.n, weights);
  if (metric === 'mse' || metric === 'rmse' || metric === 'mae' || metric === 'r2') {
    const value = prepareMetric(metric, slice)();
    const interval = regressionInterval(metric, slice.yTrue, slice.scores, value, {
      resamples: options.resamples,
      tail,
      draw,
    });
    return { method: 'bootstrap-t', counted: slice.n, ...interval };
  }
  if (metric === 'log_loss') {
    const value = prepareMetric(metric, slice)();
    const interval = logLossInterval(exampleLogLosses(slice), value, {
      resamples: options.resamples,
      tail,
      draw,
    });
    return { method: 'bootstrap-t', counted: slice.n, ...interval };
  }
  // Every metric has a branch above (its class-averaged or single-class form, or its task's).
  throw new Error(`internal: no unit-test interval for ${metric}`);
}

/** One class's score a class-averaged metric averages, the classes it counts, and their weights. */
interface ClassAverage {
  score: 'precision' | 'recall' | 'f1';
  /** `true`: the classes among the labels; `true-or-predicted`: among the labels or the predictions. */
  classes: 'true' | 'true-or-predicted';
  /** `support`: each class weighted by its rows in the labels (sklearn 'weighted'); else equal. */
  weights: 'equal' | 'support';
}

/**
 * How a metric averages over classes (sklearn's macro and weighted averages,
 * and precision, recall or F1 of a multiclass task without `class`, whose
 * average is over the true classes); undefined for any other metric.
 */
function classAverage(metric: MetricName, task: Predictions['task']): ClassAverage | undefined {
  const averaged = CLASS_AVERAGES[metric];
  if (averaged !== undefined) return averaged;
  if ((metric === 'precision' || metric === 'recall' || metric === 'f1') && task === 'multiclass') {
    return { score: metric, classes: 'true', weights: 'equal' };
  }
  return undefined;
}

/** The macro and weighted averages (sklearn's `average='macro'` and `'weighted'`). */
const CLASS_AVERAGES: Partial<Record<MetricName, ClassAverage>> = {
  precision_macro: { score: 'precision', classes: 'true-or-predicted', weights: 'equal' },
  recall_macro: { score: 'recall', classes: 'true-or-predicted', weights: 'equal' },
  f1_macro: { score: 'f1', classes: 'true-or-predicted', weights: 'equal' },
  f1_weighted: { score: 'f1', classes: 'true-or-predicted', weights: 'support' },
};

/** The classes `average` counts in the slice, each with its weight (classes of weight 0 left out). */
function averagedClasses(slice: Predictions, average: ClassAverage): [number, number][] {
  const counts = classCounter(slice)();
  const weighted: [number, number][] = [];
  for (let c = 0; c < slice.k; c++) {
    const present =
      counts.trueSum[c] > 0 || (average.classes === 'true-or-predicted' && counts.predSum[c] > 0);
    const weight = average.weights === 'support' ? counts.trueSum[c] : 1;
    if (present && weight > 0) weighted.push([c, weight]);
  }
  return weighted;
}

/**
 * The weighted mean over `classes` of each one's exact bounds at level
 * tail / m for m classes (Bonferroni: every class's bound holds at once
 * with probability at least 1 − tail, so the mean's does too). Each class's
 * score is a proportion given the rows it counts: precision TP of the rows
 * predicted c, recall TP of the rows labelled c, F1 = 2J/(1 + J) with J =
 * TP of TP + FP + FN; a class with no such rows (its score 0 by
 * zero_division) is bounded by [0, 1].
 */
function classBounds(
  slice: Predictions,
  score: ClassAverage['score'],
  classes: [number, number][],
  tail: number,
): Interval {
  const counts = classCounter(slice)();
  const level = tail / classes.length;
  const map = score === 'f1' ? (j: number): number => (2 * j) / (1 + j) : (j: number): number => j;
  let low = 0;
  let high = 0;
  let total = 0;
  for (const [c, weight] of classes) {
    const tp = counts.tp[c];
    const trials =
      score === 'precision'
        ? counts.predSum[c]
        : score === 'recall'
          ? counts.trueSum[c]
          : counts.trueSum[c] + counts.predSum[c] - tp;
    low += weight * map(clopperPearsonLower(tp, trials, level));
    high += weight * map(clopperPearsonUpper(tp, trials, level));
    total += weight;
  }
  return [low / total, high / total];
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
