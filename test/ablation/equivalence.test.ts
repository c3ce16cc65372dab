import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Evaluator, type ModelData } from '../../src/ablation/evaluate.js';
import { planComponents, type Component } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { buildGraph } from '../../src/model/graph.js';
import { loadModel } from '../../src/model/load.js';
import { drawWeights } from '../../src/model/reinit.js';
import { saveModel } from '../../src/model/save.js';
import { Rng } from '../../src/stats/rng.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

/**
 * The optimised evaluator (work units, rank-one first-layer updates, partial
 * recomputation from the baseline's activations) against the straightforward
 * computation: per variant, the ablated raw inputs through `model.predict`,
 * or the model run layer by layer with the ablated layer's output replaced.
 * The mean a layer's `mean` ablation uses is checked against `tf.mean` of a
 * sub-model's outputs.
 */

beforeAll(useWasm);

const TOLERANCE = 1e-5;
const ALL_LAYER_MODES = ['zero', 'reinit', 'mean', 'remove'] as const;
const ALL_FEATURE_MODES: Config['ablations']['featureModes'] = [
  'permute',
  'zero',
  'mean',
  { value: 0.75 },
];

interface Case {
  model: tf.LayersModel;
  inputShape: number[];
  data: ModelData;
  components: Component[];
  seed: number;
  repeats: number;
}

async function exampleCase(name: string, features: Config['ablations']['features']): Promise<Case> {
  const loaded = await loadConfig(`examples/${name}/ablation.yml`, { cwd: process.cwd() });
  const config: Config = {
    ...loaded,
    repeats: 2,
    ablations: {
      ...loaded.ablations,
      layers: 'all',
      layerModes: [...ALL_LAYER_MODES],
      features,
      featureModes: ALL_FEATURE_MODES,
    },
  };
  const suite = await prepareSuite(config, process.cwd());
  return {
    model: suite.model,
    inputShape: suite.inputShape,
    data: modelData(suite),
    components: suite.components,
    seed: config.seed,
    repeats: config.repeats,
  };
}

/** A functional model with a skip connection, its input flattened into a first Dense layer. */
async function skipCase(dir: string): Promise<Case> {
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const input = tf.input({ shape: [2, 3], name: 'pixels' });
  const flat = tf.layers.flatten({ name: 'flat' }).apply(input) as tf.SymbolicTensor;
  const d1 = tf.layers
    .dense({ units: 8, activation: 'relu', name: 'd1', kernelInitializer: init(1) })
    .apply(flat) as tf.SymbolicTensor;
  const d2 = tf.layers
    .dense({ units: 8, activation: 'tanh', name: 'd2', kernelInitializer: init(2) })
    .apply(d1) as tf.SymbolicTensor;
  const skip = tf.layers.add({ name: 'skip' }).apply([d1, d2]) as tf.SymbolicTensor;
  const out = tf.layers
    .dense({ units: 3, activation: 'softmax', name: 'out', kernelInitializer: init(3) })
    .apply(skip) as tf.SymbolicTensor;
  const built = tf.model({ inputs: input, outputs: out });
  await saveModel(built, dir);
  built.dispose();
  const { model } = await loadModel(path.join(dir, 'model.json'), 'skip/model.json');
  const n = 40;
  const features = ['a', 'b', 'c', 'd', 'e', 'f'];
  const x = Float64Array.from({ length: n * 6 }, (_, i) =>
    i % 5 === 0 ? 0.75 : Math.sin(i * 1.7) * 3 + (i % 6),
  );
  const config = testConfig({
    repeats: 2,
    ablations: {
      layers: 'all',
      layerModes: [...ALL_LAYER_MODES],
      features: 'all',
      featureModes: ALL_FEATURE_MODES,
      groups: [
        { name: 'abc', features: ['a', 'b', 'c'] },
        { name: 'both', layers: ['d1', 'd2'] },
      ],
    },
  });
  const data = {
    n,
    features,
    x,
    center: new Float64Array(6).fill(1),
    scale: new Float64Array(6).fill(2),
  };
  return {
    model,
    inputShape: [2, 3],
    data,
    components: planComponents(config, buildGraph(model), features),
    seed: config.seed,
    repeats: 2,
  };
}

/**
 * An MLP whose first two layers are Dense (the second-layer shortcut), with
 * unit counts that are not multiples of 4 (the kernels' scalar tails).
 */
