/**
 * The pooling gradients training relies on, which tfjs-backend-wasm 4.22
 * has itself (MaxPoolGrad, AvgPoolGrad), checked on the same footing as the
 * kernels src/backend/gradients adds: against the cpu backend's over a table
 * of shapes, strides and paddings.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { useWasm } from '../helpers/backend.js';
import { expectSameOnBoth, normal } from './compare.js';

interface Case {
  x: [number, number, number, number];
  size: number | [number, number];
  strides: number | [number, number];
  pad: 'same' | 'valid' | number;
}

const CASES: Case[] = [
  { x: [2, 6, 6, 3], size: 2, strides: 2, pad: 'valid' },
  { x: [2, 7, 7, 2], size: 3, strides: 2, pad: 'same' },
  { x: [1, 8, 6, 4], size: [3, 2], strides: [1, 2], pad: 'valid' },
  { x: [3, 5, 5, 1], size: 3, strides: 1, pad: 'same' },
  { x: [2, 6, 6, 2], size: 2, strides: 2, pad: 1 },
  { x: [32, 6, 6, 16], size: 2, strides: 2, pad: 'valid' },
];

beforeAll(useWasm);

describe.each([
  ['maxPool', 'MaxPoolGrad'],
  ['avgPool', 'AvgPoolGrad'],
] as const)('%s’s gradient (%s) on wasm equals the cpu backend’s', (op, kernel) => {
  it.each(CASES.map((c) => [JSON.stringify(c), c] as const))('%s', async (_, c) => {
    const out = tf.backend_util.computePool2DInfo(c.x, c.size, c.strides, 1, c.pad).outShape;
    await expectSameOnBoth(() => {
      const x = tf.tensor4d(normal(c.x, 'x'), c.x);
      const dy = tf.tensor(normal(out, 'dy'), out);
      const pool = (t: tf.Tensor): tf.Tensor => tf[op](t as tf.Tensor4D, c.size, c.strides, c.pad);
      return [tf.grad(pool)(x, dy)];
    }, [`dx (${kernel})`]);
  });
});
