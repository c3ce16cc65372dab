/**
 * MaxPoolGrad for the wasm backend, replacing tfjs-backend-wasm 4.22's own,
 * which gives no gradient to a window whose maximum is negative (so a
 * max-pool after batch normalisation learns from half its windows). Each
 * window's gradient goes to its first largest input in row-major order,
 * as on the cpu backend; padding is never the maximum.
 */
import type { KernelConfig, MaxPoolGradAttrs, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { expectOutputShape, floats, zeros, type Tf } from './heap.js';

const KERNEL = 'MaxPoolGrad';

export function maxPoolGradConfig(tf: Tf): KernelConfig {
  return {
    kernelName: KERNEL,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const wasm = backend as BackendWasm;
      const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
      const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
      const info = tf.backend_util.computePool2DInfo(
        input.shape as [number, number, number, number],
        filterSize,
        strides,
        1,
        pad,
        dimRoundingMode,
      );
      expectOutputShape(KERNEL, dy, info.outShape);
      const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
      const { strideHeight, strideWidth, filterHeight, filterWidth } = info;
      const { top, left } = info.padInfo;
      const out = zeros(wasm, [...input.shape]);
      const [dx, xs, dys] = [
        floats(wasm, out, KERNEL),
        floats(wasm, input, KERNEL),
        floats(wasm, dy, KERNEL),
      ];
      const best = new Float32Array(channels);
      const at = new Int32Array(channels);
      let yOffset = 0;
      for (let n = 0; n < batchSize; n++) {
        for (let i = 0; i < outHeight; i++) {
          const r0 = i * strideHeight - top;
          const [rowFrom, rowTo] = [Math.max(0, r0), Math.min(inHeight, r0 + filterHeight)];
          for (let j = 0; j < outWidth; j++, yOffset += channels) {
            const c0 = j * strideWidth - left;
            const [colFrom, colTo] = [Math.max(0, c0), Math.min(inWidth, c0 + filterWidth)];
            best.fill(-Infinity);
            at.fill(-1);
            for (let r = rowFrom; r < rowTo; r++) {
              for (let c = colFrom; c < colTo; c++) {
                const xOffset = ((n * inHeight + r) * inWidth + c) * channels;
                for (let ch = 0; ch < channels; ch++) {
                  if (xs[xOffset + ch] > best[ch]) {
                    best[ch] = xs[xOffset + ch];
                    at[ch] = xOffset + ch;
                  }
                }
              }
            }
            for (let ch = 0; ch < channels; ch++) if (at[ch] >= 0) dx[at[ch]] += dys[yOffset + ch];
          }
        }
      }
      return out;
    },
  };
}
