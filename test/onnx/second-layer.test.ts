import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { FirstLayerPath } from '../../src/onnx/first-layer-path.js';
import { splitFirstLayer } from '../../src/onnx/first-layer.js';
import { decodeModel, type ModelProto } from '../../src/onnx/model.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { splitSecondLayer } from '../../src/onnx/second-layer.js';
import { disposeOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { denseStackOnnx } from '../../bench/speed/onnx-writer.js';
import { pathCosts, prefersSecondLayer } from '../../src/onnx/second-layer-cost.js';
import {
  denseWeights,
  evaluateOn,
  FEW_FLIPS_CONFIG,
  fewFlips,
  fewFlipsCsv,
  layerSuites,
  maxDifference,
  suiteOf,
} from './layer-suites.js';

const WIDE = decodeModel(denseStackOnnx(denseWeights([40, 32, 32, 2], 1)));
const TORCH = decodeModel(readFileSync('test/fixtures/onnx/mlp-torch/model.onnx'));
const SKLEARN = decodeModel(readFileSync('examples/onnx-tabular/model.onnx'));

/** The wide model with its first activation turned into another op. */
function withActivation(opType: string): ModelProto {
  const model = decodeModel(denseStackOnnx(denseWeights([40, 32, 32, 2], 1)));
  model.graph!.node.find((n) => n.name === '/act1/Relu')!.opType = opType;
  return model;
}

/** The wide model whose second weight is computed (an Identity of the initializer). */
function computedSecondWeight(): ModelProto {
  const model = decodeModel(denseStackOnnx(denseWeights([40, 32, 32, 2], 1)));
  const graph = model.graph!;
  const matmul = graph.node.find((n) => n.name === '/fc2/MatMul')!;
  const weight = matmul.input[1];
  graph.node.unshift({
    ...matmul,
    opType: 'Identity',
    name: '/w/Identity',
    input: [weight],
    output: ['w2'],
  });
  matmul.input[1] = 'w2';
  return model;
}

/** Two layers only: the second layer makes the logits the softmax reads. */
const SHALLOW = decodeModel(denseStackOnnx(denseWeights([5, 4, 2], 3)));

function cut(model: ModelProto, output = 'probabilities') {
  return splitSecondLayer(model, splitFirstLayer(model, 'input', output)!, output);
}

describe('splitSecondLayer', () => {
  it.each([
    [
      'MatMul + Add, Relu, MatMul + Add (the wide suite)',
      WIDE,
      '/fc2/Add_output_0',
      32,
      ['Softmax', 'Add', 'MatMul', 'Relu'],
    ],
    [
      'Gemm transB = 1, Relu, Gemm transB = 1 (torch.onnx.export)',
      TORCH,
      '/fc2/Gemm_output_0',
      8,
      ['Relu', 'Gemm', 'Softmax'],
    ],
    [
      'skl2onnx: Scaler, MatMul, Add, Relu, MatMul, Add',
      SKLEARN,
      'add_result1',
      8,
      ['Relu', 'MatMul', 'Add', 'Sigmoid', 'Sub', 'Concat', 'ArgMax', 'Cast'],
    ],
  ])('%s: cut after the second layer', (_, model, z2, units, restOps) => {
    const layer = cut(model)!;
    expect(layer).toMatchObject({ output: z2, units });
    expect(layer.mid.graph!.output.map((o) => o.name)).toEqual([z2]);
    expect(layer.rest.graph!.input.map((i) => i.name)).toEqual([z2]);
    expect(new Set(layer.rest.graph!.node.map((n) => n.opType))).toEqual(new Set(restOps));
    expect(layer.correction.opsetImport).toEqual([
      expect.objectContaining({ domain: '', version: 17n }),
    ]);
    expect(layer.correction.graph!.node.map((n) => n.opType)).toContain('ScatterND');
  });

  it.each([
    ['a Tanh after the first layer', withActivation('Tanh')],
    ['a computed second weight', computedSecondWeight()],
  ])('%s: no second layer (the first-layer path)', (_, model) => {
    expect(splitFirstLayer(model, 'input', 'probabilities')).toBeDefined();
    expect(cut(model)).toBeUndefined();
  });

  it('the second layer makes the logits only a Softmax reads: cut; makes the output: not', () => {
    expect(cut(SHALLOW)).toBeDefined();
    const logits = decodeModel(denseStackOnnx(denseWeights([5, 4, 2], 3)));
    logits.graph!.node.pop();
    logits.graph!.output[0].name = '/fc2/Add_output_0';
    expect(cut(logits, '/fc2/Add_output_0')).toBeUndefined();
  });
});

describe('the cost rule (element passes)', () => {
  const wide = { n: 5000, h: 128, h2: 128, columns: 1, changedRows: 15000 };
  it.each([
    // The wide suite, about 4 % of its units flipped: the tail costs 1,075 passes a row, the
    // second layer 3,072 a row before any flip — the plain tail wins (measured: 3.4× faster).
    ['the wide suite, 3 repeats', { ...wide, flipFraction: 0.045 }, false],
    ['the wide suite with no flips', { ...wide, flipFraction: 0 }, false],
    [
      '512 × 512, 10 repeats, 0.1 % flips (measured: break-even)',
      { ...wide, h: 512, h2: 512, changedRows: 50000, flipFraction: 0.001 },
      false,
    ],
    [
      '1024 × 1024, 10 repeats, 0.1 % flips (measured: 1.85× faster)',
      { ...wide, h: 1024, h2: 1024, changedRows: 50000, flipFraction: 0.001 },
      true,
    ],
    [
      '512 × 512, 10 repeats, 4.5 % flips',
      { ...wide, h: 512, h2: 512, changedRows: 50000, flipFraction: 0.045 },
      false,
    ],
    [
      '512 × 512, one deterministic variant',
      { ...wide, h: 512, h2: 512, changedRows: 5000, flipFraction: 0 },
      false,
    ],
  ])('%s', (_, sizes, expected) => {
    expect(prefersSecondLayer(sizes)).toBe(expected);
  });

  it('counts the tail and the second layer as documented', () => {
    const costs = pathCosts({ ...wide, flipFraction: 0.045 });
    expect(costs.first).toBeCloseTo(15000 * (256 + 819.2), 6);
    expect(costs.second).toBeCloseTo(
      5000 * (819.2 + 128) + 15000 * (12 * 256 + 3 * 0.045 * 16384),
      6,
    );
  });
});

/** The first-layer path of a suite, with or without the second layer. */
async function pathOf(suite: OnnxSuite, secondLayer: boolean | 'always'): Promise<FirstLayerPath> {
  const { runtime, io } = suite.session;
  return (await FirstLayerPath.create(runtime, suite.model, io, suite.modelData, { secondLayer }))!;
}

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  const suites: Record<string, OnnxSuite> = {};
  beforeAll(async () => {
    Object.assign(suites, await layerSuites(await loadOnnxRuntime(name, [process.cwd()])));
  }, 60_000);
  afterAll(async () => {
    for (const suite of Object.values(suites)) await disposeOnnxSuite(suite);
  });

  it.each(['wide', 'torch', 'tabular'])(
    '%s: every feature ablation through the second layer equals full passes (1e-5)',
    async (which) => {
      const suite = suites[which];
      const path = await pathOf(suite, 'always');
      const full = new OnnxEvaluator(suite, { firstLayer: false });
      const features = suite.components.filter((c): c is FeatureComponent => c.on === 'features');
      let worst = 0;
      let changed = 0;
      for (const component of features) {
        const [a, b] = [
          await evaluateOn(path, suite, component),
          await full.featureRepeats(component, component.stochastic ? suite.config.repeats : 1),
        ];
        a.forEach((out, r) => {
          worst = Math.max(worst, maxDifference(out, b[r]));
          if (maxDifference(out, suite.baseline) > 1e-3) changed++;
        });
      }
      expect(worst).toBeLessThanOrEqual(1e-5);
      expect(changed).toBeGreaterThan(features.length / 2);
      // Every permuted single column and the permuted pair (2 columns, ≥ 3 repeats) took the
      // second layer; the deterministic modes and the trio (3 columns, 3 repeats) did not.
      const permuted = features.filter((c) => c.mode === 'permute');
      const taken = permuted.filter((c) => c.features.length < suite.config.repeats).length;
      expect(path.second!.components).toBe(taken);
      expect(taken).toBeGreaterThanOrEqual(which === 'wide' ? 40 : 6);
      await path.close();
    },
    120_000,
  );

  it('P is computed once per column: shared by the repeats and by the components of a run', async () => {
    const suite = suites.torch;
    const path = await pathOf(suite, 'always');
    const component = (id: string) => suite.components.find((c) => c.id === id) as FeatureComponent;
    await evaluateOn(path, suite, component('feature:f1:permute'));
    const second = path.second!;
    expect([second.components, second.computedColumns]).toEqual([1, 1]);
    await evaluateOn(path, suite, component('group:pair:permute'));
    // The pair (f1, f4) reads f1's P computed above, and computes f4's.
    expect([second.components, second.computedColumns]).toEqual([2, 2]);
    await evaluateOn(path, suite, component('feature:f4:permute'));
    expect([second.components, second.computedColumns]).toEqual([3, 2]);
    // A deterministic single variant keeps the first layer's tail.
    await evaluateOn(path, suite, component('feature:f2:zero'));
    expect([second.components, second.computedColumns]).toEqual([3, 2]);
    await path.close();
  });

  it('by cost: the wide-style model keeps the tail; a wide layer takes the second layer when few units flip', async () => {
    const wide = await pathOf(suites.wide, true);
    const features = suites.wide.components.filter(
      (c): c is FeatureComponent => c.on === 'features',
    );
    for (const component of features) await evaluateOn(wide, suites.wide, component);
    // Never opened: no component could gain even with no flips.
    expect(wide.second).toBeUndefined();
    await wide.close();

    const suite = await suiteOf(
      fewFlips(),
      FEW_FLIPS_CONFIG,
      fewFlipsCsv(),
      suites.wide.session.runtime,
    );
    const path = await pathOf(suite, true);
    const full = new OnnxEvaluator(suite, { firstLayer: false });
    let worst = 0;
    let moved = 0;
    for (const component of suite.components.filter(
      (c): c is FeatureComponent => c.on === 'features',
    )) {
      const [a, b] = [
        await evaluateOn(path, suite, component),
        await full.featureRepeats(component, 10),
      ];
      a.forEach((out, r) => {
        worst = Math.max(worst, maxDifference(out, b[r]));
        moved = Math.max(moved, maxDifference(out, suite.baseline));
      });
    }
    expect(path.second!.components).toBe(4);
    expect(worst).toBeLessThanOrEqual(1e-5);
    // The permutations moved predictions well beyond the tolerance.
    expect(moved).toBeGreaterThan(1e-3);
    await path.close();
    await disposeOnnxSuite(suite);

    // The same model with first-layer weights of scale 1: many units flip, and the flip probe
    // keeps every component on the tail (the path was opened, then declined).
    const flipping = await suiteOf(
      fewFlips(1),
      FEW_FLIPS_CONFIG,
      fewFlipsCsv(),
      suites.wide.session.runtime,
    );
    const declined = await pathOf(flipping, true);
    for (const component of flipping.components.filter(
      (c): c is FeatureComponent => c.on === 'features',
    )) {
      await evaluateOn(declined, flipping, component);
    }
    expect(declined.second).toBeDefined();
    expect(declined.second!.components).toBe(0);
    await declined.close();
    await disposeOnnxSuite(flipping);
  }, 180_000);

  it('a graph the second layer does not match keeps the first-layer path', async () => {
    const suite = suites.wide;
    const tanh = { ...suite, model: withActivation('Tanh') };
    const { runtime, io } = suite.session;
    const path = await FirstLayerPath.create(runtime, tanh.model, io, suite.modelData);
    expect(path).toBeDefined();
    expect(path!.second).toBeUndefined();
    await path!.close();
  });
});
