/**
 * Depthwise Conv2D's gradients on wasm (both registered by
 * src/backend/gradients) against the cpu backend's. TF.js refuses gradients
 * of dilated depthwise convolutions and the cpu kernels ignore dilations,
 * so dilated cases call the kernels directly and compare with the cpu
 * kernels run on the equivalent undilated filter (zeros between the taps).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasm } from '../helpers/backend.js';
import { expectClose, expectSameOnBoth, normal, onBoth, runKernel } from './compare.js';

type Pad = 'same' | 'valid' | tf.backend_util.ExplicitPadding;
interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: Pad;
}

const CASES: Case[] = [
  { x: [2, 7, 7, 3], filter: [3, 3, 3, 1], strides: 1, pad: 'same' },
  { x: [2, 8, 8, 2], filter: [3, 3, 2, 2], strides: 1, pad: 'valid' },
  { x: [1, 9, 7, 2], filter: [2, 3, 2, 3], strides: [2, 1], pad: 'same' },
  { x: [3, 6, 6, 4], filter: [3, 3, 4, 1], strides: 2, pad: 'valid' },
  {
    x: [2, 7, 6, 2],
    filter: [3, 2, 2, 2],
    strides: 2,
    pad: [
      [0, 0],
      [2, 1],
      [1, 0],
      [0, 0],
    ],
  },
  { x: [16, 8, 8, 8], filter: [3, 3, 8, 2], strides: 1, pad: 'same' },
];

const DILATED: (Case & { dilations: [number, number] })[] = [
  { x: [2, 9, 9, 2], filter: [3, 3, 2, 2], strides: 1, pad: 'same', dilations: [2, 2] },
  { x: [2, 10, 8, 3], filter: [2, 3, 3, 1], strides: 1, pad: 'valid', dilations: [3, 2] },
];

function outShape(c: Case, dilations: [number, number] = [1, 1]): number[] {
  return tf.backend_util.computeConv2DInfo(
    c.x,
    c.filter,
    c.strides,
    dilations,
    c.pad,
    undefined,
    true,
  ).outShape;
}

const describeCase = (c: Case): string =>
  `x ${c.x.join('×')}, filter ${c.filter.join('×')}, strides ${String(c.strides)}, pad ${JSON.stringify(c.pad)}`;

beforeAll(useWasm);

describe('depthwise Conv2D gradients on wasm equal the cpu backend’s', () => {
  it.each(CASES.map((c) => [describeCase(c), c] as const))('%s', async (_, c) => {
    const dyShape = outShape(c);
    await expectSameOnBoth(() => {
      const x = tf.tensor4d(normal(c.x, 'x'), c.x);
      const filter = tf.tensor4d(normal(c.filter, 'filter'), c.filter);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const conv = (a: tf.Tensor, b: tf.Tensor): tf.Tensor =>
        tf.depthwiseConv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.strides, c.pad);
      return tf.grads(conv)([x, filter], dy);
    }, [
      'dx (DepthwiseConv2dNativeBackpropInput)',
      'dfilter (DepthwiseConv2dNativeBackpropFilter)',
    ]);
  });
});

/** The undilated filter shape covering the same taps. */
const spread = (f: number[], d: [number, number]): [number, number, number, number] => [
  (f[0] - 1) * d[0] + 1,
  (f[1] - 1) * d[1] + 1,
  f[2],
  f[3],
];

describe('dilated depthwise gradients on wasm equal the cpu kernels on the spread filter', () => {
  it.each(
    DILATED.map((c) => [`${describeCase(c)}, dilations ${c.dilations.join('×')}`, c] as const),
  )('%s', async (_, c) => {
    const dyShape = outShape(c, c.dilations);
    const wide = spread(c.filter, c.dilations);
    expect(outShape({ ...c, filter: wide })).toEqual(dyShape);
    const [fh, fw, channels, multiplier] = c.filter;
    const filter = normal(c.filter, 'filter');
    // The spread filter: the dilated taps at rows a·d, columns b·d, zeros between.
    const wideFilter = new Float32Array(wide.reduce((a, b) => a * b, 1));
    const tap = channels * multiplier;
    for (let a = 0; a < fh; a++)
      for (let b = 0; b < fw; b++) {
        const at = (a * c.dilations[0] * wide[1] + b * c.dilations[1]) * tap;
        wideFilter.set(filter.subarray((a * fw + b) * tap, (a * fw + b + 1) * tap), at);
      }
    const { wasm } = await onBoth(() => {
      const x = tf.tensor(normal(c.x, 'x'), c.x);
      const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
      const w = tf.tensor(filter, c.filter);
      const attrs = { strides: c.strides, pad: c.pad, dilations: c.dilations };
      return [
        runKernel(
          'DepthwiseConv2dNativeBackpropInput',
          { dy, filter: w },
          {
            ...attrs,
            inputShape: c.x,
          },
        ),
        runKernel(
          'DepthwiseConv2dNativeBackpropFilter',
          { x, dy },
          {
            ...attrs,
            filterShape: c.filter,
          },
        ),
      ];
    });
    await tf.setBackend('cpu');
    try {
      const [dx, dWide] = tf.tidy(() => {
        const x = tf.tensor(normal(c.x, 'x'), c.x);
        const dy = tf.tensor(normal(dyShape, 'dy'), dyShape);
        const w = tf.tensor(wideFilter, wide);
        const attrs = { strides: c.strides, pad: c.pad, dilations: 1 };
        return [
          runKernel(
            'DepthwiseConv2dNativeBackpropInput',
            { dy, filter: w },
            {
              ...attrs,
              inputShape: c.x,
            },
          ),
          runKernel(
            'DepthwiseConv2dNativeBackpropFilter',
            { x, dy },
            {
              ...attrs,
              filterShape: wide,
            },
          ),
        ].map((t) => Float32Array.from(t.dataSync()));
      });
      const dFilter = new Float32Array(filter.length);
      for (let a = 0; a < fh; a++)
        for (let b = 0; b < fw; b++) {
          const at = (a * c.dilations[0] * wide[1] + b * c.dilations[1]) * tap;
          dFilter.set(dWide.subarray(at, at + tap), (a * fw + b) * tap);
        }
      expectClose(wasm[0], dx, 'dx (dilated)');
      expectClose(wasm[1], dFilter, 'dfilter (dilated)');
    } finally {
      await tf.setBackend('wasm');
    }
  });
});
