import type { ModelUnitTest, Threshold } from '../config/types.js';
import { computeMetric, prepareMetric, proportionCounts } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { Interval, TestResult, TestStatus } from '../results/types.js';
import { bootstrapCounts, percentileInterval } from '../stats/bootstrap.js';
import { Rng } from '../stats/rng.js';
import { wilsonInterval } from '../stats/wilson.js';
import { finite } from './contributions.js';

export interface UnitTestOptions {
  seed: number;
  resamples: number;
  confidence: number;
  /** The class index of `test.class`, resolved by the caller. */
  cls?: number;
}

/**
 * Runs one model unit test on the baseline predictions of its slice. The
 * interval is Wilson's when the metric is a proportion of the slice's
 * examples (accuracy, and precision or recall of one class), else a
 * percentile bootstrap over the slice. The test passes when the whole
 * interval clears the threshold, fails when the whole interval is on the
 * wrong side, and is inconclusive otherwise (DESIGN §7).
 */
export function runUnitTest(
  test: ModelUnitTest,
  rows: Int32Array,
  baseline: Predictions,
  options: UnitTestOptions,
): TestResult {
  const result: TestResult = {
    name: test.name,
    metric: test.metric,
    ...(test.class === undefined ? {} : { class: test.class }),
    threshold: { ...test.threshold },
    where: test.where,
    n: rows.length,
    status: 'skipped',
  };
  if (rows.length < test.minExamples) {
    const matching = rows.length === 1 ? '1 example matches' : `${rows.length} examples match`;
    return { ...result, reason: `${matching}; min-examples is ${test.minExamples}` };
  }
  const slice = subset(baseline, rows);
  const metricOptions = options.cls === undefined ? {} : { cls: options.cls };
  const value = computeMetric(test.metric, slice, metricOptions);
  if (!Number.isFinite(value)) {
    return { ...result, value: null, reason: `${test.metric} is undefined on this slice` };
  }
  const counts = proportionCounts(test.metric, slice, metricOptions);
  let ci: Interval;
  let method: 'wilson' | 'bootstrap';
  if (counts !== undefined) {
    method = 'wilson';
    ci =
      counts.trials === 0
        ? [0, 1]
        : wilsonInterval(counts.successes, counts.trials, options.confidence);
  } else {
    method = 'bootstrap';
    ci = sliceBootstrap(test, slice, options, metricOptions);
    if (!finite(ci)) {
      return {
        ...result,
        value,
        reason: `${test.metric} is undefined on every resample of this slice`,
      };
    }
  }
  return {
    ...result,
    value,
    ci,
    method,
    status: verdict(ci, test.threshold),
    slice: encodeBitset(rows, baseline.n),
  };
}

/** pass / fail / inconclusive of an interval against a threshold. */
export function verdict([low, high]: Interval, { op, value }: Threshold): TestStatus {
  switch (op) {
    case '>=':
      return low >= value ? 'pass' : high < value ? 'fail' : 'inconclusive';
    case '>':
      return low > value ? 'pass' : high <= value ? 'fail' : 'inconclusive';
    case '<=':
      return high <= value ? 'pass' : low > value ? 'fail' : 'inconclusive';
    case '<':
      return high < value ? 'pass' : low >= value ? 'fail' : 'inconclusive';
  }
}

function sliceBootstrap(
  test: ModelUnitTest,
  slice: Predictions,
  options: UnitTestOptions,
  metricOptions: { cls?: number },
): Interval {
  const metric = prepareMetric(test.metric, slice, metricOptions);
  const weights = new Float64Array(slice.n);
  const samples = new Float64Array(options.resamples);
  for (let b = 0; b < options.resamples; b++) {
    bootstrapCounts(Rng.stream(options.seed, 'test', test.name, b), slice.n, weights);
    samples[b] = metric(weights);
  }
  return percentileInterval(samples, options.confidence);
}

/** The predictions of some rows. */
export function subset(predictions: Predictions, rows: Int32Array): Predictions {
  const { k } = predictions;
  const scores = new Float64Array(rows.length * k);
  const yTrue = new Float64Array(rows.length);
  const predicted = new Int32Array(predictions.predicted.length === 0 ? 0 : rows.length);
  rows.forEach((row, i) => {
    yTrue[i] = predictions.yTrue[row];
    for (let j = 0; j < k; j++) scores[i * k + j] = predictions.scores[row * k + j];
    if (predicted.length > 0) predicted[i] = predictions.predicted[row];
  });
  return { task: predictions.task, n: rows.length, k, yTrue, scores, predicted };
}

/** Rows as a bitset: bit i of byte i >> 3, least significant first, base64. */
export function encodeBitset(rows: Int32Array, n: number): string {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (const row of rows) bytes[row >> 3] |= 1 << (row & 7);
  return Buffer.from(bytes).toString('base64');
}
