/** registerWasmGradients: what it registers, once, when the wasm backend starts. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmGradients, WASM_GRADIENT_KERNELS } from '../../src/backend/gradients/index.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

describe('registerWasmGradients', () => {
  it('has registered every kernel for wasm when the backend was selected', () => {
    expect([...WASM_GRADIENT_KERNELS].sort()).toEqual([
      'Conv2DBackpropFilter',
      'DepthwiseConv2dNativeBackpropFilter',
      'DepthwiseConv2dNativeBackpropInput',
      'MaxPoolGrad',
      'UnsortedSegmentSum',
    ]);
    for (const name of WASM_GRADIENT_KERNELS) expect(tf.getKernel(name, 'wasm')).toBeDefined();
  });

  it('is idempotent: a second call registers nothing and keeps the same kernels', () => {
    const before = WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm').kernelFunc);
    expect(registerWasmGradients(tf)).toEqual([]);
    expect(WASM_GRADIENT_KERNELS.map((name) => tf.getKernel(name, 'wasm').kernelFunc)).toEqual(
      before,
    );
  });

  it('registers nothing for the cpu backend', () => {
    for (const name of ['Conv2DBackpropFilter', 'MaxPoolGrad']) {
      expect(tf.getKernel(name, 'cpu').kernelFunc).not.toBe(tf.getKernel(name, 'wasm').kernelFunc);
    }
  });
});
