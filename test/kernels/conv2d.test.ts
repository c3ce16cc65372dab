/**
 * Conv2D's gradients on wasm (the filter gradient registered by
 * src/backend/gradients, the input gradient wasm's own) against the cpu
 * backend's, over a table of shapes, strides and paddings.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dBackpropFilterConfig } from '../../src/backend/gradients/conv2d.js';
import { useWasm } from '../helpers/backend.js';
import { expectSameOnBoth, normal, runKernel } from './compare.js';

type Pad = 'same' | 'valid' | number | tf.backend_util.ExplicitPadding;
interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: Pad;
  rounding?: 'floor' | 'round' | 'ceil';
}

const CASES: Case[] = [
  { x: [2, 7, 7, 3], filter: [3, 3, 3, 4], strides: 1, pad: 'same' },
  { x: [2, 8, 8, 1], filter: [3, 3, 1, 8], strides: 1, pad: 'valid' },
  { x: [1, 9, 7, 2], filter: [2, 3, 2, 5], strides: [2, 1], pad: 'same' },
  { x: [3, 6, 6, 2], filter: [3, 3, 2, 3], strides: 2, pad: 'valid' },
  { x: [2, 6, 7, 2], filter: [1, 4, 2, 3], strides: [1, 3], pad: 'same' },
  {
    x: [2, 7, 6, 2],
    filter: [3, 2, 2, 3],
    strides: 2,
    pad: [
      [0, 0],
      [1, 2],
      [0, 1],
      [0, 0],
    ],
  },
  { x: [2, 8, 8, 2], filter: [3, 3, 2, 2], strides: 2, pad: 1, rounding: 'floor' },
  // The digits net's second layer at a training batch: many terms per filter element.
  { x: [32, 8, 8, 8], filter: [3, 3, 8, 16], strides: 1, pad: 'valid' },
];

function outShape(c: Case, format: 'channelsLast' | 'channelsFirst' = 'channelsLast'): number[] {
  const info = tf.backend_util.computeConv2DInfo(
    c.x,
    c.filter,
    c.strides,
    1,
    c.pad,
    c.rounding,
    false,
    format,
  );
  return info.outShape;
}

const describeCase = (c: Case): string =>
  `x ${c.x.join('×')}, filter ${c.filter.join('×')}, strides ${String(c.strides)}, ` +
  `pad ${JSON.stringify(c.pad)}${c.rounding ? ` (${c.rounding})` : ''}`;

beforeAll(useWasm);

describe('Conv2D gradients on wasm equal the cpu backend’s', () => {
  it.each(CASES.map((c) => [describeCase(c), c] as const))('%s', async (_, c) => {
    const dyShape = outShape(c);
    await expectSameOnBoth(() => {
      const x = tf.tensor4d(normal(c.x, 'x'), c.x);
      const filter = tf.tensor4d(normal(c.filter, 'filter'), c.filter);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const conv = (a: tf.Tensor, b: tf.Tensor): tf.Tensor =>
        tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad, 'NHWC', 1, c.rounding);
      return tf.grads(conv)([x, filter], dy);
    }, ['dx (Conv2DBackpropInput)', 'dfilter (Conv2DBackpropFilter)']);
  });

  it('computes the filter gradient of NCHW data (kernel called directly)', async () => {
    const c = CASES[2];
    const xShape = [c.x[0], c.x[3], c.x[1], c.x[2]];
    const dyShape = outShape({ ...c, x: xShape as Case['x'] }, 'channelsFirst');
    await expectSameOnBoth(() => {
      const x = tf.tensor(normal(xShape, 'x'), xShape);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const attrs = { strides: c.strides, pad: c.pad, dataFormat: 'NCHW', filterShape: c.filter };
      return [runKernel('Conv2DBackpropFilter', { x, dy }, attrs)];
    }, ['dfilter (NCHW)']);
  });

  // TF.js's Conv2D gradient drops dimRoundingMode, so a convolution rounded
  // up is checked by calling the kernel with the rounding mode itself.
  it('honours dimRoundingMode "ceil" (kernel called directly)', async () => {
    const c: Case = { x: [2, 8, 8, 2], filter: [3, 3, 2, 2], strides: 2, pad: 1, rounding: 'ceil' };
    const dyShape = outShape(c);
    expect(dyShape).toEqual([2, 5, 5, 2]);
    await expectSameOnBoth(() => {
      const x = tf.tensor(normal(c.x, 'x'), c.x);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const attrs = { ...c, dataFormat: 'NHWC', dimRoundingMode: 'ceil', filterShape: c.filter };
      return [runKernel('Conv2DBackpropFilter', { x, dy }, attrs)];
    }, ['dfilter (ceil)']);
  });

  it('adds up chunks of examples when the patches exceed the limit', async () => {
    // 7 examples of 3·3·2 × 6·6 patch elements, at most 2 examples (1,296) at a time: 4 chunks.
    const c: Case = { x: [7, 6, 6, 2], filter: [3, 3, 2, 3], strides: 1, pad: 'same' };
    const chunked = conv2dBackpropFilterConfig(tf, 1300);
    const dyShape = outShape(c);
    await expectSameOnBoth(() => {
      const x = tf.tensor(normal(c.x, 'x'), c.x);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const attrs = { ...c, dataFormat: 'NHWC', filterShape: c.filter };
      if (tf.getBackend() === 'cpu') return [runKernel('Conv2DBackpropFilter', { x, dy }, attrs)];
      const info = chunked.kernelFunc({ inputs: { x, dy }, backend: tf.backend(), attrs });
      return [tf.engine().makeTensorFromTensorInfo(info as tf.TensorInfo)];
    }, ['dfilter (4 chunks)']);
  });

  it('refuses a dy that is not the convolution’s output shape', () => {
    const x = tf.zeros([1, 8, 8, 2]);
    const dy = tf.zeros([1, 5, 5, 2]);
    const attrs = { strides: 2, pad: 1, dataFormat: 'NHWC', filterShape: [3, 3, 2, 2] };
    expect(() => runKernel('Conv2DBackpropFilter', { x, dy }, attrs as never)).toThrow(
      "Conv2DBackpropFilter: dy has shape [1, 5, 5, 2], the convolution's output is [1, 4, 4, 2]",
    );
    tf.dispose([x, dy]);
  });

  it('refuses int32 data with the kernel’s name', () => {
    const x = tf.zeros([1, 3, 3, 1], 'int32');
    const dy = tf.zeros([1, 1, 1, 1], 'int32');
    const attrs = { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [3, 3, 1, 1] };
    expect(() => runKernel('Conv2DBackpropFilter', { x, dy }, attrs as never)).toThrow(
      'Conv2DBackpropFilter on the wasm backend needs float32 inputs, got int32',
    );
    tf.dispose([x, dy]);
  });
});
