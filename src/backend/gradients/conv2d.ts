/**
 * Conv2DBackpropFilter for the wasm backend: the filter gradient of a 2-D
 * convolution, which tfjs-backend-wasm 4.22 lacks. The input patches are
 * laid out as columns in plain JS (a copy), and the contraction over the
 * batch and output positions — all the arithmetic — is one BatchMatMul on
 * the wasm backend. The columns are written already transposed: wasm's
 * BatchMatMul with transposeA is 15× slower than without. Large batches
 * go in chunks of examples, so the patches stay under PATCH_LIMIT floats.
 */
import type { Conv2DBackpropFilterAttrs, KernelConfig, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { expectOutputShape, floats, view, type Tf } from './heap.js';

const KERNEL = 'Conv2DBackpropFilter';

/** The most patch elements laid out at once (64 MB of float32). */
const PATCH_LIMIT = 1 << 24;

/**
 * The kernel config, built on the caller's TF.js copy; `patchLimit` is
 * lowered only by the test of the chunking.
 */
export function conv2dBackpropFilterConfig(tf: Tf, patchLimit = PATCH_LIMIT): KernelConfig {
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
      const positions = outHeight * outWidth;
      const chunk = Math.max(
        1,
        Math.min(batchSize, Math.floor(patchLimit / (columns * positions))),
      );
      let sums: Float64Array | undefined;
      let product: TensorInfo | undefined;
      for (let first = 0; first < batchSize; first += chunk) {
        const count = Math.min(chunk, batchSize - first);
        const patches = wasm.makeOutput([1, columns, count * positions], 'float32');
        const part =
          count === batchSize
            ? dyRows
            : wasm.makeOutput([1, count * positions, outChannels], 'float32');
        if (part !== dyRows) {
          const from = first * positions * outChannels;
          floats(wasm, part, KERNEL).set(
            floats(wasm, dyRows, KERNEL).subarray(from, from + count * positions * outChannels),
          );
        }
        im2col(
          floats(wasm, x, KERNEL),
          floats(wasm, patches, KERNEL),
          info,
          channelsLast,
          first,
          count,
        );
        // Row k of the patches is filter element k of [height, width, in]: the
        // product [columns, outChannels] is the filter gradient in its own layout.
        product = matMul.kernelFunc({
          inputs: { a: patches, b: part },
          backend,
          attrs: { transposeA: false, transposeB: false },
        }) as TensorInfo;
        wasm.disposeData(patches.dataId);
        if (part !== dyRows) wasm.disposeData(part.dataId);
        if (count < batchSize) {
          // Chunks add up in doubles; the last product becomes the output.
          sums ??= new Float64Array(columns * outChannels);
          const values = floats(wasm, product, KERNEL);
          for (let k = 0; k < values.length; k++) sums[k] += values[k];
          if (first + count < batchSize) wasm.disposeData(product.dataId);
        }
      }
      if (!channelsLast) wasm.disposeData(dyRows.dataId);
      if (sums !== undefined) floats(wasm, product!, KERNEL).set(sums);
      return view(product!, [...info.filterShape]);
    },
  };
}

/**
 * Column (n, i, j) holds the input pixels filter elements (a, b, c) see at
 * output (i, j) of example n (of the `count` from `first`), one per row;
 * pixels in the padding read 0.
 * Written row by row, in order, so every element is written once.
 */
function im2col(
  x: Float32Array,
  patches: Float32Array,
  info: ReturnType<Tf['backend_util']['computeConv2DInfo']>,
  channelsLast: boolean,
  first: number,
  count: number,
): void {
  const { inHeight, inWidth, inChannels, outHeight, outWidth } = info;
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
        for (let n = first; n < first + count; n++) {
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
