/**
 * UnsortedSegmentSum for the wasm backend, which tfjs-backend-wasm 4.22
 * lacks: the gradient of a gather (an Embedding layer's lookup) adds the
 * rows of dy that share an index.
 */
import type { KernelConfig, TensorInfo, UnsortedSegmentSumAttrs } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { zeros } from './heap.js';

const KERNEL = 'UnsortedSegmentSum';

/**
 * out[s, …] = Σ over positions p with segmentIds[p] = s of x[p, …]; ids
 * outside [0, numSegments) are dropped, as in TensorFlow. segmentIds may
 * have any rank; it indexes the leading dimensions of x.
 */
export function unsortedSegmentSumConfig(): KernelConfig {
  return {
    kernelName: KERNEL,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const wasm = backend as BackendWasm;
      const { x, segmentIds } = inputs as { x: TensorInfo; segmentIds: TensorInfo };
      const { numSegments } = attrs as unknown as UnsortedSegmentSumAttrs;
      if (x.dtype !== 'float32' && x.dtype !== 'int32') {
        throw new Error(
          `${KERNEL} on the wasm backend needs float32 or int32 data, got ${x.dtype}`,
        );
      }
      const inner = x.shape.slice(segmentIds.shape.length);
      const width = inner.reduce((a, b) => a * b, 1);
      const result = zeros(wasm, [numSegments, ...inner], x.dtype);
      const sums = wasm.typedArrayFromHeap(result);
      const values = wasm.typedArrayFromHeap(x);
      const ids = wasm.typedArrayFromHeap(segmentIds);
      for (let p = 0; p < ids.length; p++) {
        const s = ids[p];
        if (s < 0 || s >= numSegments) continue;
        for (let q = 0; q < width; q++) sums[s * width + q] += values[p * width + q];
      }
      return result;
    },
  };
}
