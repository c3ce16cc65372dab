/**
 * Trains the digits example: a small conv net on the 8×8 handwritten digits
 * (UCI), deterministic from the seed. Writes the held-out rows to
 * `data/eval.csv` and the TF.js LayersModel to `model/`.
 *
 * Run from the repository root: npx tsx examples/digits/train.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';
import { readCsv, stratifiedSplit } from '../split.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;
const EVAL_FRACTION = 1 / 3;
const LABEL = 'digit';
const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** The same scaling ablation.yml gives the engine: input = (pixel − 0) / 16. */
const CENTER = 0;
const SCALE = 16;
const EPOCHS = 6;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.01;

/** Glorot-uniform kernel of any shape from our seeded generator (the biases start at zero). */
function glorotKernel(layer: string, shape: number[]): tf.Tensor {
  // Keras's fans: a conv kernel [h, w, in, out] has fan-in h·w·in and fan-out h·w·out.
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  const fanIn = receptive * shape[shape.length - 2];
  const fanOut = receptive * shape[shape.length - 1];
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const rng = Rng.stream(SEED, 'init', layer);
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(
    Float32Array.from({ length: size }, () => (2 * rng.next() - 1) * limit),
    shape,
  );
}

/** Glorot-uniform kernels, zero biases: what glorotKernel draws, as the model records it. */
const INIT = { kernelInitializer: 'glorotUniform', biasInitializer: 'zeros' } as const;

function buildModel(): tf.LayersModel {
  const layers = [
    tf.layers.conv2d({
      name: 'conv_1',
      filters: 8,
      kernelSize: 3,
      padding: 'same',
      activation: 'relu',
      ...INIT,
    }),
    tf.layers.conv2d({ name: 'conv_2', filters: 16, kernelSize: 3, activation: 'relu', ...INIT }),
    tf.layers.maxPooling2d({ name: 'pool', poolSize: 2 }),
    tf.layers.flatten({ name: 'flatten' }),
    tf.layers.dense({ name: 'dense_1', units: 32, activation: 'relu', ...INIT }),
    tf.layers.dense({ name: 'output', units: 10, activation: 'softmax', ...INIT }),
  ];
  // The engine reshapes the 64 px_ROW_COL columns, in file (row-major) order, to [8, 8, 1].
  const input = tf.input({ shape: [8, 8, 1], name: 'pixels' });
  const output = layers.reduce<tf.SymbolicTensor>(
    (x, layer) => layer.apply(x) as tf.SymbolicTensor,
    input,
  );
  const model = tf.model({ name: 'digits_cnn', inputs: input, outputs: output });
  // The saved initializer configs stay unseeded, so the engine's `reinit`
  // ablation draws fresh weights from them; the starting point of training is
  // drawn from the same distributions by Rng instead.
  for (const layer of layers) {
    const weights = layer.getWeights();
    if (weights.length === 0) continue;
    const [kernel, bias] = weights;
    layer.setWeights([glorotKernel(layer.name, kernel.shape), tf.zerosLike(bias)]);
  }
  return model;
}

async function main(): Promise<void> {
  // The committed model was trained on cpu: staying there reproduces its weights byte for byte.
  // (TF.js's wasm backend alone lacks Conv2DBackpropFilter; ablation-ci registers it, see
  // src/backend/kernels/, and examples/digits-retrain trains this net on wasm.)
  await tf.setBackend('cpu');
  const table = readCsv(path.join(HERE, 'data', 'digits.csv'));
  const labelIndex = table.columns.indexOf(LABEL);
  const pixelIndex = table.columns.flatMap((name, j) => (name === LABEL ? [] : [j]));
  const labels = table.cells.map((row) => row[labelIndex]);
  const { train, held } = stratifiedSplit(labels, CLASSES, EVAL_FRACTION, SEED);

  writeFileSync(
    path.join(HERE, 'data', 'eval.csv'),
    [table.header, ...held.map((i) => table.lines[i])].join('\n') + '\n',
  );

  const images = (rows: number[]): tf.Tensor4D =>
    tf.tensor4d(
      Float32Array.from(
        rows.flatMap((i) => pixelIndex.map((j) => (Number(table.cells[i][j]) - CENTER) / SCALE)),
      ),
      [rows.length, 8, 8, 1],
    );
  const model = buildModel();
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'categoricalCrossentropy' });
  const xTrain = images(train);
  const yTrain = tf.oneHot(
    tf.tensor1d(
      train.map((i) => CLASSES.indexOf(labels[i])),
      'int32',
    ),
    CLASSES.length,
  );
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // One fit call per epoch, in an order drawn from Rng: TF.js's own shuffle is unseeded.
    const order = tf.tensor1d(Rng.stream(SEED, 'epoch', epoch).permutation(train.length), 'int32');
    const [x, y] = [xTrain.gather(order), yTrain.gather(order)];
    await model.fit(x, y, { epochs: 1, batchSize: BATCH_SIZE, shuffle: false, verbose: 0 });
    tf.dispose([order, x, y]);
  }

  const predicted = (model.predict(images(held)) as tf.Tensor).argMax(-1).dataSync();
  const correct = held.filter((i, k) => CLASSES[predicted[k]] === labels[i]);
  await saveModel(model, path.join(HERE, 'model'));
  console.log(
    `digits: trained on ${train.length} rows, eval ${held.length} rows, ` +
      `eval accuracy ${(correct.length / held.length).toFixed(4)}`,
  );
}

await main();
