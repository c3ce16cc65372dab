/**
 * A layer's initializers, read from the layer (types only: no TF.js is loaded for this, so an
 * ONNX run's plan does not load it).
 */
import type * as tf from '@tensorflow/tfjs';

export type Initializer = tf.serialization.Serializable & {
  apply(shape: number[], dtype?: tf.DataType): tf.Tensor;
  getConfig(): tf.serialization.ConfigDict;
};

/** The layer attribute that holds the initializer of a weight, by the weight's short name. */
const INITIALIZER_OF: Record<string, string> = {
  kernel: 'kernelInitializer',
  bias: 'biasInitializer',
  recurrent_kernel: 'recurrentInitializer',
  gamma: 'gammaInitializer',
  beta: 'betaInitializer',
  moving_mean: 'movingMeanInitializer',
  moving_variance: 'movingVarianceInitializer',
  embeddings: 'embeddingsInitializer',
  depthwise_kernel: 'depthwiseInitializer',
  pointwise_kernel: 'pointwiseInitializer',
  alpha: 'alphaInitializer',
};

/**
 * Why a layer cannot be re-initialised, or undefined when it can: it needs
 * weights, and an initializer for each of them.
 */
export function reinitProblem(layer: tf.layers.Layer): string | undefined {
  if (layer.weights.length === 0) return 'the layer has no weights';
  for (const weight of layer.weights) {
    if (findInitializer(layer, weight.originalName) === undefined) {
      return `no initializer is known for weight "${weight.originalName}"`;
    }
  }
  return undefined;
}

export function findInitializer(
  layer: tf.layers.Layer,
  weightName: string,
): Initializer | undefined {
  const shortName = weightName.split('/').pop() ?? weightName;
  const attribute = INITIALIZER_OF[shortName];
  if (attribute === undefined) return undefined;
  // Recurrent layers keep their initializers on their cell.
  const holders = [layer, (layer as unknown as { cell?: object }).cell];
  for (const holder of holders) {
    const candidate = (holder as Record<string, unknown> | undefined)?.[attribute];
    if (isInitializer(candidate)) return candidate;
  }
  return undefined;
}

function isInitializer(value: unknown): value is Initializer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Initializer).apply === 'function' &&
    typeof (value as Initializer).getConfig === 'function'
  );
}
