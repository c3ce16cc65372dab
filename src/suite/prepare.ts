import type { ModelData } from '../ablation/inputs.js';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { planComponents, type Component } from '../ablation/plan.js';
import { planSensitivityOf, type SensitivityComponent } from '../sensitivity/plan.js';
import { configError } from '../config/error.js';
import { locate } from '../config/locate.js';
import type { Config, MetricName } from '../config/types.js';
import { loadDataset } from '../data/load.js';
import { scalingVectors, type ScalingVectors } from '../data/scaling.js';
import type { Dataset } from '../data/types.js';
import { selectRows } from '../data/where.js';
import { InputError } from '../errors.js';
import { metricApplies } from '../metrics/registry.js';
import { buildGraph, type ModelGraph } from '../model/graph.js';

/**
 * The eval data of a suite, parsed once and checked against the config:
 * the metrics against its task, the scaling, each model unit test's slice
 * and class. Every stage reads it (training, evaluation, scoring).
 */
export interface PreparedData {
  dataset: Dataset;
  scaling: ScalingVectors;
  /** Per model unit test: its slice's rows and the class it scores, if any. */
  tests: { rows: Int32Array; cls?: number }[];
}

/** Everything a run of a TF.js model needs, loaded and checked against each other. */
export interface PreparedSuite extends PreparedData {
  config: Config;
  model: tf.LayersModel;
  /** Absolute path of the model.json the model was loaded from. */
  modelFile: string;
  modelHash: string;
  graph: ModelGraph;
  /** Per-example model input shape (batch dimension dropped). */
  inputShape: number[];
  components: Component[];
  /** Sensitivity curves to measure (`ablations.sensitivity`; absent: none). */
  sensitivity?: SensitivityComponent[];
}

/** The eval data as the evaluator reads it: the raw matrix (`x`, by default the dataset's) and its scaling. */
export function modelData(suite: PreparedSuite, x: Float64Array = suite.dataset.x): ModelData {
  const { dataset, scaling } = suite;
  return {
    n: dataset.n,
    features: dataset.features,
    x,
    center: scaling.center,
    scale: scaling.scale,
  };
}

/** Parses the eval data a config names (its file, label, features, task and classes). */
export function loadEvalData(config: Config, cwd: string): Promise<Dataset> {
  return loadDataset({
    path: config.data.eval,
    displayPath: display(config.data.eval, cwd),
    label: config.data.label,
    features: config.data.features,
    task: config.data.task,
    classes: config.data.classes,
    configFile: config.file,
  });
}

/**
 * Loads the eval data a config names and checks the config against it
 * (metrics against the task, the scaling, test slices and classes), so
 * that a bad config fails before anything is trained or evaluated.
 */
export async function prepareData(config: Config, cwd: string): Promise<PreparedData> {
  try {
    const dataset = await loadEvalData(config, cwd);
    checkMetrics(config, dataset);
    // Scaling given as a JSON file: its errors name that file and its own keys.
    const scalingFile = config.data.scalingFile;
    const scaling = scalingVectors(
      dataset,
      config.data.scaling,
      scalingFile === undefined
        ? { file: config.file, key: 'data.scaling' }
        : { file: display(scalingFile, cwd), key: '' },
    );
    const tests = config.tests.map((test, i) => ({
      rows: selectRows(dataset, test.where, { file: config.file, key: `tests[${i}].where` }),
      cls: test.class === undefined ? undefined : classIndex(config, dataset, test.class, i),
    }));
    return { dataset, scaling, tests };
  } catch (error) {
    throw withConfigLine(error, config);
  }
}

/**
 * Loads the model a config names (`config.model`: the user's, or the
 * retrained baseline) and checks it against the prepared data and the
 * config (layers, the input width against the features, the outputs
 * against the task), then plans the components. The caller disposes `model`.
 */
