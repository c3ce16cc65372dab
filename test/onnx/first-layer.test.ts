import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { FirstLayerPath } from '../../src/onnx/first-layer-path.js';
import { splitFirstLayer } from '../../src/onnx/first-layer.js';
import { decodeModel, type ModelProto } from '../../src/onnx/model.js';
import { NodeProtoSchema } from '../../src/onnx/onnx-ml_pb.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { denseStackOnnx } from '../../bench/speed/onnx-writer.js';
import { denseWeights, evaluateOn, layerSuites, maxDifference } from './layer-suites.js';

const WIDE = decodeModel(denseStackOnnx(denseWeights([40, 32, 32, 2], 1)));
const TORCH = decodeModel(readFileSync('test/fixtures/onnx/mlp-torch/model.onnx'));
const SKLEARN = decodeModel(readFileSync('examples/onnx-tabular/model.onnx'));
const RESNET = decodeModel(readFileSync('examples/onnx-resnet/model.onnx'));

/** A Dense stack whose input one more node reads (a skip path): no first layer to cut. */
function inputReadTwice(): ModelProto {
  const model = decodeModel(denseStackOnnx(denseWeights([4, 3, 2], 2)));
  model.graph!.node.push(
    create(NodeProtoSchema, {
      opType: 'Relu',
      name: '/extra/Relu',
      input: ['input'],
      output: ['extra'],
    }),
  );
  return model;
}

/** A single MatMul + Add to two outputs: the first layer makes the output itself. */
const LINEAR = decodeModel(denseStackOnnx(denseWeights([5, 2], 3)));
LINEAR.graph!.node.pop(); // the Softmax
LINEAR.graph!.output[0].name = '/fc1/Add_output_0';

