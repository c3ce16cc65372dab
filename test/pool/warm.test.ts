import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { WorkerPool } from '../../src/pool/pool.js';
import type { WorkerSetup } from '../../src/pool/protocol.js';
import type { Thread } from '../../src/pool/thread.js';
import { RunPool } from '../../src/pool/run-pool.js';
import { modelData, prepareSuite, type PreparedSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { useWasm } from '../helpers/backend.js';

// Every thread started, and which have stopped, seen from outside the pool.
const seen = vi.hoisted(() => ({ spawned: [] as Thread[], exited: new Set<Thread>() }));
vi.mock('../../src/pool/thread.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pool/thread.js')>();
  return {
    ...actual,
    spawnThread: (...args: Parameters<typeof actual.spawnThread>) => {
      const thread = actual.spawnThread(...args);
      seen.spawned.push(thread);
      thread.worker.once('exit', () => seen.exited.add(thread));
      return thread;
    },
  };
});

beforeAll(useWasm);

const cwd = process.cwd();
const source = { commit: 'abc', ref: 'main', configHash: `sha256:${'0'.repeat(64)}` };
const clock = () => new Date('2026-01-01T00:00:00Z');

async function breastCancer(): Promise<PreparedSuite> {
  const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
  return prepareSuite({ ...config, resamples: 200 }, cwd);
}

function setupOf(suite: PreparedSuite): WorkerSetup {
  return {
    backend: 'wasm',
    searchFrom: [cwd],
    model: { path: suite.modelFile, displayPath: 'model.json', hash: suite.modelHash },
    inputShape: suite.inputShape,
    data: modelData(suite),
    components: suite.components,
    options: { seed: 1, repeats: 1 },
  };
}

/** Resolves once every thread started so far has stopped (immediately if they have). */
async function allStopped(): Promise<void> {
  await vi.waitFor(() => expect(seen.exited.size).toBe(seen.spawned.length), { timeout: 5000 });
}

describe('warm threads', () => {
  it('are taken by the pool, none started cold, and give the results of this thread alone', async () => {
    const suite = await breastCancer();
    try {
      const alone = await runSuite(suite, { backend: 'wasm', source, workers: 1, now: clock });
      expect(seen.spawned).toHaveLength(0);
      const threads = RunPool.open(2, { warm: 'wasm' });
      const pooled = await runSuite(suite, {
        backend: 'wasm',
        source,
        workers: 2,
        pool: threads,
        now: clock,
      });
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(alone));
      expect(seen.spawned).toHaveLength(2);
      // The pool closed them with the run.
      expect(seen.exited.size).toBe(2);
    } finally {
      suite.model.dispose();
    }
  });

  it('are stopped at once when the plan runs on this thread alone', async () => {
    const suite = await breastCancer();
    const before = seen.spawned.length;
    try {
      const threads = RunPool.open(2, { warm: 'wasm' });
      await runSuite(suite, { backend: 'wasm', source, workers: 1, pool: threads, now: clock });
      expect(seen.spawned.length - before).toBe(2);
      expect(seen.exited.size).toBe(seen.spawned.length);
    } finally {
      suite.model.dispose();
    }
  });

  it('beyond what the pool needs are stopped; the rest serve it', async () => {
    const suite = await breastCancer();
    suite.model.dispose();
    const before = seen.spawned.length;
    const threads = RunPool.open(3, { warm: 'wasm' });
    const pool = await WorkerPool.start(setupOf(suite), 1, threads);
    try {
      const mine = seen.spawned.slice(before);
      expect(mine).toHaveLength(3);
      await vi.waitFor(() => expect(mine.filter((t) => seen.exited.has(t))).toHaveLength(2));
      expect(seen.exited.has(mine[0])).toBe(false);
      const component = suite.components.findIndex((c) => c.on === 'features');
      const unit = {
        on: 'features' as const,
        segments: [{ component, repeat: 0, start: 0, end: 3 }],
      };
      expect(await pool.evaluate(unit)).toHaveLength(3);
    } finally {
      await pool.close();
      await threads.close();
    }
    await allStopped();
  });

  it('that stopped before their setup fail the pool’s start in one line, and every thread stops', async () => {
    const suite = await breastCancer();
    suite.model.dispose();
    const before = seen.spawned.length;
    const threads = RunPool.open(2, { warm: 'wasm' });
    await seen.spawned[before].worker.terminate();
    await expect(WorkerPool.start(setupOf(suite), 2, threads)).rejects.toThrow(
      /^an evaluation worker failed: it exited with code \d+ while starting[^\n]*$/,
    );
    await allStopped();
  });
});
