import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';
import { median } from './process.js';
import { cacheDir, predictClasses, writeCsv } from './suites.js';

/** Teachable Machine's input: 224 × 224 RGB = 150,528 pixel features. */
export const IMAGE_SHAPE = [224, 224, 3];
const GROUPS = 6;
/** Images per TF.js `predict` in the bench's process (labelling, and the forward passes alone). */
export const PREDICT_ROWS = 48;
const REPEATS = 3;

/**
 * The two image models: `light`, three stride-2 convolutions (8, 16, 32
 * filters; about 5 M multiply-adds per image), and `heavy`, a conv net at
 * MobileNet's cost (about 0.3 G multiply-adds per image: a stride-2
 * convolution to 112 × 112 × 32, two stride-1 ones at that size, a stride-2
 * one to 56 × 56 × 64), with fewer rows to keep its run short.
 */
export type ImageModel = 'light' | 'heavy';

const SHAPES: Record<ImageModel, { rows: number; convs: [number, number][] }> = {
  // [filters, stride] of each 3 × 3 convolution.
  light: {
    rows: 48,
    convs: [
      [8, 2],
      [16, 2],
      [32, 2],
    ],
  },
  heavy: {
    rows: 16,
    convs: [
      [32, 2],
      [32, 1],
      [32, 1],
      [64, 2],
    ],
  },
};

/** The image suite: its config, model, eval rows and variants (6 bands × permute × 3). */
export interface ImageSuite {
  kind: ImageModel;
  config: string;
  rows: number;
  features: number;
  groups: number;
  /** Ablated forward passes a run makes (groups × repeats). */
  variants: number;
  model: tf.LayersModel;
  x: Float32Array;
}

/** The light model's eval set at a realistic size: 480 images (the 48 first of them the suite's). */
export const IMAGE_ROWS_LARGE = 480;

/**
 * A conv net at image scale with random weights from a fixed seed — 3×3
 * convolutions (see `ImageModel`), global average pooling, a 2-way softmax —
 * and random images labelled by it (48, or 16 for the heavy model; `rows`
 * others: the same model, and the same first images, in a suite of its own,
 * `image-480` — with two sizes a run's fixed costs and its costs per image
 * separate); six pixel groups, the horizontal bands of the image (all
 * channels), each permuted 3 times. The groups are written as index ranges
 * (`p[0:19871]`): the config is a few lines.
 */
export async function imageSuite(
  root: string,
  kind: ImageModel = 'light',
  rows: number = SHAPES[kind].rows,
): Promise<ImageSuite> {
  const base = kind === 'light' ? 'image' : `image-${kind}`;
  const name = rows === SHAPES[kind].rows ? base : `${base}-${rows}`;
  const dir = path.join(cacheDir(root), name);
  const ROWS = rows;
  const [h, w, c] = IMAGE_SHAPE;
  const features = h * w * c;
  const conv = (filters: number, strides: number, seed: number, inputShape?: number[]) =>
    tf.layers.conv2d({
      filters,
      kernelSize: 3,
      strides,
      padding: 'same',
      activation: 'relu',
      ...(inputShape === undefined ? {} : { inputShape }),
      kernelInitializer: tf.initializers.heNormal({ seed }),
      biasInitializer: tf.initializers.randomNormal({ stddev: 0.1, seed: seed + 100 }),
    });
  const model = tf.sequential({
    layers: [
      ...SHAPES[kind].convs.map(([filters, strides], i) =>
        conv(filters, strides, i + 1, i === 0 ? IMAGE_SHAPE : undefined),
      ),
      tf.layers.globalAveragePooling2d({}),
      tf.layers.dense({
        units: 2,
        activation: 'softmax',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }),
      }),
    ],
  });
  const rng = Rng.stream(42, 'bench', 'image');
  const raw = Float64Array.from({ length: ROWS * features }, () => rng.int(256));
  const x = Float32Array.from(raw, (v) => (v - 127.5) / 127.5);
  if (!existsSync(path.join(dir, 'ablation.yml'))) {
    // Labelled 48 images at a time: 480 at once would ask the wasm heap for gigabytes.
    const y = new Float64Array(ROWS);
    for (let start = 0; start < ROWS; start += PREDICT_ROWS) {
      const end = Math.min(ROWS, start + PREDICT_ROWS);
      const part = Float64Array.from(x.subarray(start * features, end * features));
      y.set(predictClasses(model, part, IMAGE_SHAPE), start);
    }
    const names = Array.from({ length: features }, (_, i) => `p${i}`);
    await saveModel(model, path.join(dir, 'model'));
    writeCsv(path.join(dir, 'eval.csv'), names, raw, y);
    // Band g holds image rows [h·g/6, h·(g+1)/6): one inclusive range of pixel columns.
    const groups: Record<string, { features: string[] }> = {};
    for (let g = 0; g < GROUPS; g++) {
      const first = Math.ceil((g * h) / GROUPS) * w * c;
      const last = Math.ceil(((g + 1) * h) / GROUPS) * w * c - 1;
      groups[`band-${g + 1}`] = { features: [`p[${first}:${last}]`] };
    }
    writeFileSync(
      path.join(dir, 'ablation.yml'),
      // JSON is YAML.
      JSON.stringify(
        {
          suite: name,
          model: 'model/model.json',
          data: {
            eval: 'eval.csv',
            label: 'label',
            task: 'binary',
            classes: [0, 1],
            scaling: { center: 127.5, scale: 127.5 },
          },
          metrics: ['accuracy'],
          seed: 42,
          repeats: REPEATS,
          ablations: { layers: [], features: [], 'feature-modes': ['permute'], groups },
        },
        null,
        1,
      ).replace(/\n {4,}/g, ' '),
    );
  }
  return {
    kind,
    config: path.relative(root, path.join(dir, 'ablation.yml')),
    rows: ROWS,
    features,
    groups: GROUPS,
    variants: GROUPS * REPEATS,
    model,
    x,
  };
}

/**
 * Seconds of the forward passes alone that a run of the image suite needs:
 * the baseline and every variant, one `predict` over all rows each (a
 * tensor per batch of 48 images, made beforehand: 480 images sliced inside
 * `predict` took 5× as long; median of 3 timings of one pass, after a
 * warm-up).
 */
export function forwardSeconds(suite: ImageSuite): number {
  const inputs = imageBatches(suite).map(([start, end]) =>
    tf.tensor(suite.x.subarray(start * pixels, end * pixels), [end - start, ...IMAGE_SHAPE]),
  );
  const pass = (): number => {
    const started = performance.now();
    for (const input of inputs) {
      const out = suite.model.predict(input) as tf.Tensor;
      out.dataSync();
      out.dispose();
    }
    return (performance.now() - started) / 1000;
  };
  pass();
  const seconds = median([pass(), pass(), pass()]);
  inputs.forEach((input) => input.dispose());
  return seconds * (1 + suite.variants);
}

const pixels = IMAGE_SHAPE.reduce((a, b) => a * b, 1);

/** [start, end) of each batch of at most 48 images (the forward passes alone take them so). */
export function imageBatches(suite: ImageSuite): [number, number][] {
  const batches: [number, number][] = [];
  for (let start = 0; start < suite.rows; start += PREDICT_ROWS) {
    batches.push([start, Math.min(suite.rows, start + PREDICT_ROWS)]);
  }
  return batches;
}
