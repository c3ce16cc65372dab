import { describe, expect, it } from 'vitest';
import {
  addRun,
  checkSuite,
  parseIndex,
  runOf,
  type StoreIndex,
  type StoredRun,
} from '../../src/store/layout.js';
import { resultsOf } from './repos.js';

const run = (digit: string, day: number): StoredRun => ({
  commit: digit.repeat(40),
  date: `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  metric: 'accuracy',
  value: day / 100,
});
const commits = (index: StoreIndex): string[] => index.runs.map((r) => r.commit[0]);

describe('addRun', () => {
  const stored: StoreIndex = { suite: 's', runs: [run('c', 3), run('b', 2), run('a', 1)] };

  it.each<[string, StoreIndex | undefined, StoredRun, number, string[], string[]]>([
    ['first run', undefined, run('a', 1), 200, ['a'], []],
    ['newest goes first', stored, run('d', 4), 200, ['d', 'c', 'b', 'a'], []],
    ['an older run goes in date order', stored, run('d', 2), 200, ['c', 'd', 'b', 'a'], []],
    ['a re-run replaces its entry', stored, run('a', 5), 200, ['a', 'c', 'b'], []],
    ['retention drops the oldest', stored, run('d', 4), 2, ['d', 'c'], ['b', 'a']],
    [
      'a run older than all kept is dropped itself',
      stored,
      { ...run('d', 1), date: '2025-12-31T00:00:00.000Z' },
      3,
      ['c', 'b', 'a'],
      ['d'],
    ],
  ])('%s', (_, index, added, retention, kept, dropped) => {
    const next = addRun(index, 's', added, retention);
    expect(commits(next.index)).toEqual(kept);
    expect(next.dropped.map((c) => c[0])).toEqual(dropped);
    expect(next.index.suite).toBe('s');
  });

  it('does not change the index it is given', () => {
    const copy = structuredClone(stored);
    addRun(stored, 's', run('d', 4), 1);
    expect(stored).toEqual(copy);
  });
});

describe('runOf', () => {
  it('lists the primary metric, or null when it could not be computed', () => {
    const results = resultsOf('a'.repeat(40), '2026-01-01T00:00:00Z');
    expect(runOf(results, 'a'.repeat(40), '2026-01-01T00:00:00.000Z')).toEqual({
      commit: 'a'.repeat(40),
      date: '2026-01-01T00:00:00.000Z',
      metric: 'accuracy',
      value: 0.964824120603015,
    });
    results.metrics = [results.metrics[3], ...results.metrics.slice(0, 3)];
    results.baseline.metrics.log_loss = { value: null, reason: 'one class' };
    expect(runOf(results, 'a'.repeat(40), '2026-01-01T00:00:00.000Z')).toMatchObject({
      metric: 'log_loss',
      value: null,
    });
  });
});

describe('parseIndex', () => {
  const file = 'ablation-ci-data:s/index.json';
  it.each([
    ['[]', 'ablation-ci-data:s/index.json: expected an object with "suite" and "runs"'],
    ['{"suite":"t","runs":[]}', 'ablation-ci-data:s/index.json: suite: expected "s"'],
    ['{"suite":"s"}', 'ablation-ci-data:s/index.json: runs: expected an array'],
    [
      `{"suite":"s","runs":[{"commit":"${'a'.repeat(40)}","date":"2026-01-01","metric":"f1","value":"high"}]}`,
      'ablation-ci-data:s/index.json: runs[0].value: expected a number or null',
    ],
  ])('%s', (text, message) => {
    expect(() => parseIndex(text, 's', file)).toThrow(message);
  });

  it('reads what addRun writes', () => {
    const index = { suite: 's', runs: [run('b', 2), { ...run('a', 1), value: null }] };
    expect(parseIndex(JSON.stringify(index), 's', file)).toEqual(index);
  });
});

describe('checkSuite', () => {
  it.each(['.', '..', '.git', '.GIT', 'a/b', ''])('refuses %j as a folder name', (suite) => {
    expect(() => checkSuite(suite)).toThrow('cannot name a folder of the results branch');
  });
  it.each(['credit-risk', 'v1.2_eval', '.hidden'])('accepts %j', (suite) => {
    expect(() => checkSuite(suite)).not.toThrow();
  });
});
