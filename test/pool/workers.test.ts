import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { WorkerPool } from '../../src/pool/pool.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';
import { runSuite } from '../../src/suite/run.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

const cwd = process.cwd();
const source = { commit: 'abc', ref: 'main', configHash: `sha256:${'0'.repeat(64)}` };
const clock = () => new Date('2026-01-01T00:00:00Z');

describe('the worker pool', () => {
  it('gives the same results document with 1, 2 and 3 workers', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite({ ...config, resamples: 200 }, cwd);
    const tensorsBefore = tf.memory().numTensors;
    const documents: string[] = [];
    const fractions: number[][] = [];
    try {
      for (const workers of [1, 2, 3]) {
        const seen: number[] = [];
        const results = await runSuite(suite, {
          backend: 'wasm',
          source,
          workers,
          // Small passes: hundreds of units over two row batches, shared out unevenly.
          memoryBudget: 48 * 1024,
          now: clock,
          onProgress: (fraction) => seen.push(fraction),
        });
        documents.push(JSON.stringify(results));
        fractions.push(seen);
      }
    } finally {
      suite.model.dispose();
    }
    expect(documents[1]).toBe(documents[0]);
    expect(documents[2]).toBe(documents[0]);
    const results = JSON.parse(documents[0]) as { components: { metrics?: unknown }[] };
    expect(results.components.filter((c) => c.metrics !== undefined)).toHaveLength(78);
    for (const seen of fractions) {
      expect(seen.length).toBeGreaterThan(100);
      // Chunks evaluate side by side; the fraction still only grows, to 1.
      expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
      expect(seen[seen.length - 1]).toBeCloseTo(1, 12);
    }
    // The main thread's evaluator leaves no tensor behind (the model was disposed too).
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensorsBefore);
  });

  it('fails in one line when a worker cannot start, and stops every worker', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite(config, cwd);
    const run = runSuite(
      { ...suite, modelFile: `${suite.modelFile}.missing` },
      { backend: 'wasm', source, workers: 2 },
    );
    try {
      await expect(run).rejects.toThrow(/^an evaluation worker failed to start: .*missing[^\n]*$/);
    } finally {
      suite.model.dispose();
    }
  });

  it('fails every pending unit in one line when a worker fails mid-run', async () => {
    const config = await loadConfig('examples/breast-cancer/ablation.yml', { cwd });
    const suite = await prepareSuite(config, cwd);
    suite.model.dispose();
    const pool = await WorkerPool.start(
      {
        backend: 'wasm',
        searchFrom: [cwd],
        model: { path: suite.modelFile, displayPath: 'model.json', hash: suite.modelHash },
        inputShape: suite.inputShape,
        data: modelData(suite),
        components: suite.components,
        options: { seed: 1, repeats: 1 },
      },
      2,
    );
    try {
      const bad = {
        on: 'features' as const,
        segments: [{ component: 9999, repeat: 0, start: 0, end: 5 }],
      };
      const results = [pool.evaluate(bad), pool.evaluate(bad), pool.evaluate(bad)];
      for (const result of results) {
        await expect(result).rejects.toThrow(/^an evaluation worker failed: [^\n]+$/);
      }
      await expect(pool.evaluate(bad)).rejects.toThrow(/an evaluation worker failed/);
    } finally {
      await pool.close();
    }
  });
});
