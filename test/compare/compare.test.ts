import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { Results, TestResult } from '../../src/results/types.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';

function setStatus(results: Results, name: string, status: TestResult['status'], value?: number) {
  const test = results.tests.find((t) => t.name === name)!;
  test.status = status;
  if (value !== undefined) test.value = value;
}

describe('compare', () => {
  const base = breastCancerResults();

  it('classifies tests: new failures first, then fixed, then the rest in config order', () => {
    const before = structuredClone(base);
    const after = structuredClone(base);
    setStatus(before, 'benign-recall', 'fail', 0.8);
    setStatus(after, 'malignant-precision', 'fail', 0.7);
    after.tests = after.tests.filter((t) => t.name !== 'large-tumour-accuracy');
    after.tests.push({ ...structuredClone(after.tests[0]), name: 'brand-new' });
    const comparison = compare(before, after);
    expect(comparison.tests.map((t) => [t.name, t.change])).toEqual([
      ['malignant-precision', 'new-failure'],
      ['benign-recall', 'fixed'],
      ['brand-new', 'new'],
      ['large-tumour-accuracy', 'removed'],
      ['malignant-recall', 'still-passing'],
      ['borderline-concavity-accuracy', 'unchanged'],
    ]);
    const precision = comparison.tests[0];
    const basePrecision = base.tests.find((t) => t.name === 'malignant-precision')!.value!;
    expect(precision.delta).toBeCloseTo(0.7 - basePrecision, 12);
    expect(comparison.verdict).toEqual({
      passed: false,
      failedTests: ['malignant-precision'],
      inconclusiveTests: ['borderline-concavity-accuracy'],
      regressions: [],
    });
  });

  it('orders contributions largest first, with ranks, and marks sign flips', () => {
    const after = structuredClone(base);
    const target = after.components.find((c) => c.id === 'feature:worst_area:permute')!;
    const before = base.components.find((c) => c.id === 'feature:worst_area:permute')!;
    const metric = target.metrics!.accuracy;
    if (metric.value === null) throw new Error('fixture has no accuracy');
    metric.contribution = -0.2;
    metric.ci = [-0.25, -0.15];
    const comparison = compare(base, after);
    const sizes = comparison.components
      .filter((c) => c.head?.value != null)
      .map((c) => Math.abs((c.head as { contribution: number }).contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const row = comparison.components.find((c) => c.id === 'feature:worst_area:permute')!;
    const baseContribution = (before.metrics!.accuracy as { contribution: number }).contribution;
    expect(row.signFlip).toBe(baseContribution > 0);
    expect(row.change).toBeCloseTo(-0.2 - baseContribution, 12);
    expect(row.rankHead).toBe(comparison.components.filter((c) => c.rankHead !== undefined).length);
    const notApplicable = comparison.components.filter((c) => c.notApplicable !== undefined);
    expect(notApplicable.map((c) => c.id)).toEqual([
      'layer:hidden_1:remove',
      'group:hidden:remove',
    ]);
  });

  it('fails the verdict on a regression only when fail-on names it', () => {
    const head = withFlippedRows(base, correctRows(base).slice(0, 20));
    const blocked = compare(base, head).verdict;
    expect(blocked.passed).toBe(false);
    expect(blocked.regressions).toContain('overall');
    // Main's settings too: a PR alone cannot drop a condition (see gate-settings.test.ts).
    const quieter = structuredClone(base);
    quieter.run.gate.failOn = ['test-failure'];
    head.run.gate.failOn = ['test-failure'];
    const reported = compare(quieter, head).verdict;
    expect(reported.passed).toBe(true);
    expect(reported.regressions).toEqual(blocked.regressions);
  });

  it('without a baseline: no gate, data facts of this run only', () => {
    const comparison = compare(undefined, base);
    expect(comparison.gate).toBeUndefined();
    expect(comparison.base).toBeUndefined();
    expect(comparison.data).toEqual({
      changed: false,
      head: { n: 199, labelCounts: { benign: 125, malignant: 74 }, duplicateRows: 0 },
    });
    expect(comparison.verdict.passed).toBe(true);
  });

  it('says when the eval data changed', () => {
    const head = structuredClone(base);
    head.source.dataHash = `sha256:${'1'.repeat(64)}`;
    const comparison = compare(base, head);
    expect(comparison.data.changed).toBe(true);
    expect(comparison.gate?.paired).toBe(false);
  });
});
