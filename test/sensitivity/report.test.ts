import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { fit } from '../../src/report/layout.js';
import { sensitivityBlocks } from '../../src/report/sections/sensitivity.js';
import { compareSensitivity } from '../../src/sensitivity/compare.js';
import { expectGolden } from '../report/golden.js';
import { grownPair } from './documents.js';

const render = (blocks: ReturnType<typeof sensitivityBlocks>): string =>
  fit(blocks, { limit: 1_000_000, measure: 'utf16-units', hint: '', limitLabel: '' });

describe('the sensitivity section', () => {
  it('charts main and this PR, flags the curve that grew, escapes names (golden)', () => {
    const { base, head } = grownPair(['sensitivity']);
    const comparison = compareSensitivity(base, head, { tolerance: 0.01, alpha: 0.05 });
    const markdown = render(sensitivityBlocks(comparison));
    expect(markdown).toContain('xychart-beta');
    expect(markdown).toContain('⚠️ more sensitive');
    expectGolden('sensitivity.md', markdown);
  });

  it('without a baseline: this run’s curves alone (golden)', () => {
    const { head } = grownPair([]);
    expectGolden(
      'sensitivity-no-baseline.md',
      render(
        sensitivityBlocks(compareSensitivity(undefined, head, { tolerance: 0.01, alpha: 0.05 })),
      ),
    );
  });

  it('names the grown curve in the verdict under fail-on: [sensitivity]', () => {
    const { base, head } = grownPair(['sensitivity']);
    expect(compare(base, head).verdict).toMatchObject({
      passed: false,
      sensitivity: ['feature:a:input'],
    });
  });

  it('is empty without curves', () => {
    expect(sensitivityBlocks(undefined)).toEqual([]);
  });
});

describe('the full report', () => {
  it('holds the sensitivity section, after the contributions', async () => {
    const { renderReport } = await import('../../src/report/index.js');
    const { contextOf, passedPaired } = await import('../report/comparisons.js');
    const { comparison, head } = passedPaired();
    const { base: b, head: h } = grownPair([]);
    const markdown = renderReport(
      { ...comparison, sensitivity: compareSensitivity(b, h, { tolerance: 0.01, alpha: 0.05 }) },
      contextOf(head),
    );
    expect(markdown.indexOf('### Sensitivity curves (accuracy)')).toBeGreaterThan(
      markdown.indexOf('### Component contributions'),
    );
  });
});
