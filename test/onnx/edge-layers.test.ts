/**
 * Layer ablations of graphs at the edge of the component edits (test/fixtures/onnx/edge/make.py):
 * each ablation either equals the model edited here by hand (another mechanism than
 * src/onnx/edit.ts and reinit.ts) and run by the runtime, to 1e-5, or is reported not
 * applicable with its reason — never a wrong number, never a failed run.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Component } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { scopeLines } from '../../src/pipeline/onnx.js';
import { decodeModel, encodeModel, type ModelProto } from '../../src/onnx/model.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { OnnxSession } from '../../src/onnx/session.js';
import { disposeOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { floatValues, setFloatValues } from '../../src/onnx/tensor.js';
import { Rng } from '../../src/stats/rng.js';
import { maxDifference, suiteOf, TORCH_CSV } from './layer-suites.js';

const CONFIG = `suite: edge
model: model.onnx
data: { eval: eval.csv, label: label, task: multiclass, classes: [c0, c1, c2] }
seed: 9
repeats: 2
ablations:
  layers: all
  layer-modes: [zero, mean, remove, reinit]
  features: []
`;

const fixture = (graph: string): Buffer => readFileSync(`test/fixtures/onnx/edge/${graph}.onnx`);

/** The model of `graph` changed by hand. */
function edited(graph: string, change: (model: ModelProto) => void): ModelProto {
  const model = decodeModel(fixture(graph));
  change(model);
  return model;
}

function setInitializer(
  model: ModelProto,
  name: string,
  values: (old: Float32Array) => Float32Array,
) {
  const tensor = model.graph!.initializer.find((t) => t.name === name)!;
  setFloatValues(tensor, values(floatValues(tensor) as Float32Array));
}

