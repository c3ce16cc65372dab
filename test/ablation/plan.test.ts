import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planComponents } from '../../src/ablation/plan.js';
import { buildGraph } from '../../src/model/graph.js';
import { useWasm } from '../helpers/backend.js';
import { testConfig } from '../helpers/config.js';

beforeAll(useWasm);

function convNet(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, name: 'conv_1' }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', name: 'conv_2' }),
      tf.layers.maxPooling2d({ poolSize: 2, name: 'pool' }),
      tf.layers.flatten({ name: 'flat' }),
      tf.layers.dropout({ rate: 0.2, name: 'drop' }),
      tf.layers.dense({ units: 10, activation: 'softmax', name: 'output' }),
    ],
  });
}

const features = ['a', 'b', 'c'];

describe('planComponents', () => {
  it('expands layers: all to every layer but the input, the output and inference-time identities', () => {
    const components = planComponents(
      testConfig({
        ablations: {
          layers: 'all',
          layerModes: ['zero', 'remove'],
          features: [],
          featureModes: ['permute'],
          groups: [],
        },
      }),
      buildGraph(convNet()),
      features,
    );
    expect(components.map((c) => [c.id, c.notApplicable ?? 'ok'])).toEqual([
      ['layer:conv_1:zero', 'ok'],
      [
        'layer:conv_1:remove',
        'remove needs equal input and output shapes; input is [8, 8, 1], output [6, 6, 4]',
      ],
      ['layer:conv_2:zero', 'ok'],
      ['layer:conv_2:remove', 'ok'],
      ['layer:pool:zero', 'ok'],
      [
        'layer:pool:remove',
        'remove needs equal input and output shapes; input is [6, 6, 4], output [3, 3, 4]',
      ],
      ['layer:flat:zero', 'ok'],
      [
        'layer:flat:remove',
        'remove needs equal input and output shapes; input is [3, 3, 4], output [36]',
      ],
    ]);
  });

  it('plans features, value modes and groups in config order, with globs for layers', () => {
    const components = planComponents(
      testConfig({
        ablations: {
          layers: ['conv_*', 'output'],
          layerModes: ['reinit'],
          features: ['c', 'a'],
          featureModes: ['permute', { value: 0.5 }],
          groups: [
            { name: 'convs', layers: ['conv_?'] },
            { name: 'ab', features: ['a', 'b'] },
          ],
        },
      }),
      buildGraph(convNet()),
      features,
    );
    expect(
      components.map((c) => ({
        id: c.id,
        target: c.target,
        stochastic: c.stochastic,
        na: c.notApplicable,
      })),
    ).toEqual([
      { id: 'layer:conv_1:reinit', target: ['conv_1'], stochastic: true, na: undefined },
      { id: 'layer:conv_2:reinit', target: ['conv_2'], stochastic: true, na: undefined },
      { id: 'layer:output:reinit', target: ['output'], stochastic: true, na: undefined },
      { id: 'feature:c:permute', target: ['c'], stochastic: true, na: undefined },
      { id: 'feature:c:value=0.5', target: ['c'], stochastic: false, na: undefined },
      { id: 'feature:a:permute', target: ['a'], stochastic: true, na: undefined },
      { id: 'feature:a:value=0.5', target: ['a'], stochastic: false, na: undefined },
      { id: 'group:convs:reinit', target: ['conv_1', 'conv_2'], stochastic: true, na: undefined },
      { id: 'group:ab:permute', target: ['a', 'b'], stochastic: true, na: undefined },
      { id: 'group:ab:value=0.5', target: ['a', 'b'], stochastic: false, na: undefined },
    ]);
  });

  it('reports reinit of a layer without weights as not applicable', () => {
    const [component] = planComponents(
      testConfig({
        ablations: {
          layers: ['pool'],
          layerModes: ['reinit'],
          features: [],
          featureModes: [],
          groups: [],
        },
      }),
      buildGraph(convNet()),
      features,
    );
    expect(component.notApplicable).toBe('the layer has no weights');
  });

  it.each([
    [
      { layers: ['dense_9'] },
      'ablation.yml:12: ablations.layers[0]: no layer of the model is named "dense_9"',
    ],
    [
      { features: ['a', 'zz'] },
      'ablation.yml: ablations.features[1]: "zz" is not a feature of the eval data',
    ],
    [
      { groups: [{ name: 'g', features: ['nope'] }] },
      'ablation.yml: ablations.groups.g.features[0]: "nope" is not a feature',
    ],
  ])('rejects unknown names in %j', (ablations, message) => {
    const config = testConfig({ lines: new Map([['ablations.layers[0]', 12]]) });
    config.ablations = { ...config.ablations, layers: [], features: [], ...ablations };
    expect(() => planComponents(config, buildGraph(convNet()), features)).toThrow(message);
  });
});
