import type { MetricName, ThresholdOp } from '../../src/config/types.js';
import { computeMetric, prepareMetric } from '../../src/metrics/index.js';
import type { Predictions } from '../../src/metrics/types.js';
import { bootstrapCounts, percentileInterval } from '../../src/stats/bootstrap.js';
import { normalCdf } from '../../src/stats/normal.js';
import { Rng } from '../../src/stats/rng.js';
import { logGamma } from '../../src/stats/student-t.js';
import { runUnitTest } from '../../src/suite/unit-tests.js';
import { BENCH_SEED } from './experiments.js';
import { rate, type Rate } from './documents.js';

/** A unit test on a metric without an exact method, simulated at its threshold (issue 15, items 34, 38). */
export interface ContinuousAtThreshold {
  metric: MetricName;
  population: string;
  n: number;
  threshold: number;
  method: string;
  /** Inside the family the method is calibrated over (docs/statistics.md). */
  family: boolean;
  fail: Rate;
  pass: Rate;
  /** The percentile bootstrap these tests used before issue 15 item 34, on the same slices. */
  before?: { fail: Rate; pass: Rate };
}

/** One population: rows drawn i.i.d., the metric's population value, the test's direction. */
interface Population {
  metric: MetricName;
  what: string;
  op: ThresholdOp;
  threshold: number;
  draw: (rng: Rng, n: number) => Predictions;
  /** Outside the family the regression tests are calibrated over: shown, not promised. */
  outside?: boolean;
}

/** Student's t with ν df scaled to unit variance: heavy tails (t₅: a finite fourth moment; t₃: not). */
function studentT(nu: number) {
  return (rng: Rng): number => {
    let chi = 0;
    for (let i = 0; i < nu; i++) chi += rng.normal() ** 2;
    return rng.normal() / Math.sqrt(chi / nu) / Math.sqrt(nu / (nu - 2));
  };
}
const t5 = studentT(5);
const t3 = studentT(3);

/** A contaminated normal with unit variance: N(0, 1) but 1 row in 10 from N(0, 5²). */
function contaminated(rng: Rng): number {
  const z = rng.normal();
  return (rng.next() < 0.1 ? 5 * z : z) / Math.sqrt(3.4);
}
/** E|e| of `contaminated`. */
const CONTAMINATED_MEAN_ABS = (Math.sqrt(2 / Math.PI) * (0.9 + 0.5)) / Math.sqrt(3.4);

/** A centred lognormal with unit variance: e^Z − e^½, scaled (skewed errors). */
function lognormal(rng: Rng): number {
  return (Math.exp(rng.normal()) - Math.exp(0.5)) / Math.sqrt((Math.E - 1) * Math.E);
}
/** E|e| of `lognormal`: E|X − c| = 2c(2Φ(½) − 1) for X = e^Z, c = e^½. */
const LOGNORMAL_MEAN_ABS =
  (2 * Math.exp(0.5) * (2 * normalCdf(0.5) - 1)) / Math.sqrt((Math.E - 1) * Math.E);

/** E|T| for Student's t with ν df, scaled to unit variance. */
function meanAbsT(nu: number): number {
  const raw = Math.exp(
    Math.log(2 * Math.sqrt(nu)) +
      logGamma((nu + 1) / 2) -
      0.5 * Math.log(Math.PI) -
      Math.log(nu - 1) -
      logGamma(nu / 2),
  );
  return raw / Math.sqrt(nu / (nu - 2));
}

function regression(y: Float64Array, predictions: Float64Array): Predictions {
  return {
    task: 'regression',
    n: y.length,
    k: 1,
    yTrue: y,
    scores: predictions,
    predicted: new Int32Array(0),
  };
}

/** Regression rows: targets N(0, 1), predictions off by `error()` times `scale`. */
function errors(error: (rng: Rng) => number, scale: number) {
  return (rng: Rng, n: number): Predictions => {
    const y = Float64Array.from({ length: n }, () => rng.normal());
    return regression(
      y,
      Float64Array.from(y, (v) => v + scale * error(rng)),
    );
  };
}

