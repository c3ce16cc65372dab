import type { MetricName } from '../../src/config/types.js';
import type { Predictions } from '../../src/metrics/types.js';
import { binomialPmf } from '../../src/stats/binomial.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { Rng } from '../../src/stats/rng.js';
import { contributionTest } from '../../src/stats/significance.js';
import { runUnitTest } from '../../src/suite/unit-tests.js';
import { BENCH_SEED } from './experiments.js';
import { rate, type Rate } from './documents.js';

/** The grid of issue 9: slice sizes and thresholds. */
export const SIZES = [20, 50, 200];
export const THRESHOLDS = [0.8, 0.9, 0.95, 0.99];

/** How often a unit test at its threshold fails and passes (both should be ≤ 2.5%). */
export interface AtThreshold {
  metric: MetricName;
  n: number;
  threshold: number;
  fail: Rate | number;
  pass: Rate | number;
}

/** Binary predictions from P(class 1) per example. */
export function binary(labels: ArrayLike<number>, p1: ArrayLike<number>): Predictions {
  const n = labels.length;
  const scores = new Float64Array(2 * n);
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    scores[2 * i] = 1 - p1[i];
    scores[2 * i + 1] = p1[i];
    predicted[i] = p1[i] > 1 - p1[i] ? 1 : 0;
  }
  return { task: 'binary', n, k: 2, yTrue: Float64Array.from(labels), scores, predicted };
}

function unitTest(metric: MetricName, threshold: number, predictions: Predictions): string {
  const rows = Int32Array.from({ length: predictions.n }, (_, i) => i);
  const test = {
    name: `${metric}-at-threshold`,
    where: {},
    metric,
    threshold: { op: '>=' as const, value: threshold },
    minExamples: 1,
  };
  return runUnitTest(test, rows, predictions, {
    seed: BENCH_SEED,
    resamples: 1000,
    confidence: 0.95,
  }).status;
}

/**
 * Accuracy at its threshold, by exact enumeration: a slice of n examples
 * each right with probability t; every count k of right ones goes through
 * `runUnitTest`, weighted by its binomial probability.
 */
export function proportionAtThreshold(n: number, threshold: number): AtThreshold {
  let fail = 0;
  let pass = 0;
  for (let k = 0; k <= n; k++) {
    const labels = new Float64Array(n).fill(1);
    const p1 = Float64Array.from({ length: n }, (_, i) => (i < k ? 0.9 : 0.1));
    const status = unitTest('accuracy', threshold, binary(labels, p1));
    const weight = binomialPmf(k, n, threshold);
    if (status === 'fail') fail += weight;
    if (status === 'pass') pass += weight;
  }
  return { metric: 'accuracy', n, threshold, fail, pass };
}

/**
 * F1 at its threshold: rows are true positives, false negatives, false
 * positives and true negatives with probabilities (0.5 − e, e, e, 0.5 − e),
 * e = (1 − t)/2, so the population F1 = 2TP / (2TP + FP + FN) is exactly t.
 */
export function f1AtThreshold(n: number, threshold: number, trials: number): AtThreshold {
  const e = (1 - threshold) / 2;
  let fail = 0;
  let pass = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'f1', n, threshold, trial);
    const labels = new Float64Array(n);
    const p1 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      // TP, FN, FP, TN.
      const [y, predictedPositive] =
        u < 0.5 - e ? [1, true] : u < 0.5 ? [1, false] : u < 0.5 + e ? [0, true] : [0, false];
      labels[i] = y;
      p1[i] = predictedPositive ? 0.8 : 0.2;
    }
    const status = unitTest('f1', threshold, binary(labels, p1));
    if (status === 'fail') fail++;
    if (status === 'pass') pass++;
  }
  return { metric: 'f1', n, threshold, fail: rate(fail, trials), pass: rate(pass, trials) };
}

