/**
 * Gradient kernels for the TF.js WebAssembly backend (tfjs-backend-wasm
 * 4.22), so that models train on it with `model.fit`: the ones it lacks —
 * for convolutions (Conv2D, Conv1D, SeparableConv2D, Conv2DTranspose),
 * depthwise convolutions and embeddings — and a correct MaxPoolGrad in
 * place of its own. Batch normalisation's, average pooling's and the
 * recurrent layers' gradients run on wasm's own kernels.
 */
import type { KernelConfig, KernelFunc } from '@tensorflow/tfjs';
import { conv2dBackpropFilterConfig } from './conv2d.js';
import { depthwiseBackpropFilterConfig, depthwiseBackpropInputConfig } from './depthwise.js';
import type { Tf } from './heap.js';
import { maxPoolGradConfig } from './pooling.js';
import { unsortedSegmentSumConfig } from './segments.js';

/** The kernels wasm lacks, added when absent. */
const MISSING = {
  Conv2DBackpropFilter: conv2dBackpropFilterConfig,
  DepthwiseConv2dNativeBackpropFilter: depthwiseBackpropFilterConfig,
  DepthwiseConv2dNativeBackpropInput: depthwiseBackpropInputConfig,
  UnsortedSegmentSum: unsortedSegmentSumConfig,
} as const;

/** The kernels wasm has but gets wrong, replaced. */
const REPLACED = { MaxPoolGrad: maxPoolGradConfig } as const;

/** Every kernel name this module registers for 'wasm'. */
export const WASM_GRADIENT_KERNELS = [...Object.keys(MISSING), ...Object.keys(REPLACED)];

const ours = new WeakSet<KernelFunc>();

/**
 * Registers the gradient kernels for the 'wasm' backend in TF.js's
 * process-wide kernel registry. Idempotent: a kernel this module already
 * registered, or a missing one that a later tfjs-backend-wasm provides, is
 * left as it is. Returns the names registered by this call.
 */
export function registerWasmGradients(tf: Tf): string[] {
  const registered: string[] = [];
  const register = (config: KernelConfig): void => {
    ours.add(config.kernelFunc);
    tf.registerKernel(config);
    registered.push(config.kernelName);
  };
  for (const [name, build] of Object.entries(MISSING)) {
    if (tf.getKernel(name, 'wasm') == null) register(build(tf));
  }
  for (const [name, build] of Object.entries(REPLACED)) {
    const current = tf.getKernel(name, 'wasm');
    if (current != null && ours.has(current.kernelFunc)) continue;
    if (current != null) tf.unregisterKernel(name, 'wasm');
    register(build(tf));
  }
  return registered;
}