function multiclass(labels: Int32Array, scores: Float64Array, k: number): Predictions {
  const n = labels.length;
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    predicted[i] = best;
  }
  return { task: 'multiclass', n, k, yTrue: Float64Array.from(labels), scores, predicted };
}

/** 3 classes, each equally likely; right with probability a, else one of the other two: every class's F1 is a. */
function confusions(a: number) {
  return (rng: Rng, n: number): Predictions => {
    const labels = Int32Array.from({ length: n }, () => rng.int(3));
    const scores = new Float64Array(3 * n);
    labels.forEach((y, i) => {
      const c = rng.next() < a ? y : (y + 1 + rng.int(2)) % 3;
      for (let j = 0; j < 3; j++) scores[3 * i + j] = j === c ? 0.8 : 0.1;
    });
    return multiclass(labels, scores, 3);
  };
}

/** 3 classes, softmax of N(d·[c = y], 1) scores, times `sharpness` (above 1: overconfident). */
function softmaxScores(d: number, sharpness = 1) {
  return (rng: Rng, n: number): Predictions => {
    const labels = Int32Array.from({ length: n }, () => rng.int(3));
    const scores = new Float64Array(3 * n);
    labels.forEach((y, i) => {
      const z = [0, 1, 2].map((c) => Math.exp(sharpness * (rng.normal() + (c === y ? d : 0))));
      const sum = z[0] + z[1] + z[2];
      for (let c = 0; c < 3; c++) scores[3 * i + c] = z[c] / sum;
    });
    return multiclass(labels, scores, 3);
  };
}

/** The population value of a metric by one sample of 200,000 rows (for the 3-class AUC, which has no closed form). */
function populationValue(metric: MetricName, draw: (rng: Rng, n: number) => Predictions): number {
  return computeMetric(metric, draw(Rng.stream(BENCH_SEED, 'population', metric), 200_000), {});
}

/** Unit-variance errors of the regression rows, E|e| of each, and whether the family holds them. */
const ERRORS: { what: string; draw: (rng: Rng) => number; meanAbs: number; outside?: true }[] = [
  { what: 'normal errors', draw: (r) => r.normal(), meanAbs: Math.sqrt(2 / Math.PI) },
  { what: 't₅ errors', draw: t5, meanAbs: meanAbsT(5) },
  { what: 't₃ errors', draw: t3, meanAbs: meanAbsT(3) },
  { what: 'contaminated', draw: contaminated, meanAbs: CONTAMINATED_MEAN_ABS, outside: true },
  { what: 'lognormal errors', draw: lognormal, meanAbs: LOGNORMAL_MEAN_ABS, outside: true },
];

/**
 * Regression rows at each metric's threshold: MAE 0.5, MSE 0.25, RMSE 0.5
 * (errors scaled), R² 0.8 (targets N(0, 1), errors of variance 0.2). The
 * calibrated family: normal and t₅ errors, t₃ too for MAE (t₃'s squared
 * errors have no variance: no interval for their mean is calibrated at any n).
 */
function regressionPopulations(): Population[] {
  return ERRORS.flatMap((e): Population[] => {
    const squaresOutside = e.outside === true || e.draw === t3;
    const rows = (scale: number) => errors(e.draw, scale);
    return [
      {
        metric: 'mae',
        what: e.what,
        op: '<=',
        threshold: 0.5,
        draw: rows(0.5 / e.meanAbs),
        ...(e.outside ? { outside: true } : {}),
      },
      {
        metric: 'mse',
        what: e.what,
        op: '<=',
        threshold: 0.25,
        draw: rows(0.5),
        outside: squaresOutside,
      },
      {
        metric: 'rmse',
        what: e.what,
        op: '<=',
        threshold: 0.5,
        draw: rows(0.5),
        outside: squaresOutside,
      },
      {
        metric: 'r2',
        what: e.what,
        op: '>=',
        threshold: 0.8,
        draw: rows(Math.sqrt(0.2)),
        outside: squaresOutside,
      },
    ];
  });
}

