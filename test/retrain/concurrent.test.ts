import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRetrainData } from '../../src/retrain/data.js';
import { loadEvalData } from '../../src/suite/prepare.js';
import { trainAll } from '../../src/retrain/train-all.js';
import { makeRepo } from '../config/repo.js';
import { FIXTURES, SMALL_DATA, smallSuite } from './small-suite.js';

// Two runs of one checkout at once (`--shard 1/2` and `--shard 2/2` side by
// side, one cache folder): each training run works in a folder of its own,
// so neither deletes the other's data or predictions.

const repo = makeRepo({
  ...SMALL_DATA,
  // The command reads its data only after a while: by then a run beside it has started the same job.
  'ablation.yml': `${smallSuite('side-by-side')}  command: sleep 0.4 && node predict.mjs
  inputs: ["predict.mjs"]
  seeds: 2
ablations:
  retrain:
    one: {x: 1}
    two: {x: 2}
`,
});
cpSync(path.join(FIXTURES, 'command'), repo.dir, { recursive: true });
afterAll(() => repo.remove());

describe('two shards of one checkout at once', () => {
  it('both finish, and leave no work folder behind', async () => {
    const config = await loadConfig('ablation.yml', { cwd: repo.dir });
    const data = await loadRetrainData(config, await loadEvalData(config, repo.dir), repo.dir);
    const shard = async (index: number, delay: number) => {
      await sleep(delay);
      return trainAll(config, data, {
        backend: 'cpu',
        cwd: repo.dir,
        searchFrom: [repo.dir],
        useCache: false,
        concurrency: 1,
        keepBaselineModel: false,
        shard: { index, count: 2 },
      });
    };
    const [first, second] = await Promise.all([shard(1, 0), shard(2, 150)]);
    expect(first.variants.map((v) => v.variant.name)).toEqual(['one']);
    expect(second.variants.map((v) => v.variant.name)).toEqual(['two']);
    for (const outcome of [first, second]) {
      expect(outcome.baseline.map((run) => run.status)).toEqual(['ok', 'ok']);
    }
    expect(first.baseline[0].outputs).toEqual(second.baseline[0].outputs);
    expect(readdirSync(path.join(repo.dir, '.ablation-ci-cache', 'work'))).toEqual([]);
  }, 60_000);
});
