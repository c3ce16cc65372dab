import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';
import { median } from './process.js';
import { cacheDir, predictClasses, writeCsv } from './suites.js';

/** Teachable Machine's input: 224 × 224 RGB = 150,528 pixel features. */
export const IMAGE_SHAPE = [224, 224, 3];
const ROWS = 48;
const GROUPS = 6;
const REPEATS = 3;

/** The image suite: its config, model, eval rows and variants (6 bands × permute × 3). */
export interface ImageSuite {
  config: string;
  rows: number;
  features: number;
  groups: number;
  /** Ablated forward passes a run makes (groups × repeats). */
  variants: number;
  model: tf.LayersModel;
  x: Float32Array;
}

/**
 * A conv net at image scale with random weights from a fixed seed — three
 * stride-2 3×3 convolutions (8, 16, 32 filters), global average pooling, a
 * 2-way softmax — and 48 random images labelled by it; six pixel groups, the
 * horizontal bands of the image (all channels), each permuted 3 times.
 * The groups are written as index ranges (`p[0:19871]`): the config is a
 * few lines.
 */
export async function imageSuite(root: string): Promise<ImageSuite> {
  const dir = path.join(cacheDir(root), 'image');
  const [h, w, c] = IMAGE_SHAPE;
  const features = h * w * c;
  const conv = (filters: number, seed: number, inputShape?: number[]) =>
    tf.layers.conv2d({
      filters,
      kernelSize: 3,
      strides: 2,
      padding: 'same',
      activation: 'relu',
      ...(inputShape === undefined ? {} : { inputShape }),
      kernelInitializer: tf.initializers.heNormal({ seed }),
      biasInitializer: tf.initializers.randomNormal({ stddev: 0.1, seed: seed + 100 }),
    });
  const model = tf.sequential({
    layers: [
      conv(8, 1, IMAGE_SHAPE),
      conv(16, 2),
      conv(32, 3),
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
    const y = predictClasses(model, Float64Array.from(x), IMAGE_SHAPE);
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
          suite: 'image',
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
 * the baseline and every variant, one `predict` over all rows each (median
 * of 3 timings of one pass, after a warm-up).
 */
export function forwardSeconds(suite: ImageSuite): number {
  const input = tf.tensor(suite.x, [suite.rows, ...IMAGE_SHAPE]);
  const pass = (): number => {
    const started = performance.now();
    const out = suite.model.predict(input, { batchSize: suite.rows }) as tf.Tensor;
    out.dataSync();
    out.dispose();
    return (performance.now() - started) / 1000;
  };
  pass();
  const seconds = median([pass(), pass(), pass()]);
  input.dispose();
  return seconds * (1 + suite.variants);
}
