import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/pipeline/engine.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

describe('a full run', () => {
  it.each(['breast-cancer', 'digits'])('of %s leaves no TF.js tensor behind', async (example) => {
    const before = tf.memory().numTensors;
    const { results } = await runEngine(`examples/${example}/ablation.yml`, {
      cwd: process.cwd(),
      backend: 'wasm',
      source: () => Promise.resolve({ commit: null, ref: null }),
    });
    expect(results.components.length).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
