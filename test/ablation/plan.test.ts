import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchFeatures, planComponents } from '../../src/ablation/plan.js';
import { indexNames } from '../../src/pattern/names.js';
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
        target: c.on === 'layers' ? c.layers : c.features,
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
      'ablation.yml:12: ablations.layers[0]: no layer of the model is named "dense_9" (did you mean conv_1, conv_2, drop?)',
    ],
    [
      { features: ['a', 'zz'] },
      'ablation.yml: ablations.features[1]: "zz" is not a feature of the eval data (did you mean a, b, c?)',
    ],
    [
      { features: ['x*'] },
      'ablation.yml: ablations.features[0]: no feature of the eval data matches "x*"',
    ],
    [
      { layers: ['conv_[1:3]'] },
      'ablation.yml:12: ablations.layers[0]: no layer of the model is named "conv_3" (from "conv_[1:3]")',
    ],
    [
      { features: ['p[3:2]'] },
      'ablation.yml: ablations.features[0]: the range [3:2] in "p[3:2]" is empty (END is included and must be at least START)',
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

describe('feature and layer names in a config', () => {
  const grid = Array.from({ length: 64 }, (_, i) => `px_${Math.floor(i / 8)}_${i % 8}`);
  const plan = (features: string[], groups: { name: string; features: string[] }[] = []) =>
    planComponents(
      testConfig({
        ablations: { layers: [], layerModes: [], features, featureModes: ['zero'], groups },
      }),
      buildGraph(convNet()),
      grid,
    );

  it('expands index ranges with END included, the leftmost range varying slowest', () => {
    const [group] = plan([], [{ name: 'center', features: ['px_[2:3]_[4:5]'] }]).filter(
      (c) => c.kind === 'group',
    );
    expect(group.on === 'features' && group.features).toEqual([
      'px_2_4',
      'px_2_5',
      'px_3_4',
      'px_3_5',
    ]);
    expect(group.name).toBe('center');
  });

  it('expands globs in data order and keeps each feature once, in the order written', () => {
    const components = plan(['px_7_*', 'px_0_0', 'px_7_7']);
    expect(components.map((c) => c.name)).toEqual([
      ...grid.filter((name) => name.startsWith('px_7_')),
      'px_0_0',
    ]);
  });

  it('handles an image-sized feature list (12,288 pixels, 6 groups) by name lookups, not scans', () => {
    const pixels = Array.from({ length: 64 * 64 * 3 }, (_, i) => `p${i}`);
    const third = pixels.length / 3;
    const groups = Array.from({ length: 6 }, (_, g) => ({
      name: `part-${g}`,
      features: [`p[${(g * pixels.length) / 6}:${((g + 1) * pixels.length) / 6 - 1}]`],
    }));
    const components = planComponents(
      testConfig({
        ablations: {
          layers: [],
          layerModes: [],
          features: [`p[0:${third - 1}]`],
          featureModes: ['zero'],
          groups,
        },
      }),
      buildGraph(convNet()),
      pixels,
    );
    expect(components).toHaveLength(third + 6);
    const last = components[components.length - 1];
    expect(last.on === 'features' && [last.features.length, last.features[0]]).toEqual([
      2048,
      'p10240',
    ]);
  });
});

describe('matchFeatures: the features a list of entries names, in written order, each once', () => {
  const config = testConfig({});
  it.each([
    ['plain names', ['c', 'a'], ['a', 'b', 'c'], ['c', 'a']],
    ['a name written twice', ['b', 'a', 'b'], ['a', 'b', 'c'], ['b', 'a']],
    [
      'a glob over names already taken',
      ['b', 'a*', '*'],
      ['a', 'a2', 'b', 'c'],
      ['b', 'a', 'a2', 'c'],
    ],
    [
      'overlapping ranges',
      ['p[2:4]', 'p[0:3]'],
      ['p0', 'p1', 'p2', 'p3', 'p4'],
      ['p2', 'p3', 'p4', 'p0', 'p1'],
    ],
    ['a name the data repeats: once', ['*'], ['a', 'b', 'a'], ['a', 'b']],
    [
      'a range over a repeated name',
      ['p[0:1]', 'p*'],
      ['p0', 'p1', 'p0', 'p2'],
      ['p0', 'p1', 'p2'],
    ],
  ])('%s', (_, patterns, known, chosen) => {
    expect(matchFeatures(config, 'ablations.features', patterns, known, indexNames(known))).toEqual(
      chosen,
    );
  });
});
