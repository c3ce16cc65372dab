import type { Predictions } from '../metrics/types.js';
import type { Results, TestResult } from '../results/types.js';
import { decodeSlice } from '../results/slice.js';
import { runUnitTest } from '../suite/unit-tests.js';

/** A part of a model unit test's definition that a change can edit. */
export type TestPart = 'metric' | 'class' | 'threshold' | 'slice';

/**
 * One of main's model unit tests that this change's config removes (or
 * renames: the name is its identity), skips (`min-examples`, or a `where`
 * matching nothing) or redefines (another metric, class, threshold or slice).
 * Main's definition still governs: `result` is main's test run on this
 * change's predictions, and it fails or is inconclusive as main's config
 * would have it.
 */
export interface GovernedTest {
  name: string;
  how: 'removed' | 'skipped' | 'redefined';
  /** What this change edits of main's definition, in the order of {@link TestPart} (none when removed). */
  edits: TestPart[];
  /**
   * Main's definition on this change's predictions. `inconclusive`, with the
   * reason, when this change scored other eval rows than main (the data
   * changed, or a time limit subsampled them): main's slice cannot be found
   * in them.
   */
  result: TestResult;
}

/** Why the two runs' rows cannot be paired, or undefined when they can. */
export type Unpaired = 'data' | 'rows' | undefined;

/**
 * Whether main's and this change's predictions are of the same eval rows, in
 * the same order: the same data (hash), and the same rows kept — a time
 * limit subsamples rows by the run's seed, so both whole, or both the same
 * subsample.
 */
export function unpaired(base: Results, head: Results): Unpaired {
  if (base.source.dataHash !== head.source.dataHash) return 'data';
  const rows = (r: Results) => JSON.stringify(r.run.budget?.rows ?? null);
  const sameRows =
    base.baseline.n === head.baseline.n &&
    rows(base) === rows(head) &&
    (base.run.budget?.rows == null || base.run.seed === head.run.seed);
  return sameRows ? undefined : 'rows';
}

/** A test that can be gated: it ran (not skipped) on a stored slice of rows. */
export function gated(test: TestResult): boolean {
  return test.status !== 'skipped' && test.slice !== undefined && test.n > 0;
}

/**
 * Main's gated model unit tests that this change's config does not run as
 * main defines them, each run as main defines it on this change's
 * predictions (with main's seed and resamples), in main's order. A test of
 * the same name and definition is not listed: this change's own result is
 * main's.
 */
export function governedTests(
  base: Results,
  head: Results,
  headPredictions: Predictions,
): GovernedTest[] {
  const why = unpaired(base, head);
  const governed: GovernedTest[] = [];
  for (const before of base.tests) {
    if (!gated(before)) continue;
    const after = head.tests.find((t) => t.name === before.name);
    const edits = after === undefined ? [] : editedParts(before, after, why === undefined);
    // On other eval data a test of the same definition may match too few rows
    // for the data's sake: that skip is the data's (the report says the data
    // changed), not this config's.
    const how =
      after === undefined
        ? 'removed'
        : !gated(after)
          ? why === undefined || edits.length > 0
            ? 'skipped'
            : undefined
          : edits.length > 0
            ? 'redefined'
            : undefined;
    if (how === undefined) continue;
    governed.push({
      name: before.name,
      how,
      edits,
      result: asMainDefines(before, base, head, headPredictions, why),
    });
  }
  return governed;
}

function editedParts(before: TestResult, after: TestResult, paired: boolean): TestPart[] {
  const parts: TestPart[] = [];
  if (after.metric !== before.metric) parts.push('metric');
  if (after.class !== before.class) parts.push('class');
  if (
    after.threshold.op !== before.threshold.op ||
    after.threshold.value !== before.threshold.value
  )
    parts.push('threshold');
  // On the same rows the stored slices say it exactly; on other data only the filter can.
  const slice =
    paired && after.slice !== undefined
      ? after.slice !== before.slice
      : JSON.stringify(after.where) !== JSON.stringify(before.where);
  if (slice) parts.push('slice');
  return parts;
}

function asMainDefines(
  before: TestResult,
  base: Results,
  head: Results,
  headPredictions: Predictions,
  why: Unpaired,
): TestResult {
  const definition = {
    name: before.name,
    where: before.where,
    metric: before.metric,
    threshold: { ...before.threshold },
    // Main ran it on these very rows, so they were enough there.
    minExamples: 1,
    ...(before.class === undefined ? {} : { class: before.class }),
  };
  if (why !== undefined) {
    return {
      name: before.name,
      metric: before.metric,
      ...(before.class === undefined ? {} : { class: before.class }),
      threshold: { ...before.threshold },
      where: before.where,
      n: 0,
      status: 'inconclusive',
      reason:
        why === 'data'
          ? "the eval data changed, so main's slice of it cannot be scored here"
          : "this run scored other rows than main's (a time limit subsampled them), so main's slice cannot be scored here",
    };
  }
  const cls = before.class === undefined ? undefined : head.classes?.indexOf(before.class);
  return runUnitTest(definition, decodeSlice(before.slice!, headPredictions.n), headPredictions, {
    seed: base.run.seed,
    resamples: base.run.resamples,
    confidence: base.run.confidence,
    ...(cls === undefined || cls < 0 ? {} : { cls }),
  });
}
