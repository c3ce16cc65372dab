/**
 * What the wasm gradient kernels share: typed views on the WebAssembly heap
 * (no copies), outputs allocated there, and a clear refusal of what a
 * kernel does not handle.
 */
import type { TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** The TF.js module the kernels are registered with (the caller's copy). */
export type Tf = typeof import('@tensorflow/tfjs');

/** The float32 data of a tensor, read in place on the wasm heap. */
export function floats(backend: BackendWasm, info: TensorInfo, kernel: string): Float32Array {
  if (info.dtype !== 'float32') {
    throw new Error(`${kernel} on the wasm backend needs float32 inputs, got ${info.dtype}`);
  }
  return backend.typedArrayFromHeap(info) as Float32Array;
}

/**
 * A zero-filled output of the given shape. A view taken before a later
 * allocation may be stale (the heap can grow), so callers take their views
 * after the last allocation.
 */
export function zeros(
  backend: BackendWasm,
  shape: number[],
  dtype: 'float32' | 'int32' = 'float32',
): TensorInfo {
  const out = backend.makeOutput(shape, dtype);
  backend.typedArrayFromHeap(out).fill(0);
  return out;
}

/** The same data under another shape, without a copy (and without a new reference). */
export function view(info: TensorInfo, shape: number[]): TensorInfo {
  return { dataId: info.dataId, shape, dtype: info.dtype };
}

/**
 * Refuses a dy whose shape is not the convolution's output shape. (TF.js's
 * Conv2D gradient drops `dimRoundingMode`, so a convolution rounded up gets
 * a dy larger than the shape its gradient recomputes.)
 */
export function expectOutputShape(kernel: string, dy: TensorInfo, outShape: number[]): void {
  if (dy.shape.join() !== outShape.join()) {
    throw new Error(
      `${kernel}: dy has shape [${dy.shape.join(', ')}], the convolution's output is ` +
        `[${outShape.join(', ')}] (a dimRoundingMode the gradient lost?)`,
    );
  }
}
