/**
 * Whole-model gradients on wasm against the cpu backend's: from the same
 * weights, one `trainOnBatch` step of plain SGD with learning rate 1 moves
 * every trainable weight by exactly minus its gradient, so comparing the
 * steps compares the gradients of every layer — convolutions, batch
 * normalisation in training mode, pooling, LSTM and GRU cells, embeddings.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasm } from '../helpers/backend.js';
import { expectClose, normal } from './compare.js';

interface ModelCase {
  name: string;
  layers: () => tf.layers.Layer[];
  input: number[];
  /** Integer inputs in [0, vocabulary) instead of normal values. */
  vocabulary?: number;
}

const softmax = (): tf.layers.Layer => tf.layers.dense({ units: 10, activation: 'softmax' });

const MODELS: ModelCase[] = [
  {
    name: 'conv net: Conv2D, BatchNormalization, MaxPooling2D, Dense',
    input: [8, 8, 1],
    layers: () => [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 8, kernelSize: 3, padding: 'same' }),
      tf.layers.batchNormalization(),
      tf.layers.activation({ activation: 'relu' }),
      tf.layers.conv2d({ filters: 16, kernelSize: 3, strides: 1 }),
      tf.layers.batchNormalization(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 32, activation: 'relu' }),
      softmax(),
    ],
  },
  {
    name: 'strided conv net: Conv2D stride 2, AveragePooling2D, GlobalMaxPooling2D',
    input: [9, 9, 2],
    layers: () => [
      tf.layers.conv2d({
        inputShape: [9, 9, 2],
        filters: 4,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
      }),
      tf.layers.averagePooling2d({ poolSize: 2, strides: 1 }),
      tf.layers.conv2d({ filters: 6, kernelSize: 2 }),
      tf.layers.globalMaxPooling2d({}),
      softmax(),
    ],
  },
  {
    name: 'DepthwiseConv2D and SeparableConv2D',
    input: [8, 8, 3],
    layers: () => [
      tf.layers.conv2d({ inputShape: [8, 8, 3], filters: 4, kernelSize: 1 }),
      tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, padding: 'same' }),
      tf.layers.separableConv2d({ filters: 5, kernelSize: 3, strides: 2 }),
      tf.layers.flatten(),
      softmax(),
    ],
  },
  {
    name: 'stacked LSTM',
    input: [6, 4],
    layers: () => [
      tf.layers.lstm({ inputShape: [6, 4], units: 8, returnSequences: true }),
      tf.layers.lstm({ units: 5 }),
      softmax(),
    ],
  },
  {
    name: 'Embedding, GRU and a bidirectional SimpleRNN',
    input: [7],
    vocabulary: 12,
    layers: () => [
      tf.layers.embedding({ inputDim: 12, outputDim: 4, inputLength: 7 }),
      tf.layers.gru({ units: 6, returnSequences: true }),
      tf.layers.bidirectional({ layer: tf.layers.simpleRNN({ units: 3 }) }),
      softmax(),
    ],
  },
];

const BATCH = 16;

/** Every trainable weight's gradient at the case's fixed weights, on the current backend. */
async function gradients(c: ModelCase): Promise<Map<string, Float32Array>> {
  const model = tf.sequential({ layers: c.layers() });
  const init = model.weights.map((w, k) => {
    const shape = w.read().shape;
    const values = normal(shape, c.name, 'weight', k).map((v) => 0.3 * v);
    if (w.name.endsWith('gamma'))
      return tf.tensor(
        values.map((v) => 1 + v),
        shape,
      );
    if (w.name.endsWith('moving_variance')) return tf.ones(shape);
    return tf.tensor(values, shape);
  });
  model.setWeights(init);
  tf.dispose(init);
  const x =
    c.vocabulary === undefined
      ? tf.tensor(normal([BATCH, ...c.input], c.name, 'x'), [BATCH, ...c.input])
      : tf.tensor(
          normal([BATCH, ...c.input], c.name, 'x').map((v) => Math.abs(Math.floor(v * 4)) % 12),
          [BATCH, ...c.input],
        );
  const labels = Int32Array.from({ length: BATCH }, (_, i) => (i * 3) % 10);
  const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
  model.compile({ optimizer: tf.train.sgd(1), loss: 'categoricalCrossentropy' });
  const before = model.trainableWeights.map((w) => Float32Array.from(w.read().dataSync()));
  await model.trainOnBatch(x, y);
  const result = new Map<string, Float32Array>();
  model.trainableWeights.forEach((w, k) => {
    const after = w.read().dataSync();
    // Names carry a per-process layer counter; the position identifies the weight.
    const suffix = w.name.replace(/^.*\//, '');
    result.set(
      `${k} ${suffix}`,
      before[k].map((v, i) => v - after[i]),
    );
  });
  tf.dispose([x, y]);
  model.dispose();
  return result;
}

beforeAll(useWasm);

describe('whole-model gradients on wasm equal the cpu backend’s', () => {
  it.each(MODELS.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const wasm = await gradients(c);
    await tf.setBackend('cpu');
    let cpu: Map<string, Float32Array>;
    try {
      cpu = await gradients(c);
    } finally {
      await tf.setBackend('wasm');
    }
    expect([...wasm.keys()]).toEqual([...cpu.keys()]);
    for (const [name, values] of cpu) {
      expect(
        values.some((v) => v !== 0),
        `${name}: the reference gradient is all zeros`,
      ).toBe(true);
      expectClose(wasm.get(name)!, values, `${c.name}: ${name}`);
    }
  });
});
