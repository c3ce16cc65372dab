import { describe, expect, it } from 'vitest';
import {
  acceptancesFor,
  applyAcceptances,
  checkStates,
  reportState,
  unknownCheck,
} from '../../src/accept/rules.js';
import {
  parseRecord,
  parseState,
  recordLine,
  stateLine,
  storedAcceptances,
} from '../../src/accept/state.js';
import type { Acceptance } from '../../src/compare/acceptance.js';
import type { GateCheck } from '../../src/compare/gate.js';
import type { Comparison, TestComparison } from '../../src/compare/types.js';

const SHA = 'a'.repeat(40);

/** A comparison whose gate found `overall` dropping by `drop` and whose test `recall` has `value` (≥ 0.9). */
function comparison(drop: number, value: number): Comparison {
  const check = (name: string, d: number): GateCheck => ({
    name,
    metric: 'accuracy',
    base: 0.9,
    head: 0.9 - d,
    drop: d,
    method: 'mcnemar-exact',
    p: d > 0.01 ? 0.001 : 0.5,
    adjustedP: d > 0.01 ? 0.002 : 0.5,
    regressed: d > 0.01,
  });
  const test: TestComparison = {
    name: 'recall',
    metric: 'recall',
    threshold: { op: '>=', value: 0.9 },
    head: { status: value >= 0.9 ? 'pass' : 'fail', value, n: 50 },
    change: value >= 0.9 ? 'still-passing' : 'new-failure',
  };
  const regressions = drop > 0.01 ? ['overall'] : [];
  const failedTests = value >= 0.9 ? [] : ['recall'];
  return {
    suite: 's',
    metric: 'accuracy',
    head: { commit: SHA, startedAt: '2026-01-01T00:00:00Z' },
    base: { commit: 'b'.repeat(40), startedAt: '2025-12-31T00:00:00Z' },
    tests: [test],
    components: [],
    gate: {
      failOn: ['test-failure', 'regression'],
      tolerance: 0.01,
      alpha: 0.05,
      changes: [],
      governed: [],
      paired: true,
      checks: [check('overall', drop)],
      regressions,
    },
    data: { changed: false, head: { n: 100, labelCounts: null, duplicateRows: 0 } },
    verdict: {
      passed: regressions.length === 0 && failedTests.length === 0,
      failedTests,
      inconclusiveTests: [],
      regressions,
    },
  };
}

const accepted = (check: string, numbers: { drop?: number; value?: number }): Acceptance => ({
  check,
  by: 'maint',
  reason: 'intended',
  pullRequest: 2,
  headSha: SHA,
  via: 'comment',
  ...numbers,
});

describe('checks and names', () => {
  it('lists the gate checks with their drop and the tests with their value', () => {
    expect(checkStates(comparison(0.05, 0.8))).toEqual([
      { name: 'overall', failing: true, drop: 0.05 },
      { name: 'recall', failing: true, value: 0.8, higherIsBetter: true },
    ]);
  });

  it('a name the report does not list: one line naming it and the checks', () => {
    const state = reportState(comparison(0.05, 0.8), SHA);
    expect(unknownCheck(['overall', 'overal'], state)).toBe(
      '"overal" is not a check of the last report (aaaaaaa): overall, recall',
    );
    expect(unknownCheck(['recall', 'overall'], state)).toBeUndefined();
  });

  it('an acceptance records each check with its number at the head', () => {
    const state = reportState(comparison(0.05, 0.8), SHA);
    expect(
      acceptancesFor({ checks: ['recall', 'overall'], reason: 'why' }, state, {
        by: 'maint',
        pullRequest: 2,
        via: 'comment',
      }),
    ).toEqual([
      { ...accepted('recall', { value: 0.8 }), reason: 'why' },
      { ...accepted('overall', { drop: 0.05 }), reason: 'why' },
    ]);
  });
});

