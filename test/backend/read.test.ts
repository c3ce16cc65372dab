import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readInto } from '../../src/backend/read.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);
afterAll(useWasm);

/** A tensor that is not at the start of the backend's memory, among others. */
function values(): { tensor: tf.Tensor; keep: tf.Tensor[]; want: Float32Array } {
  const keep = [tf.fill([37], 3), tf.range(0, 11)];
  const tensor = tf.tidy(() => tf.mul(tf.range(0, 1000, 1, 'float32').reshape([40, 25]), 0.5));
  return { tensor, keep, want: Float32Array.from({ length: 1000 }, (_, i) => i * 0.5) };
}

describe('readInto', () => {
  it.each(['wasm', 'cpu'])(
    'copies a tensor into a target at an offset (%s backend)',
    async (name) => {
      await tf.setBackend(name);
      const { tensor, keep, want } = values();
      const target = new Float32Array(1010).fill(-1);
      const dataSync = vi.spyOn(tensor, 'dataSync');
      readInto(tensor, target, 7);
      // On wasm the backend's memory is read in place, without dataSync's fresh buffer.
      expect(dataSync).toHaveBeenCalledTimes(name === 'wasm' ? 0 : 1);
      expect(target.subarray(7, 1007)).toEqual(want);
      expect([...target.subarray(0, 7), ...target.subarray(1007)]).toEqual(Array(10).fill(-1));
      tf.dispose([tensor, ...keep]);
    },
  );
});
