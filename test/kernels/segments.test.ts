/**
 * UnsortedSegmentSum on wasm (registered by src/backend/gradients), the
 * gradient of a gather — an Embedding layer's lookup — against the cpu
 * backend's.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasm } from '../helpers/backend.js';
import { expectClose, expectSameOnBoth, normal, onBoth } from './compare.js';

beforeAll(useWasm);

describe('UnsortedSegmentSum on wasm equals the cpu backend’s', () => {
  it.each([
    { table: [10, 4], indices: [3, 5], label: 'an embedding lookup, repeated ids' },
    { table: [6, 3, 2], indices: [8], label: 'rows of rank-2 slices' },
    { table: [12], indices: [4, 4], label: 'scalars' },
  ])('the gradient of gather: $label', async ({ table, indices }) => {
    const size = indices.reduce((a, b) => a * b, 1);
    // Ids with repeats and some rows never looked up.
    const ids = Int32Array.from({ length: size }, (_, i) => (i * 7) % (table[0] - 1));
    const dyShape = [...indices, ...table.slice(1)];
    await expectSameOnBoth(() => {
      const params = tf.tensor(normal(table, 'table'), table);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const lookup = (t: tf.Tensor): tf.Tensor => tf.gather(t, tf.tensor(ids, indices, 'int32'));
      return [tf.grad(lookup)(params, dy)];
    }, ['dtable (UnsortedSegmentSum)']);
  });

  it('sums int32 data and drops ids outside [0, numSegments)', async () => {
    const ids = [2, 0, 2, -1, 5, 1];
    const { wasm, cpu } = await onBoth(() => {
      const x = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [6, 2], 'int32');
      const out = tf.unsortedSegmentSum(x, tf.tensor1d(ids, 'int32'), 4);
      // int32 in, int32 out as in TensorFlow (the cpu backend's answer is float32).
      if (tf.getBackend() === 'wasm') expect(out.dtype).toBe('int32');
      return [out];
    });
    expect(Array.from(wasm[0])).toEqual([3, 4, 11, 12, 6, 8, 0, 0]);
    expectClose(wasm[0], cpu[0], 'int32 sums');
  });
});
