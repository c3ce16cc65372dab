import type { ModelUnitTest, Threshold } from '../config/types.js';
import { computeMetric } from '../metrics/index.js';
import { subset } from '../metrics/subset.js';
import type { Predictions } from '../metrics/types.js';
import type { Interval, TestResult, TestStatus } from '../results/types.js';
import { encodeSlice } from '../results/slice.js';
import { finite } from '../stats/contributions.js';
import { testInterval } from '../stats/test-interval.js';

export interface UnitTestOptions {
  seed: number;
  resamples: number;
  confidence: number;
  /** The class index of `test.class`, resolved by the caller. */
  cls?: number;
}

/**
 * Runs one model unit test on the baseline predictions of its slice. The
 * interval comes from `testInterval` (exact where the metric allows, else a
 * bootstrap); the test passes when the whole interval clears the threshold,
 * fails when the whole interval is on the wrong side, and is inconclusive
 * otherwise (DESIGN §7). `n` is the rows the metric counts (a recall's true
 * members of the class, not the whole slice).
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
  const value = computeMetric(
    test.metric,
    slice,
    options.cls === undefined ? {} : { cls: options.cls },
  );
  if (!Number.isFinite(value)) {
    return { ...result, value: null, reason: `${test.metric} is undefined on this slice` };
  }
  const interval = testInterval(test.metric, slice, { ...options, label: test.name });
  if (!finite(interval.ci)) {
    return {
      ...result,
      value,
      reason: `${test.metric} is undefined on every resample of this slice`,
    };
  }
  return {
    ...result,
    n: interval.counted,
    value,
    ci: interval.ci,
    method: interval.method,
    status:
      interval.degenerate === undefined ? testStatus(interval.ci, test.threshold) : 'inconclusive',
    ...(interval.degenerate === undefined ? {} : { reason: interval.degenerate }),
    slice: encodeSlice(rows, baseline.n),
  };
}

/** pass / fail / inconclusive of an interval against a threshold. */
export function testStatus([low, high]: Interval, { op, value }: Threshold): TestStatus {
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
