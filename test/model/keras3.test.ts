import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeKerasTopology } from '../../src/model/keras3.js';
import { type ModelFile, modelFile, weightBytes } from './fixtures.js';

type Topology = ModelFile['modelTopology'];

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** TF.js 4.22's own loader, given the files as they are (or with another topology). */
async function plainTfjsLoad(dir: string, topology?: unknown): Promise<string> {
  const json = modelFile(dir);
  const bytes = weightBytes(dir);
  const handler = tf.io.fromMemory({
    modelTopology: topology ?? json.modelTopology,
    weightSpecs: json.weightsManifest[0].weights as tf.io.WeightsManifestEntry[],
    weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  });
  return tf.loadLayersModel(handler).then(
    (model) => {
      model.dispose();
      return 'loaded';
    },
    (error: unknown) => (error as Error).message,
  );
}

describe('TF.js 4.22 alone and the Keras 3 converter files', () => {
  it.each(['mlp-keras3', 'branches-keras3'])('rejects %s as written', async (dir) => {
    expect(await plainTfjsLoad(dir)).toBe(
      'An InputLayer should be passed either a `batchInputShape` or an `inputShape`.',
    );
  });

  it('still rejects the Sequential model with the topology fixed, for its weight names', async () => {
    const topology = normalizeKerasTopology(modelFile('mlp-keras3').modelTopology);
    expect(await plainTfjsLoad('mlp-keras3', topology)).toBe(
      'Provided weight data has no target variable: sequential/dense/kernel',
    );
  });

  it.each(['mlp-keras2', 'branches-keras2'])(
    'loads the Keras 2 file %s as written',
    async (dir) => {
      expect(await plainTfjsLoad(dir)).toBe('loaded');
    },
  );
});

