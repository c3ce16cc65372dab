import { describe, expect, it } from 'vitest';
import { renderReport, renderSummary } from '../../src/report/index.js';
import { contextOf, failedUnpaired, noBaseline, passedPaired } from './comparisons.js';
import { expectGolden } from './golden.js';

// The reports of three real comparisons of the breast-cancer example, committed
// as markdown so that a change to the report shows in the diff. UPDATE_GOLDEN=1
// rewrites them.
describe('renderReport golden files', () => {
  it('(a) passed, paired on the same eval data', () => {
    const { comparison, head } = passedPaired();
    expect(comparison.verdict.passed).toBe(true);
    expect(comparison.gate?.paired).toBe(true);
    expectGolden('passed-paired.md', renderReport(comparison, contextOf(head)));
  });

  it('(b) failed: a new failure, a fix and a regression, unpaired', () => {
    const { comparison, head } = failedUnpaired();
    expect(comparison.tests.map((t) => t.change).slice(0, 2)).toEqual(['new-failure', 'fixed']);
    expect(comparison.verdict.regressions).toContain('overall');
    expect(comparison.gate?.paired).toBe(false);
    expectGolden('failed-unpaired.md', renderReport(comparison, contextOf(head)));
  });

  it('(c) no baseline', () => {
    const { comparison, head } = noBaseline();
    expect(comparison.base).toBeUndefined();
    const context = contextOf(head, {
      baselineNote:
        'No stored baseline yet: the results branch ablation-ci-data holds no results of suite ' +
        'breast-cancer. A push to main or a scheduled run of the Action stores one.',
      repository: undefined,
      runUrl: undefined,
    });
    expectGolden('no-baseline.md', renderReport(comparison, context));
  });

  it('the job summary is the same report when it fits both limits', () => {
    const { comparison, head } = failedUnpaired();
    const context = contextOf(head);
    expect(renderSummary(comparison, context)).toBe(renderReport(comparison, context));
  });
});
