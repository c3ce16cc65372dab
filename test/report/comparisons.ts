import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import type { ReportContext } from '../../src/report/types.js';
import type { Results, TestResult } from '../../src/results/types.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';

/** Main's run of the breast-cancer example (made by the bundled CLI). */
export function mainResults(): Results {
  return breastCancerResults();
}

/** A copy as a later run of another commit would write it. */
export function laterRun(base: Results, commit: string): Results {
  const head = structuredClone(base);
  head.source.commit = commit;
  head.source.ref = 'refs/pull/7/merge';
  head.timing = { startedAt: '2026-11-24T08:55:00.000Z', durationMs: 2315 };
  return head;
}

export function setTest(results: Results, name: string, change: Partial<TestResult>): void {
  Object.assign(
    results.tests.find((t) => t.name === name)!,
    change,
  );
}

export function setContribution(
  results: Results,
  id: string,
  contribution: number,
  ci: [number, number],
  q: number,
): void {
  const metric = results.components.find((c) => c.id === id)!.metrics!.accuracy;
  if (metric.value === null) throw new Error(`${id} has no accuracy`);
  Object.assign(metric, { contribution, ci, q });
}

/** A comparison and the head results it was made from (for the run facts). */
export interface Case {
  comparison: Comparison;
  head: Results;
}

/** (a) Passed, paired: same eval data, values moved a little, nothing failing or regressing. */
export function passedPaired(): Case {
  const base = mainResults();
  const head = laterRun(base, '2222222222222222222222222222222222222222');
  setTest(head, 'malignant-recall', { value: 0.972972972972973, ci: [0.9066, 0.9925] });
  setContribution(head, 'feature:worst_concavity:permute', 0.0503, [0.0251, 0.0754], 0.0097);
  setContribution(head, 'feature:worst_smoothness:permute', 0.0121, [-0.005, 0.0302], 0.4);
  return { comparison: compare(base, head), head };
}

/**
 * (b) Failed: a new failure, a fix, a test newly skipped, a regression
 * (20 correct predictions flipped), a sign flip, and eval data that changed
 * (so the gate is unpaired) with two duplicate rows. The gate recomputes
 * every check from the stored predictions while the test values are edited by
 * hand, so the two tables disagree on some values: the report shows what
 * it is given.
 */
export function failedUnpaired(): Case {
  const base = mainResults();
  setTest(base, 'benign-recall', { status: 'fail', value: 0.84, ci: [0.7671, 0.8931] });
  const head = withFlippedRows(
    laterRun(base, '3333333333333333333333333333333333333333'),
    correctRows(base).slice(0, 20),
  );
  setTest(head, 'benign-recall', { status: 'pass', value: 0.968, ci: [0.9206, 0.9875] });
  setTest(head, 'malignant-precision', { status: 'fail', value: 0.7, ci: [0.6012, 0.7834] });
  setTest(head, 'borderline-concavity-accuracy', {
    status: 'skipped',
    value: null,
    ci: undefined,
    n: 12,
    reason: '12 examples, fewer than min-examples (20)',
  });
  setContribution(head, 'feature:worst_area:permute', -0.0402, [-0.0653, -0.0151], 0.0097);
  head.source.dataHash = `sha256:${'5'.repeat(64)}`;
  head.data = { labelCounts: { benign: 124, malignant: 75 }, duplicateRows: 2 };
  return { comparison: compare(base, head), head };
}

/** (c) No stored baseline: this run alone. */
export function noBaseline(): Case {
  const head = laterRun(mainResults(), '4444444444444444444444444444444444444444');
  return { comparison: compare(undefined, head), head };
}

/** The facts a GitHub run would pass, for the breast-cancer example. */
export function contextOf(results: Results, extra: Partial<ReportContext> = {}): ReportContext {
  return {
    runUrl: 'https://github.com/acme/models/actions/runs/123456789',
    repository: 'acme/models',
    backend: results.run.backend,
    seed: results.run.seed,
    repeats: results.run.repeats,
    resamples: results.run.resamples,
    durationMs: results.timing.durationMs,
    hashes: {
      config: results.source.configHash,
      model: results.source.modelHash,
      data: results.source.dataHash,
    },
    now: '2026-11-24T09:00:00.000Z',
    ...extra,
  };
}
