import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planComponents } from '../../src/ablation/plan.js';
import { buildGraph } from '../../src/model/graph.js';
import { loadModel } from '../../src/model/load.js';
import { saveModel } from '../../src/model/save.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

/**
 * Layers inside nested models are named by their path of model names, at
 * any depth and however the model was built — also where TF.js merges a
 * Sequential's first layer, when it is a model, into the Sequential (a
 * Teachable Machine export: MobileNet, then a Sequential head). A bare name
 * suggests its paths. Every model is saved and loaded as a user's would be.
 */

let dir: string;

const dense = (name: string, units: number, inputShape?: number[]) =>
  tf.layers.dense({ name, units, ...(inputShape === undefined ? {} : { inputShape }) });

/** A functional model named `name`: input `${name}_in` → `${first}` → `${second}`. */
function functional(name: string, first: string, second: string, width: number): tf.LayersModel {
  const input = tf.input({ shape: [width], name: `${name}_in` });
  const a = dense(first, 5).apply(input) as tf.SymbolicTensor;
  return tf.model({ name, inputs: input, outputs: dense(second, 4).apply(a) as tf.SymbolicTensor });
}

const head = (inputs: number) =>
  tf.sequential({
    name: 'head',
    layers: [
      dense('dense_Dense1', 3, [inputs]),
      tf.layers.dense({ name: 'dense_Dense2', units: 2, activation: 'softmax' }),
    ],
  });

const MODELS: [what: string, build: () => tf.LayersModel, layers: string[]][] = [
  [
    'a Sequential of a functional model and a Sequential head (Teachable Machine)',
    () => tf.sequential({ layers: [functional('mobilenet', 'Conv1', 'Conv_1', 6), head(4)] }),
    ['mobilenet/Conv1', 'mobilenet/Conv_1', 'head/dense_Dense1', 'head/dense_Dense2'],
  ],
  [
    'a functional model around a Sequential head',
    () => {
      const input = tf.input({ shape: [6], name: 'x' });
      const base = dense('base', 4).apply(input) as tf.SymbolicTensor;
      return tf.model({ inputs: input, outputs: head(4).apply(base) as tf.SymbolicTensor });
    },
    ['base', 'head/dense_Dense1', 'head/dense_Dense2'],
  ],
  [
    'a Sequential whose first layer is a Sequential whose first layer is a model',
    () => {
      const backbone = tf.sequential({
        name: 'backbone',
        layers: [functional('stem', 'Conv1', 'Conv_1', 6), dense('mix', 4)],
      });
      return tf.sequential({ layers: [backbone, head(4)] });
    },
    [
      'backbone/stem/Conv1',
      'backbone/stem/Conv_1',
      'backbone/mix',
      'head/dense_Dense1',
      'head/dense_Dense2',
    ],
  ],
];

beforeAll(async () => {
  await useWasm();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-nested-names-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('layer names in nested models', () => {
  it.each(MODELS)('%s: every layer by its path', async (what, build, layers) => {
    const built = build();
    const folder = path.join(dir, what.replace(/\W+/g, '-'));
    await saveModel(built, folder);
    built.dispose();
    const { model } = await loadModel(path.join(folder, 'model.json'), 'model.json');
    const graph = buildGraph(model);
    expect(graph.nodes.filter((node) => !node.isInput).map((node) => node.name)).toEqual(layers);

    const features = Array.from({ length: 6 }, (_, i) => `f${i}`);
    const plan = (names: string[]) =>
      planComponents(
        testConfig({
          ablations: {
            layers: names,
            layerModes: ['zero'],
            features: [],
            featureModes: [],
            groups: [],
          },
        }),
        graph,
        features,
      ).map((component) => component.name);
    // `head/*` names all of the head's layers; a bare name suggests its path.
    expect(plan(['head/*'])).toEqual(['head/dense_Dense1', 'head/dense_Dense2']);
    expect(() => plan(['dense_Dense1'])).toThrow(
      /ablations\.layers\[0\]: no layer of the model is named "dense_Dense1" \(did you mean head\/dense_Dense1\?\)$/,
    );
    const inner = layers.find((name) => name.endsWith('/Conv1'));
    if (inner !== undefined) {
      expect(() => plan(['Conv1'])).toThrow(
        new RegExp(`no layer of the model is named "Conv1" \\(did you mean ${inner}\\?\\)$`),
      );
    }
    model.dispose();
  });
});
