import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../src/retrain/launch.js';
import type { WorkerRequest } from '../../src/retrain/protocol.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function request(module: string, seed = 1): WorkerRequest {
  // Two features; the label is whether the first is positive.
  const n = 40;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = (i % 2 === 0 ? 1 : -1) * (1 + (i % 5));
    x[2 * i + 1] = (i % 3) - 1;
    y[i] = i % 2 === 0 ? 1 : 0;
  }
  return {
    module: path.join(HERE, 'fixtures', module),
    backend: 'cpu',
    searchFrom: [],
    switches: {},
    seed,
    data: {
      n,
      features: ['a', 'b'],
      task: 'binary',
      classes: ['no', 'yes'],
      x,
      raw: x,
      y,
      scaling: null,
    },
    eval: { n: 3, f: 2, x: Float32Array.from([5, 0, -5, 0, 4, 1]) },
  };
}

describe('a training run in a worker', () => {
  it('returns the trained model’s outputs on the eval inputs, the same for the same seed', async () => {
    const first = await runInWorker(request('dense.ts', 7), { timeLimitMs: 60_000 });
    const again = await runInWorker(request('dense.ts', 7), { timeLimitMs: 60_000 });
    expect(first.status).toBe('ok');
    expect(first.width).toBe(1);
    expect(first.outputs).toHaveLength(3);
    expect(Array.from(again.outputs!)).toEqual(Array.from(first.outputs!));
    const other = await runInWorker(request('dense.ts', 8), { timeLimitMs: 60_000 });
    expect(Array.from(other.outputs!)).not.toEqual(Array.from(first.outputs!));
    expect(first.trainMs).toBeGreaterThan(0);
  }, 120_000);

  it.each(['never.ts', 'busy.ts'])(
    '%s is ended at the time limit and reported timed-out',
    async (file) => {
      const run = await runInWorker(request(file), { timeLimitMs: 4000, graceMs: 300 });
      expect(run.status).toBe('timed-out');
      expect(run.ms).toBeGreaterThanOrEqual(4000);
      expect(run.outputs).toBeUndefined();
    },
    60_000,
  );

  it('reports a train() that throws as failed, with its message', async () => {
    const run = await runInWorker(request('throws.ts'), { timeLimitMs: 60_000 });
    expect(run).toMatchObject({ status: 'failed', error: 'no GPU here' });
  }, 60_000);
});
