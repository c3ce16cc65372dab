import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { durationIn, parseDuration } from '../../src/config/duration.js';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { DUMMY_FILES, makeRepo, type TempRepo } from './repo.js';

describe('the one duration grammar', () => {
  it.each([
    // text or number, seconds, milliseconds
    ['500ms', 0.5, 500],
    ['90s', 90, 90_000],
    ['10m', 600, 600_000],
    ['2.5m', 150, 150_000],
    ['1h30m', 5400, 5_400_000],
    ['1h 2m 3s', 3723, 3_723_000],
    ['1m 500ms', 60.5, 60_500],
    [' 2 h ', 7200, 7_200_000],
    ['45', 45, 45_000],
    [0.5, 0.5, 500],
    ['0s', 0, 0],
  ] as const)('%j is %f s and %f ms', (value, seconds, ms) => {
    expect(durationIn(value, 's')).toBe(seconds);
    expect(durationIn(value, 'ms')).toBe(ms);
  });

  it.each(['', '10 minutes', '-5', 'm', '1d', '5 ms s', '1.h', -1, Infinity, NaN])(
    'refuses %j',
    (value) => {
      expect(durationIn(value, 's')).toBeUndefined();
      expect(durationIn(value, 'ms')).toBeUndefined();
    },
  );

  it('parseDuration refuses zero in one line naming the file and key', () => {
    expect(() => parseDuration('0s', { file: 'a.yml', where: 'time-limit', line: 7 })).toThrow(
      'a.yml:7: time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "0s"',
    );
  });
});

describe('time-limit and train.time-limit take the same durations', () => {
  let repo: TempRepo;
  beforeAll(
    () =>
      (repo = makeRepo({
        ...DUMMY_FILES,
        'data/train.csv': 'age,income,debt,sex,default\n70,1,2,F,yes\n',
        'train.ts': 'export function train() {}\n',
      })),
  );
  afterAll(() => repo.remove());

  async function load(duration: string): Promise<{ run?: number; train?: number } | string> {
    repo.write(
      'ablation.yml',
      `suite: s\nmodel: models/credit/model.json\ndata: {eval: data/eval.csv, train: data/train.csv, label: default}\n` +
        `time-limit: ${duration}\ntrain: {module: train.ts, time-limit: ${duration}}\n`,
    );
    try {
      const config = await loadConfig('ablation.yml', { cwd: repo.dir });
      return { run: config.timeLimit, train: config.train?.timeLimitMs };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.message;
    }
  }

  // Before: 500ms only for train.time-limit, 1h30m only for time-limit.
  it.each([
    ['500ms', { run: 0.5, train: 500 }],
    ['1h30m', { run: 5400, train: 5_400_000 }],
    ['2.5m', { run: 150, train: 150_000 }],
    ['90', { run: 90, train: 90_000 }],
  ])('%s', async (duration, expected) => {
    expect(await load(duration)).toEqual(expected);
  });

  it.each([
    [
      '"90"',
      'ablation.yml:4: time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "90"',
    ],
    [
      '1d',
      'ablation.yml:4: time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "1d"',
    ],
  ])('refuses %s at both keys, the first named', async (duration, message) => {
    expect(await load(duration)).toBe(message);
  });
});
