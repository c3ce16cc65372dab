/**
 * Conv2DBackpropFilter for the wasm backend: the filter gradient of a 2-D
 * convolution, which tfjs-backend-wasm 4.22 lacks. The input patches are
 * laid out as columns in plain JS (a copy), and the contraction over the
 * batch and output positions — all the arithmetic — is one BatchMatMul on
 * the wasm backend. The columns are written already transposed: wasm's
 * BatchMatMul with transposeA is 15× slower than without.
 */
import type { Conv2DBackpropFilterAttrs, KernelConfig, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { expectOutputShape, floats, view, type Tf } from './heap.js';

const KERNEL = 'Conv2DBackpropFilter';

/** The kernel config, built on the caller's TF.js copy. */
export function conv2dBackpropFilterConfig(tf: Tf): KernelConfig {
  const matMul = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (matMul == null || transpose == null) {
    throw new Error(`${KERNEL} needs the wasm BatchMatMul and Transpose kernels`);
  }
  return {
    kernelName: KERNEL,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const wasm = backend as BackendWasm;
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const { strides, pad, dataFormat, dimRoundingMode, filterShape } =
        attrs as unknown as Conv2DBackpropFilterAttrs;
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number],
        filterShape,
        strides,
        1,
        pad,
        dimRoundingMode,
        false,
        tf.backend_util.convertConv2DDataFormat(dataFormat),
      );
      expectOutputShape(KERNEL, dy, info.outShape);
      const channelsLast = info.dataFormat === 'channelsLast';
      const { batchSize, inChannels, outHeight, outWidth, outChannels } = info;
      const rows = batchSize * outHeight * outWidth;
      const columns = info.filterHeight * info.filterWidth * inChannels;

      // The matrix product wants dy as [positions, outChannels].
      const dyRows = channelsLast
        ? view(dy, [1, rows, outChannels])
        : view(
            transpose.kernelFunc({
              inputs: { x: dy },
              backend,
              attrs: { perm: [0, 2, 3, 1] },
            }) as TensorInfo,
            [1, rows, outChannels],
          );
      const patches = wasm.makeOutput([1, columns, rows], 'float32');
      im2col(floats(wasm, x, KERNEL), floats(wasm, patches, KERNEL), info, channelsLast);
      // Row k of the patches is filter element k of [height, width, in]: the
      // product [columns, outChannels] is the filter gradient in its own layout.
      const product = matMul.kernelFunc({
        inputs: { a: patches, b: dyRows },
        backend,
        attrs: { transposeA: false, transposeB: false },
      }) as TensorInfo;
      wasm.disposeData(patches.dataId);
      if (!channelsLast) wasm.disposeData(dyRows.dataId);
      return view(product, [...info.filterShape]);
    },
  };
}

/**
 * Column (n, i, j) holds the input pixels filter elements (a, b, c) see at
 * output (i, j) of example n, one per row; pixels in the padding read 0.
 * Written row by row, in order, so every element is written once.
 */
function im2col(
  x: Float32Array,
  patches: Float32Array,
  info: ReturnType<Tf['backend_util']['computeConv2DInfo']>,
  channelsLast: boolean,
): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const { dilationHeight, dilationWidth } = info;
  const { top, left } = info.padInfo;
  // Offsets of one step along row, column and channel of x.
  const [rowStep, colStep, channelStep] = channelsLast
    ? [inWidth * inChannels, inChannels, 1]
    : [inWidth, 1, inHeight * inWidth];
  const exampleStep = inHeight * inWidth * inChannels;
  let k = 0;
  for (let a = 0; a < filterHeight; a++) {
    for (let b = 0; b < filterWidth; b++) {
      for (let ch = 0; ch < inChannels; ch++) {
        for (let n = 0; n < batchSize; n++) {
          for (let i = 0; i < outHeight; i++) {
            const r = i * strideHeight + a * dilationHeight - top;
            const inside = r >= 0 && r < inHeight;
            const base = n * exampleStep + r * rowStep + ch * channelStep;
            for (let j = 0; j < outWidth; j++, k++) {
              const c = j * strideWidth + b * dilationWidth - left;
              patches[k] = inside && c >= 0 && c < inWidth ? x[base + c * colStep] : 0;
            }
          }
        }
      }
    }
  }
}
