import type { MetricName, ThresholdOp } from '../../src/config/types.js';
import { computeMetric } from '../../src/metrics/index.js';
import type { Predictions } from '../../src/metrics/types.js';
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
  fail: Rate;
  pass: Rate;
}

/** One population: rows drawn i.i.d., the metric's population value, the test's direction. */
interface Population {
  metric: MetricName;
  what: string;
  op: ThresholdOp;
  threshold: number;
  draw: (rng: Rng, n: number) => Predictions;
}

/** Student's t with 5 df scaled to unit variance: heavy tails, a finite fourth moment. */
function t5(rng: Rng): number {
  let chi = 0;
  for (let i = 0; i < 5; i++) chi += rng.normal() ** 2;
  return rng.normal() / Math.sqrt(chi / 5) / Math.sqrt(5 / 3);
}

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

/** 3 classes, softmax of N(d·[c = y], 1) scores. */
function softmaxScores(d: number) {
  return (rng: Rng, n: number): Predictions => {
    const labels = Int32Array.from({ length: n }, () => rng.int(3));
    const scores = new Float64Array(3 * n);
    labels.forEach((y, i) => {
      const z = [0, 1, 2].map((c) => Math.exp(rng.normal() + (c === y ? d : 0)));
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

/** The populations of issue 15 item 38: regression errors normal and heavy-tailed, macro F1, 3-class AUC. */
export function populations(): Population[] {
  const mae = 0.5;
  const auc = softmaxScores(1.2);
  return [
    {
      metric: 'mae',
      what: 'normal errors',
      op: '<=',
      threshold: mae,
      draw: errors((r) => r.normal(), mae * Math.sqrt(Math.PI / 2)),
    },
    {
      metric: 'mae',
      what: 't₅ errors',
      op: '<=',
      threshold: mae,
      draw: errors(t5, mae / meanAbsT(5)),
    },
    {
      metric: 'mse',
      what: 'normal errors',
      op: '<=',
      threshold: 0.25,
      draw: errors((r) => r.normal(), 0.5),
    },
    { metric: 'mse', what: 't₅ errors', op: '<=', threshold: 0.25, draw: errors(t5, 0.5) },
    {
      metric: 'rmse',
      what: 'normal errors',
      op: '<=',
      threshold: 0.5,
      draw: errors((r) => r.normal(), 0.5),
    },
    {
      metric: 'r2',
      what: 'normal errors',
      op: '>=',
      threshold: 0.8,
      draw: errors((r) => r.normal(), Math.sqrt(0.2)),
    },
    { metric: 'f1_macro', what: '3 classes', op: '>=', threshold: 0.8, draw: confusions(0.8) },
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
  let method = '';
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'continuous', population.metric, population.what, n, trial);
    const result = runUnitTest(
      {
        name: `${population.metric}-at-threshold`,
        where: {},
        metric: population.metric,
        threshold: { op: population.op, value: population.threshold },
        minExamples: 1,
      },
      rows,
      population.draw(rng, n),
      { seed: BENCH_SEED + trial, resamples: 1000, confidence: 0.95 },
    );
    method ||= result.method ?? '';
    if (result.status === 'fail') fail++;
    if (result.status === 'pass') pass++;
  }
  return {
    metric: population.metric,
    population: population.what,
    n,
    threshold: population.threshold,
    method,
    fail: rate(fail, trials),
    pass: rate(pass, trials),
  };
}
