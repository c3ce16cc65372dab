import { describe, expect, it } from 'vitest';
import { chooseBaseline, describeMissingBaseline } from '../../src/store/baseline.js';
import type { StoreIndex, StoredRun } from '../../src/store/layout.js';

const run = (digit: string, date: string, value: number | null = 0.9): StoredRun => ({
  commit: digit.repeat(40),
  date,
  metric: 'accuracy',
  value,
});

const index: StoreIndex = {
  suite: 'breast-cancer',
  runs: [
    run('c', '2026-03-10T00:00:00.000Z', 0.93),
    run('b', '2026-03-05T12:00:00.000Z', 0.92),
    run('a', '2026-03-01T00:00:00.000Z', 0.91),
  ],
};

describe('chooseBaseline', () => {
  it.each<[string, Parameters<typeof chooseBaseline>[1], string | undefined, boolean?]>([
    // The merge base's own run, although it ran after the merge base was committed.
    ['exact', { mergeBase: { sha: 'b'.repeat(40), date: '2026-03-04T00:00:00Z' } }, 'b', true],
    [
      'exact, sha in capitals',
      { mergeBase: { sha: 'B'.repeat(40), date: '2026-03-04T00:00:00Z' } },
      'b',
      true,
    ],
    [
      'nearest older run',
      { mergeBase: { sha: 'd'.repeat(40), date: '2026-03-07T00:00:00Z' } },
      'b',
      false,
    ],
    [
      'dates equal: a run dated like the merge base counts as older',
      { mergeBase: { sha: 'd'.repeat(40), date: '2026-03-05T12:00:00.000Z' } },
      'b',
      false,
    ],
    [
      'equal instants in another zone',
      { mergeBase: { sha: 'd'.repeat(40), date: '2026-03-05T14:00:00+02:00' } },
      'b',
      false,
    ],
    [
      'one millisecond earlier: the run before',
      { mergeBase: { sha: 'd'.repeat(40), date: '2026-03-05T11:59:59.999Z' } },
      'a',
      false,
    ],
    [
      'newer than every run',
      { mergeBase: { sha: 'd'.repeat(40), date: '2027-01-01T00:00:00Z' } },
      'c',
      false,
    ],
    [
      'older than every run: none',
      { mergeBase: { sha: 'd'.repeat(40), date: '2026-02-28T00:00:00Z' } },
      undefined,
    ],
    ['no merge base: the newest run', {}, 'c', false],
    ['before: strictly earlier runs only', { before: '2026-03-10T00:00:00Z' }, 'b', false],
    ['before, nothing earlier', { before: '2026-03-01T00:00:00Z' }, undefined],
    // The merge base's run is not earlier than `before`, so the nearest older one is used.
    [
      'before excludes the exact run',
      {
        mergeBase: { sha: 'c'.repeat(40), date: '2026-03-09T00:00:00Z' },
        before: '2026-03-10T00:00:00Z',
      },
      'b',
      false,
    ],
  ])('%s', (_, options, digit, exact) => {
    const chosen = chooseBaseline(index, options);
    if (digit === undefined) {
      expect(chosen).toBeUndefined();
      return;
    }
    const stored = index.runs.find((r) => r.commit === digit.repeat(40));
    expect(chosen).toEqual({ ...stored, exact });
  });

  it('finds nothing in a missing or empty index', () => {
    const mergeBase = { sha: 'a'.repeat(40), date: '2026-03-01T00:00:00Z' };
    expect(chooseBaseline(undefined, { mergeBase })).toBeUndefined();
    expect(chooseBaseline({ suite: 's', runs: [] }, { mergeBase })).toBeUndefined();
    expect(chooseBaseline(undefined)).toBeUndefined();
  });

  it('goes by date, not by the order of a hand-edited index', () => {
    const unordered: StoreIndex = { suite: 's', runs: [...index.runs].reverse() };
    const mergeBase = { sha: 'd'.repeat(40), date: '2026-03-07T00:00:00Z' };
    expect(chooseBaseline(unordered, { mergeBase })?.commit).toBe('b'.repeat(40));
  });

  it('refuses a date it cannot read', () => {
    expect(() =>
      chooseBaseline(index, { mergeBase: { sha: 'd'.repeat(40), date: 'soon' } }),
    ).toThrow('chooseBaseline: mergeBase.date "soon" is not a date');
  });
});

describe('describeMissingBaseline', () => {
  it('says where it looked and how to create a baseline', () => {
    expect(describeMissingBaseline('ablation-ci-data', 'credit-risk')).toBe(
      'No stored baseline yet: the results branch ablation-ci-data holds no results of suite ' +
        'credit-risk to compare with, so nothing is compared and the regression gate does not ' +
        'apply. A push to the baseline branch or a scheduled run of the Action stores one (the ' +
        'workflow needs contents: write); or give a results file as baseline-file.',
    );
    expect(describeMissingBaseline('results', 'iris', { baselineBranch: 'main' })).toContain(
      'A push to main or a scheduled run of the Action stores one',
    );
  });
});
