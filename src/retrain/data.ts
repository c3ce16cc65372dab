import path from 'node:path';
import { keyPath } from '../key-path.js';
import { locate } from '../config/locate.js';
import type { Config, RetrainVariant, Task } from '../config/types.js';
import { loadDataset } from '../data/load.js';
import { scalingVectors, type ScalingVectors } from '../data/scaling.js';
import type { Dataset } from '../data/types.js';
import { InputError } from '../errors.js';

/**
 * The training rows as `train()` receives them (`data`), with a variant's
 * dropped features already removed from every field:
 * - `x`: n × f model inputs, row-major: `(raw − center) / scale` when
 *   `data.scaling` is configured, else the raw values;
 * - `raw`: n × f raw feature values, row-major;
 * - `y`: per row, the class index (in `classes` order) or the target value;
 * - `features`: the f feature names in column order; `classes`: the class
 *   labels in output-index order (null for regression);
 * - `scaling`: the center and scale per feature applied to `x` (null when none).
 */
export interface TrainingData {
  n: number;
  features: string[];
  task: Task;
  classes: string[] | null;
  x: Float32Array;
  raw: Float32Array;
  y: Float32Array;
  scaling: { center: number[]; scale: number[] } | null;
}

/** The eval rows as the model sees them: n × f inputs, scaled, dropped features removed. */
export interface EvalInputs {
  n: number;
  f: number;
  x: Float32Array;
}

/** The training and eval data of a suite, loaded once for every variant. */
export interface RetrainData {
  train: Dataset;
  eval: Dataset;
  trainScaling: ScalingVectors;
  evalScaling: ScalingVectors;
  scaled: boolean;
}

/** Loads `data.train` with the eval data's label, features, task and classes. */
export async function loadRetrainData(
  config: Config,
  evalData: Dataset,
  cwd: string,
): Promise<RetrainData> {
  const file = config.data.train as string;
  const display = path.relative(cwd, file) || file;
  const train = await loadDataset({
    path: file,
    displayPath: display,
    label: config.data.label,
    features: evalData.features,
    task: evalData.task,
    classes: evalData.classes,
    configFile: config.file,
  });
  const location =
    config.data.scalingFile === undefined
      ? { file: config.file, key: 'data.scaling' }
      : { file: path.relative(cwd, config.data.scalingFile), key: '' };
  const shown =
    evalData.features.slice(0, 8).join(', ') + (evalData.features.length > 8 ? ', …' : '');
  for (const variant of config.ablations.retrain ?? []) {
    variant.dropFeatures.forEach((name, j) => {
      if (!evalData.features.includes(name)) {
        throw new InputError(
          `${JSON.stringify(name)} is not a feature of the data (features: ${shown})`,
          locate(config, keyPath('ablations', 'retrain', variant.name, 'drop-features', j)),
        );
      }
    });
  }
  return {
    train,
    eval: evalData,
    trainScaling: scalingVectors(train, config.data.scaling, location),
    evalScaling: scalingVectors(evalData, config.data.scaling, location),
    scaled: config.data.scaling !== undefined,
  };
}

/** The columns a variant keeps, in feature order. */
function kept(features: string[], variant: RetrainVariant | undefined): number[] {
  const drop = new Set(variant?.dropFeatures ?? []);
  return features.flatMap((name, j) => (drop.has(name) ? [] : [j]));
}

function matrices(
  dataset: Dataset,
  scaling: ScalingVectors,
  columns: number[],
): { raw: Float32Array; x: Float32Array } {
  const f = dataset.features.length;
  const g = columns.length;
  const raw = new Float32Array(dataset.n * g);
  const x = new Float32Array(dataset.n * g);
  for (let i = 0; i < dataset.n; i++) {
    columns.forEach((j, k) => {
      const value = dataset.x[i * f + j];
      raw[i * g + k] = value;
      x[i * g + k] = (value - scaling.center[j]) / scaling.scale[j];
    });
  }
  return { raw, x };
}

/** The `data` argument of `train()` for a variant (undefined: the baseline). */
export function trainingData(data: RetrainData, variant?: RetrainVariant): TrainingData {
  const columns = kept(data.train.features, variant);
  const { raw, x } = matrices(data.train, data.trainScaling, columns);
  return {
    n: data.train.n,
    features: columns.map((j) => data.train.features[j]),
    task: data.train.task,
    classes: data.train.classes ?? null,
    x,
    raw,
    y: Float32Array.from(data.train.y),
    scaling: data.scaled
      ? {
          center: columns.map((j) => data.trainScaling.center[j]),
          scale: columns.map((j) => data.trainScaling.scale[j]),
        }
      : null,
  };
}

/** The eval inputs for a variant's model (undefined: the baseline). */
export function evalInputs(data: RetrainData, variant?: RetrainVariant): EvalInputs {
  const columns = kept(data.eval.features, variant);
  return { n: data.eval.n, f: columns.length, x: matrices(data.eval, data.evalScaling, columns).x };
}
