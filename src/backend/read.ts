import * as tf from '@tensorflow/tfjs';

/** What the WebAssembly backend keeps of a tensor (its fields, not part of TF.js's typed API). */
interface WasmBackendLike {
  wasm?: { HEAPU8?: Uint8Array };
  dataIdMap?: { get(dataId: object): { memoryOffset?: number; dtype?: string } | undefined };
}

/**
 * Copies a float32 tensor's values into `target` at `offset`. On the
 * WebAssembly backend it reads the backend's memory in place, one copy and
 * no allocation (`dataSync` allocates a fresh buffer each time, which at
 * hundreds of megabytes per run costs more than the copy); elsewhere, or if
 * the backend's fields are not as expected, it goes through `dataSync`.
 */
export function readInto(tensor: tf.Tensor, target: Float32Array, offset = 0): void {
  const backend = tf.backend() as unknown as WasmBackendLike;
  const heap = tf.getBackend() === 'wasm' ? backend.wasm?.HEAPU8 : undefined;
  const info = heap === undefined ? undefined : backend.dataIdMap?.get(tensor.dataId);
  if (heap !== undefined && info?.dtype === 'float32' && typeof info.memoryOffset === 'number') {
    target.set(
      new Float32Array(heap.buffer, heap.byteOffset + info.memoryOffset, tensor.size),
      offset,
    );
    return;
  }
  target.set(tensor.dataSync(), offset);
}
