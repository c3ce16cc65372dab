/**
 * The training module of the breast-cancer-retrain suite: ablation-ci calls
 * `train()` once per (variant, seed) in a worker thread and evaluates the
 * model it returns. The recipe is examples/breast-cancer/train.ts's (an MLP,
 * 16 → 16 → 1, Adam, binary cross-entropy), with a dropout layer added, and
 * switches to turn parts off:
 * - `dropout: false`: no dropout layer;
 * - `hidden_2: false`: no second hidden layer.
 * Dropped features (`drop-features`) are already gone from `data`.
 *
 * Deterministic for a seed: every initialiser and the dropout layer get
 * `seed`, and the epoch order comes from a generator seeded with it.
 */
import type * as TF from '@tensorflow/tfjs';

interface TrainArgs {
  switches: Record<string, string | number | boolean>;
  seed: number;
  data: { n: number; features: string[]; x: Float32Array; y: Float32Array };
  signal: AbortSignal;
  reportProgress: (fraction: number) => void;
  tf: typeof TF;
}

const EPOCHS = 40;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.005;
const DROPOUT = 0.2;

/** A small seeded generator (mulberry32) for the epoch order. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function permutation(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export async function train({
  switches,
  seed,
  data,
  signal,
  reportProgress,
  tf,
}: TrainArgs): Promise<TF.LayersModel> {
  const f = data.features.length;
  let layer = 0;
  const dense = (name: string, units: number, activation: 'relu' | 'sigmoid'): TF.layers.Layer =>
    tf.layers.dense({
      name,
      units,
      activation,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed * 100 + layer++ }),
    });
  const model = tf.sequential();
  model.add(tf.layers.inputLayer({ inputShape: [f] }));
  model.add(dense('hidden_1', 16, 'relu'));
  if (switches.dropout !== false) model.add(tf.layers.dropout({ rate: DROPOUT, seed }));
  if (switches.hidden_2 !== false) model.add(dense('hidden_2', 16, 'relu'));
  model.add(dense('output', 1, 'sigmoid'));
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'binaryCrossentropy' });

  const x = tf.tensor2d(data.x, [data.n, f]);
  const y = tf.tensor2d(data.y, [data.n, 1]);
  const random = generator(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // The time limit: stop when ablation-ci says so (it ends the worker soon after anyway).
    signal.throwIfAborted();
    const order = tf.tensor1d(permutation(data.n, random), 'int32');
    const [xe, ye] = [x.gather(order), y.gather(order)];
    await model.fit(xe, ye, { epochs: 1, batchSize: BATCH_SIZE, shuffle: false, verbose: 0 });
    tf.dispose([order, xe, ye]);
    reportProgress((epoch + 1) / EPOCHS);
  }
  tf.dispose([x, y]);
  return model;
}
