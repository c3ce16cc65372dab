import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../src/model/execute.js';
import { affectedNodes, buildGraph } from '../../src/model/graph.js';
import { useWasm } from '../helpers/backend.js';

beforeAll(useWasm);

const seeded = (seed: number) => tf.initializers.glorotUniform({ seed });

function branchyModel(): tf.LayersModel {
  const input = tf.input({ shape: [6], name: 'x' });
  const a = tf.layers
    .dense({ units: 5, activation: 'relu', name: 'a', kernelInitializer: seeded(1) })
    .apply(input) as tf.SymbolicTensor;
  const b = tf.layers
    .dense({ units: 5, activation: 'tanh', name: 'b', kernelInitializer: seeded(2) })
    .apply(input) as tf.SymbolicTensor;
  const sum = tf.layers.add({ name: 'sum' }).apply([a, b]) as tf.SymbolicTensor;
  const same = tf.layers
    .dense({ units: 5, name: 'same', kernelInitializer: seeded(3), biasInitializer: 'ones' })
    .apply(sum) as tf.SymbolicTensor;
  const out = tf.layers
    .dense({ units: 3, activation: 'softmax', name: 'out', kernelInitializer: seeded(4) })
    .apply(same) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

let rows: tf.Tensor;
beforeAll(() => {
  rows = tf.tensor2d(
    Array.from({ length: 8 * 6 }, (_, i) => Math.sin(i * 1.7)),
    [8, 6],
  );
});

describe('evaluateGraph', () => {
  it('orders a functional model topologically and reproduces model.predict', () => {
    const model = branchyModel();
    const graph = buildGraph(model);
    expect(graph.nodes.map((n) => n.layer.name)).toEqual(['x', 'a', 'b', 'sum', 'same', 'out']);
    const expected = (model.predict(rows) as tf.Tensor).arraySync();
    const got = tf.tidy(() => evaluateGraph(graph, [rows])[graph.outputSlots[0]].arraySync());
    expect(got).toEqual(expected);
  });

  it('recomputes only what depends on an ablated layer', () => {
    const graph = buildGraph(branchyModel());
    const names = (set: Set<number>) => [...set].map((i) => graph.nodes[i].layer.name);
    expect(names(affectedNodes(graph, ['b']))).toEqual(['b', 'sum', 'same', 'out']);
    expect(names(affectedNodes(graph, ['same']))).toEqual(['same', 'out']);
  });

  it('zeroes a layer: the next layer sees zeros, so only its bias reaches the output', () => {
    const model = branchyModel();
    const graph = buildGraph(model);
    const out = model.getLayer('out');
    const [, bias] = out.getWeights();
    const expected = tf.tidy(() =>
      tf
        .softmax(bias.reshape([1, 3]))
        .tile([8, 1])
        .arraySync(),
    );
    const got = tf.tidy(() =>
      evaluateGraph(graph, [rows], new Map([['same', { kind: 'zero' }]]))[
        graph.outputSlots[0]
      ].arraySync(),
    );
    expect(got).toEqual(expected);
  });

  it('removes a layer by passing its input through, equal to the model built without it', () => {
    const model = branchyModel();
    const graph = buildGraph(model);
    const baseline = tf.tidy(() => evaluateGraph(graph, [rows]));
    const got = tf.tidy(() =>
      evaluateGraph(graph, [rows], new Map([['same', { kind: 'remove' }]]), baseline)[
        graph.outputSlots[0]
      ].arraySync(),
    );
    const sum = model.getLayer('sum').output as tf.SymbolicTensor;
    const outLayer = model.getLayer('out');
    const shortcut = tf.model({
      inputs: model.inputs,
      outputs: outLayer.apply(sum) as tf.SymbolicTensor,
    });
    expect(got).toEqual((shortcut.predict(rows) as tf.Tensor).arraySync());
    for (const t of new Set(baseline)) if (t !== rows) t.dispose();
  });

  it('reads unaffected layers from the baseline and leaves no tensor behind', () => {
    const model = branchyModel();
    const graph = buildGraph(model);
    const before = tf.memory().numTensors;
    const baseline = tf.tidy(() => evaluateGraph(graph, [rows]));
    const mean = tf.ones([1, 5]);
    const output = tf.tidy(
      () =>
        evaluateGraph(graph, [rows], new Map([['same', { kind: 'mean', value: mean }]]), baseline)[
          graph.outputSlots[0]
        ],
    );
    const values = output.arraySync() as number[][];
    // A constant activation gives every row the same output.
    for (const row of values) expect(row).toEqual(values[0]);
    output.dispose();
    mean.dispose();
    for (const t of new Set(baseline)) if (t !== rows) t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
