import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { parse, stringify } from 'yaml';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';

/** A generated suite: its config and what the references need to do the same work. */
export interface BenchSuite {
  name: string;
  /** The config, relative to the repository root. */
  config: string;
  model: string;
  rows: number;
  features: number;
  /** Raw feature values, n × f, row-major (what the eval file holds). */
  x: Float64Array;
  /** Class index per row. */
  y: Float64Array;
  center: number;
  scale: number;
  inputShape: number[];
  /** The feature ablations: columns moved together, the mode, its repeats. */
  variants: { id: string; columns: number[]; mode: 'permute' | 'zero'; repeats: number }[];
}

/** Where generated suites live (git-ignored); inside the repository, as configs require. */
export function cacheDir(root: string): string {
  return path.join(root, 'bench/.cache');
}

const SEED = 42;

/**
 * The wide tabular suite: `rows` × `features` standard-normal features, an
 * MLP features-128-128-2 with random weights from a fixed seed (saved to
 * disk), labels its own predictions with 10% flipped, every feature permuted
 * 3 times, accuracy.
 */
export async function wideSuite(root: string, rows: number, features: number): Promise<BenchSuite> {
  const name = `wide-${rows}x${features}`;
  const dir = path.join(cacheDir(root), name);
  const model = tf.sequential({
    layers: [dense(128, 'relu', 1, [features]), dense(128, 'relu', 2), dense(2, 'softmax', 3)],
  });
  const rng = Rng.stream(SEED, 'bench', name);
  const x = Float64Array.from({ length: rows * features }, () =>
    Number(rng.normal().toPrecision(6)),
  );
  const y = predictClasses(model, x, [features]);
  for (let i = 0; i < rows; i++) if (rng.next() < 0.1) y[i] = 1 - y[i];
  const names = Array.from({ length: features }, (_, j) => `f${j}`);
  if (!existsSync(path.join(dir, 'ablation.yml'))) {
    await saveModel(model, path.join(dir, 'model'));
    writeCsv(path.join(dir, 'eval.csv'), names, x, y);
    writeFileSync(
      path.join(dir, 'ablation.yml'),
      stringify({
        suite: name,
        model: 'model/model.json',
        data: { eval: 'eval.csv', label: 'label', task: 'binary', classes: [0, 1] },
        metrics: ['accuracy'],
        seed: SEED,
        repeats: 3,
        resamples: 1000,
        ablations: { layers: [], features: 'all', 'feature-modes': ['permute'] },
      }),
    );
    writeFileSync(path.join(dir, 'weights.json'), JSON.stringify(weightsOf(model)));
  }
  model.dispose();
  return {
    name,
    config: path.relative(root, path.join(dir, 'ablation.yml')),
    model: path.join(dir, 'model/model.json'),
    rows,
    features,
    x,
    y,
    center: 0,
    scale: 1,
    inputShape: [features],
    variants: names.map((f, j) => ({
      id: `feature:${f}:permute`,
      columns: [j],
      mode: 'permute',
      repeats: 3,
    })),
  };
}

/**
 * The digits example's feature ablations (every pixel permuted 5 times and
 * zeroed, the four pixel groups likewise) on its conv net and eval data:
 * the part of examples/digits a feature loop can do the same way.
 */
export function digitsSuite(root: string): BenchSuite {
  const example = path.join(root, 'examples/digits');
  const config = parse(readFileSync(path.join(example, 'ablation.yml'), 'utf8')) as {
    repeats: number;
    ablations: Record<string, unknown> & { groups: Record<string, { features?: string[] }> };
  };
  const dir = path.join(cacheDir(root), 'digits-features');
  mkdirSync(dir, { recursive: true });
  const groups = Object.fromEntries(
    Object.entries(config.ablations.groups).filter(([, g]) => g.features !== undefined),
  );
  const relative = path.relative(dir, example);
  writeFileSync(
    path.join(dir, 'ablation.yml'),
    stringify({
      ...config,
      suite: 'digits-features',
      metrics: ['accuracy'],
      model: `${relative}/model/model.json`,
      data: { ...(config as unknown as { data: object }).data, eval: `${relative}/data/eval.csv` },
      ablations: { ...config.ablations, layers: [], groups },
    }),
  );
  const lines = readFileSync(path.join(example, 'data/eval.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const pixels = header.filter((h) => h.startsWith('px_'));
  const label = header.indexOf('digit');
  const columns = pixels.map((p) => header.indexOf(p));
  const x = new Float64Array((lines.length - 1) * pixels.length);
  const y = new Float64Array(lines.length - 1);
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    columns.forEach((c, j) => (x[i * pixels.length + j] = Number(cells[c])));
    y[i] = Number(cells[label]);
  });
  const variants: BenchSuite['variants'] = [];
  const modes = [
    ['permute', config.repeats],
    ['zero', 1],
  ] as const;
  pixels.forEach((p, j) => {
    for (const [mode, repeats] of modes) {
      variants.push({ id: `feature:${p}:${mode}`, columns: [j], mode, repeats });
    }
  });
  for (const [group, { features }] of Object.entries(groups)) {
    const cols = features!.map((f) => pixels.indexOf(f));
    for (const [mode, repeats] of modes) {
      variants.push({ id: `group:${group}:${mode}`, columns: cols, mode, repeats });
    }
  }
  return {
    name: 'digits-features',
    config: path.relative(root, path.join(dir, 'ablation.yml')),
    model: path.join(example, 'model/model.json'),
    rows: y.length,
    features: pixels.length,
    x,
    y,
    center: 0,
    scale: 16,
    inputShape: [8, 8, 1],
    variants,
  };
}

function dense(units: number, activation: 'relu' | 'softmax', seed: number, inputShape?: number[]) {
  return tf.layers.dense({
    units,
    activation,
    ...(inputShape === undefined ? {} : { inputShape }),
    kernelInitializer: tf.initializers.glorotUniform({ seed }),
    biasInitializer: tf.initializers.randomNormal({ stddev: 0.1, seed: seed + 100 }),
  });
}

/** The model's arg-max class per row of x (raw = model input here). */
export function predictClasses(
  model: tf.LayersModel,
  x: Float64Array,
  shape: number[],
): Float64Array {
  const rows = x.length / shape.reduce((a, b) => a * b, 1);
  const classes = tf.tidy(() =>
    (model.predict(tf.tensor(Float32Array.from(x), [rows, ...shape])) as tf.Tensor).argMax(-1),
  );
  const result = Float64Array.from(classes.dataSync());
  classes.dispose();
  return result;
}

export function writeCsv(file: string, names: string[], x: Float64Array, y: Float64Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const f = names.length;
  const lines = [`${names.join(',')},label`];
  for (let i = 0; i < y.length; i++) {
    lines.push(`${Array.from(x.subarray(i * f, (i + 1) * f)).join(',')},${y[i]}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Dense kernels and biases, in layer order, as nested arrays (for scikit-learn). */
function weightsOf(model: tf.LayersModel): { kernel: number[][]; bias: number[] }[] {
  return model.layers.map((layer) => {
    const [kernel, bias] = layer.getWeights();
    return {
      kernel: kernel.arraySync() as number[][],
      bias: bias.arraySync() as number[],
    };
  });
}
