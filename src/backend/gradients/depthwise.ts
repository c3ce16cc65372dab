/**
 * The two gradients of a depthwise 2-D convolution for the wasm backend
 * (DepthwiseConv2dNativeBackpropFilter and …BackpropInput), which
 * tfjs-backend-wasm 4.22 lacks. Each output channel reads one input channel,
 * so there is no matrix product to hand to wasm: both are direct loops over
 * the heap views, as many multiply-adds as the forward convolution. Unlike
 * the cpu backend's versions, they honour dilations.
 */
import type {
  DepthwiseConv2dNativeBackpropFilterAttrs,
  DepthwiseConv2dNativeBackpropInputAttrs,
  KernelConfig,
  TensorInfo,
} from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { expectOutputShape, floats, zeros, type Tf } from './heap.js';

type ConvInfo = ReturnType<Tf['backend_util']['computeConv2DInfo']>;

/**
 * Calls `visit(xOffset, yOffset, filterOffset)` for every (example, output
 * pixel, filter tap) whose tap falls inside the input; the offsets point at
 * channel 0 of x (NHWC), of dy and of the filter.
 */
function forEachTap(
  info: ConvInfo,
  visit: (xOffset: number, yOffset: number, filterOffset: number) => void,
): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const { dilationHeight, dilationWidth } = info;
  const { top, left } = info.padInfo;
  for (let n = 0; n < batchSize; n++) {
    for (let i = 0; i < outHeight; i++) {
      for (let j = 0; j < outWidth; j++) {
        const yOffset = ((n * outHeight + i) * outWidth + j) * outChannels;
        for (let a = 0; a < filterHeight; a++) {
          const r = i * strideHeight + a * dilationHeight - top;
          if (r < 0 || r >= inHeight) continue;
          for (let b = 0; b < filterWidth; b++) {
            const c = j * strideWidth + b * dilationWidth - left;
            if (c < 0 || c >= inWidth) continue;
            const xOffset = ((n * inHeight + r) * inWidth + c) * inChannels;
            visit(xOffset, yOffset, (a * filterWidth + b) * outChannels);
          }
        }
      }
    }
  }
}

/** DepthwiseConv2dNativeBackpropFilter: dW[a, b, c, k] = Σ x(tap) · dy[…, c·m + k]. */
export function depthwiseBackpropFilterConfig(tf: Tf): KernelConfig {
  const kernel = 'DepthwiseConv2dNativeBackpropFilter';
  return {
    kernelName: kernel,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const wasm = backend as BackendWasm;
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const { strides, dilations, pad, dimRoundingMode, filterShape } =
        attrs as unknown as DepthwiseConv2dNativeBackpropFilterAttrs;
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number],
        filterShape,
        strides,
        dilations,
        pad,
        dimRoundingMode,
        true,
      );
      expectOutputShape(kernel, dy, info.outShape);
      const { inChannels, outChannels } = info;
      const multiplier = outChannels / inChannels;
      // Each filter element sums over every example and output pixel: in
      // doubles, as the cpu backend does, not in the float32 output.
      const sums = new Float64Array(info.filterHeight * info.filterWidth * outChannels);
      const out = wasm.makeOutput([...info.filterShape], 'float32');
      const [xs, dys] = [floats(wasm, x, kernel), floats(wasm, dy, kernel)];
      forEachTap(info, (xOffset, yOffset, filterOffset) => {
        for (let c = 0, o = 0; c < inChannels; c++) {
          const pixel = xs[xOffset + c];
          for (let k = 0; k < multiplier; k++, o++)
            sums[filterOffset + o] += pixel * dys[yOffset + o];
        }
      });
      floats(wasm, out, kernel).set(sums);
      return out;
    },
  };
}

/** DepthwiseConv2dNativeBackpropInput: dx(tap)[c] += Σ_k dy[…, c·m + k] · w[a, b, c, k]. */
export function depthwiseBackpropInputConfig(tf: Tf): KernelConfig {
  const kernel = 'DepthwiseConv2dNativeBackpropInput';
  return {
    kernelName: kernel,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const wasm = backend as BackendWasm;
      const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
      const { strides, dilations, pad, dimRoundingMode, inputShape } =
        attrs as unknown as DepthwiseConv2dNativeBackpropInputAttrs;
      const info = tf.backend_util.computeConv2DInfo(
        inputShape,
        filter.shape as [number, number, number, number],
        strides,
        dilations,
        pad,
        dimRoundingMode,
        true,
      );
      expectOutputShape(kernel, dy, info.outShape);
      const { inChannels, outChannels } = info;
      const multiplier = outChannels / inChannels;
      const out = zeros(wasm, [...info.inShape]);
      const [dx, dys, ws] = [
        floats(wasm, out, kernel),
        floats(wasm, dy, kernel),
        floats(wasm, filter, kernel),
      ];
      // An input pixel gathers at most filterHeight·filterWidth·multiplier
      // terms: float32 accumulation is as exact as the forward pass.
      forEachTap(info, (xOffset, yOffset, filterOffset) => {
        for (let c = 0, o = 0; c < inChannels; c++) {
          let sum = 0;
          for (let k = 0; k < multiplier; k++, o++) sum += dys[yOffset + o] * ws[filterOffset + o];
          dx[xOffset + c] += sum;
        }
      });
      return out;
    },
  };
}
