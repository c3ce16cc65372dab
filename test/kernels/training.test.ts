/**
 * Models train on the wasm backend with `model.fit`: a small conv net
 * (Conv2D, BatchNormalization, MaxPooling2D, Dense) and a small LSTM on the
 * digits example's data. Without the kernels of src/backend/gradients the
 * conv net stops at its first batch (no Conv2DBackpropFilter on wasm).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../src/stats/rng.js';
import { useWasm } from '../helpers/backend.js';
import { accuracy, digits, type DigitsRows } from './digits.js';

const EPOCHS = 4;

/** Fits the model on the training rows, returns the per-epoch losses and the held-out accuracy. */
async function fitOnDigits(
  layers: () => tf.layers.Layer[],
  shape: number[],
): Promise<{ losses: number[]; heldAccuracy: number }> {
  const { train, held } = digits();
  expect(held.n).toBe(599); // the rows of examples/digits/data/eval.csv
  const tensorsBefore = tf.memory().numTensors;
  // TF.js's initialisers and fit's shuffle draw from Math.random: seeded, the test is deterministic.
  const random = Math.random;
  const rng = Rng.stream(3, 'training');
  Math.random = () => rng.next();
  const model = tf.sequential({ layers: layers() });
  const inputs = (rows: DigitsRows): tf.Tensor => tf.tensor(rows.x, [rows.n, ...shape]);
  const x = inputs(train);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(train.y), 'int32'), 10));
  const optimizer = tf.train.adam(0.01);
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  const history = await model
    .fit(x, y, { epochs: EPOCHS, batchSize: 32, verbose: 0 })
    .finally(() => (Math.random = random));
  const probabilities = tf.tidy(() => (model.predict(inputs(held)) as tf.Tensor).dataSync());
  tf.dispose([x, y]);
  optimizer.dispose();
  model.dispose();
  // Training and prediction leave nothing behind.
  expect(tf.memory().numTensors).toBe(tensorsBefore);
  return { losses: history.history.loss as number[], heldAccuracy: accuracy(probabilities, held) };
}

beforeAll(useWasm);

describe('training on the wasm backend', () => {
  it('a conv net with batch normalisation and max pooling: the loss falls, the digits are learnt', async () => {
    const layers = (): tf.layers.Layer[] => [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 8, kernelSize: 3, padding: 'same' }),
      tf.layers.batchNormalization(),
      tf.layers.activation({ activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ];
    expect(tf.getBackend()).toBe('wasm');
    const { losses, heldAccuracy } = await fitOnDigits(layers, [8, 8, 1]);
    for (let e = 1; e < EPOCHS; e++) expect(losses[e]).toBeLessThan(losses[e - 1]);
    expect(losses[EPOCHS - 1]).toBeLessThan(losses[0] / 2);
    expect(heldAccuracy).toBeGreaterThan(0.9);
  });

  it('an LSTM reading the image row by row: the loss falls, the digits are learnt', async () => {
    const layers = (): tf.layers.Layer[] => [
      tf.layers.lstm({ inputShape: [8, 8], units: 24, recurrentInitializer: 'glorotUniform' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ];
    const { losses, heldAccuracy } = await fitOnDigits(layers, [8, 8]);
    for (let e = 1; e < EPOCHS; e++) expect(losses[e]).toBeLessThan(losses[e - 1]);
    expect(losses[EPOCHS - 1]).toBeLessThan(losses[0] / 2);
    expect(heldAccuracy).toBeGreaterThan(0.8);
  });
});
