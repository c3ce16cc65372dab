import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/model/artifacts.js';
import { loadModel } from '../../src/model/load.js';
import { FIXTURES, inputs, predictions } from './fixtures.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const predict = (dir: string): Promise<number[]> =>
  predictions(path.join(FIXTURES, dir, 'model.json'), inputs[dir.split('-')[0]]);

describe('loadModel on the fixtures', () => {
  it.each([
    ['mlp-tfjs', 'tfjs'],
    ['mlp-keras2', 'keras2'],
    ['mlp-keras3', 'keras3'],
    ['branches-tfjs', 'tfjs'],
    ['branches-keras2', 'keras2'],
    ['branches-keras3', 'keras3'],
  ])('loads %s and records format %s', async (dir, format) => {
    const loaded = await loadModel(path.join(FIXTURES, dir, 'model.json'), `${dir}/model.json`);
    expect(loaded.format).toBe(format);
    expect(loaded.model.outputs[0].shape).toEqual([null, 3]);
    loaded.model.dispose();
  });

  it.each(['mlp', 'branches'])(
    '%s: the Keras 2 and Keras 3 files predict exactly what the TF.js files do',
    async (name) => {
      const tfjs = await predict(`${name}-tfjs`);
      expect(tfjs).toHaveLength(inputs[name].length * 3);
      // Softmax rows: a real forward pass, not zeros.
      for (let r = 0; r < inputs[name].length; r++) {
        expect(tfjs.slice(r * 3, r * 3 + 3).reduce((a, b) => a + b)).toBeCloseTo(1, 5);
      }
      expect(await predict(`${name}-keras2`)).toEqual(tfjs);
      expect(await predict(`${name}-keras3`)).toEqual(tfjs);
    },
  );

  it.each([
    ['mlp', ['dense', 'dropout', 'dense_1']],
    ['branches', ['features', 'relu_branch', 'tanh_branch', 'sum', 'concat', 'head']],
  ])('%s: every variant has the same layers', async (name, layers) => {
    for (const variant of ['tfjs', 'keras2', 'keras3']) {
      const dir = `${name}-${variant}`;
      const { model } = await loadModel(path.join(FIXTURES, dir, 'model.json'), dir);
      expect(model.layers.map((l) => l.name)).toEqual(layers);
      expect(model.inputs[0].shape).toEqual([null, 4]);
      model.dispose();
    }
  });

  it('holds the trained weights, not fresh initializer draws', async () => {
    const { model } = await loadModel(
      path.join(FIXTURES, 'branches-keras3', 'model.json'),
      'branches-keras3/model.json',
    );
    const bytes = readFileSync(path.join(FIXTURES, 'branches-tfjs', 'weights.bin'));
    const saved = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    );
    const loaded = model.weights.flatMap((w) => Array.from(w.read().dataSync()));
    expect(loaded).toEqual(Array.from(saved));
    model.dispose();
  });

  it('hashes model.json then each shard in manifest order (two shards here)', async () => {
    const dir = path.join(FIXTURES, 'branches-keras3');
    const expected = createHash('sha256');
    for (const file of ['model.json', 'group1-shard1of2.bin', 'group1-shard2of2.bin']) {
      expected.update(readFileSync(path.join(dir, file)));
    }
    const loaded = await loadModel(path.join(dir, 'model.json'), 'branches-keras3/model.json');
    expect(loaded.hash).toBe(`sha256:${expected.digest('hex')}`);
    loaded.model.dispose();
  });

  it('gives the same weights different hashes when the files differ', async () => {
    const hashes = new Set<string>();
    for (const dir of ['mlp-tfjs', 'mlp-keras2', 'mlp-keras3']) {
      const loaded = await loadModel(path.join(FIXTURES, dir, 'model.json'), dir);
      hashes.add(loaded.hash);
      loaded.model.dispose();
    }
    expect(hashes.size).toBe(3);
  });

  it('leaves no tensor or variable behind once the model is disposed', async () => {
    const tensors = tf.memory().numTensors;
    const variables = Object.keys(tf.engine().state.registeredVariables).length;
    for (const dir of ['mlp-keras3', 'branches-keras3', 'branches-keras2', 'mlp-tfjs']) {
      const loaded = await loadModel(path.join(FIXTURES, dir, 'model.json'), dir);
      expect(tf.memory().numTensors).toBeGreaterThan(tensors);
      loaded.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(tensors);
    expect(Object.keys(tf.engine().state.registeredVariables)).toHaveLength(variables);
  });
});

describe('detectFormat', () => {
  it.each([
    [{ keras_version: '2.2.4-tf' }, {}, 'keras2'],
    [{ keras_version: '2.15.0' }, { generatedBy: 'keras v2.15.0' }, 'keras2'],
    [{ keras_version: '3.0.5' }, {}, 'keras3'],
    [{}, { generatedBy: 'keras v3.6.0' }, 'keras3'],
    [
      { keras_version: 'tfjs-layers 4.22.0' },
      { generatedBy: 'TensorFlow.js tfjs-layers v4.22.0' },
      'tfjs',
    ],
    [{}, {}, 'tfjs'],
  ])('%j %j → %s', (topology, json, format) => {
    expect(detectFormat(json, topology)).toBe(format);
  });
});
