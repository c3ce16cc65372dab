import { cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadModel } from '../../src/model/load.js';
import { FIXTURES, type ModelFile } from './fixtures.js';

let work: string | undefined;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
  work = undefined;
});

/** A writable copy of a fixture; returns its model.json path. */
async function copyOf(fixture: string): Promise<string> {
  work = await mkdtemp(path.join(tmpdir(), 'ablation-model-'));
  await cp(path.join(FIXTURES, fixture), path.join(work, 'model'), { recursive: true });
  return path.join(work, 'model', 'model.json');
}

async function editJson(file: string, edit: (json: ModelFile) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as ModelFile;
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

/** Loads, expecting an InputError; checks that nothing was left in TF.js's memory. */
async function failure(file: string, displayPath = 'models/x/model.json'): Promise<InputError> {
  const tensors = tf.memory().numTensors;
  const variables = Object.keys(tf.engine().state.registeredVariables).length;
  const error = await loadModel(file, displayPath).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect(tf.memory().numTensors).toBe(tensors);
  expect(Object.keys(tf.engine().state.registeredVariables)).toHaveLength(variables);
  return error as InputError;
}

describe('loadModel errors', () => {
  it('model.json missing', async () => {
    const error = await failure(path.join(FIXTURES, 'no-such-model', 'model.json'));
    expect(error.message).toBe('models/x/model.json: model file not found');
    expect(error.file).toBe('models/x/model.json');
  });

  it('model.json is not JSON', async () => {
    const file = await copyOf('mlp-tfjs');
    await writeFile(file, '{"modelTopology": {"class_name": "Sequ');
    const error = await failure(file);
    expect(error.message).toMatch(
      /^models\/x\/model\.json: is not valid JSON \(corrupt model\.json\?\): /,
    );
  });

  it('a graph model: ablation needs a LayersModel', async () => {
    const file = await copyOf('mlp-tfjs');
    await writeFile(
      file,
      JSON.stringify({
        format: 'graph-model',
        generatedBy: '2.15.0',
        convertedBy: 'TensorFlow.js Converter v4.22.0',
        modelTopology: { node: [{ name: 'x', op: 'Placeholder' }], versions: { producer: 1 } },
        weightsManifest: [],
      }),
    );
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/model.json: is a TF.js graph model; ablation needs a LayersModel ' +
        '(convert the Keras model with tensorflowjs_converter --output_format=tfjs_layers_model)',
    );
  });

  it('a JSON file that is no model at all', async () => {
    const file = await copyOf('mlp-tfjs');
    await writeFile(file, JSON.stringify({ name: 'package', version: '1.0.0' }));
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/model.json: has no modelTopology object: not a TF.js LayersModel',
    );
  });

  it('a weight shard is missing: names the shard', async () => {
    const file = await copyOf('branches-keras3');
    await rm(path.join(path.dirname(file), 'group1-shard2of2.bin'));
    const error = await failure(file);
    expect(error.message).toBe(
      "models/x/group1-shard2of2.bin: weight shard not found (listed in model.json's weightsManifest)",
    );
    expect(error.file).toBe('models/x/group1-shard2of2.bin');
  });

  it('a shard shorter than the manifest says', async () => {
    const file = await copyOf('mlp-keras2');
    await truncate(path.join(path.dirname(file), 'group1-shard1of1.bin'), 200);
    const error = await failure(file);
    expect(error.message).toBe(
      "models/x/group1-shard1of1.bin: weight data too short: it holds 200 bytes, but model.json's weightsManifest describes 268",
    );
  });

  it('two shards holding fewer bytes than the manifest says', async () => {
    const file = await copyOf('branches-keras3');
    await truncate(path.join(path.dirname(file), 'group1-shard1of2.bin'), 100);
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/group1-shard2of2.bin: weight data too short: the 2 shards of group 1 hold 298 bytes, ' +
        "but model.json's weightsManifest describes 396",
    );
  });

  it.each([['../outside.bin'], ['/etc/passwd'], ['sub/../../x.bin']])(
    'a shard path outside the model folder (%s)',
    async (shard) => {
      const file = await copyOf('mlp-tfjs');
      await editJson(file, (json) => {
        json.weightsManifest[0].paths = [shard];
      });
      const error = await failure(file);
      expect(error.message).toBe(
        `models/x/model.json: weightsManifest: weight shard path "${shard}" points outside the model's folder`,
      );
    },
  );

  it('a manifest weight name the model does not have', async () => {
    const file = await copyOf('mlp-keras2');
    await editJson(file, (json) => {
      json.weightsManifest[0].weights[2].name = 'classifier/kernel';
    });
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/model.json: weights do not match the model topology: weight "classifier/kernel" ' +
        'matches no weight of the model (dense/kernel, dense/bias, dense_1/kernel, dense_1/bias)',
    );
  });

  it('a topology whose layer is wider than its saved weights', async () => {
    const file = await copyOf('mlp-keras3');
    await editJson(file, (json) => {
      json.modelTopology.model_config.config.layers[1].config['units'] = 9;
    });
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/model.json: weights do not match the model topology: weight "sequential/dense/kernel" ' +
        'has shape [4,8] but the model\'s "dense/kernel" has shape [4,9]',
    );
  });

  it('a model weight the manifest does not hold', async () => {
    const file = await copyOf('mlp-tfjs');
    await editJson(file, (json) => {
      json.weightsManifest[0].weights.pop();
    });
    await truncate(path.join(path.dirname(file), 'weights.bin'), 256);
    const error = await failure(file);
    expect(error.message).toBe(
      "models/x/model.json: weights do not match the model topology: 1 of the model's 4 weights " +
        'have no value in the manifest: dense_1/bias',
    );
  });

  it('a layer TF.js does not know, after layers that made variables', async () => {
    const file = await copyOf('mlp-keras3');
    await editJson(file, (json) => {
      json.modelTopology.model_config.config.layers.push({
        module: 'my_package',
        class_name: 'FancyAttention',
        config: { name: 'fancy', heads: 2 },
        registered_name: 'my_package>FancyAttention',
      });
    });
    const error = await failure(file);
    expect(error.message).toMatch(
      /^models\/x\/model\.json: cannot build a LayersModel from the topology: Unknown layer: FancyAttention\. /,
    );
    expect(error.message).not.toContain('\n');
  });

  it('a quantized Keras 3 dtype policy', async () => {
    const file = await copyOf('mlp-keras3');
    await editJson(file, (json) => {
      json.modelTopology.model_config.config.layers[1].config['dtype'] = {
        module: 'keras',
        class_name: 'QuantizedDTypePolicy',
        config: { name: 'int8_from_float32' },
        registered_name: null,
      };
    });
    const error = await failure(file);
    expect(error.message).toBe(
      'models/x/model.json: cannot read the model topology: the model uses a quantized dtype policy ' +
        '(QuantizedDTypePolicy "int8_from_float32"), which TF.js cannot run; save the model before quantizing it',
    );
  });
});
