/**
 * The first- and second-layer paths on sizes whose rounding would show
 * (src/onnx/first-layer-magnitude.ts): an unscaled column of values near k, for k up to 10⁵, in
 * the edge MLP's eval rows; a row of W2 k× the others. Feature ablations equal full passes to
 * 1e-5 at every k: each path where the rounding it keeps stays small, full passes (or the first
 * layer's tail) beyond.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { splitFirstLayer } from '../../src/onnx/first-layer.js';
import { firstLayerMagnitude } from '../../src/onnx/first-layer-magnitude.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite } from '../../src/onnx/suite.js';
import { FirstLayerPath } from '../../src/onnx/first-layer-path.js';
import { decodeModel, encodeModel } from '../../src/onnx/model.js';
import { floatValues, setFloatValues } from '../../src/onnx/tensor.js';
import { evaluateOn, maxDifference, suiteOf, TORCH_CONFIG, TORCH_CSV } from './layer-suites.js';

/** The eval rows with column f0 as k·(1 + f0): values near k, unscaled. */
function csvAt(k: number): string {
  return TORCH_CSV.split('\n')
    .map((line, i) => {
      if (i === 0 || line === '') return line;
      const cells = line.split(',');
      cells[0] = String(k * (1 + Number(cells[0])));
      return cells.join(',');
    })
    .join('\n');
}

const CONFIG = TORCH_CONFIG.replace(/ {2}scaling:.*\n/, '');

/**
 * max(largest |z1|, √f · largest |xⱼ − offsetⱼ| · maxᵤ |W[j, u]|), by hand in float64; z1 = x·W
 * here (the bias left out: only the size matters).
 */
function magnitudeByHand(
  x: Float64Array,
  f: number,
  kernel: Float32Array,
  h: number,
  offset: number[],
): { z1: Float32Array; size: number } {
  const n = x.length / f;
  const z1 = new Float32Array(n * h);
  let size = 0;
  for (let row = 0; row < n; row++) {
    for (let u = 0; u < h; u++) {
      let sum = 0;
      for (let j = 0; j < f; j++) sum += (x[row * f + j] - (offset[j] ?? 0)) * kernel[j * h + u];
      z1[row * h + u] = sum;
      size = Math.max(size, Math.abs(Math.fround(sum)));
    }
    for (let j = 0; j < f; j++) {
      let most = 0;
      for (let u = 0; u < h; u++) most = Math.max(most, Math.abs(kernel[j * h + u]));
      size = Math.max(
        size,
        Math.sqrt(f) * Math.abs(Math.fround(x[row * f + j]) - (offset[j] ?? 0)) * most,
      );
    }
  }
  return { z1, size };
}

/** The edge MLP with W1's first column 10× and W2's first row k× the trained values. */
function dominantUnit(k: number): Uint8Array {
  const model = decodeModel(readFileSync('test/fixtures/onnx/edge/plain.onnx'));
  for (const t of model.graph!.initializer) {
    const values = floatValues(t) as Float32Array;
    if (t.name === 'w1')
      setFloatValues(
        t,
        values.map((v, i) => (i % 8 === 0 ? v * 10 : v)),
      );
    if (t.name === 'w2')
      setFloatValues(
        t,
        values.map((v, i) => (i < 8 ? v * k : v)),
      );
  }
  return encodeModel(model);
}

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  let runtime: OnnxRuntime;
  beforeAll(async () => {
    runtime = await loadOnnxRuntime(name, [process.cwd()]);
  });

  it.each([
    [1, true],
    [10, true],
    [1e3, false],
    [1e4, false],
    [1e5, false],
  ])(
    'f0 near %s: feature ablations equal full passes (first-layer path: %s)',
    async (k, taken) => {
      const model = readFileSync('test/fixtures/onnx/edge/plain.onnx');
      const suite = await suiteOf(model, CONFIG, csvAt(k), runtime);
      const evaluator = new OnnxEvaluator(suite);
      const full = new OnnxEvaluator(suite, { firstLayer: false });
      let worst = 0;
      for (const c of suite.components.filter((c): c is FeatureComponent => c.on === 'features')) {
        const count = c.stochastic ? suite.config.repeats : 1;
        const [a, b] = [
          await evaluator.featureRepeats(c, count),
          await full.featureRepeats(c, count),
        ];
        a.forEach((out, r) => (worst = Math.max(worst, maxDifference(out, b[r]))));
      }
      expect(worst).toBeLessThanOrEqual(1e-5);
      expect(await evaluator.usesFirstLayer()).toBe(taken);
      await evaluator.close();
      await disposeOnnxSuite(suite);
    },
    60_000,
  );

  it.each([
    ['plain', []],
    ['scaler', [0.3, -0.2, 0.0, 1.5, -1.0, 0.25]],
  ])('%s: the size is max(|z1|, √f · |x − offset| · max |W|)', async (graph, offset) => {
    const suite = await suiteOf(
      readFileSync(`test/fixtures/onnx/edge/${graph}.onnx`),
      CONFIG,
      csvAt(3),
      runtime,
    );
    const { io } = suite.session;
    const layer = splitFirstLayer(suite.model, io.input, io.output)!;
    const { z1, size } = magnitudeByHand(suite.modelData.x, 6, layer.kernel, layer.units, offset);
    const measured = firstLayerMagnitude(layer, suite.modelData, z1);
    expect(Math.abs(measured - size) / size).toBeLessThan(1e-6);
    await disposeOnnxSuite(suite);
  });

  it.each([
    [1, true],
    [100, false],
  ])(
    'a row of W2 %s× the others: the second-layer path, forced, equals full passes (taken: %s)',
    async (k, taken) => {
      const suite = await suiteOf(dominantUnit(k), TORCH_CONFIG, TORCH_CSV, runtime);
      const { io } = suite.session;
      const path = (await FirstLayerPath.create(runtime, suite.model, io, suite.modelData, {
        secondLayer: 'always',
      }))!;
      const full = new OnnxEvaluator(suite, { firstLayer: false });
      let worst = 0;
      for (const c of suite.components.filter((c): c is FeatureComponent => c.on === 'features')) {
        const count = c.stochastic ? suite.config.repeats : 1;
        const [a, b] = [await evaluateOn(path, suite, c), await full.featureRepeats(c, count)];
        a.forEach((out, r) => (worst = Math.max(worst, maxDifference(out, b[r]))));
      }
      expect(worst).toBeLessThanOrEqual(1e-5);
      expect((path.second?.components ?? 0) > 0).toBe(taken);
      await path.close();
      await disposeOnnxSuite(suite);
    },
    60_000,
  );
});
