import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import { COMMENT_LIMIT, renderReport, renderSummary } from '../../src/report/index.js';
import type { Results } from '../../src/results/types.js';
import { contextOf, laterRun, mainResults } from './comparisons.js';

const COMPONENTS = 400;
const TESTS = 100;
const FAILING = [3, 17, 42, 64, 99];

/**
 * The breast-cancer results grown to 400 feature components and 100 tests
 * (copies of the real ones with other names and contributions), and a head
 * in which five tests newly fail.
 */
function large(): { comparison: Comparison; head: Results } {
  const base = mainResults();
  base.run.resamples = 200; // keeps the gate's 100 bootstraps quick; the report does not depend on it
  const template = base.components.find((c) => c.id === 'feature:worst_area:permute')!;
  base.components = Array.from({ length: COMPONENTS }, (_, i) => {
    const component = structuredClone(template);
    const name = `feature_number_${String(i).padStart(3, '0')}`;
    Object.assign(component, { id: `feature:${name}:permute`, target: [name] });
    const accuracy = component.metrics!.accuracy;
    if (accuracy.value === null) throw new Error('fixture has no accuracy');
    // Distinct sizes, largest first in plan order, a few negative.
    accuracy.contribution = (COMPONENTS - i) * 0.0011 * (i % 7 === 0 ? -1 : 1);
    accuracy.ci = [accuracy.contribution - 0.01, accuracy.contribution + 0.01];
    return component;
  });
  const tests = base.tests;
  base.tests = Array.from({ length: TESTS }, (_, i) => ({
    ...structuredClone(tests[i % tests.length]),
    name: `model-unit-test-${String(i).padStart(3, '0')}-${tests[i % tests.length].name}`,
    status: 'pass' as const,
  }));
  const head = laterRun(base, '6666666666666666666666666666666666666666');
  for (const i of FAILING) Object.assign(head.tests[i], { status: 'fail', value: 0.5 });
  return { comparison: compare(base, head), head };
}

/** Rows of the markdown tables (header and delimiter lines excluded). */
function tableRows(markdown: string): string[] {
  return markdown
    .split('\n\n')
    .filter((block) => block.startsWith('| '))
    .flatMap((block) => block.split('\n').slice(2));
}

describe('report size', () => {
  const { comparison, head } = large();
  const context = contextOf(head);
  const full = renderSummary(comparison, context);
  const comment = renderReport(comparison, context);

  it('the job summary holds every row of a 400-component, 100-test suite', () => {
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(Buffer.byteLength(full)).toBeLessThanOrEqual(1_048_576);
    expect(full).not.toContain('not shown');
    for (let i = 0; i < COMPONENTS; i++) {
      expect(full).toContain(`| feature\\_number\\_${String(i).padStart(3, '0')} |`);
    }
    // Four metrics, the changes (the five tests that now fail: nothing else moved), tests
    // (shown + collapsed), gate checks, 400 components on each of the four metrics, 2 classes,
    // 9 run facts.
    expect(tableRows(full).length).toBe(
      4 + FAILING.length + TESTS + (TESTS + 1) + 4 * COMPONENTS + 2 + 9,
    );
  });

  it('the comment stays within 65,536 characters, says what it left out, keeps the failures', () => {
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment.length).toBeGreaterThan(COMMENT_LIMIT - 500);
    const notShown = Number(
      /: ([\d,]+) rows not shown; the full report is in the job summary/
        .exec(comment)![1]
        .replace(',', ''),
    );
    expect(tableRows(full).length - tableRows(comment).length).toBe(notShown);
    const failures = comparison.tests.filter((t) => t.change === 'new-failure');
    expect(failures.map((t) => t.name)).toEqual(FAILING.map((i) => head.tests[i].name));
    const lines = comment.split('\n');
    for (const { name } of failures) {
      const row = lines.find((line) => line.startsWith(`| ${name} |`));
      expect(row).toContain('| ❌ fail (new failure; was ✅ pass) |');
    }
    // Small contributions went first: the ten of rank 1 to 10 are all still there.
    const largest = Array.from({ length: COMPONENTS }, (_, i) => i)
      .filter((i) => i % 7 !== 0)
      .slice(0, 10);
    expect(largest).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
    for (const i of largest) {
      expect(comment).toContain(`| feature\\_number\\_${String(i).padStart(3, '0')} |`);
    }
    expect(comment).toContain('_…');
  });

  it('numbers the component rows 1, 2, 3… in the order they are shown, open and collapsed', () => {
    // The primary metric's tables: those before the first collapsed metric.
    const primary = full.slice(0, full.indexOf('<details><summary><b>Component contributions'));
    const ranks = tableRows(primary)
      .filter((row) => /\| feature, permute \|/.test(row))
      .map((row) => Number(/^\| (\d+)/.exec(row)?.[1]));
    expect(ranks).toEqual(Array.from({ length: COMPONENTS }, (_, i) => i + 1));
  });

  it('drops the smallest contributions before anything else', () => {
    const limit = full.length - 2000;
    const trimmed = renderReport(comparison, context, { limit });
    expect(trimmed.length).toBeLessThanOrEqual(limit);
    const before = tableRows(full);
    const after = tableRows(trimmed);
    const lost = before.filter((row) => !after.includes(row));
    // The last rows of the components table, all of them small contributions.
    const components = before.filter((row) => /\| feature, permute \|/.test(row));
    expect(lost).toEqual(components.slice(components.length - lost.length));
    expect(trimmed).toContain(`_…${lost.length} more rows not shown`);
  });

  it('counts the job summary in UTF-8 bytes', () => {
    const summary = renderSummary(comparison, context, { limit: 40_000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(40_000);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(39_000);
    expect(summary.length).toBeLessThan(Buffer.byteLength(summary));
    expect(summary).toContain('not shown; the results artifact holds everything');
  });

  it.each([5000, 1000, 100])('stays within any limit (%i), cutting whole lines last', (limit) => {
    const tiny = renderReport(comparison, context, { limit });
    expect(tiny.length).toBeLessThanOrEqual(limit);
    if (limit >= 1000) {
      expect(tiny.startsWith('## ablation-ci · breast-cancer')).toBe(true);
      expect(tiny).toContain('❌ **Failed**: 5 failing tests');
    }
  });

  it('returns nothing at all for a limit of 0', () => {
    expect(renderReport(comparison, context, { limit: 0 })).toBe('');
  });

  it('names the limit the caller gives, while fitting the budget it keeps for itself', () => {
    const cut = renderReport(comparison, context, { limit: 5000, labelLimit: 65_536 });
    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut).toContain('Trimmed** to fit the limit of 65,536 characters');
  });
});
