import * as tf from '@tensorflow/tfjs';
import { Rng } from '../stats/rng.js';

type Initializer = tf.serialization.Serializable & {
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

/**
 * Fresh draws of a layer's own initializers for all its weights (trainable
 * or not: a BatchNormalization's moving statistics are learned too). Each
 * draw is seeded from the run's seed, the layer, the weight and the repeat,
 * so it does not depend on what else the run ablates.
 */
export function drawWeights(layer: tf.layers.Layer, seed: number, repeat: number): tf.Tensor[] {
  return layer.weights.map((weight) => {
    const initializer = findInitializer(layer, weight.originalName);
    if (initializer === undefined) throw new Error(`no initializer for ${weight.originalName}`);
    const drawSeed = Rng.stream(
      seed,
      'reinit',
      layer.name,
      weight.originalName,
      repeat,
    ).nextUint32();
    const seeded = withSeed(initializer, drawSeed);
    return seeded.apply(weight.shape as number[], weight.dtype);
  });
}

function findInitializer(layer: tf.layers.Layer, weightName: string): Initializer | undefined {
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

/**
 * A copy of the initializer with a fixed seed. TF.js initializers accept
 * their own config back in their constructor; deterministic ones (zeros,
 * ones, constant) ignore the seed.
 */
function withSeed(initializer: Initializer, seed: number): Initializer {
  const Class = initializer.constructor as new (config: tf.serialization.ConfigDict) => Initializer;
  const config = { ...initializer.getConfig() };
  if ('seed' in config || isRandom(initializer)) config.seed = seed;
  return new Class(config);
}

function isRandom(initializer: Initializer): boolean {
  return !['Zeros', 'Ones', 'Constant', 'Identity'].includes(initializer.getClassName());
}
