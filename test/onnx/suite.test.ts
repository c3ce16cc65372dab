import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Component } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { decodeModel, encodeModel } from '../../src/onnx/model.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite, prepareOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { floatValues, setFloatValues } from '../../src/onnx/tensor.js';
import { Rng } from '../../src/stats/rng.js';

/** Goldens of test/onnx/golden_suite.py: each ablation made independently in Python. */
const GOLDEN = JSON.parse(readFileSync('test/golden/onnx-suite.json', 'utf8')) as Record<
  'mlp' | 'resnet',
  Record<string, number[]>
>;

const MLP_CONFIG = `suite: mlp
model: model.onnx
data: { eval: data/eval.csv, label: label, task: multiclass, classes: [c0, c1, c2] }
seed: 11
repeats: 2
ablations:
  layers: all
  layer-modes: [zero, mean, remove, reinit]
  features: all
  feature-modes: [permute, zero, mean, { value: 0.5 }]
  groups:
    pair: { features: [f1, f4] }
`;

const RESNET_CONFIG = `suite: resnet
model: model.onnx
data:
  eval: data/eval.csv
  label: digit
  task: multiclass
  classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
ablations:
  layers: ['layer1.0', 'layer1.0.*']
  layer-modes: [zero, mean, remove]
  features: []
`;

async function suiteOf(source: string, yaml: string, runtime: OnnxRuntime): Promise<OnnxSuite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-onnx-suite-'));
  await mkdir(path.join(root, '.git'));
  await cp(path.join(source, 'model.onnx'), path.join(root, 'model.onnx'));
  await cp(path.join(source, 'data'), path.join(root, 'data'), { recursive: true });
  await writeFile(path.join(root, 'ablation.yml'), yaml);
  const config = await loadConfig('ablation.yml', { cwd: root });
  return prepareOnnxSuite(config, root, runtime);
}

function expectClose(actual: Float32Array, expected: ArrayLike<number>, tolerance = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++)
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst).toBeLessThanOrEqual(tolerance);
}