async function mlpCase(
  dir: string,
  first: 'relu' | 'linear',
  second: 'relu' | 'tanh',
  dropout = false,
): Promise<Case> {
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const built = tf.sequential({
    layers: [
      tf.layers.dense({
        units: 10,
        activation: first,
        inputShape: [7],
        kernelInitializer: init(4),
        biasInitializer: tf.initializers.randomNormal({ stddev: 0.2, seed: 5 }),
      }),
      ...(dropout ? [tf.layers.dropout({ rate: 0.5 })] : []),
      tf.layers.dense({ units: 6, activation: second, kernelInitializer: init(6) }),
      tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: init(7) }),
    ],
  });
  const folder = path.join(dir, `mlp-${first}-${second}-${dropout}`);
  await saveModel(built, folder);
  built.dispose();
  const { model } = await loadModel(path.join(folder, 'model.json'), 'mlp/model.json');
  const n = 57;
  const features = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  // Repeated values (so some permuted rows do not change) and large swings (so ReLUs change side).
  const x = Float64Array.from({ length: n * 7 }, (_, i) =>
    i % 4 === 0 ? 0.75 : Math.sin(i * 2.3) * 4 + (i % 7),
  );
  const config = testConfig({
    repeats: 3,
    ablations: {
      layers: [],
      layerModes: [],
      features: 'all',
      featureModes: ALL_FEATURE_MODES,
      groups: [{ name: 'bc', features: ['b', 'c'] }],
    },
  });
  return {
    model,
    inputShape: [7],
    data: {
      n,
      features,
      x,
      center: new Float64Array(7).fill(0.5),
      scale: new Float64Array(7).fill(1.5),
    },
    components: planComponents(config, buildGraph(model), features),
    seed: config.seed,
    repeats: 3,
  };
}

/** The Keras 3 MLP fixture as converted (Dense relu → Dropout → Dense softmax), on its inputs and more. */
async function kerasCase(): Promise<Case> {
  const { model } = await loadModel('test/fixtures/models/mlp-keras3/model.json', 'mlp-keras3');
  const inputs = (
    JSON.parse(await readFile('test/fixtures/models/inputs.json', 'utf8')) as { mlp: number[][] }
  ).mlp;
  const n = 45;
  const x = Float64Array.from({ length: n * 4 }, (_, i) => {
    const row = inputs[Math.floor(i / 4) % inputs.length];
    return row[i % 4] * (1 + Math.floor(i / 20) / 10);
  });
  const features = ['a', 'b', 'c', 'd'];
  const config = testConfig({
    repeats: 2,
    ablations: {
      layers: [],
      layerModes: [],
      features: 'all',
      featureModes: ALL_FEATURE_MODES,
      groups: [],
    },
  });
  return {
    model,
    inputShape: [4],
    data: { n, features, x, center: new Float64Array(4), scale: new Float64Array(4).fill(1) },
    components: planComponents(config, buildGraph(model), features),
    seed: config.seed,
    repeats: 2,
  };
}

function scaled(c: Case, raw: Float64Array): tf.Tensor {
  const f = c.data.features.length;
  const values = Float32Array.from(raw, (v, i) => (v - c.data.center[i % f]) / c.data.scale[i % f]);
  return tf.tensor(values, [c.data.n, ...c.inputShape]);
}

function predict(c: Case, raw: Float64Array): Float32Array {
  return tf.tidy(() => (c.model.predict(scaled(c, raw)) as tf.Tensor).dataSync() as Float32Array);
}

/** The model's output with some layers' outputs replaced, run layer by layer from its inbound nodes. */
function replaced(
  c: Case,
  replace: (name: string, inputs: tf.Tensor[], output: tf.Tensor) => tf.Tensor | undefined,
): Float32Array {
  return tf.tidy(() => {
    const values = new Map<string, tf.Tensor>();
    values.set(c.model.inputLayers[0].name, scaled(c, c.data.x));
    for (const layer of c.model.layers) {
      if (values.has(layer.name)) continue;
      const inputs = layer.inboundNodes[0].inboundLayers.map((l) => values.get(l.name)!);
      const output = layer.apply(inputs.length === 1 ? inputs[0] : inputs) as tf.Tensor;
      values.set(layer.name, replace(layer.name, inputs, output) ?? output);
    }
    return values.get(c.model.outputLayers[0].name)!.dataSync() as Float32Array;
  });
}

/** A layer's mean output over the eval set, from a sub-model ending at it. */
function subModelMean(c: Case, name: string): tf.Tensor {
  return tf.tidy(() => {
    const layer = c.model.getLayer(name);
    const sub = tf.model({ inputs: c.model.inputs, outputs: layer.output });
    return tf.mean(sub.predict(scaled(c, c.data.x)) as tf.Tensor, 0);
  });
}

function naiveLayer(c: Case, layers: string[], mode: string, repeat: number): Float32Array {
  if (mode === 'reinit') {
    const saved = layers.map((name) =>
      c.model
        .getLayer(name)
        .getWeights()
        .map((w) => w.clone()),
    );
    for (const name of layers) {
      const drawn = drawWeights(c.model.getLayer(name), c.seed, repeat);
      c.model.getLayer(name).setWeights(drawn);
      tf.dispose(drawn);
    }
    const out = predict(c, c.data.x);
    layers.forEach((name, i) => c.model.getLayer(name).setWeights(saved[i]));
    tf.dispose(saved.flat());
    return out;
  }
  const means = new Map(mode === 'mean' ? layers.map((l) => [l, subModelMean(c, l)]) : []);
  const out = replaced(c, (name, inputs, output) => {
    if (!layers.includes(name)) return undefined;
    if (mode === 'zero') return tf.zerosLike(output);
    if (mode === 'remove') return inputs[0];
    return tf.broadcastTo(means.get(name)!, output.shape);
  });
  tf.dispose([...means.values()]);
  return out;
}