describe('normalizeKerasTopology', () => {
  it.each(['mlp-tfjs', 'branches-tfjs'])(
    'changes nothing in a topology TF.js wrote (%s)',
    (dir) => {
      const topology = modelFile(dir).modelTopology;
      expect(normalizeKerasTopology(topology)).toEqual(topology);
    },
  );

  it.each(['mlp-keras2', 'branches-keras2'])(
    'only drops the wrapper keys and the Sequential InputLayer from Keras 2 files (%s)',
    (dir) => {
      const topology = modelFile(dir).modelTopology;
      const expected = JSON.parse(JSON.stringify(topology), (key, value: unknown) =>
        key === 'module' || key === 'registered_name' ? undefined : value,
      ) as Topology;
      if (dir.startsWith('mlp')) expected.model_config.config.layers.shift();
      expect(normalizeKerasTopology(topology)).toEqual(expected);
    },
  );

  it('turns the Keras 3 functional topology into the Keras 2 wiring', () => {
    const keras3 = normalizeKerasTopology(modelFile('branches-keras3').modelTopology) as Topology;
    const keras2 = modelFile('branches-keras2').modelTopology;
    const config3 = keras3.model_config.config;
    expect(config3.input_layers).toEqual([['features', 0, 0]]);
    expect(config3.output_layers).toEqual([['head', 0, 0]]);
    expect(config3.layers.map((l) => l.inbound_nodes)).toEqual(
      keras2.model_config.config.layers.map((l) => l.inbound_nodes),
    );
    expect(config3.layers[3].inbound_nodes).toEqual([
      [
        ['relu_branch', 0, 0, {}],
        ['tanh_branch', 0, 0, {}],
      ],
    ]);
    expect(config3.layers[0].config).toEqual({
      batch_input_shape: [null, 4],
      dtype: 'float32',
      sparse: false,
      ragged: false,
      name: 'features',
      optional: false,
    });
    for (const layer of config3.layers.slice(1)) expect(layer.config['dtype']).toBe('float32');
    expect(config3.layers[1].config['kernel_initializer']).toEqual({
      class_name: 'GlorotUniform',
      config: { seed: 21 },
    });
    expect(JSON.stringify(keras3)).not.toMatch(
      /"module"|registered_name|__keras_tensor__|DTypePolicy/,
    );
  });

  it('rewrites the other Keras 3 forms TF.js rejects', () => {
    const wrapped = (className: string, config: unknown, module: string): object => ({
      module,
      class_name: className,
      config,
      registered_name: null,
    });
    const layer = {
      ...wrapped(
        'Dense',
        {
          name: 'd',
          dtype: wrapped('DTypePolicy', { name: 'mixed_float16' }, 'keras'),
          activation: {
            ...wrapped('function', 'relu', 'keras.activations'),
            registered_name: 'function',
          },
          recurrent_activation: 'silu',
          kernel_regularizer: wrapped('L2', { l2: 0.01 }, 'keras.regularizers'),
          bias_regularizer: { class_name: 'L1', config: { l1: 0.5 } },
          kernel_initializer: wrapped(
            'GlorotUniform',
            { seed: wrapped('SeedGenerator', { seed: 7 }, 'keras.random') },
            'keras.initializers',
          ),
        },
        'keras.layers',
      ),
      build_config: { input_shape: [null, 4] },
    };
    expect(normalizeKerasTopology(layer)).toEqual({
      class_name: 'Dense',
      config: {
        name: 'd',
        dtype: 'float32',
        activation: 'relu',
        recurrent_activation: 'swish',
        kernel_regularizer: { class_name: 'L1L2', config: { l1: 0, l2: 0.01 } },
        bias_regularizer: { class_name: 'L1L2', config: { l1: 0.5, l2: 0 } },
        kernel_initializer: { class_name: 'GlorotUniform', config: { seed: 7 } },
      },
    });
  });

  it('reads a Keras 2 mixed-precision Policy as float32', () => {
    const config = { dtype: { class_name: 'Policy', config: { name: 'mixed_float16' } } };
    expect(normalizeKerasTopology(config)).toEqual({ dtype: 'float32' });
  });

  it('folds a Sequential InputLayer into the first layer, unless it feeds another dtype', () => {
    const sequential = (dtype: string): object => ({
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [
          {
            class_name: 'InputLayer',
            config: { batch_shape: [null, 5], dtype, name: 'input_layer' },
          },
          { class_name: 'Embedding', config: { name: 'e', input_dim: 9, output_dim: 2 } },
        ],
      },
    });
    expect(normalizeKerasTopology(sequential('float32'))).toEqual({
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [
          {
            class_name: 'Embedding',
            config: { batch_input_shape: [null, 5], name: 'e', input_dim: 9, output_dim: 2 },
          },
        ],
      },
    });
    const kept = normalizeKerasTopology(sequential('int32')) as Topology['model_config'];
    expect(kept.config.layers.map((l) => l.class_name)).toEqual(['InputLayer', 'Embedding']);
  });

  it('flattens inputs saved as a dict in sorted key order, and keeps non-tensor kwargs', () => {
    const tensor = (name: string): object => ({
      class_name: '__keras_tensor__',
      config: { shape: [null, 2], dtype: 'float32', keras_history: [name, 0, 0] },
    });
    const config = {
      input_layers: { b: ['in_b', 0, 0], a: ['in_a', 0, 0] },
      layers: [
        { name: 'drop', inbound_nodes: [{ args: [tensor('in_a')], kwargs: { training: false } }] },
      ],
    };
    expect(normalizeKerasTopology(config)).toEqual({
      input_layers: [
        ['in_a', 0, 0],
        ['in_b', 0, 0],
      ],
      layers: [{ name: 'drop', inbound_nodes: [[['in_a', 0, 0, { training: false }]]] }],
    });
  });

  const tensorA = { class_name: '__keras_tensor__', config: { keras_history: ['a', 0, 0] } };
  it.each([
    [{ args: [tensorA, 2.5], kwargs: {} }, 'layer "x" is called with a non-tensor argument (2.5)'],
    [
      { args: [tensorA], kwargs: { mask: { ...tensorA, config: { keras_history: ['m', 0, 0] } } } },
      'layer "x" is called with a tensor as a keyword argument',
    ],
  ])('refuses calls TF.js cannot express (%#)', (node, message) => {
    expect(() => normalizeKerasTopology({ name: 'x', inbound_nodes: [node] })).toThrow(message);
  });
});
