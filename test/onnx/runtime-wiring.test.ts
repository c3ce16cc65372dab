import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as load from '../../src/onnx/runtime/load.js';
import { runEngine } from '../../src/pipeline/engine.js';
import { RunPool } from '../../src/pool/run-pool.js';

// The runtime the engine starts, seen through a spy that calls the real one.
vi.mock('../../src/onnx/runtime/load.js', async (original) => {
  const real = await original<typeof load>();
  return { ...real, loadOnnxRuntime: vi.fn(real.loadOnnxRuntime) };
});

const CONFIG = `suite: torch-threads
model: model.onnx
data: { eval: data/eval.csv, label: label, task: multiclass, classes: [c0, c1, c2] }
metrics: [accuracy]
seed: 7
repeats: 2
resamples: 100
ablations: { layers: [], features: [f0, f1], feature-modes: [zero] }
`;

async function repository(extra: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-onnx-threads-'));
  await mkdir(path.join(root, '.git'));
  const source = 'test/fixtures/onnx/mlp-torch';
  await cp(path.join(source, 'model.onnx'), path.join(root, 'model.onnx'));
  await cp(path.join(source, 'data'), path.join(root, 'data'), { recursive: true });
  await writeFile(path.join(root, 'ablation.yml'), CONFIG + extra);
  return root;
}

describe("an ONNX run's threads", () => {
  afterEach(() => vi.mocked(load.loadOnnxRuntime).mockClear());

  it.each([
    ['--workers 1 over a pool of 2', { workers: 1 }, '', 2, 1],
    ['the config’s workers: 1 over a pool of 2', {}, 'workers: 1\n', 2, 1],
    ['--workers 3 over the config’s workers: 1', { workers: 3 }, 'workers: 1\n', 1, 3],
    ['no workers: the pool’s size', {}, '', 2, 2],
  ])('%s', async (_, overrides, extra, poolSize, threads) => {
    const root = await repository(extra);
    const pool = RunPool.open(poolSize);
    try {
      const { results } = await runEngine('ablation.yml', {
        cwd: root,
        backend: 'onnxruntime-node',
        source: () => Promise.resolve({ commit: null, ref: null }),
        pool,
        ...overrides,
      });
      expect(results.run.runtime?.name).toBe('onnxruntime-node');
    } finally {
      await pool.close();
    }
    const started = vi.mocked(load.loadOnnxRuntime).mock.results;
    expect(started.length).toBe(1);
    expect((await (started[0].value as ReturnType<typeof load.loadOnnxRuntime>)).threads).toBe(
      threads,
    );
  });
});
