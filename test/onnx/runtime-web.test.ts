import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { OnnxSession, sessionOptions } from '../../src/onnx/session.js';

/**
 * The bundled runtime's threads (src/onnx/runtime/web.ts): onnxruntime-web's threaded wasm
 * starts its pthreads as worker_threads when its first session starts. Its env is the process's,
 * so this file starts it once, on two threads (vitest runs each file in a process of its own).
 */
describe('onnxruntime-web on two threads', () => {
  it('starts one pthread worker beside this thread, and its wasm keeps two threads', async () => {
    // The Emscripten module takes worker_threads' Worker when it loads: count what it starts.
    const workerThreads = createRequire(import.meta.url)('node:worker_threads') as {
      Worker: new (...args: unknown[]) => object;
    };
    const Original = workerThreads.Worker;
    const started: unknown[] = [];
    workerThreads.Worker = class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        started.push(args[1]);
      }
    };
    try {
      const runtime = await loadOnnxRuntime('onnxruntime-web', [], 2);
      expect(runtime.name).toBe('onnxruntime-web');
      // Its threads are the process's (no session option), its messages fatal only.
      expect(sessionOptions(runtime)).toEqual({ logSeverityLevel: 4 });
      const bytes = readFileSync('test/fixtures/onnx/mlp-torch/model.onnx');
      const session = await OnnxSession.create(runtime, bytes, {
        input: 'input',
        output: 'probabilities',
        inputShape: [6],
        as: 'probabilities',
      });
      const out = await session.predict(new Float32Array(6 * 3).fill(0.5), 3);
      await session.close();
      expect(out.length).toBe(9);
      // The runtime falls back to one thread (and says so in env.wasm.numThreads) where shared
      // memory or workers are missing; here it keeps both.
      expect(runtime.threads).toBe(2);
      expect(started).toEqual([{ type: 'module', workerData: 'em-pthread', name: 'em-pthread' }]);
      // Started once per process: a second start gets the same runtime, whatever it asks.
      const again = await loadOnnxRuntime('onnxruntime-web', [], 1);
      expect(again).toBe(runtime);
    } finally {
      workerThreads.Worker = Original;
    }
  });
});
