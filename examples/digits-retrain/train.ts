/**
 * The training module of a digits retrain suite: ablation-ci calls `train()`
 * once per (variant, seed) and evaluates the model it returns. The recipe is
 * examples/digits/train.ts's small conv net on the 8×8 handwritten digits,
 * with batch normalisation added after each convolution, and switches to
 * turn parts off:
 * - `batchnorm: false`: no BatchNormalization layers (the convolutions apply
 *   their ReLU themselves);
 * - `pooling: false`: no MaxPooling2D layer (the dense layer sees all 6×6
 *   positions).
 * It trains on any backend, the WebAssembly one included (ablation-ci adds
 * the gradient kernels wasm lacks).
 *
 * Pixels are placed by name (`px_ROW_COL`), so a `drop-features` variant
 * erases those pixels (they read 0, the background) instead of shifting the
 * image. Its model takes the f kept columns as they are (the eval rows reach
 * it the same way) and a fixed, untrained `place` layer puts them in the
 * 8×8 image. Deterministic for a seed: every initialiser gets `seed`, and
 * the epoch order comes from a generator seeded with it.
 */
import type * as TF from '@tensorflow/tfjs';

interface TrainArgs {
  switches: Record<string, string | number | boolean>;
  seed: number;
  /** n × f inputs, row-major (already scaled); y: each row's class index. */
  data: {
    n: number;
    features: string[];
    classes: string[] | null;
    x: ArrayLike<number>;
    y: ArrayLike<number>;
  };
  signal: AbortSignal;
  reportProgress: (fraction: number) => void;
  tf: typeof TF;
}

const SIDE = 8;
const EPOCHS = 6;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.01;

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

/** Where each feature column goes in the flattened 8×8 image. */
function pixelPositions(features: string[]): Int32Array {
  return Int32Array.from(features, (name) => {
    const match = /^px_([0-7])_([0-7])$/.exec(name);
    if (match === null) {
      throw new Error(`digits-retrain: feature ${JSON.stringify(name)} is not a pixel px_ROW_COL`);
    }
    return Number(match[1]) * SIDE + Number(match[2]);
  });
}

/**
 * With all 64 pixels in row-major order (the digits file's), the 8×8×1
 * image input ablation-ci reshapes the rows to; otherwise an input of the f
 * kept columns and a fixed 0/1 matrix that places each at its pixel.
 */
function addInput(tf: typeof TF, model: TF.Sequential, features: string[]): void {
  const at = pixelPositions(features);
  if (at.length === SIDE * SIDE && at.every((position, j) => position === j)) {
    model.add(tf.layers.inputLayer({ inputShape: [SIDE, SIDE, 1], name: 'pixels' }));
    return;
  }
  const placement = new Float32Array(at.length * SIDE * SIDE);
  at.forEach((position, j) => (placement[j * SIDE * SIDE + position] = 1));
  model.add(tf.layers.inputLayer({ inputShape: [at.length], name: 'pixels' }));
  const kernel = tf.tensor2d(placement, [at.length, SIDE * SIDE]);
  model.add(
    tf.layers.dense({
      name: 'place',
      units: SIDE * SIDE,
      useBias: false,
      trainable: false,
      kernelInitializer: 'zeros',
      weights: [kernel],
    }),
  );
  kernel.dispose(); // the layer holds its own reference since it was built by add()
  model.add(tf.layers.reshape({ name: 'image', targetShape: [SIDE, SIDE, 1] }));
}

function buildModel(
  tf: typeof TF,
  switches: TrainArgs['switches'],
  seed: number,
  data: TrainArgs['data'],
): TF.LayersModel {
  const classes = data.classes?.length ?? 0;
  const batchnorm = switches.batchnorm !== false;
  const pooling = switches.pooling !== false;
  let layer = 0;
  const init = (): ReturnType<typeof tf.initializers.glorotUniform> =>
    tf.initializers.glorotUniform({ seed: seed * 100 + layer++ });
  const model = tf.sequential({ name: 'digits_cnn' });
  addInput(tf, model, data.features);
  const conv = (name: string, filters: number, padding: 'same' | 'valid'): void => {
    model.add(
      tf.layers.conv2d({
        name,
        filters,
        kernelSize: 3,
        padding,
        // With batch normalisation next, its beta is the bias and the ReLU comes after it.
        activation: batchnorm ? 'linear' : 'relu',
        useBias: !batchnorm,
        kernelInitializer: init(),
      }),
    );
    if (batchnorm) {
      // Keras's momentum of 0.99 would leave a tenth of the initial statistics
      // (mean 0, variance 1) in the moving averages after 228 batches.
      model.add(tf.layers.batchNormalization({ name: `${name}_bn`, momentum: 0.9 }));
      model.add(tf.layers.activation({ activation: 'relu', name: `${name}_relu` }));
    }
  };
  conv('conv_1', 8, 'same');
  conv('conv_2', 16, 'valid');
  if (pooling) model.add(tf.layers.maxPooling2d({ name: 'pool', poolSize: 2 }));
  model.add(tf.layers.flatten({ name: 'flatten' }));
  model.add(
    tf.layers.dense({ name: 'dense_1', units: 32, activation: 'relu', kernelInitializer: init() }),
  );
  model.add(
    tf.layers.dense({
      name: 'output',
      units: classes,
      activation: 'softmax',
      kernelInitializer: init(),
    }),
  );
  return model;
}

export async function train({
  switches,
  seed,
  data,
  signal,
  reportProgress,
  tf,
}: TrainArgs): Promise<TF.LayersModel> {
  const classes = data.classes?.length ?? 0;
  if (classes < 2) throw new Error('digits-retrain: the task must be multiclass (data.classes)');
  const model = buildModel(tf, switches, seed, data);
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'categoricalCrossentropy' });

  const x = tf.tensor(Float32Array.from(data.x), [
    data.n,
    ...model.inputs[0].shape.slice(1),
  ] as number[]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(data.y), 'int32'), classes));
  const batches = Math.ceil(data.n / BATCH_SIZE);
  const random = generator(seed);
  try {
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      signal.throwIfAborted();
      const order = tf.tensor1d(permutation(data.n, random), 'int32');
      const [xe, ye] = [x.gather(order), y.gather(order)];
      try {
        await model.fit(xe, ye, {
          epochs: 1,
          batchSize: BATCH_SIZE,
          shuffle: false,
          verbose: 0,
          // Yield after every batch so that the abort message can arrive, and stop there.
          yieldEvery: 'batch',
          callbacks: {
            onBatchEnd: (batch) => {
              reportProgress((epoch * batches + batch + 1) / (EPOCHS * batches));
              if (signal.aborted) model.stopTraining = true;
              return Promise.resolve();
            },
          },
        });
      } finally {
        tf.dispose([order, xe, ye]);
      }
    }
    signal.throwIfAborted();
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose([x, y]);
    // Adam's moments are not the model's to dispose (the optimizer was passed
    // in): freed here, the model returned is for prediction and saving.
    model.optimizer.dispose();
  }
  return model;
}
