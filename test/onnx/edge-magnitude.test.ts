/**
 * The first-layer path on inputs of large magnitude (src/onnx/first-layer-magnitude.ts): an
 * unscaled column of values near k, for k up to 10⁵, in the edge MLP's eval rows. Feature
 * ablations equal full passes to 1e-5 at every k: the path where the rounding of z1 stays small,
 * full passes beyond.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { splitFirstLayer } from '../../src/onnx/first-layer.js';
import { firstLayerMagnitude } from '../../src/onnx/first-layer-magnitude.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite } from '../../src/onnx/suite.js';
import { maxDifference, suiteOf, TORCH_CONFIG, TORCH_CSV } from './layer-suites.js';

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

/** Σⱼ |xⱼ − offsetⱼ| · |W[j, u]| at its largest, and its bound Σⱼ |xⱼ − offsetⱼ| · maxᵤ |W[j, u]|. */
function magnitudeByHand(
  x: Float64Array,
  f: number,
  kernel: Float32Array,
  h: number,
  offset: number[],
): [number, number] {
  let exact = 0;
  let bound = 0;
  for (let row = 0; row < x.length / f; row++) {
    const term = (j: number, u: number) =>
      Math.abs((x[row * f + j] - (offset[j] ?? 0)) * kernel[j * h + u]);
    let rowBound = 0;
    for (let j = 0; j < f; j++) {
      let most = 0;
      for (let u = 0; u < h; u++) most = Math.max(most, term(j, u));
      rowBound += most;
    }
    bound = Math.max(bound, rowBound);
    for (let u = 0; u < h; u++) {
      let sum = 0;
      for (let j = 0; j < f; j++) sum += term(j, u);
      exact = Math.max(exact, sum);
    }
  }
  return [exact, bound];
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
  ])(
    '%s: the magnitude bound is Σ |x − offset| · max |W|, at least Σ |x − offset| · |W|',
    async (graph, offset) => {
      const suite = await suiteOf(
        readFileSync(`test/fixtures/onnx/edge/${graph}.onnx`),
        CONFIG,
        csvAt(3),
        runtime,
      );
      const { io } = suite.session;
      const layer = splitFirstLayer(suite.model, io.input, io.output)!;
      const bound = firstLayerMagnitude(layer, suite.modelData);
      const [exact, expected] = magnitudeByHand(
        suite.modelData.x,
        6,
        layer.kernel,
        layer.units,
        offset,
      );
      expect(bound).toBeGreaterThanOrEqual(exact);
      expect(Math.abs(bound - expected) / expected).toBeLessThan(1e-6);
      await disposeOnnxSuite(suite);
    },
  );
});
