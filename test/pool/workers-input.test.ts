import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load.js';
import { makeRepo } from '../config/repo.js';
import { captureStream } from '../helpers/streams.js';

const repo = makeRepo();
afterAll(() => repo.remove());

const config = (workers: string): string =>
  repo.write(
    'ablation.yml',
    [
      'suite: credit',
      'model: models/credit/model.json',
      'data: {eval: data/eval.csv, label: default}',
      `workers: ${workers}`,
      '',
    ].join('\n'),
  );

describe('how many workers', () => {
  it('reads workers from the config', async () => {
    const loaded = await loadConfig(config('3'), { cwd: repo.dir });
    expect(loaded.workers).toBe(3);
  });

  it.each(['0', '1.5', 'many'])('rejects workers: %s on its key and line', async (value) => {
    await expect(loadConfig(config(value), { cwd: repo.dir })).rejects.toThrow(
      /ablation\.yml:4: workers: /,
    );
  });

  it.each(['0', 'two', '1.5'])('rejects --workers %s in one line, exit code 2', async (value) => {
    const stderr = captureStream();
    const code = await cli(['run', '--workers', value], {
      cwd: repo.dir,
      env: {},
      stdout: captureStream().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(2);
    expect(stderr.text()).toBe(
      `ablation-ci: error: --workers must be a whole number from 1 to 256, got "${value}"\n`,
    );
  });
});
