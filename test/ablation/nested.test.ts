import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/ablation/evaluate.js';
import { planComponents } from '../../src/ablation/plan.js';
import { buildGraph } from '../../src/model/graph.js';
import { loadModel } from '../../src/model/load.js';
import { drawWeights } from '../../src/model/reinit.js';
import { saveModel } from '../../src/model/save.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

/**
 * A functional model around a nested Sequential head, as a Teachable
 * Machine export is: the head's layers are addressable as `head/h1`.
 */

let dir: string;
let model: tf.LayersModel;
const n = 12;
const features = ['a', 'b', 'c', 'd'];
const x = Float64Array.from({ length: n * 4 }, (_, i) => Math.cos(i * 0.9) * 2);
const data = {
  n,
  features,
  x,
  center: new Float64Array(4),
  scale: new Float64Array(4).fill(1),
};

beforeAll(async () => {
  await useWasm();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-nested-'));
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const head = tf.sequential({
    name: 'head',
    layers: [
      tf.layers.dense({
        inputShape: [6],
        units: 5,
        activation: 'relu',
        name: 'h1',
        kernelInitializer: init(2),
        biasInitializer: 'ones',
      }),
      tf.layers.dense({ units: 3, activation: 'softmax', name: 'h2', kernelInitializer: init(3) }),
    ],
  });
  const input = tf.input({ shape: [4], name: 'x' });
  const base = tf.layers
    .dense({ units: 6, activation: 'relu', name: 'base', kernelInitializer: init(1) })
    .apply(input) as tf.SymbolicTensor;
  const built = tf.model({ inputs: input, outputs: head.apply(base) as tf.SymbolicTensor });
  await saveModel(built, dir);
  built.dispose();
  ({ model } = await loadModel(path.join(dir, 'model.json'), 'model.json'));
});

afterAll(async () => {
  model.dispose();
  await rm(dir, { recursive: true, force: true });
});

const inner = (name: string): tf.layers.Layer =>
  (model.getLayer('head') as unknown as tf.LayersModel).getLayer(name);

describe('a nested model', () => {
  it('names its layers by path and ablates them as any other', () => {
    const graph = buildGraph(model);
    expect(graph.nodes.filter((node) => !node.isInput).map((node) => node.name)).toEqual([
      'base',
      'head/h1',
      'head/h2',
    ]);
    const config = testConfig({
      repeats: 1,
      ablations: {
        layers: ['head/*'],
        layerModes: ['zero', 'reinit'],
        features: [],
        featureModes: [],
        groups: [],
      },
    });
    const components = planComponents(config, graph, features);
    expect(components.map((c) => c.id)).toEqual([
      'layer:head/h1:zero',
      'layer:head/h1:reinit',
      'layer:head/h2:zero',
      'layer:head/h2:reinit',
    ]);
    const evaluator = new Evaluator(graph, [4], data, { seed: config.seed, repeats: 1 });
    const outputs = evaluator.run(components);
    evaluator.dispose();

    const zeroed = tf.tidy(
      () => (inner('h2').apply(tf.zeros([n, 5])) as tf.Tensor).dataSync() as Float32Array,
    );
    const got = outputs.get('layer:head/h1:zero')![0];
    got.forEach((v, i) => expect(v).toBeCloseTo(zeroed[i], 6));

    const original = inner('h1')
      .getWeights()
      .map((w) => w.clone());
    const drawn = drawWeights(inner('h1'), config.seed, 0);
    inner('h1').setWeights(drawn);
    const reinit = tf.tidy(() =>
      (model.predict(tf.tensor2d(Float32Array.from(x), [n, 4])) as tf.Tensor).dataSync(),
    );
    inner('h1').setWeights(original);
    tf.dispose([...original, ...drawn]);
    outputs.get('layer:head/h1:reinit')![0].forEach((v, i) => expect(v).toBeCloseTo(reinit[i], 6));
    expect(outputs.get('layer:head/h1:reinit')![0]).not.toEqual(got);
  });

  it('suggests the path when a nested layer is named without it', () => {
    const config = testConfig({
      ablations: {
        layers: ['h1'],
        layerModes: ['zero'],
        features: [],
        featureModes: [],
        groups: [],
      },
    });
    expect(() => planComponents(config, buildGraph(model), features)).toThrow(
      /no layer of the model is named "h1" \(did you mean .*head\/h1/,
    );
  });
});