/**
 * ROC AUC at its threshold: binormal scores, negatives N(0, 1) and positives
 * N(d, 1) with d = √2 Φ⁻¹(t), so the population AUC Φ(d/√2) is exactly t;
 * labels are fair coin flips (a slice without one class is skipped, and
 * counts as neither).
 */
export function aucAtThreshold(n: number, threshold: number, trials: number): AtThreshold {
  const d = Math.SQRT2 * normalQuantile(threshold);
  let fail = 0;
  let pass = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'auc', n, threshold, trial);
    const labels = new Float64Array(n);
    const p1 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = rng.next() < 0.5 ? 1 : 0;
      p1[i] = 1 / (1 + Math.exp(-(rng.normal() + d * labels[i])));
    }
    const status = unitTest('roc_auc', threshold, binary(labels, p1));
    if (status === 'fail') fail++;
    if (status === 'pass') pass++;
  }
  return { metric: 'roc_auc', n, threshold, fail: rate(fail, trials), pass: rate(pass, trials) };
}

/** A contribution null: how often p ≤ .05 when the true contribution is 0. */
export interface ContributionNull {
  what: string;
  metric: MetricName;
  rate: Rate;
}

/**
 * c changed predictions on n = 199 examples, each right in one version and
 * wrong in the other, which one a fair coin: baseline and ablated are
 * exchangeable, the true contribution is 0.
 */
export function changedNull(changed: number, metric: MetricName, trials: number): ContributionNull {
  const n = 199;
  let hits = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'changed', changed, metric, trial);
    const labels = Float64Array.from({ length: n }, (_, i) => i % 2);
    const right = (y: number): number => (y === 1 ? 0.9 : 0.1);
    const base = Float64Array.from(labels, right);
    const ablated = Float64Array.from(base);
    for (let j = 0; j < changed; j++) {
      const i = 2 * j + (rng.next() < 0.5 ? 0 : 1);
      const wrong = 1 - base[i];
      if (rng.next() < 0.5) ablated[i] = wrong;
      else base[i] = wrong;
    }
    const test = contributionTest(
      metric,
      binary(labels, base),
      { id: 'c', ablated: [binary(labels, ablated)] },
      trial,
    );
    if (test.p <= 0.05) hits++;
  }
  return { what: `${changed} changed`, metric, rate: rate(hits, trials) };
}

/**
 * A pure-noise column permuted: 199 examples, the label depends on one
 * signal feature, the model's logit also reads a noise feature (weight 1,
 * as large as the signal's), and the ablation permutes the noise column
 * (`repeats` permutations). Every per-example loss changes, heavy-tailed,
 * yet the true contribution is exactly 0.
 */
export function noiseColumnNull(
  metric: MetricName,
  repeats: number,
  trials: number,
): ContributionNull {
  const n = 199;
  let hits = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = Rng.stream(BENCH_SEED, 'noise-column', metric, repeats, trial);
    const signal = Float64Array.from({ length: n }, () => rng.normal());
    const noise = Float64Array.from({ length: n }, () => rng.normal());
    const labels = Float64Array.from(signal, (x) =>
      rng.next() < 1 / (1 + Math.exp(-2 * x)) ? 1 : 0,
    );
    const model = (z: ArrayLike<number>): Float64Array =>
      Float64Array.from(signal, (x, i) => 1 / (1 + Math.exp(-(2 * x + z[i]))));
    const ablated = Array.from({ length: repeats }, () => {
      const order = rng.permutation(n);
      return binary(labels, model(Float64Array.from(order, (j) => noise[j])));
    });
    const test = contributionTest(
      metric,
      binary(labels, model(noise)),
      { id: 'noise', ablated },
      trial,
    );
    if (test.p <= 0.05) hits++;
  }
  return {
    what: `noise column permuted${repeats > 1 ? ` (${repeats} repeats)` : ''}`,
    metric,
    rate: rate(hits, trials),
  };
}
