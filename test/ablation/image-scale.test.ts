import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveModel } from '../../src/model/save.js';
import { validateConfig } from '../../src/pipeline/engine.js';
import { useWasm } from '../helpers/backend.js';

/**
 * An image suite at the scale users bring: a 64 × 64 × 3 input (12,288
 * pixel features), a small conv net, and pixel groups written as a few
 * index ranges. Its config is a few lines and it validates (every name
 * checked against the data and the model) without quadratic lookups.
 */

const SIDE = 64;
const pixel = (row: number, col: number, ch: number): string => `px_${row}_${col}_${ch}`;

let dir: string;

beforeAll(async () => {
  await useWasm();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-image-'));
  await promisify(execFile)('git', ['init', '-q'], { cwd: dir });
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [SIDE, SIDE, 3],
        filters: 4,
        kernelSize: 3,
        strides: 2,
        activation: 'relu',
        name: 'conv',
      }),
      tf.layers.globalAveragePooling2d({ name: 'pool' }),
      tf.layers.dense({ units: 2, activation: 'softmax', name: 'output' }),
    ],
  });
  await saveModel(model, path.join(dir, 'model'));
  model.dispose();
  const names: string[] = [];
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) for (let ch = 0; ch < 3; ch++) names.push(pixel(r, c, ch));
  const rows = Array.from({ length: 8 }, (_, i) =>
    [...names.map((_, j) => ((i * 31 + j * 7) % 256) / 255), i % 2 === 0 ? 'cat' : 'dog'].join(','),
  );
  await writeFile(
    path.join(dir, 'eval.csv'),
    `${[...names, 'label'].join(',')}\n${rows.join('\n')}\n`,
  );
  await writeFile(
    path.join(dir, 'ablation.yml'),
    [
      'suite: images',
      'model: model/model.json',
      'data: {eval: eval.csv, label: label, classes: [cat, dog]}',
      'ablations:',
      '  layers: all',
      '  features: all',
      '  feature-modes: [zero]',
      '  groups:',
      `    top: {features: ['px_[0:31]_[0:63]_[0:2]']}`,
      `    bottom: {features: ['px_[32:63]_[0:63]_[0:2]']}`,
      `    left: {features: ['px_[0:63]_[0:31]_[0:2]']}`,
      `    right: {features: ['px_[0:63]_[32:63]_[0:2]']}`,
      `    center: {features: ['px_[16:47]_[16:47]_[0:2]']}`,
      `    red: {features: ['px_[0:63]_[0:63]_0']}`,
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an image-sized suite', () => {
  it('validates 12,288 pixel features and 6 range-written pixel groups', async () => {
    const started = performance.now();
    const summary = await validateConfig(path.join(dir, 'ablation.yml'), {
      cwd: dir,
      backend: 'wasm',
    });
    const seconds = (performance.now() - started) / 1000;
    // Measured, not asserted: the benchmark tracks speed.
    console.info(`validated a 12,288-feature image suite in ${seconds.toFixed(2)} s`);
    // 12,288 features + 6 groups under zero, layers conv and pool under zero and reinit.
    expect(summary).toBe(
      'ablation.yml: valid — suite images, 8 examples, 12288 features, 12297 components (+1 not applicable), 0 model unit tests',
    );
  });

  it('names a pixel outside the image in one short line', async () => {
    const file = path.join(dir, 'bad.yml');
    await writeFile(
      file,
      [
        'suite: images',
        'model: model/model.json',
        'data: {eval: eval.csv, label: label, classes: [cat, dog]}',
        'ablations:',
        `  groups: {edge: {features: ['px_[60:64]_0_0']}}`,
        '',
      ].join('\n'),
    );
    await expect(validateConfig(file, { cwd: dir, backend: 'wasm' })).rejects.toThrow(
      /^bad\.yml:5: ablations\.groups\.edge\.features\[0\]: "px_64_0_0" \(from "px_\[60:64\]_0_0"\) is not a feature of the eval data \(did you mean [^)]{1,80}\?\)$/,
    );
  });
});
