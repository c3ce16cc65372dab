import * as tf from '@tensorflow/tfjs';
import { Rng } from '../stats/rng.js';
import { findInitializer, type Initializer } from './initializers.js';

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
