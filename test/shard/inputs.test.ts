import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

/** The Action's inputs with some set, the rest empty (as a runner passes unset inputs). */
const inputs = (set: Record<string, string>) => readInputs((name) => set[name] ?? '');

describe('the shard, time-limit and mode merge inputs', () => {
  it('are read and parsed', () => {
    expect(inputs({ shard: '2/3', 'time-limit': '1h30m', mode: 'merge' })).toMatchObject({
      shard: { index: 2, count: 3 },
      timeLimit: 5400,
      mode: 'merge',
    });
    const none = inputs({});
    expect(none.shard).toBeUndefined();
    expect(none.timeLimit).toBeUndefined();
  });

  it.each([
    [{ shard: '4/3' }, 'input shard: expected I/N with 1 ≤ I ≤ N (e.g. 2/3), got "4/3"'],
    [{ shard: '1' }, 'input shard: expected I/N with 1 ≤ I ≤ N (e.g. 2/3), got "1"'],
    [
      { 'time-limit': '10 minutes' },
      'input time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "10 minutes"',
    ],
    [
      { mode: 'merged' },
      'input mode: must be one of auto, run, compute, report, merge, got "merged"',
    ],
  ])('refuse %j', (set, message) => {
    expect(() => inputs(set)).toThrow(message);
  });
});
