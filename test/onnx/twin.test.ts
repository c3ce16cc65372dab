import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../src/onnx/model.js';
import { floatValues } from '../../src/onnx/tensor.js';
import { saveModel } from '../../src/model/save.js';
import type { Results } from '../../src/results/types.js';
import { runCli } from '../hardening/helpers.js';

const MLP = 'test/fixtures/onnx/mlp-torch';

/** The same plan for both twins: every feature mode, a glob, a range, a group, scaling, repeats. */
const plan = (model: string, backend: string, extra = ''): string => `suite: twin
model: ${model}
data:
  eval: data/eval.csv
  label: label
  task: multiclass
  classes: [c0, c1, c2]
  scaling: { center: { f0: 0.1, f2: -0.2, f4: 0.3 }, scale: { f0: 2, f2: 0.5, f4: 1.5 } }
metrics: [accuracy, log_loss]
seed: 5
repeats: 3
resamples: 200
${extra}ablations:
  # Zeroing a Gemm's output zeroes its Relu's too: the same as zeroing the Dense layer.
  layers: [fc1, fc2]
  layer-modes: [zero]
  features: ['f*']
  feature-modes: [permute, zero, mean, { value: 0.25 }]
  groups:
    low: { features: ['f[0:2]'] }
    high: { features: [f3, f4, f5] }
# ${backend}
`;

/**
 * The TF.js twin of the ONNX MLP: Dense layers holding the Gemm weights (transposed: Gemm
 * with transB=1 stores [out, in], a Dense kernel is [in, out]).
 */
async function tfjsTwin(dir: string): Promise<void> {
  const model = decodeModel(readFileSync(`${MLP}/model.onnx`));
  const weight = (name: string): Float32Array =>
    floatValues(model.graph!.initializer.find((t) => t.name === name)!) as Float32Array;
  const sizes = [6, 8, 8, 3];
  const layers = [0, 1, 2].map((i) =>
    tf.layers.dense({
      units: sizes[i + 1],
      activation: i < 2 ? 'relu' : 'softmax',
      ...(i === 0 ? { inputShape: [6] } : {}),
      name: `fc${i + 1}`,
    }),
  );
  const twin = tf.sequential({ layers });
  layers.forEach((layer, i) => {
    const kernel = tf.tensor2d(weight(`fc${i + 1}.weight`), [sizes[i + 1], sizes[i]]).transpose();
    layer.setWeights([kernel, tf.tensor1d(weight(`fc${i + 1}.bias`))]);
  });
  await saveModel(twin, dir);
}

async function run(root: string, config: string, argv: string[] = []): Promise<Results> {
  const out = `${config}.json`;
  const result = await runCli(['run', '--config', config, '--out', out, ...argv], root);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(path.join(root, out), 'utf8')) as Results;
}

describe('an ONNX model and its TF.js twin with the same weights', () => {
  it('give the same contributions for the same plan (to 1e-5)', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-twin-'));
    await mkdir(path.join(root, '.git'));
    await cp(`${MLP}/model.onnx`, path.join(root, 'model.onnx'));
    await cp(`${MLP}/data`, path.join(root, 'data'), { recursive: true });
    await tfjsTwin(path.join(root, 'tfjs'));
    await writeFile(path.join(root, 'onnx.yml'), plan('model.onnx', 'onnx'));
    await writeFile(path.join(root, 'tfjs.yml'), plan('tfjs/model.json', 'tfjs'));
    const onnx = await run(root, 'onnx.yml');
    const tfjs = await run(root, 'tfjs.yml', ['--backend', 'cpu']);
    expect(onnx.run.backend).toBe('onnxruntime-node');
    expect(onnx.run.runtime?.name).toBe('onnxruntime-node');
    expect(onnx.run.runtime?.version).toMatch(/^1\.\d+\.\d+$/);
    expect(tfjs.run.runtime).toBeUndefined();
    expect(onnx.components.map((c) => c.id)).toEqual(tfjs.components.map((c) => c.id));
    expect(onnx.components.length).toBe(2 + 6 * 4 + 2 * 4);
    for (const [i, c] of onnx.components.entries()) {
      for (const metric of ['accuracy', 'log_loss']) {
        const a = c.metrics![metric];
        const b = tfjs.components[i].metrics![metric];
        expect(a.value ?? 0, `${c.id} ${metric}`).toBeCloseTo(b.value ?? 0, 5);
        expect('contribution' in a ? a.contribution : 0).toBeCloseTo(
          'contribution' in b ? b.contribution : 0,
          5,
        );
      }
    }
    // Workers and shards change nothing in the ONNX document (timing aside).
    await writeFile(path.join(root, 'onnx.yml'), plan('model.onnx', 'onnx', 'workers: 2\n'));
    const two = await run(root, 'onnx.yml', ['--workers', '2']);
    expect({ ...two.components }).toEqual({ ...onnx.components });
  }, 180_000);
});