/**
 * The populations of issue 15 items 34, 38: regression errors in and outside
 * the family, the class averages of precision, recall and F1 (every class's
 * score 0.8), 3-class AUC, and log loss of calibrated and of overconfident
 * scores.
 */
export function populations(): Population[] {
  const auc = softmaxScores(1.2);
  const overconfident = softmaxScores(1.2, 3);
  const averaged = (metric: MetricName, what = '3 classes'): Population => ({
    metric,
    what,
    op: '>=',
    threshold: 0.8,
    draw: confusions(0.8),
  });
  return [
    ...regressionPopulations(),
    averaged('f1_macro'),
    averaged('precision_macro'),
    averaged('recall_macro'),
    averaged('f1_weighted'),
    averaged('precision', '3 classes, no `class`'),
    {
      metric: 'log_loss',
      what: 'softmax scores',
      op: '<=',
      threshold: populationValue('log_loss', auc),
      draw: auc,
    },
    {
      metric: 'log_loss',
      what: 'overconfident scores',
      op: '<=',
      threshold: populationValue('log_loss', overconfident),
      draw: overconfident,
    },
    {
      metric: 'roc_auc',
      what: '3 classes',
      op: '>=',
      threshold: populationValue('roc_auc', auc),
      draw: auc,
    },
  ];
}

/**
 * How often a unit test on a slice of n rows drawn from the population,
 * whose metric is exactly the threshold, fails and passes: both are wrong
 * answers. Every slice goes through `runUnitTest`, as `run` does.
 */
export function continuousAtThreshold(
  population: Population,
  n: number,
  trials: number,
): ContinuousAtThreshold {
  let fail = 0;
  let pass = 0;
  let beforeFail = 0;
  let beforePass = 0;
  let method = '';
  const regression = ['mse', 'rmse', 'mae', 'r2'].includes(population.metric);
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'continuous', population.metric, population.what, n, trial);
    const slice = population.draw(rng, n);
    const result = runUnitTest(
      {
        name: `${population.metric}-at-threshold`,
        where: {},
        metric: population.metric,
        threshold: { op: population.op, value: population.threshold },
        minExamples: 1,
      },
      rows,
      slice,
      { seed: BENCH_SEED + trial, resamples: 1000, confidence: 0.95 },
    );
    method ||= result.method ?? '';
    if (result.status === 'fail') fail++;
    if (result.status === 'pass') pass++;
    if (regression) {
      const [low, high] = percentileBefore(population.metric, slice, BENCH_SEED + trial);
      const [wrong, right] =
        population.op === '<='
          ? [low > population.threshold, high <= population.threshold]
          : [high < population.threshold, low >= population.threshold];
      if (wrong) beforeFail++;
      if (right) beforePass++;
    }
  }
  return {
    metric: population.metric,
    population: population.what,
    n,
    threshold: population.threshold,
    method,
    family: population.outside !== true,
    fail: rate(fail, trials),
    pass: rate(pass, trials),
    ...(regression
      ? { before: { fail: rate(beforeFail, trials), pass: rate(beforePass, trials) } }
      : {}),
  };
}

/** The percentile bootstrap a regression test used before (1,000 resamples, the test's streams). */
function percentileBefore(metric: MetricName, slice: Predictions, seed: number): [number, number] {
  const score = prepareMetric(metric, slice);
  const weights = new Float64Array(slice.n);
  const samples = Float64Array.from({ length: 1000 }, (_, b) => {
    bootstrapCounts(Rng.stream(seed, 'test', `${metric}-at-threshold`, b), slice.n, weights);
    return score(weights);
  });
  return percentileInterval(samples, 0.95);
}
