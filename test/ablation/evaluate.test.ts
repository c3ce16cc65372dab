import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Evaluator, type ModelData } from '../../src/ablation/evaluate.js';
import { planComponents } from '../../src/ablation/plan.js';
import { buildGraph } from '../../src/model/graph.js';
import { Rng } from '../../src/stats/rng.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

beforeAll(useWasm);

const n = 50;
const f = 4;

function mlp(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [f],
        units: 6,
        activation: 'relu',
        name: 'hidden',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }),
        biasInitializer: tf.initializers.randomUniform({ seed: 4 }),
      }),
      tf.layers.dense({
        units: 6,
        activation: 'tanh',
        name: 'square',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }),
      }),
      tf.layers.dense({
        units: 2,
        activation: 'softmax',
        name: 'output',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 6 }),
      }),
    ],
  });
}

function data(): ModelData {
  const x = Float64Array.from({ length: n * f }, (_, i) => Math.cos(i * 0.37) * 10 + 5);
  return {
    n,
    features: ['a', 'b', 'c', 'd'],
    x,
    center: Float64Array.of(5, 5, 5, 5),
    scale: Float64Array.of(10, 10, 10, 2),
  };
}

const config = testConfig({
  repeats: 2,
  ablations: {
    layers: 'all',
    layerModes: ['zero', 'reinit', 'mean', 'remove'],
    features: 'all',
    featureModes: ['permute', 'zero', 'mean', { value: 3 }],
    groups: [{ name: 'ab', features: ['a', 'b'] }],
  },
});

function predictRows(model: tf.LayersModel, rows: number[][], d: ModelData): Float32Array {
  return tf.tidy(() => {
    const scaled = rows.map((row) => row.map((v, j) => (v - d.center[j]) / d.scale[j]));
    return (model.predict(tf.tensor2d(scaled)) as tf.Tensor).dataSync() as Float32Array;
  });
}

function rawRows(d: ModelData): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(d.x.subarray(i * f, (i + 1) * f)));
}

describe('Evaluator', () => {
  it('gives every component its outputs, equal to model.predict on the ablated inputs', () => {
    const model = mlp();
    const d = data();
    const graph = buildGraph(model);
    const components = planComponents(config, graph, d.features);
    // A tiny memory budget forces several row batches and stacked feature passes.
    const evaluator = new Evaluator(graph, [f], d, { seed: 7, repeats: 2, memoryBudget: 4096 });
    const baseline = evaluator.baseline();
    expect(baseline).toEqual(predictRows(model, rawRows(d), d));

    const outputs = evaluator.run(components);
    evaluator.dispose();
    expect([...outputs.keys()]).toEqual(
      components.filter((c) => c.notApplicable === undefined).map((c) => c.id),
    );
    expect(components.find((c) => c.id === 'layer:hidden:remove')?.notApplicable).toMatch(
      /equal input and output shapes/,
    );
    expect(outputs.get('layer:square:reinit')).toHaveLength(2);
    expect(outputs.get('feature:a:zero')).toHaveLength(1);

    // Feature ablations are the model on changed raw inputs.
    const rows = rawRows(d);
    const perm = Rng.stream(7, 'permute', 'feature:c:permute', 1).permutation(n);
    const expectations: [string, number, number[][]][] = [
      ['feature:a:zero', 0, rows.map((r) => [0, r[1], r[2], r[3]])],
      ['feature:d:value=3', 0, rows.map((r) => [r[0], r[1], r[2], 3])],
      ['feature:c:permute', 1, rows.map((r, i) => [r[0], r[1], rows[perm[i]][2], r[3]])],
    ];
    const meanA = rows.reduce((s, r) => s + r[0], 0) / n;
    expectations.push(['feature:a:mean', 0, rows.map((r) => [meanA, r[1], r[2], r[3]])]);
    const groupPerm = Rng.stream(7, 'permute', 'group:ab:permute', 0).permutation(n);
    expectations.push([
      'group:ab:permute',
      0,
      rows.map((r, i) => [rows[groupPerm[i]][0], rows[groupPerm[i]][1], r[2], r[3]]),
    ]);
    for (const [id, repeat, input] of expectations) {
      const got = outputs.get(id)![repeat];
      const want = predictRows(model, input, d);
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    }

    // Stochastic repeats differ from each other; zeroing a layer makes every row equal.
    const [r0, r1] = outputs.get('layer:hidden:reinit')!;
    expect(r0).not.toEqual(r1);
    const zeroed = outputs.get('layer:square:zero')![0];
    for (let i = 0; i < n; i++)
      expect([zeroed[2 * i], zeroed[2 * i + 1]]).toEqual([zeroed[0], zeroed[1]]);
  });

  it('is deterministic, restores re-initialised weights and leaves no tensor behind', () => {
    const model = mlp();
    const d = data();
    const graph = buildGraph(model);
    const components = planComponents(config, graph, d.features);
    const weightsBefore = model.getWeights().map((w) => Array.from(w.dataSync()));
    const tensorsBefore = tf.memory().numTensors;

    const once = (): Float32Array[] => {
      const evaluator = new Evaluator(graph, [f], d, { seed: 11, repeats: 2 });
      const result = [...evaluator.run(components).values()].flat();
      evaluator.dispose();
      return result;
    };
    expect(once()).toEqual(once());
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    expect(model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weightsBefore);
  });
});