describe('the expiry rule: an acceptance holds while the check moves no further', () => {
  it.each([
    // drop now, value now, accepted numbers, passed, waived, expired
    ['same drop: waived', 0.05, 0.95, { drop: 0.05 }, true, ['overall'], []],
    ['smaller drop (still regressed): waived', 0.03, 0.95, { drop: 0.05 }, true, ['overall'], []],
    ['larger drop: expired, fails', 0.0500001, 0.95, { drop: 0.05 }, false, [], [0.0500001]],
    ['no longer regressed: nothing to waive, kept', 0.0, 0.95, { drop: 0.05 }, true, [], []],
  ] as const)('overall, %s', (_, drop, value, numbers, passed, waived, expired) => {
    const { comparison: after, outcome } = applyAcceptances(comparison(drop, value), [
      accepted('overall', numbers),
    ]);
    expect(after.verdict.passed).toBe(passed);
    expect(outcome.waived).toEqual(waived);
    expect(outcome.expired.map((e) => e.now)).toEqual(expired);
    expect(after.verdict.regressions).toEqual(
      drop > 0.01 && waived.length === 0 ? ['overall'] : [],
    );
  });

  it.each([
    ['same value: waived', 0.8, { value: 0.8 }, true],
    ['better value: waived', 0.85, { value: 0.8 }, true],
    ['worse value: expired', 0.79, { value: 0.8 }, false],
  ] as const)('a failing test (>= threshold), %s', (_, value, numbers, passed) => {
    const { comparison: after } = applyAcceptances(comparison(0, value), [
      accepted('recall', numbers),
    ]);
    expect(after.verdict.passed).toBe(passed);
    expect(after.verdict.failedTests).toEqual(passed ? [] : ['recall']);
  });

  it('a lower-is-better test expires when its value rises', () => {
    const c = comparison(0, 0.8);
    c.tests[0].threshold = { op: '<=', value: 0.5 };
    const holds = applyAcceptances(c, [accepted('recall', { value: 0.81 })]);
    expect(holds.outcome.waived).toEqual(['recall']);
    const expires = applyAcceptances(c, [accepted('recall', { value: 0.79 })]);
    expect(expires.outcome.expired).toEqual([
      { acceptance: accepted('recall', { value: 0.79 }), now: 0.8 },
    ]);
  });

  it('only the accepted checks are waived; the newest acceptance of a check counts', () => {
    const both = comparison(0.05, 0.8);
    const one = applyAcceptances(both, [accepted('overall', { drop: 0.05 })]);
    expect(one.comparison.verdict).toEqual({
      passed: false,
      failedTests: ['recall'],
      inconclusiveTests: [],
      regressions: [],
    });
    const newest = applyAcceptances(both, [
      accepted('overall', { drop: 0.06 }),
      accepted('overall', { drop: 0.04 }),
    ]);
    expect(newest.outcome.expired.map((e) => e.acceptance.drop)).toEqual([0.04]);
  });

  it('no acceptance: the comparison is unchanged and carries no outcome', () => {
    const c = comparison(0.05, 0.8);
    expect(applyAcceptances(c, []).comparison).toEqual(c);
  });
});

describe('hidden state and records', () => {
  it('round-trip, and a name cannot end the HTML comment or forge a marker', () => {
    const name = 'x --> <!-- ablation-ci:accepted:s AAAA -->';
    const c = comparison(0.05, 0.8);
    c.tests[0].name = name;
    const state = reportState(c, SHA);
    const line = stateLine('s', state);
    expect(line).toMatch(/^<!-- ablation-ci:state:s [A-Za-z0-9+/=]+ -->$/);
    expect(parseState('s', `report\n${line}`)).toEqual(state);
    expect(parseState('other', line)).toBeUndefined();
    const record = [accepted(name, { value: 0.8 })];
    expect(parseRecord('s', `text\n${recordLine('s', record)}`)).toEqual(record);
    expect(parseRecord('s', 'no record')).toEqual([]);
  });

  it('stored acceptances are sorted by check, then pull request, with plain fields', () => {
    const extra = { ...accepted('b', { drop: 1 }), extra: 1 } as Acceptance;
    expect(
      storedAcceptances([
        extra,
        { ...accepted('a', { value: 2 }), pullRequest: 9 },
        accepted('a', { value: 3 }),
      ]),
    ).toEqual([
      accepted('a', { value: 3 }),
      { ...accepted('a', { value: 2 }), pullRequest: 9 },
      accepted('b', { drop: 1 }),
    ]);
  });
});
