/**
 * Feature ablations of graphs at the edge of the first- and second-layer patterns
 * (test/fixtures/onnx/edge/make.py): whichever path a graph takes, every feature mode and a group
 * give the predictions of full passes of the unedited model on the changed rows (to 1e-5), and
 * the graph takes the path its shape allows — no more (a wrong number), no less (a slow one).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { FirstLayerPath } from '../../src/onnx/first-layer-path.js';
import { loadOnnxRuntime, type OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite } from '../../src/onnx/suite.js';
import { evaluateOn, maxDifference, suiteOf, TORCH_CONFIG, TORCH_CSV } from './layer-suites.js';

/** Graph → the deepest path its feature ablations may take. */
const GRAPHS: [string, 'full' | 'first' | 'second'][] = [
  ['plain', 'second'],
  ['gemm-alpha', 'full'],
  ['gemm-beta', 'second'],
  ['gemm-alpha-one', 'second'],
  ['bias-swapped', 'second'],
  ['bias-scalar', 'second'],
  ['bias-row', 'second'],
  ['bias-self', 'first'],
  ['ir3-initializer-inputs', 'second'],
  ['weight-tied', 'second'],
  ['input-skip', 'full'],
  ['z1-residual', 'first'],
  ['product-two-readers', 'first'],
  ['identity-in', 'full'],
  ['scaler', 'second'],
  ['scaler-one-scale', 'second'],
  ['normalizer', 'full'],
  ['scaler-output-skip', 'full'],
  ['double-first-layer', 'full'],
  ['rank3-input', 'full'],
  ['second-leaky', 'first'],
  ['second-clip', 'first'],
  ['second-max', 'first'],
  ['second-tied', 'second'],
  ['second-bias-odd', 'second'],
  ['second-relu-two-readers', 'first'],
  ['second-gemm-alpha', 'first'],
];

const CONFIG = TORCH_CONFIG.replace('repeats: 4', 'repeats: 3');

async function check(runtime: OnnxRuntime, graph: string): Promise<string> {
  const model = readFileSync(`test/fixtures/onnx/edge/${graph}.onnx`);
  const suite = await suiteOf(model, CONFIG, TORCH_CSV, runtime);
  const { io } = suite.session;
  const path = await FirstLayerPath.create(runtime, suite.model, io, suite.modelData, {
    secondLayer: 'always',
  });
  const full = new OnnxEvaluator(suite, { firstLayer: false });
  const features = suite.components.filter((c): c is FeatureComponent => c.on === 'features');
  expect(features.length).toBe(6 * 4 + 4);
  let worst = 0;
  let moved = 0;
  for (const component of features) {
    const count = component.stochastic ? suite.config.repeats : 1;
    const expected = await full.featureRepeats(component, count);
    const got = path === undefined ? expected : await evaluateOn(path, suite, component);
    got.forEach((out, r) => {
      worst = Math.max(worst, maxDifference(out, expected[r]));
      moved = Math.max(moved, maxDifference(expected[r], suite.baseline));
    });
  }
  expect(worst).toBeLessThanOrEqual(1e-5);
  expect(moved).toBeGreaterThan(1e-2);
  const taken =
    path === undefined ? 'full' : (path.second?.components ?? 0) > 0 ? 'second' : 'first';
  await path?.close();
  await disposeOnnxSuite(suite);
  return taken;
}

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('on %s', (name) => {
  let runtime: OnnxRuntime;
  beforeAll(async () => {
    runtime = await loadOnnxRuntime(name, [process.cwd()]);
  });
  afterAll(() => undefined);

  it.each(GRAPHS)(
    '%s: feature ablations equal full passes; the path taken is %s',
    async (graph, path) => {
      expect(await check(runtime, graph)).toBe(path);
    },
    60_000,
  );
});
