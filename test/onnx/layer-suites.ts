/** The suites the first- and second-layer tests share: a wide MatMul model, the PyTorch Gemm MLP, skl2onnx. */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { columnMeans, columnsOf, featureChange } from '../../src/ablation/inputs.js';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import type { FirstLayerPath } from '../../src/onnx/first-layer-path.js';
import type { OnnxRuntime } from '../../src/onnx/runtime/load.js';
import { prepareOnnxSuite, type OnnxSuite } from '../../src/onnx/suite.js';
import { Rng } from '../../src/stats/rng.js';
import { denseStackOnnx, type DenseWeights } from '../../bench/speed/onnx-writer.js';

/** A Dense stack with standard-normal weights scaled by 1/√inputs (the wide suite's recipe). */
export function denseWeights(sizes: number[], seed: number): DenseWeights[] {
  const rng = Rng.stream(seed, 'first-layer-test');
  return sizes.slice(1).map((units, i) => ({
    kernel: Array.from({ length: sizes[i] }, () =>
      Array.from({ length: units }, () => rng.normal() / Math.sqrt(sizes[i])),
    ),
    bias: Array.from({ length: units }, () => rng.normal() * 0.1),
  }));
}

export const WIDE_CONFIG = `suite: wide
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

export const TORCH_CONFIG = `suite: torch
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
export async function suiteOf(
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
export function wideCsv(): string {
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

export const TORCH_CSV = readFileSync('test/fixtures/onnx/mlp-torch/data/eval.csv', 'utf8');

export function maxDifference(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** The three suites on one runtime. */
export async function layerSuites(runtime: OnnxRuntime): Promise<Record<string, OnnxSuite>> {
  return {
    wide: await suiteOf(
      denseStackOnnx(denseWeights([40, 32, 32, 2], 1)),
      WIDE_CONFIG,
      wideCsv(),
      runtime,
    ),
    tabular: await suiteOf(
      readFileSync('examples/onnx-tabular/model.onnx'),
      readFileSync('examples/onnx-tabular/ablation.yml', 'utf8').replace(
        'eval: data/eval.csv',
        'eval: eval.csv',
      ),
      readFileSync('examples/onnx-tabular/data/eval.csv', 'utf8'),
      runtime,
    ),
    torch: await suiteOf(
      readFileSync('test/fixtures/onnx/mlp-torch/model.onnx'),
      TORCH_CONFIG,
      TORCH_CSV,
      runtime,
    ),
  };
}

/**
 * A 4-1024-1024-2 model whose first layer moves little per input (weights of scale 0.002,
 * biases of scale 1): about 0.1 % of its ReLU units flip under a permutation, where the cost
 * rule takes the second layer.
 */
export function fewFlips(firstScale = 0.002): Uint8Array {
  const rng = Rng.stream(5, 'second-layer-few-flips');
  const layer = (inputs: number, units: number, scale: number, bias: number) => ({
    kernel: Array.from({ length: inputs }, () =>
      Array.from({ length: units }, () => rng.normal() * scale),
    ),
    bias: Array.from({ length: units }, () => rng.normal() * bias),
  });
  return denseStackOnnx([
    layer(4, 1024, firstScale, 1),
    layer(1024, 1024, 0.03, 0.1),
    layer(1024, 2, 0.03, 0),
  ]);
}

export const FEW_FLIPS_CONFIG = `suite: few-flips
model: model.onnx
data: { eval: eval.csv, label: label, task: binary, classes: [0, 1] }
seed: 11
repeats: 10
ablations: { layers: [], features: all, feature-modes: [permute] }
`;

export function fewFlipsCsv(): string {
  const rng = Rng.stream(6, 'second-layer-few-flips-rows');
  const names = Array.from({ length: 4 }, (_, j) => `f${j}`);
  const lines = [[...names, 'label'].join(',')];
  for (let r = 0; r < 200; r++) {
    lines.push([...names.map(() => rng.normal().toFixed(4)), String(r % 2)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Every repeat of a feature component, through a first-layer path. */
export function evaluateOn(
  path: FirstLayerPath,
  suite: OnnxSuite,
  component: FeatureComponent,
): Promise<Float32Array[]> {
  const data = suite.modelData;
  const index = new Map(data.features.map((name, j) => [name, j]));
  const count = component.stochastic ? suite.config.repeats : 1;
  const means = columnMeans(data);
  const changes = Array.from({ length: count }, (_, repeat) =>
    featureChange(component, columnsOf(component, index), repeat, data, suite.config.seed, means),
  );
  return path.evaluate(changes, suite.baseline);
}