describe('splitFirstLayer', () => {
  it.each([
    [
      'MatMul + bias Add (the wide suite)',
      WIDE,
      'probabilities',
      '/fc1/Add_output_0',
      40,
      32,
      ['MatMul', 'Add'],
      'fc1.weight',
    ],
    [
      'Gemm, transB = 1 (torch.onnx.export)',
      TORCH,
      'probabilities',
      '/fc1/Gemm_output_0',
      6,
      8,
      ['Gemm'],
      'fc1.weight',
    ],
    [
      'Scaler, MatMul, Add (skl2onnx)',
      SKLEARN,
      'probabilities',
      'add_result',
      30,
      16,
      ['Scaler', 'MatMul', 'Add'],
      'coefficient',
    ],
  ])('%s: cut after the first layer', (_, model, output, z1, features, units, ops, weight) => {
    const layer = splitFirstLayer(model, 'input', output)!;
    expect(layer).toMatchObject({ output: z1, features, units });
    expect(layer.head.graph!.node.map((n) => n.opType)).toEqual(ops);
    expect(layer.head.graph!.output.map((o) => o.name)).toEqual([z1]);
    expect(layer.tail.graph!.output.map((o) => o.name)).toEqual([output]);
    // The tail reads the first layer's kernel, never its weight: that stays in the head.
    const tailInitializers = layer.tail.graph!.initializer.map((t) => t.name);
    expect(tailInitializers).toContain('ablation-ci.kernel');
    expect(tailInitializers).not.toContain(weight);
    expect(layer.tail.graph!.input.map((i) => i.name)).toEqual([
      'ablation-ci.z1.block',
      'ablation-ci.rows',
      'ablation-ci.delta',
      'ablation-ci.columns',
    ]);
  });

  it.each([
    ['a conv net (Reshape, Conv)', RESNET, 'logits'],
    ['the input read by two nodes', inputReadTwice(), 'probabilities'],
    ['the first layer makes the output', LINEAR, '/fc1/Add_output_0'],
  ])('%s: no first layer (full passes)', (_, model, output) => {
    expect(splitFirstLayer(model, 'input', output)).toBeUndefined();
  });
});

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  const suites: Record<string, OnnxSuite> = {};
  beforeAll(async () => {
    Object.assign(suites, await layerSuites(await loadOnnxRuntime(name, [process.cwd()])));
  }, 60_000);
  afterAll(async () => {
    for (const suite of Object.values(suites)) await disposeOnnxSuite(suite);
  });

  it.each(['wide', 'torch', 'tabular'])(
    '%s: every feature ablation through the first layer equals full passes (1e-5)',
    async (which) => {
      const suite = suites[which];
      const fast = new OnnxEvaluator(suite);
      const full = new OnnxEvaluator(suite, { firstLayer: false });
      expect(await fast.usesFirstLayer()).toBe(true);
      expect(await full.usesFirstLayer()).toBe(false);
      const features = suite.components.filter((c): c is FeatureComponent => c.on === 'features');
      expect(features.length).toBeGreaterThan(which === 'wide' ? 160 : 24);
      let worst = 0;
      let changed = 0;
      for (const component of features) {
        const count = component.stochastic ? suite.config.repeats : 1;
        const [a, b] = [
          await fast.featureRepeats(component, count),
          await full.featureRepeats(component, count),
        ];
        expect(a.length).toBe(count);
        a.forEach((out, r) => {
          worst = Math.max(worst, maxDifference(out, b[r]));
          if (maxDifference(out, suite.baseline) > 1e-3) changed++;
        });
      }
      expect(worst).toBeLessThanOrEqual(1e-5);
      // The ablations did change predictions (a path that returned the baseline would fail).
      expect(changed).toBeGreaterThan(features.length / 2);
      await fast.close();
    },
    120_000,
  );

  it('a group too wide to copy out reads its columns in place: the same predictions', async () => {
    const suite = suites.torch;
    const { runtime, io } = suite.session;
    const create = (columnValues?: number) =>
      FirstLayerPath.create(runtime, suite.model, io, suite.modelData, {
        secondLayer: false,
        columnValues,
      });
    const [copied, inPlace] = [(await create())!, (await create(0))!];
    const features = suite.components.filter((c): c is FeatureComponent => c.on === 'features');
    expect(features.some((c) => c.features.length > 1)).toBe(true);
    for (const component of features) {
      const [a, b] = [
        await evaluateOn(copied, suite, component),
        await evaluateOn(inPlace, suite, component),
      ];
      expect(b).toEqual(a);
      expect(maxDifference(a[0], suite.baseline)).toBeGreaterThan(0);
    }
    await copied.close();
    await inPlace.close();
  });

  it('stacks rows per tail run by runtime: onnxruntime-node’s stay in cache', async () => {
    // 32 units: onnxruntime-node stacks 256 Ki values (8,192 rows; 2,048 at the wide suite's
    // 128), onnxruntime-web up to 16,384 rows; shared by a component's 3 repeats.
    const suite = suites.wide;
    const { runtime, io } = suite.session;
    const path = (await FirstLayerPath.create(runtime, suite.model, io, suite.modelData))!;
    expect([path.blockRows(1), path.blockRows(3)]).toEqual(
      name === 'onnxruntime-node' ? [8192, 2730] : [16384, 5461],
    );
    await path.close();
  });

  it('stacking a component’s repeats gives each repeat’s predictions alone', async () => {
    const suite = suites.torch;
    const evaluator = new OnnxEvaluator(suite);
    const permute = suite.components.find((c) => c.id === 'feature:f2:permute') as FeatureComponent;
    const stacked = await evaluator.featureRepeats(permute, 4);
    for (let repeat = 0; repeat < 4; repeat++) {
      expect(
        maxDifference(stacked[repeat], await evaluator.evaluate(permute, repeat)),
      ).toBeLessThanOrEqual(1e-6);
    }
    // Different permutations, different predictions.
    expect(maxDifference(stacked[0], stacked[1])).toBeGreaterThan(1e-3);
    await evaluator.close();
  });
});
