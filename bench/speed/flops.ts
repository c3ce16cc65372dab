import * as tf from '@tensorflow/tfjs';
import { median } from './process.js';

/**
 * Floating-point operations (a multiply-add counts 2) of one example through
 * the model's Dense and Conv2D layers, which dominate.
 */
export function forwardFlops(model: tf.LayersModel): number {
  let flops = 0;
  for (const layer of model.layers) {
    const kernel = layer.getWeights()[0] as tf.Tensor | undefined;
    if (kernel === undefined) continue;
    const shape = kernel.shape as number[];
    const out = layer.outputShape as number[];
    if (layer.getClassName() === 'Dense') flops += 2 * shape[0] * shape[1];
    if (layer.getClassName() === 'Conv2D') {
      // output positions × filters × (kernel h × kernel w × input channels)
      const [kh, kw, cin, cout] = shape;
      flops += 2 * out[1] * out[2] * cout * kh * kw * cin;
    }
  }
  return flops;
}

/**
 * The dense floating-point work of ablation-ci's plan for the wide suite:
 * one baseline pass; per feature, the product `(mask ⊙ w) · W2` over all
 * rows (n × 128 × 128 multiply-adds, shared by its repeats); per variant and
 * row, the first layer's side test (128), the second layer's update (128)
 * and the output layer (128 × 2). The few first-layer units per row whose
 * ReLU changes side add 128 multiply-adds each on top (data-dependent, not
 * counted: a lower bound).
 */
export function wideMinimalFlops(rows: number, features: number, variants: number): number {
  const above = 128 * 128 + 128 * 2;
  const baseline = 2 * rows * (features * 128 + above);
  const products = features * 2 * rows * 128 * 128;
  return baseline + products + variants * 2 * rows * (128 + 128 + 128 * 2);
}

/** The wide suite's work as a rank-one plan: per variant the first layer updated, the layers above in full. */
export function wideRankOneFlops(rows: number, features: number, variants: number): number {
  const above = 128 * 128 + 128 * 2;
  return 2 * rows * (features * 128 + above) + variants * 2 * rows * (128 + above);
}

/** The wide suite's work as the loop does it: every variant a full pass. */
export function wideLoopFlops(rows: number, features: number, variants: number): number {
  return variants * 2 * rows * (features * 128 + 128 * 128 + 128 * 2);
}

/**
 * The current backend's matrix-product rate, GFLOP/s: a [rows × 128] by
 * [128 × 128] product (the wide MLP's hidden layer at the suite's rows),
 * median of 5 after a warm-up.
 */
export function matmulRate(rows: number): number {
  const a = tf.randomNormal([rows, 128], 0, 1, 'float32', 1);
  const b = tf.randomNormal([128, 128], 0, 1, 'float32', 2);
  const once = (): number => {
    const started = performance.now();
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
    return (performance.now() - started) / 1000;
  };
  once();
  const seconds = median(Array.from({ length: 5 }, once));
  a.dispose();
  b.dispose();
  return (2 * rows * 128 * 128) / seconds / 1e9;
}
