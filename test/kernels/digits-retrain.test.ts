/**
 * examples/digits-retrain/train.ts, called as ablation-ci's retrain worker
 * calls it, on the wasm backend: it trains the digits conv net, honours its
 * switches, its seed, the abort signal and reports progress.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { train } from '../../examples/digits-retrain/train.js';
import { useWasm } from '../helpers/backend.js';
import { accuracy, digits, type DigitsRows } from './digits.js';

type Switches = Record<string, string | number | boolean>;

async function run(
  data: DigitsRows,
  options: { switches?: Switches; seed?: number; signal?: AbortSignal; progress?: number[] } = {},
): Promise<tf.LayersModel> {
  return train({
    switches: options.switches ?? {},
    seed: options.seed ?? 1,
    data,
    signal: options.signal ?? new AbortController().signal,
    reportProgress: (fraction) => options.progress?.push(fraction),
    tf,
  });
}

function heldAccuracy(model: tf.LayersModel, held: DigitsRows): number {
  const probabilities = tf.tidy(() =>
    (model.predict(tf.tensor4d(held.x, [held.n, 8, 8, 1])) as tf.Tensor).dataSync(),
  );
  return accuracy(probabilities, held);
}

const layerClasses = (model: tf.LayersModel): string[] =>
  model.layers.map((l) => l.getClassName()).filter((name) => name !== 'InputLayer');

/** The first n rows, pixels as given (for the quick checks). */
function head(rows: DigitsRows, n: number): DigitsRows {
  return { ...rows, n, x: rows.x.slice(0, n * 64), y: rows.y.slice(0, n) };
}

const { train: rows, held } = digits();

beforeAll(useWasm);

describe('the digits-retrain train module on wasm', () => {
  it('trains the conv net with batch normalisation and pooling to a sensible accuracy', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const tensorsBefore = tf.memory().numTensors;
    const progress: number[] = [];
    const model = await run(rows, { progress });
    expect(layerClasses(model)).toEqual([
      'Conv2D',
      'BatchNormalization',
      'Activation',
      'Conv2D',
      'BatchNormalization',
      'Activation',
      'MaxPooling2D',
      'Flatten',
      'Dense',
      'Dense',
    ]);
    expect(heldAccuracy(model, held)).toBeGreaterThan(0.93);
    // One report per batch, rising to 1: 6 epochs of ⌈1198 / 32⌉ = 38 batches.
    expect(progress).toHaveLength(6 * 38);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1])).toBe(true);
    expect(progress.at(-1)).toBe(1);
    // Only the returned model's weights remain.
    expect(tf.memory().numTensors).toBe(tensorsBefore + model.weights.length);
    model.dispose();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it.each([
    [{ batchnorm: false }, ['Conv2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dense']],
    [
      { pooling: false },
      [
        'Conv2D',
        'BatchNormalization',
        'Activation',
        'Conv2D',
        'BatchNormalization',
        'Activation',
        'Flatten',
        'Dense',
        'Dense',
      ],
    ],
  ] as const)(
    'with %j it builds the net without that part and still learns',
    async (switches, layers) => {
      const model = await run(rows, { switches });
      expect(layerClasses(model)).toEqual(layers);
      expect(heldAccuracy(model, held)).toBeGreaterThan(0.9);
      model.dispose();
    },
  );

  it('is deterministic for a seed and differs between seeds', async () => {
    const few = head(rows, 200);
    const weights = async (seed: number): Promise<Float32Array[]> => {
      const model = await run(few, { seed });
      const values = model.getWeights().map((w) => Float32Array.from(w.dataSync()));
      model.dispose();
      return values;
    };
    const [first, again, other] = [await weights(5), await weights(5), await weights(6)];
    expect(again).toEqual(first);
    expect(other[0]).not.toEqual(first[0]);
  });

  it('stops at the batch where the signal fires and rejects with its reason', async () => {
    const tensorsBefore = tf.memory().numTensors;
    const controller = new AbortController();
    const progress: number[] = [];
    const reason = new Error('time limit reached');
    const training = train({
      switches: {},
      seed: 1,
      data: rows,
      signal: controller.signal,
      reportProgress: (fraction) => {
        progress.push(fraction);
        if (progress.length === 3) controller.abort(reason);
      },
      tf,
    });
    await expect(training).rejects.toBe(reason);
    expect(progress).toHaveLength(3);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('places pixels by name: dropped pixels read as background', async () => {
    // Drop the top row (px_0_*), as a drop-features variant would.
    const kept = rows.features.flatMap((name, j) => (name.startsWith('px_0_') ? [] : [j]));
    const few = head(rows, 200);
    const dropped: DigitsRows = {
      ...few,
      features: kept.map((j) => few.features[j]),
      x: Float32Array.from({ length: few.n * kept.length }, (_, k) => {
        const [i, c] = [Math.floor(k / kept.length), k % kept.length];
        return few.x[i * 64 + kept[c]];
      }),
    };
    const model = await run(dropped);
    // The model takes the 56 kept columns (as ablation-ci passes the eval rows) and
    // its fixed `place` layer puts them back in the image, the top row blank.
    expect(model.inputs[0].shape).toEqual([null, 56]);
    const image = tf.model({ inputs: model.inputs, outputs: model.getLayer('image').output });
    const placed = tf.tidy(() =>
      (image.predict(tf.tensor2d(dropped.x.subarray(0, 56), [1, 56])) as tf.Tensor).dataSync(),
    );
    expect(Array.from(placed)).toEqual([...Array<number>(8).fill(0), ...few.x.subarray(8, 64)]);
    model.dispose();
    await expect(
      run({ ...few, features: ['intensity', ...few.features.slice(1)] }),
    ).rejects.toThrow('digits-retrain: feature "intensity" is not a pixel px_ROW_COL');
  });
});