function naiveFeature(c: Case, component: Component, repeat: number): Float32Array {
  if (component.on !== 'features') throw new Error('not a feature component');
  const { n, features, x } = c.data;
  const f = features.length;
  const columns = component.features.map((name) => features.indexOf(name));
  const raw = Float64Array.from(x);
  const { mode } = component;
  const permutation =
    mode === 'permute' ? Rng.stream(c.seed, 'permute', component.id, repeat).permutation(n) : null;
  for (const j of columns) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * f + j] / n;
    for (let i = 0; i < n; i++) {
      raw[i * f + j] =
        permutation !== null
          ? x[permutation[i] * f + j]
          : mode === 'zero'
            ? 0
            : mode === 'mean'
              ? mean
              : typeof mode === 'object'
                ? mode.value
                : NaN;
    }
  }
  return predict(c, raw);
}

function checkAll(c: Case, expectedPath: Evaluator['featurePath']): Set<string> {
  // A small memory budget: several row batches and stacked units.
  const evaluator = new Evaluator(buildGraph(c.model), c.inputShape, c.data, {
    seed: c.seed,
    repeats: c.repeats,
    memoryBudget: 48 * 1024,
  });
  expect(evaluator.featurePath).toBe(expectedPath);
  const outputs = evaluator.run(c.components);
  evaluator.dispose();
  const modes = new Set<string>();
  for (const component of c.components) {
    if (component.notApplicable !== undefined) continue;
    const got = outputs.get(component.id)!;
    expect(got).toHaveLength(component.stochastic ? c.repeats : 1);
    got.forEach((values, repeat) => {
      const want =
        component.on === 'layers'
          ? naiveLayer(c, component.layers, component.mode, repeat)
          : naiveFeature(c, component, repeat);
      expect(values.length).toBe(want.length);
      let worst = 0;
      for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(values[i] - want[i]));
      expect(worst, `${component.id} repeat ${repeat}`).toBeLessThanOrEqual(TOLERANCE);
    });
    const mode = typeof component.mode === 'string' ? component.mode : 'value';
    modes.add(`${component.kind}:${mode}`);
  }
  return modes;
}

describe('the optimised evaluator equals the naive per-variant computation', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-skip-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('on the breast-cancer MLP (second-layer path), every layer and feature mode and the groups', async () => {
    const c = await exampleCase('breast-cancer', 'all');
    const modes = checkAll(c, 'second-layer');
    c.model.dispose();
    expect([...modes].sort()).toEqual([
      'feature:mean',
      'feature:permute',
      'feature:value',
      'feature:zero',
      'group:mean',
      'group:permute',
      'group:reinit',
      'group:value',
      'group:zero',
      'layer:mean',
      'layer:reinit',
      'layer:remove',
      'layer:zero',
    ]);
  });

  it('on the digits conv net (full path), with a block of pixels named by ranges', async () => {
    const c = await exampleCase('digits', ['px_[2:5]_[3:4]']);
    const modes = checkAll(c, 'full');
    c.model.dispose();
    expect(modes).toContain('feature:permute');
    expect(modes).toContain('group:value');
    expect(modes).toContain('layer:mean');
  });

  it.each([
    ['relu', 'relu', false],
    ['relu', 'tanh', false],
    ['linear', 'tanh', false],
    ['relu', 'relu', true],
  ] as const)(
    'on an MLP of %s then %s Dense layers, dropout between them %s (second-layer path; widths 10 and 6)',
    async (first, second, dropout) => {
      const c = await mlpCase(dir, first, second, dropout);
      const modes = checkAll(c, 'second-layer');
      c.model.dispose();
      expect([...modes].sort()).toEqual([
        'feature:mean',
        'feature:permute',
        'feature:value',
        'feature:zero',
        'group:mean',
        'group:permute',
        'group:value',
        'group:zero',
      ]);
    },
  );

  it('on the Keras 3 MLP fixture as converted (second-layer path through its Dropout)', async () => {
    const c = await kerasCase();
    const modes = checkAll(c, 'second-layer');
    c.model.dispose();
    expect([...modes].sort()).toEqual([
      'feature:mean',
      'feature:permute',
      'feature:value',
      'feature:zero',
    ]);
  });

  it('on a functional model with a skip connection (Flatten into the first Dense)', async () => {
    const c = await skipCase(dir);
    const modes = checkAll(c, 'rank-one');
    expect(c.components.find((x) => x.id === 'layer:d2:remove')?.notApplicable).toBeUndefined();
    c.model.dispose();
    expect(modes).toContain('layer:remove');
    expect(modes).toContain('group:reinit');
    expect(modes).toContain('feature:value');
  });
});
