import { describe, expect, it } from 'vitest';
import { runEngine, validateConfig } from '../../src/pipeline/engine.js';

/** TF.js's engine, on the global object once @tensorflow/tfjs-core has been evaluated. */
const tfjsLoaded = (): boolean => '_tfengine' in globalThis;

// An ONNX run loads TF.js nowhere (pipeline/tfjs.ts, suite/tfjs-evaluation.ts and
// budget/tfjs-sample.ts are imported only for a TF.js suite): about 0.1 s of every ONNX run.
// A file of its own: the integration project runs each file in a fresh process.
describe('an ONNX suite', () => {
  it('is validated and run without loading TF.js', async () => {
    expect(tfjsLoaded()).toBe(false);
    const config = 'examples/onnx-tabular/ablation.yml';
    const options = { cwd: process.cwd(), backend: 'onnxruntime-web' as const };
    expect(await validateConfig(config, options)).toMatch(/: valid — suite /);
    const run = await runEngine(config, {
      ...options,
      source: () => Promise.resolve({ commit: null, ref: null }),
    });
    expect(run.results.components.length).toBeGreaterThan(0);
    expect(tfjsLoaded()).toBe(false);
  }, 120_000);
});
