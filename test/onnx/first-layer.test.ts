import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { splitFirstLayer } from '../../src/onnx/first-layer.js';
import { decodeModel, type ModelProto } from '../../src/onnx/model.js';
import { NodeProtoSchema } from '../../src/onnx/onnx-ml_pb.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite, prepareOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { Rng } from '../../src/stats/rng.js';
import { denseStackOnnx, type DenseWeights } from '../../bench/speed/onnx-writer.js';

/** A Dense stack with standard-normal weights scaled by 1/√inputs (the wide suite's recipe). */
function denseWeights(sizes: number[], seed: number): DenseWeights[] {
  const rng = Rng.stream(seed, 'first-layer-test');
  return sizes.slice(1).map((units, i) => ({
    kernel: Array.from({ length: sizes[i] }, () =>
      Array.from({ length: units }, () => rng.normal() / Math.sqrt(sizes[i])),
    ),
    bias: Array.from({ length: units }, () => rng.normal() * 0.1),
  }));
}

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

const WIDE_CONFIG = `suite: wide
model: model.onnx
data:
  eval: eval.csv
  label: label
  task: binary
  classes: [0, 1]
  scaling: { center: { f0: 0.5, f3: -1 }, scale: { f0: 2, f3: 0.25 } }
seed: 3
repeats: 3
ablations:
  layers: []
  features: all
  feature-modes: [permute, zero, mean, { value: 0.75 }]
  groups:
    trio: { features: [f1, f7, f30] }
`;

const TORCH_CONFIG = `suite: torch
model: model.onnx
data:
  eval: eval.csv
  label: label
  task: multiclass
  classes: [c0, c1, c2]
  scaling: { center: { f0: 0.1, f2: -0.2 }, scale: { f0: 2, f2: 0.5 } }
seed: 9
repeats: 4
ablations:
  layers: []
  features: all
  feature-modes: [permute, zero, mean, { value: 0.25 }]
  groups:
    pair: { features: [f1, f4] }
`;

/** A suite in a fresh folder: the model, its config and an eval file. */
async function suiteOf(
  model: Uint8Array,
  yaml: string,
  csv: string,
  runtime: OnnxRuntime,
): Promise<OnnxSuite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-first-layer-'));
  await mkdir(path.join(root, '.git'));
  await writeFile(path.join(root, 'model.onnx'), model);
  await writeFile(path.join(root, 'eval.csv'), csv);
  await writeFile(path.join(root, 'ablation.yml'), yaml);
  const config = await loadConfig('ablation.yml', { cwd: root });
  return prepareOnnxSuite(config, root, runtime);
}

/** 300 rows of the wide model's 40 features (a few repeated values) and a label. */
function wideCsv(): string {
  const rng = Rng.stream(4, 'first-layer-test-rows');
  const names = Array.from({ length: 40 }, (_, j) => `f${j}`);
  const lines = [[...names, 'label'].join(',')];
  for (let r = 0; r < 300; r++) {
    // f5 takes few values, so `zero` and `value` leave some of its rows unchanged.
    const row = names.map((_, j) => (j === 5 ? String(r % 3) : rng.normal().toFixed(4)));
    lines.push([...row, String(r % 2)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

const TORCH_CSV = readFileSync('test/fixtures/onnx/mlp-torch/data/eval.csv', 'utf8');

function maxDifference(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  const suites: Record<string, OnnxSuite> = {};
  beforeAll(async () => {
    const runtime = await loadOnnxRuntime(name, [process.cwd()]);
    suites.wide = await suiteOf(
      denseStackOnnx(denseWeights([40, 32, 32, 2], 1)),
      WIDE_CONFIG,
      wideCsv(),
      runtime,
    );
    suites.tabular = await suiteOf(
      readFileSync('examples/onnx-tabular/model.onnx'),
      readFileSync('examples/onnx-tabular/ablation.yml', 'utf8').replace(
        'eval: data/eval.csv',
        'eval: eval.csv',
      ),
      readFileSync('examples/onnx-tabular/data/eval.csv', 'utf8'),
      runtime,
    );
    suites.torch = await suiteOf(
      readFileSync('test/fixtures/onnx/mlp-torch/model.onnx'),
      TORCH_CONFIG,
      TORCH_CSV,
      runtime,
    );
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
