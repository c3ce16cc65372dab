import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { saveModel } from '../../src/model/save.js';
import { prepareSuite } from '../../src/suite/prepare.js';
import { useWasm } from '../helpers/backend.js';

/**
 * Patterns at the scale of a Teachable Machine image (224 × 224 × 3 =
 * 150,528 pixel columns): a glob matching every pixel, in the data's
 * features, the ablated features and a group, and a range combined with a
 * glob, go through the config, the data and the plan — no list of matches
 * is spread into a call's arguments (which overflows the stack).
 */

const SIDE = 224;
const pixels: string[] = [];
for (let r = 0; r < SIDE; r++)
  for (let c = 0; c < SIDE; c++) for (let ch = 0; ch < 3; ch++) pixels.push(`px_${r}_${c}_${ch}`);
const centre = pixels.filter((name) => {
  const [r, c] = name.split('_').slice(1).map(Number);
  return r >= 112 && r <= 223 && c >= 112 && c <= 223;
});

let dir: string;

beforeAll(async () => {
  await useWasm();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-pixels-'));
  await mkdir(path.join(dir, '.git'));
  const model = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [pixels.length],
        units: 2,
        activation: 'relu',
        name: 'hidden',
      }),
      tf.layers.dense({ units: 2, activation: 'softmax', name: 'output' }),
    ],
  });
  await saveModel(model, path.join(dir, 'model'));
  model.dispose();
  // Without and with a metadata column beside the pixels (for `where:` slices).
  for (const [file, id] of [
    ['eval.csv', false],
    ['eval-id.csv', true],
  ] as const) {
    const lines = [[...(id ? ['id'] : []), ...pixels, 'label'].join(',')];
    for (let i = 0; i < 3; i++) {
      const cells = pixels.map((_, j) => String(((i * 7 + j) % 10) / 10));
      lines.push([...(id ? [`row${i}`] : []), ...cells, i % 2 === 0 ? 'cat' : 'dog'].join(','));
    }
    await writeFile(path.join(dir, file), `${lines.join('\n')}\n`);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('150,528 pixel names through the config, the data and the plan', () => {
  it.each([
    ['every column but the label', 'data: {eval: eval.csv, label: label, classes: [cat, dog]}'],
    [
      "data.features: ['px_*'] beside an id column",
      "data: {eval: eval-id.csv, label: label, classes: [cat, dog], features: ['px_*']}",
    ],
  ])('%s', async (_, data) => {
    await writeFile(
      path.join(dir, 'ablation.yml'),
      [
        'suite: pixels',
        'model: model/model.json',
        data,
        'ablations:',
        '  layers: all',
        "  features: ['px_*']",
        '  feature-modes: [zero]',
        '  groups:',
        "    all: {features: ['px_*']}",
        "    centre: {features: ['px_[112:223]_[112:223]_*']}",
        "    reds: {features: ['px_{0,223}_[0:1]_0']}",
        '',
      ].join('\n'),
    );
    const config = await loadConfig('ablation.yml', { cwd: dir });
    const suite = await prepareSuite(config, dir);
    suite.model.dispose();
    expect(suite.dataset.features).toEqual(pixels);
    const members = (id: string) => {
      const found = suite.components.find((component) => component.id === id);
      return found?.on === 'features' ? found.features : undefined;
    };
    // hidden under zero and reinit (output is left out), every pixel, three groups.
    expect(suite.components).toHaveLength(2 + pixels.length + 3);
    expect(suite.components[0].id).toBe('layer:hidden:zero');
    expect(members('feature:px_223_223_2:zero')).toEqual(['px_223_223_2']);
    expect(members('group:all:zero')).toEqual(pixels);
    expect(members('group:centre:zero')).toEqual(centre);
    expect(members('group:reds:zero')).toEqual([
      'px_0_0_0',
      'px_0_1_0',
      'px_223_0_0',
      'px_223_1_0',
    ]);
  });
});
