import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { runEngine } from '../../src/pipeline/engine.js';
import { RunPool } from '../../src/pool/run-pool.js';
import { loadRetrainData } from '../../src/retrain/data.js';
import { trainAll } from '../../src/retrain/train-all.js';
import { loadEvalData } from '../../src/suite/prepare.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { useWasm } from '../helpers/backend.js';
import { alive, until } from '../helpers/processes.js';
import { FIXTURES, SMALL_DATA, smallSuite } from '../retrain/small-suite.js';

// One pool serves a run's training and its evaluation: the training runs are
// its jobs, held to its size, killed when it closes; the evaluation threads
// are its threads.

let repo: TempRepo;

beforeAll(async () => {
  await useWasm();
  repo = makeRepo({
    ...SMALL_DATA,
    // A module suite without `model`: its baseline (first seed) is retrained, then evaluated.
    'module.yml': `${smallSuite('pool-module')}  module: train.ts
  seeds: 2
ablations:
  layers: []
  features: [mean_radius]
`,
    'never.yml': `${smallSuite('pool-never')}  module: never.ts
  seeds: 1
  time-limit: 60s
ablations:
  features: [mean_radius]
`,
    'never-command.yml': `${smallSuite('pool-never-command')}  command: node never.mjs
  seeds: 1
  time-limit: 60s
ablations:
  features: [mean_radius]
`,
    'command.yml': `${smallSuite('pool-command')}  command: node predict.mjs
  inputs: ["predict.mjs"]
  seeds: 2
ablations:
  retrain:
    one: {x: 1}
`,
  });
  cpSync(path.join(FIXTURES, 'dense.ts'), path.join(repo.dir, 'train.ts'));
  // A train() that says it started (its process id, beside it), then never settles.
  writeFileSync(
    path.join(repo.dir, 'never.ts'),
    `import { writeFileSync } from 'node:fs';
export function train(): Promise<never> {
  writeFileSync(new URL('./started', import.meta.url), String(process.pid));
  return new Promise(() => undefined);
}
`,
  );
  // A training command that says it started (its process id), then never exits.
  writeFileSync(
    path.join(repo.dir, 'never.mjs'),
    `import { writeFileSync } from 'node:fs';
writeFileSync('started-command', String(process.pid));
setInterval(() => undefined, 1000);
`,
  );
  cpSync(path.join(FIXTURES, 'command'), repo.dir, { recursive: true });
});
afterAll(() => repo.remove());

async function train(file: string, pool: RunPool, onProgress?: (running: string) => void) {
  const config = await loadConfig(file, { cwd: repo.dir });
  const data = await loadRetrainData(config, await loadEvalData(config, repo.dir), repo.dir);
  return trainAll(config, data, {
    backend: 'cpu',
    cwd: repo.dir,
    searchFrom: [repo.dir],
    useCache: false,
    keepBaselineModel: false,
    pool,
    ...(onProgress === undefined
      ? {}
      : { onProgress: (_: number, running) => onProgress(running) }),
  });
}

describe("the run's one pool", () => {
  it('trains every run as its job, then evaluates on its threads', async () => {
    const pool = RunPool.open(2);
    try {
      const { results } = await runEngine('module.yml', {
        cwd: repo.dir,
        backend: 'wasm',
        workers: 2,
        useCache: false,
        pool,
        source: () => Promise.resolve({ commit: null, ref: null }),
      });
      expect(results.retrain?.baseline.runs.map((run) => run.status)).toEqual(['ok', 'ok']);
      expect(results.components.map((c) => c.id)).toEqual(['feature:mean_radius:permute']);
      // Two training processes (the baseline's seeds), two evaluation threads.
      expect(pool.counts).toEqual({ threads: 2, jobs: 2 });
    } finally {
      await pool.close();
    }
  }, 180_000);

  it.each([
    [1, false],
    [2, true],
  ])(
    'of size %i runs two training runs at once: %s',
    async (size, together) => {
      const pool = RunPool.open(size);
      const underWay: string[] = [];
      try {
        const outcome = await train('command.yml', pool, (running) => underWay.push(running));
        expect(outcome.baseline.map((run) => run.status)).toEqual(['ok', 'ok']);
        expect(pool.counts).toEqual({ threads: 0, jobs: 4 });
        expect(underWay.some((running) => running.includes('; '))).toBe(together);
      } finally {
        await pool.close();
      }
    },
    120_000,
  );

  it('kills a training run under way when it closes', async () => {
    const pool = RunPool.open(1);
    const marker = path.join(repo.dir, 'started');
    const outcome = train('never.yml', pool);
    outcome.catch(() => undefined);
    await vi.waitFor(() => expect(existsSync(marker)).toBe(true), { timeout: 90_000 });
    await pool.close();
    await expect(outcome).rejects.toThrow(/: retrain baseline, seed 42: stopped$/);
    const pid = Number(readFileSync(marker, 'utf8'));
    // Killed (SIGKILL to its process group), not left to its 60 s time limit.
    await until(() => !alive(pid), 10_000, `training process ${pid} ended`);
    expect(pool.counts.jobs).toBe(1);
  }, 150_000);

  it('kills a training command under way when it closes', async () => {
    const pool = RunPool.open(1);
    const marker = path.join(repo.dir, 'started-command');
    const outcome = train('never-command.yml', pool);
    outcome.catch(() => undefined);
    await vi.waitFor(() => expect(existsSync(marker)).toBe(true), { timeout: 90_000 });
    await pool.close();
    await expect(outcome).rejects.toThrow(/: retrain baseline, seed 42: stopped$/);
    const pid = Number(readFileSync(marker, 'utf8'));
    // Killed with all it started, not left to its 60 s time limit.
    await until(() => !alive(pid), 10_000, `training command's process ${pid} ended`);
  }, 150_000);
});