function component(suite: OnnxSuite, id: string): Component {
  const found = suite.components.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no component ${id}`);
  return found;
}

/** The unedited model run by the runtime directly on these (already scaled) rows. */
async function direct(
  runtime: OnnxRuntime,
  file: string,
  x: Float32Array,
  rows: number,
): Promise<Float32Array> {
  const session = await runtime.ort.InferenceSession.create(readFileSync(file));
  try {
    const input = new runtime.ort.Tensor('float32', x, [rows, x.length / rows]);
    const out = await session.run({ input });
    return out.probabilities.data as Float32Array;
  } finally {
    await session.release();
  }
}

const MLP = 'test/fixtures/onnx/mlp-torch';
const RESNET = 'examples/onnx-resnet';

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  let runtime: OnnxRuntime;
  let mlp: OnnxSuite;
  let resnet: OnnxSuite;
  beforeAll(async () => {
    runtime = await loadOnnxRuntime(name, [process.cwd()]);
    mlp = await suiteOf(MLP, MLP_CONFIG, runtime);
    resnet = await suiteOf(RESNET, RESNET_CONFIG, runtime);
  }, 60_000);
  afterAll(async () => {
    await disposeOnnxSuite(mlp);
    await disposeOnnxSuite(resnet);
  });

  it('records the runtime it ran on', () => {
    expect(runtime.name).toBe(name);
    expect(runtime.version).toMatch(/^1\.\d+\.\d+$/);
  });

  it('plans the PyTorch scopes as components, each mode applicable or not with its reason', () => {
    const ids = mlp.components.filter((c) => c.on === 'layers').map((c) => c.id);
    // fc3 makes the graph's output's input only through /Softmax, so `all` keeps it.
    expect(ids).toEqual(
      ['fc1', 'act1', 'fc2', 'act2', 'fc3'].flatMap((l) =>
        ['zero', 'mean', 'remove', 'reinit'].map((m) => `layer:${l}:${m}`),
      ),
    );
    expect(component(mlp, 'layer:fc1:remove').notApplicable).toBe(
      'remove needs equal input and output shapes; input is [n, 6], output [n, 8]',
    );
    expect(component(mlp, 'layer:act1:reinit').notApplicable).toMatch(/^reinit needs weights/);
    expect(component(mlp, 'layer:fc2:remove').notApplicable).toBeUndefined();
  });

  it.each([
    ['mlp', 'layer:fc2:zero'],
    ['mlp', 'layer:act1:zero'],
    ['mlp', 'layer:act1:mean'],
    ['mlp', 'layer:fc2:mean'],
    ['mlp', 'layer:act2:remove'],
    ['resnet', 'layer:layer1.0.conv2:zero'],
    ['resnet', 'layer:layer1.0.bn2:mean'],
    ['resnet', 'layer:layer1.0:mean'],
    ['resnet', 'layer:layer1.0:remove'],
    ['resnet', 'layer:layer1.0.relu:remove'],
  ] as const)('%s %s equals the model edited independently (Python onnx)', async (model, id) => {
    const suite = model === 'mlp' ? mlp : resnet;
    const out = await new OnnxEvaluator(suite).evaluate(component(suite, id), 0);
    expectClose(out, GOLDEN[model][id]);
  });

  it('output as: logits turns the logits into probabilities (the softmax the graph lacks)', async () => {
    // The MLP without its Softmax: fc3's output, renamed, holds the logits.
    const model = decodeModel(readFileSync(`${MLP}/model.onnx`));
    const graph = model.graph!;
    graph.node = graph.node.filter((n) => n.opType !== 'Softmax');
    graph.node[graph.node.length - 1].output = ['logits'];
    graph.output[0].name = 'logits';
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-logits-'));
    await cp(`${MLP}/data`, path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, 'model.onnx'), encodeModel(model));
    const yaml = MLP_CONFIG.replace(
      'model: model.onnx',
      'model: model.onnx\noutput: { name: logits, as: logits }',
    );
    const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-logits-repo-'));
    await mkdir(path.join(root, '.git'));
    await cp(dir, root, { recursive: true });
    await writeFile(path.join(root, 'ablation.yml'), yaml);
    const suite = await prepareOnnxSuite(
      await loadConfig('ablation.yml', { cwd: root }),
      root,
      runtime,
    );
    try {
      expectClose(suite.baseline, GOLDEN.mlp.baseline);
      const out = await new OnnxEvaluator(suite).evaluate(component(suite, 'layer:fc2:zero'), 0);
      expectClose(out, GOLDEN.mlp['layer:fc2:zero']);
    } finally {
      await disposeOnnxSuite(suite);
    }
  });

  it('an image input [n, C, H, W] is filled row-major by the pixel columns', async () => {
    // The conv net taking [n, 1, 8, 8] itself: its Reshape dropped, the Div fed the image.
    const model = decodeModel(readFileSync(`${RESNET}/model.onnx`));
    const graph = model.graph!;
    graph.node = graph.node.filter((n) => n.opType !== 'Reshape');
    graph.node.find((n) => n.name === '/conv1/Conv')!.input[0] = '/Div_output_0';
    const input = graph.input[0].type!.value;
    if (input.case !== 'tensorType') throw new Error('not a tensor');
    input.value.shape!.dim.splice(
      1,
      1,
      ...[1n, 8n, 8n].map((d) => ({
        ...input.value.shape!.dim[1],
        value: { case: 'dimValue' as const, value: d },
      })),
    );
    const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-nchw-'));
    await mkdir(path.join(root, '.git'));
    await cp(`${RESNET}/data`, path.join(root, 'data'), { recursive: true });
    await writeFile(path.join(root, 'model.onnx'), encodeModel(model));
    await writeFile(path.join(root, 'ablation.yml'), RESNET_CONFIG);
    const suite = await prepareOnnxSuite(
      await loadConfig('ablation.yml', { cwd: root }),
      root,
      runtime,
    );
    try {
      expect(suite.session.io.inputShape).toEqual([1, 8, 8]);
      expectClose(suite.baseline, GOLDEN.resnet.baseline);
      const out = await new OnnxEvaluator(suite).evaluate(
        component(suite, 'layer:layer1.0:remove'),
        0,
      );
      expectClose(out, GOLDEN.resnet['layer:layer1.0:remove']);
    } finally {
      await disposeOnnxSuite(suite);
    }
  });

  it('the baseline is the runtime’s own predictions, exactly', async () => {
    for (const [suite, file] of [
      [mlp, `${MLP}/model.onnx`],
      [resnet, `${RESNET}/model.onnx`],
    ] as const) {
      const x = Float32Array.from(suite.modelData.x);
      expect(suite.baseline).toEqual(await direct(runtime, file, x, suite.dataset.n));
      expectClose(suite.baseline, GOLDEN[suite === mlp ? 'mlp' : 'resnet'].baseline);
    }
  });

  it('reinit equals the model with its weights redrawn by hand from the documented streams', async () => {
    for (const repeat of [0, 1]) {
      const model = decodeModel(readFileSync(`${MLP}/model.onnx`));
      for (const t of model.graph!.initializer) {
        const values = floatValues(t) as Float32Array;
        if (t.name === 'fc2.bias') setFloatValues(t, new Float32Array(values.length));
        if (t.name !== 'fc2.weight') continue;
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
        const rng = Rng.stream(11, 'reinit', 'fc2', 'fc2.weight', repeat);
        setFloatValues(
          t,
          Float32Array.from(values, () => s * rng.normal()),
        );
      }
      const session = await runtime.ort.InferenceSession.create(encodeModel(model));
      const x = Float32Array.from(mlp.modelData.x);
      const input = new runtime.ort.Tensor('float32', x, [mlp.dataset.n, 6]);
      const expected = (await session.run({ input })).probabilities.data as Float32Array;
      await session.release();
      const out = await new OnnxEvaluator(mlp).evaluate(component(mlp, 'layer:fc2:reinit'), repeat);
      expectClose(out, expected);
      expect(out).not.toEqual(mlp.baseline);
    }
  });

  it.each([
    'feature:f2:permute',
    'feature:f2:zero',
    'feature:f3:mean',
    'feature:f0:value=0.5',
    'group:pair:permute',
  ])('%s equals the model run on inputs changed by hand', async (id) => {
    const c = component(mlp, id);
    const n = mlp.dataset.n;
    const x = mlp.modelData.x;
    const changed = Float32Array.from(x);
    const cols = (c.on === 'features' ? c.features : []).map((f) => Number(f.slice(1)));
    for (const j of cols) {
      const column = Array.from({ length: n }, (_, r) => x[r * 6 + j]);
      const mean = column.reduce((a, b) => a + b, 0) / n;
      const permutation = Rng.stream(11, 'permute', c.id, 1).permutation(n);
      for (let r = 0; r < n; r++) {
        changed[r * 6 + j] = id.endsWith('permute')
          ? x[permutation[r] * 6 + j]
          : id.endsWith('zero')
            ? 0
            : id.endsWith('mean')
              ? mean
              : 0.5;
      }
    }
    const out = await new OnnxEvaluator(mlp).evaluate(c, 1);
    expectClose(out, await direct(runtime, `${MLP}/model.onnx`, changed, n));
  });
});
