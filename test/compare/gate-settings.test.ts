import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { gateSettings } from '../../src/compare/settings.js';
import { renderReport } from '../../src/report/index.js';
import { contextOf } from '../report/comparisons.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';

describe('a pull request cannot loosen its own gate (issue 9.8)', () => {
  const base = breastCancerResults();

  it('is still gated by main’s fail-on and tolerance when the head loosens both, and the report says so', () => {
    // 15 of the rows main gets right turned wrong: a drop of 15/199 = 0.075.
    const head = withFlippedRows(base, correctRows(base).slice(0, 15));
    expect(base.run.gate.failOn).toEqual(['test-failure', 'regression']);
    expect(base.run.gate.regression.tolerance).toBe(0.01);
    const honest = compare(base, head);
    expect(honest.verdict.passed).toBe(false);
    expect(honest.verdict.regressions).toContain('overall');

    // The PR edits ablation.yml: nothing fails, and a 10-point tolerance.
    head.run.gate.failOn = [];
    head.run.gate.regression.tolerance = 0.1;
    const loosened = compare(base, head);
    expect(loosened.gate?.failOn).toEqual(['test-failure', 'regression']);
    expect(loosened.gate?.tolerance).toBe(0.01);
    expect(loosened.gate?.checks[0].p).toBe(honest.gate?.checks[0].p);
    expect(loosened.verdict).toEqual(honest.verdict);
    expect(loosened.gate?.changes).toEqual([
      {
        setting: 'fail-on',
        base: '[test-failure, regression]',
        head: '[]',
        applied: '[test-failure, regression]',
      },
      { setting: 'tolerance', base: '0.01', head: '0.1', applied: '0.01' },
    ]);

    const report = renderReport(loosened, contextOf(head));
    expect(report).toContain('**This PR changes the gate settings.**');
    expect(report).toContain(
      '`fail-on`: `[test-failure, regression]` on main → `[]` here; the gate applies `[test-failure, regression]`',
    );
    expect(report).toContain('`tolerance`: `0.01` on main → `0.1` here; the gate applies `0.01`');
    // Before the verdict's tables: the warning is the first thing of the gate section.
    const gate = report.indexOf('### Regression gate');
    expect(report.indexOf('This PR changes the gate settings')).toBeGreaterThan(gate);
    expect(report.indexOf('This PR changes the gate settings')).toBeLessThan(
      report.indexOf('| Check |'),
    );
  });

  it('takes the stricter of the two: a head may tighten (a larger alpha blocks more), and main’s metric stays gated beside its own', () => {
    const head = structuredClone(base);
    head.run.gate.failOn = ['inconclusive'];
    head.run.gate.regression = { metric: 'f1', tolerance: 0.001, alpha: 0.2 };
    const { settings, changes } = gateSettings(base, head);
    expect(settings).toEqual({
      failOn: ['test-failure', 'regression', 'inconclusive'],
      metrics: ['accuracy', 'f1'],
      tolerance: 0.001,
      alpha: 0.2,
    });
    expect(changes.map((c) => c.setting)).toEqual(['fail-on', 'metric', 'tolerance', 'alpha']);
  });

  it('applies the head’s settings without a baseline, and reports no change with equal ones', () => {
    const head = structuredClone(base);
    head.run.gate.failOn = [];
    expect(gateSettings(undefined, head)).toEqual({
      settings: { failOn: [], metrics: ['accuracy'], tolerance: 0.01, alpha: 0.05 },
      changes: [],
    });
    expect(gateSettings(base, structuredClone(base)).changes).toEqual([]);
    expect(compare(undefined, head).verdict.passed).toBe(true);
  });
});