/** Values redrawn as reinit documents: Normal(0, s²), s the trained values' deviation. */
function redrawn(values: Float32Array, stream: Rng): Float32Array {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return Float32Array.from(values, () => s * stream.normal());
}

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  let runtime: OnnxRuntime;
  const suites: Record<string, OnnxSuite> = {};
  beforeAll(async () => {
    runtime = await loadOnnxRuntime(name, [process.cwd()]);
    for (const graph of [
      'tied-weights',
      'if-reads-component',
      'batchless-component',
      'transpose-component',
      'int-component',
    ]) {
      suites[graph] = await suiteOf(fixture(graph), CONFIG, TORCH_CSV, runtime);
    }
  }, 60_000);
  afterAll(async () => {
    for (const suite of Object.values(suites)) await disposeOnnxSuite(suite);
  });

  const component = (suite: OnnxSuite, id: string): Component =>
    suite.components.find((c) => c.id === id)!;

  /** The runtime's predictions of a model edited by hand, on the suite's rows. */
  async function run(suite: OnnxSuite, model: ModelProto): Promise<Float32Array> {
    const session = await OnnxSession.create(runtime, encodeModel(model), suite.session.io);
    try {
      return await session.predictAll(suite.modelData);
    } finally {
      await session.close();
    }
  }

  async function expectAblation(graph: string, id: string, model: ModelProto, repeat = 0) {
    const suite = suites[graph];
    const out = await new OnnxEvaluator(suite).evaluate(component(suite, id), repeat);
    expect(maxDifference(out, await run(suite, model))).toBeLessThanOrEqual(1e-5);
    expect(maxDifference(out, suite.baseline)).toBeGreaterThan(1e-3);
  }

  it('reinit of a component whose weight and bias another component also reads redraws its own copy', async () => {
    for (const repeat of [0, 1]) {
      const model = edited('tied-weights', (m) => {
        const graph = m.graph!;
        const enc = graph.node.find((n) => n.name === '/enc/Gemm')!;
        const [weight, bias] = ['wt', 'bt'].map((t) =>
          graph.initializer.find((i) => i.name === t)!,
        );
        const stream = Rng.stream(9, 'reinit', 'enc', 'wt', repeat);
        graph.initializer.push({ ...weight, name: 'enc.own.wt' }, { ...bias, name: 'enc.own.bt' });
        enc.input = ['a1', 'enc.own.wt', 'enc.own.bt'];
        setInitializer(m, 'enc.own.wt', (v) => redrawn(v, stream));
        setInitializer(m, 'enc.own.bt', (v) => new Float32Array(v.length));
      });
      await expectAblation('tied-weights', 'layer:enc:reinit', model, repeat);
    }
  });

  it('a component output read only inside an If branch counts as an output', async () => {
    const suite = suites['if-reads-component'];
    expect(suite.scopes.get('enc')!.outputs).toEqual(['t1', 't2']);
    for (const mode of ['zero', 'mean', 'remove', 'reinit']) {
      expect(component(suite, `layer:enc:${mode}`).notApplicable).toBe(
        `${mode} needs a component with one output; it has 2 (t1, t2)`,
      );
    }
    // Removing act1 keeps the initializer only the If's branch reads.
    await expectAblation(
      'if-reads-component',
      'layer:act1:remove',
      edited('if-reads-component', (m) => {
        m.graph!.node.find((n) => n.name === '/act1/Relu')!.opType = 'Identity';
      }),
    );
  });

  it('mean needs the batch at axis 0 of the output; zero does not', async () => {
    const suite = suites['batchless-component'];
    expect(component(suite, 'layer:pos:mean').notApplicable).toBe(
      'mean needs the batch at axis 0 of its output; "pos_out" is [1, 8] whatever the rows',
    );
    await expectAblation(
      'batchless-component',
      'layer:pos:zero',
      edited('batchless-component', (m) => {
        setInitializer(m, 'p', (v) => new Float32Array(v.length));
        setInitializer(m, 'pb', (v) => new Float32Array(v.length));
      }),
    );
  });

  it('remove and mean read the batch axis from two probes, not from shapes that match at one row count', async () => {
    const suite = suites['transpose-component'];
    const problems = Object.fromEntries(
      ['swap:mean', 'swap:remove', 'scale:mean', 'unswap:remove'].map((id) => [
        id,
        component(suite, `layer:${id}`).notApplicable,
      ]),
    );
    expect(problems).toEqual({
      'swap:mean': 'mean needs the batch at axis 0 of its output; "tr" is [2, n]',
      'swap:remove': 'remove needs equal input and output shapes; input is [n, 2], output [2, n]',
      'scale:mean': 'mean needs the batch at axis 0 of its output; "trs" is [2, n]',
      'unswap:remove': 'remove needs equal input and output shapes; input is [2, n], output [n, 2]',
    });
    // validate lists each component's output as the plan reads it.
    expect(scopeLines(suite)).toContain('  swap: 1 node (Transpose), output [2, n]');
    await expectAblation(
      'transpose-component',
      'layer:scale:remove',
      edited('transpose-component', (m) => setInitializer(m, 'col', (v) => v.map(() => 1))),
    );
  });

  it('zero of an int64 output is an int64 zero; mean is not applicable', async () => {
    const suite = suites['int-component'];
    expect(component(suite, 'layer:idx:mean').notApplicable).toBe(
      'mean needs a float32 output; "am" is [n] of int64',
    );
    // By hand: the index minus itself, where the argmax was read.
    await expectAblation(
      'int-component',
      'layer:idx:zero',
      edited('int-component', (m) => {
        const graph = m.graph!;
        const gather = graph.node.findIndex((n) => n.name === '/lookup/Gather');
        graph.node[gather].input[1] = 'am.zero';
        graph.node.splice(gather, 0, {
          ...graph.node[gather],
          opType: 'Sub',
          name: 'zero',
          input: ['am', 'am'],
          output: ['am.zero'],
          attribute: [],
        });
      }),
    );
  });
});
