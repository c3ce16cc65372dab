/**
 * A scikit-learn random forest as skl2onnx exports it (one ai.onnx.ml TreeEnsembleClassifier,
 * `zipmap=False`): no layer to cut, so every feature ablation is a full pass of the runtime.
 * The goldens are scikit-learn's own `predict_proba` on the edited rows
 * (test/fixtures/onnx/forest/make.py): an implementation of the trees independent of ONNX Runtime.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { OnnxEvaluator } from '../../src/onnx/evaluate.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { disposeOnnxSuite, prepareOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { maxDifference } from './layer-suites.js';

const GOLDEN = JSON.parse(readFileSync('test/golden/onnx-forest.json', 'utf8')) as Record<
  string,
  number[]
>;

const CONFIG = `suite: forest
model: model.onnx
output: probabilities
data: { eval: data/eval.csv, label: diagnosis, task: binary, classes: [benign, malignant] }
ablations:
  layers: all
  features: [mean_radius, worst_area, worst_concave_points, mean_texture]
  feature-modes: [zero, mean, { value: 15 }]
  groups:
    worst: { features: ['worst_*'] }
`;

describe.each(['onnxruntime-node', 'onnxruntime-web'] as const)('a random forest on %s', (name) => {
  let suite: OnnxSuite;
  beforeAll(async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-forest-'));
    await mkdir(path.join(root, '.git'));
    await mkdir(path.join(root, 'data'));
    await cp('test/fixtures/onnx/forest/model.onnx', path.join(root, 'model.onnx'));
    await cp('examples/onnx-tabular/data/eval.csv', path.join(root, 'data', 'eval.csv'));
    await writeFile(path.join(root, 'ablation.yml'), CONFIG);
    const runtime = await loadOnnxRuntime(name, [process.cwd()]);
    suite = await prepareOnnxSuite(await loadConfig('ablation.yml', { cwd: root }), root, runtime);
  }, 60_000);
  afterAll(async () => {
    await disposeOnnxSuite(suite);
  });

  it('has no layer components (one flat node) and plans every feature and group mode', () => {
    expect(suite.components.map((c) => c.id)).toEqual(
      ['mean_radius', 'worst_area', 'worst_concave_points', 'mean_texture', 'worst']
        .flatMap((f) => ['zero', 'mean', 'value=15'].map((m) => [f, m]))
        .map(([f, m]) => `${f === 'worst' ? 'group' : 'feature'}:${f}:${m}`),
    );
  });

  it('its baseline is scikit-learn’s predict_proba', () => {
    expect(maxDifference(suite.baseline, Float32Array.from(GOLDEN.baseline))).toBeLessThanOrEqual(
      1e-6,
    );
  });

  it.each(Object.keys(GOLDEN).filter((id) => id !== 'baseline'))(
    '%s equals scikit-learn’s predict_proba on the edited rows',
    async (id) => {
      const component = suite.components.find((c) => c.id === id)!;
      const out = await new OnnxEvaluator(suite).evaluate(component, 0);
      expect(maxDifference(out, Float32Array.from(GOLDEN[id]))).toBeLessThanOrEqual(1e-6);
    },
  );
});
