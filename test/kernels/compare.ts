/**
 * Runs one computation on the wasm backend and on the cpu backend in the
 * same process (inputs built from the same arrays on each) and compares the
 * results: |wasm − cpu| ≤ 1e-4 + 1e-4·|cpu| element-wise.
 */
import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';
import { Rng } from '../../src/stats/rng.js';

export const ABSOLUTE = 1e-4;
export const RELATIVE = 1e-4;

/** Standard-normal float32 values for a shape, from a seeded stream. */
export function normal(shape: number[], ...labels: (string | number)[]): Float32Array {
  const rng = Rng.stream(7, ...labels, shape.join('x'));
  return Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal());
}

/**
 * The computation's outputs, read back, on the current backend. Every tensor
 * it makes — and every buffer its kernels allocate inside the backend — is
 * gone afterwards.
 */
export function runChecked(compute: () => tf.Tensor[]): Float32Array[] {
  const tensorsBefore = tf.memory().numTensors;
  const buffersBefore = tf.backend().numDataIds();
  const values = tf.tidy(() => compute().map((t) => Float32Array.from(t.dataSync())));
  expect(tf.memory().numTensors, 'tensors left behind').toBe(tensorsBefore);
  expect(tf.backend().numDataIds(), 'backend buffers left behind').toBe(buffersBefore);
  return values;
}

/** The computation on wasm, then on cpu; the backend is wasm again afterwards. */
export async function onBoth(
  compute: () => tf.Tensor[],
): Promise<{ wasm: Float32Array[]; cpu: Float32Array[] }> {
  expect(tf.getBackend()).toBe('wasm');
  const wasm = runChecked(compute);
  await tf.setBackend('cpu');
  try {
    return { wasm, cpu: runChecked(compute) };
  } finally {
    await tf.setBackend('wasm');
  }
}

/** Element-wise |actual − expected| ≤ ABSOLUTE + RELATIVE·|expected|, naming the worst element. */
export function expectClose(actual: Float32Array, expected: Float32Array, what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < actual.length; i++) {
    const excess =
      Math.abs(actual[i] - expected[i]) - (ABSOLUTE + RELATIVE * Math.abs(expected[i]));
    if (!(excess <= worstExcess)) {
      worst = i;
      worstExcess = Number.isNaN(excess) ? Infinity : excess;
    }
  }
  expect(
    worst,
    worst < 0 ? what : `${what}: element ${worst} is ${actual[worst]}, expected ${expected[worst]}`,
  ).toBe(-1);
}

/** Compares every output of a computation between wasm and cpu. */
export async function expectSameOnBoth(compute: () => tf.Tensor[], names: string[]): Promise<void> {
  const { wasm, cpu } = await onBoth(compute);
  expect(wasm.length).toBe(names.length);
  names.forEach((name, k) => {
    // Gradients that are all zero would compare equal whatever the kernel did.
    expect(
      cpu[k].some((v) => v !== 0),
      `${name}: the reference is all zeros`,
    ).toBe(true);
    expectClose(wasm[k], cpu[k], name);
  });
}

/** One kernel called directly, by name, on the current backend. */
export function runKernel(name: string, inputs: tf.NamedTensorMap, attrs: object): tf.Tensor {
  return tf.engine().runKernel<tf.Tensor>(name, inputs, attrs as tf.NamedAttrMap);
}