export async function prepareModel(
  config: Config,
  data: PreparedData,
  cwd: string,
): Promise<PreparedSuite> {
  // Without `model`, the engine points config.model at the retrained baseline first.
  const modelFile = config.model;
  if (modelFile === undefined) throw new Error('prepareModel: the config names no model');
  try {
    // TF.js is loaded with the model, not with this module: an ONNX run prepares its data here.
    const { loadModel } = await import('../model/load.js');
    const loaded = await loadModel(modelFile, display(modelFile, cwd));
    try {
      const graph = buildGraph(loaded.model);
      const inputShape = checkModel(config, display(modelFile, cwd), graph, data.dataset);
      const components = planComponents(config, graph, data.dataset.features);
      // Sensitivity curves: their names are checked here, before anything is evaluated.
      const sensitivity = planSensitivityOf(config, graph, data.dataset.features);
      return {
        config,
        ...data,
        modelFile,
        model: loaded.model,
        modelHash: loaded.hash,
        graph,
        inputShape,
        components,
        ...(sensitivity === undefined ? {} : { sensitivity }),
      };
    } catch (error) {
      loaded.model.dispose();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}

/** {@link prepareData} then {@link prepareModel}: a config that names its model. */
export async function prepareSuite(config: Config, cwd: string): Promise<PreparedSuite> {
  return prepareModel(config, await prepareData(config, cwd), cwd);
}

function display(file: string, cwd: string): string {
  return path.relative(cwd, file) || file;
}

/** Adds the config line to an input error about a config key that lacks one. */
export function withConfigLine(error: unknown, config: Config): unknown {
  if (!(error instanceof InputError) || error.file !== config.file || error.line !== undefined) {
    return error;
  }
  const location = locate(config, error.where ?? '');
  if (location.line === undefined) return error;
  return new InputError(error.detail, location, { cause: error });
}

function checkMetrics(config: Config, dataset: Dataset): void {
  const check = (name: MetricName, key: string): void => {
    if (!metricApplies(name, dataset.task)) {
      throw configError(
        config,
        key,
        `${name} does not apply to a ${dataset.task} task (data ${dataset.label}: ${dataset.task})`,
      );
    }
  };
  config.metrics.forEach((name, i) => check(name, `metrics[${i}]`));
  config.tests.forEach((test, i) => check(test.metric, `tests[${i}].metric`));
}

function classIndex(config: Config, dataset: Dataset, name: string, test: number): number {
  const index = dataset.classes?.indexOf(name) ?? -1;
  if (index < 0) {
    throw configError(
      config,
      `tests[${test}].class`,
      `${JSON.stringify(name)} is not a class of the data (classes: ${(dataset.classes ?? []).join(', ')})`,
    );
  }
  return index;
}

/** Checks the model's single input and output against the data; returns the input shape. */
function checkModel(config: Config, file: string, graph: ModelGraph, dataset: Dataset): number[] {
  if (graph.inputSlots.length !== 1 || graph.outputSlots.length !== 1) {
    throw new InputError(
      `the model has ${graph.inputSlots.length} inputs and ${graph.outputSlots.length} outputs; ablation-ci evaluates models with one input and one output`,
      { file },
    );
  }
  const shape = graph.slotShapes[graph.inputSlots[0]];
  if (shape.some((d) => d === null)) {
    throw new InputError(`the model's input shape [${shape.join(', ')}] is not fixed`, { file });
  }
  const inputShape = shape as number[];
  const width = inputShape.reduce((a, d) => a * d, 1);
  const f = dataset.features.length;
  if (width !== f) {
    throw configError(
      config,
      config.data.features === undefined ? 'data.eval' : 'data.features',
      `the model ${file} takes ${width} values per example (input shape [${inputShape.join(', ')}]) but the data has ${f} features`,
    );
  }
  const outputShape = graph.slotShapes[graph.outputSlots[0]];
  const outputs = outputShape.reduce<number>((a, d) => a * (d ?? 1), 1);
  const expected =
    dataset.task === 'multiclass'
      ? [dataset.classes?.length ?? 0]
      : dataset.task === 'binary'
        ? [1, 2]
        : [1];
  if (!expected.includes(outputs)) {
    throw configError(
      config,
      dataset.task === 'regression' ? 'data.task' : 'data.classes',
      `the model ${file} has ${outputs} outputs but a ${dataset.task} task with ${dataset.classes?.length ?? 1} classes needs ${expected.join(' or ')}`,
    );
  }
  return inputShape;
}
