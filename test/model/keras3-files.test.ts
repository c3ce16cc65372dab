import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.js';
import { FIXTURES, inputs, modelFile, predictions, weightBytes } from './fixtures.js';

let work: string | undefined;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

const expected = (): Promise<number[]> =>
  predictions(path.join(FIXTURES, 'mlp-tfjs', 'model.json'), inputs.mlp);

describe('Keras 3 files beyond the fixtures', () => {
  it('loads a model using the other rewritten forms and predicts as the original', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'ablation-keras3-'));
    const json = modelFile('mlp-keras3');
    const dense = json.modelTopology.model_config.config.layers[1].config;
    dense['activation'] = {
      module: 'keras.activations',
      class_name: 'function',
      config: 'relu',
      registered_name: 'function',
    };
    dense['dtype'] = {
      module: 'keras',
      class_name: 'DTypePolicy',
      config: { name: 'mixed_float16' },
      registered_name: null,
    };
    dense['kernel_regularizer'] = {
      module: 'keras.regularizers',
      class_name: 'L2',
      config: { l2: 0.01 },
      registered_name: null,
    };
    await writeFile(path.join(work, 'model.json'), JSON.stringify(json));
    await writeFile(path.join(work, 'group1-shard1of1.bin'), weightBytes('mlp-keras3'));
    expect(await predictions(path.join(work, 'model.json'), inputs.mlp)).toEqual(await expected());
  });

  it('loads what the converter writes from a .keras file: `layers/<class>/vars/<i>` names, state entries', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'ablation-keras3-'));
    const json = modelFile('mlp-keras3');
    const modelConfig = json.modelTopology.model_config;
    for (const layer of modelConfig.config.layers) {
      layer['module'] = 'keras.layers';
      layer['registered_name'] = null;
      if (layer.class_name !== 'InputLayer') layer['build_config'] = { input_shape: [null, 8] };
    }
    // Named unlike their class: the .keras path numbers layers per class, not by name.
    modelConfig.config.layers[1].config['name'] = 'hidden';
    modelConfig.config.layers[3].config['name'] = 'scores';
    json.modelTopology = {
      keras_version: '3.10.0',
      model_config: {
        module: 'keras',
        ...modelConfig,
        registered_name: null,
        build_config: { input_shape: [null, 4] },
        compile_config: { loss: 'categorical_crossentropy', optimizer: 'adam' },
      },
    };
    const weights = json.weightsManifest[0].weights;
    json.weightsManifest[0].weights = [
      ...weights.map((w, i) => ({ ...w, name: `layers/dense${i < 2 ? '' : '_1'}/vars/${i % 2}` })),
      { name: 'layers/dropout/seed_generator/vars/0', shape: [2], dtype: 'int32' },
      { name: 'optimizer/vars/0', shape: [], dtype: 'int32' },
    ];
    const state = Buffer.from(new Int32Array([1337, 0, 40]).buffer);
    await writeFile(path.join(work, 'model.json'), JSON.stringify(json));
    await writeFile(
      path.join(work, 'group1-shard1of1.bin'),
      Buffer.concat([weightBytes('mlp-keras3'), state]),
    );
    const loaded = await loadModel(path.join(work, 'model.json'), 'model.json');
    expect(loaded.format).toBe('keras3');
    expect(loaded.model.layers.map((l) => l.name)).toEqual(['hidden', 'dropout', 'scores']);
    loaded.model.dispose();
    expect(await predictions(path.join(work, 'model.json'), inputs.mlp)).toEqual(await expected());
  });
});

it('the Keras 3 functional fixture is split in two shards, mid-tensor', async () => {
  const sizes = await Promise.all(
    ['group1-shard1of2.bin', 'group1-shard2of2.bin'].map(
      async (f) => (await readFile(path.join(FIXTURES, 'branches-keras3', f))).length,
    ),
  );
  expect(sizes).toEqual([198, 198]);
  expect(198 % 4).not.toBe(0);
});
