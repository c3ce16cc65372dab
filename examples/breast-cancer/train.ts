/**
 * Trains the breast-cancer example: a small MLP on the Wisconsin Diagnostic
 * data, deterministic from the seed. Writes the held-out rows to
 * `data/eval.csv`, the train-set standardisation to `model/scaling.json` and
 * the TF.js LayersModel to `model/`.
 *
 * Run from the repository root: npx tsx examples/breast-cancer/train.ts
 *
 * `trainBreastCancerModel(seed)` is the same recipe with another seed for the
 * weights and the epoch order, on the same split (the calibration benchmark
 * in bench/stats.ts trains several models with it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';
import { readCsv, stratifiedSplit, type Table } from '../split.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = 42;
const EVAL_FRACTION = 0.35;
const LABEL = 'diagnosis';
/** Output-index order: the sigmoid output is P(malignant). */
const CLASSES = ['benign', 'malignant'];
const EPOCHS = 40;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.005;

/** The data set split into train and eval rows (seed 42), with the train-set standardisation. */
export interface BreastCancerSplit {
  table: Table;
  features: string[];
  labels: string[];
  /** Raw feature values per row of the file. */
  raw: number[][];
  /** Row indices into the file, ascending. */
  train: number[];
  held: number[];
  center: Record<string, number>;
  scale: Record<string, number>;
}

/** A model trained by this script's recipe, and its outputs on the held-out rows. */
export interface BreastCancerModel {
  model: tf.LayersModel;
  split: BreastCancerSplit;
  /** P(malignant) per held-out row, in file order (the rows of `data/eval.csv`). */
  evalProbabilities: Float32Array;
  /** Class index per held-out row: 0 benign, 1 malignant. */
  evalLabels: Int32Array;
}

/** Glorot-uniform kernel from our seeded generator (the biases start at zero). */
function glorotKernel(seed: number, layer: string, fanIn: number, fanOut: number): tf.Tensor {
  const rng = Rng.stream(seed, 'init', layer);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const values = Float32Array.from({ length: fanIn * fanOut }, () => (2 * rng.next() - 1) * limit);
  return tf.tensor2d(values, [fanIn, fanOut]);
}

/** Glorot-uniform kernels, zero biases: what glorotKernel draws, as the model records it. */
const INIT = { kernelInitializer: 'glorotUniform', biasInitializer: 'zeros' } as const;

function buildModel(seed: number, nFeatures: number): tf.LayersModel {
  const input = tf.input({ shape: [nFeatures], name: 'features' });
  // hidden_2 keeps hidden_1's width so that the `remove` ablation applies to it
  // (input and output shapes match); for hidden_1 and output it does not.
  const hidden1 = tf.layers.dense({ name: 'hidden_1', units: 16, activation: 'relu', ...INIT });
  const hidden2 = tf.layers.dense({ name: 'hidden_2', units: 16, activation: 'relu', ...INIT });
  const output = tf.layers.dense({ name: 'output', units: 1, activation: 'sigmoid', ...INIT });
  const y = output.apply(hidden2.apply(hidden1.apply(input))) as tf.SymbolicTensor;
  const model = tf.model({ name: 'breast_cancer_mlp', inputs: input, outputs: y });
  // The saved initializer configs stay unseeded, so the engine's `reinit`
  // ablation draws fresh weights from them; the starting point of training is
  // drawn from the same distributions by Rng instead.
  for (const layer of [hidden1, hidden2, output]) {
    const [kernel, bias] = layer.getWeights();
    const [fanIn, fanOut] = kernel.shape;
    const initial = [glorotKernel(seed, layer.name, fanIn, fanOut), tf.zerosLike(bias)];
    layer.setWeights(initial);
    tf.dispose(initial);
  }
  return model;
}

/** Reads `data/breast_cancer.csv`, splits it and standardises with the train rows. */
export function loadBreastCancerSplit(): BreastCancerSplit {
  const table = readCsv(path.join(HERE, 'data', 'breast_cancer.csv'));
  const labelIndex = table.columns.indexOf(LABEL);
  const features = table.columns.filter((name) => name !== LABEL);
  const featureIndex = features.map((name) => table.columns.indexOf(name));
  const labels = table.cells.map((row) => row[labelIndex]);
  const raw = table.cells.map((row) => featureIndex.map((j) => Number(row[j])));
  const { train, held } = stratifiedSplit(labels, CLASSES, EVAL_FRACTION, SEED);
  // Standardise with the train rows only (population std, as scikit-learn's StandardScaler).
  const center: Record<string, number> = {};
  const scale: Record<string, number> = {};
  features.forEach((name, j) => {
    const values = train.map((i) => raw[i][j]);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    center[name] = mean;
    scale[name] = Math.sqrt(variance);
  });
  return { table, features, labels, raw, train, held, center, scale };
}

/**
 * Trains the example's MLP with `seed` drawing the initial weights and each
 * epoch's order, on the current TF.js backend. Seed 42 on the `cpu` backend
 * is the committed model. The caller disposes `model`.
 */
export async function trainBreastCancerModel(
  seed: number,
  split: BreastCancerSplit = loadBreastCancerSplit(),
): Promise<BreastCancerModel> {
  const { features, labels, raw, train, held, center, scale } = split;
  const scaled = (rows: number[]): tf.Tensor2D =>
    tf.tensor2d(
      rows.map((i) => features.map((name, j) => (raw[i][j] - center[name]) / scale[name])),
    );
  const target = (rows: number[]): tf.Tensor2D =>
    tf.tensor2d(rows.map((i) => [CLASSES.indexOf(labels[i])]));

  const model = buildModel(seed, features.length);
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'binaryCrossentropy' });
  const xTrain = scaled(train);
  const yTrain = target(train);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // One fit call per epoch, in an order drawn from Rng: TF.js's own shuffle is unseeded.
    const order = tf.tensor1d(Rng.stream(seed, 'epoch', epoch).permutation(train.length), 'int32');
    const [x, y] = [xTrain.gather(order), yTrain.gather(order)];
    await model.fit(x, y, { epochs: 1, batchSize: BATCH_SIZE, shuffle: false, verbose: 0 });
    tf.dispose([order, x, y]);
  }
  tf.dispose([xTrain, yTrain]);

  const xHeld = scaled(held);
  const output = model.predict(xHeld) as tf.Tensor;
  const evalProbabilities = Float32Array.from(output.dataSync());
  tf.dispose([xHeld, output]);
  const evalLabels = Int32Array.from(held, (i) => CLASSES.indexOf(labels[i]));
  return { model, split, evalProbabilities, evalLabels };
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const split = loadBreastCancerSplit();
  const { table, train, held, center, scale } = split;
  writeFileSync(
    path.join(HERE, 'data', 'eval.csv'),
    [table.header, ...held.map((i) => table.lines[i])].join('\n') + '\n',
  );
  mkdirSync(path.join(HERE, 'model'), { recursive: true });
  writeFileSync(
    path.join(HERE, 'model', 'scaling.json'),
    JSON.stringify({ center, scale }, null, 2) + '\n',
  );

  const { model, evalProbabilities, evalLabels } = await trainBreastCancerModel(SEED, split);
  const correct = evalLabels.filter((label, k) => (evalProbabilities[k] >= 0.5 ? 1 : 0) === label);
  await saveModel(model, path.join(HERE, 'model'));
  console.log(
    `breast-cancer: trained on ${train.length} rows, eval ${held.length} rows, ` +
      `eval accuracy ${(correct.length / held.length).toFixed(4)}`,
  );
}

// Trains only when run as a script, not when imported.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
