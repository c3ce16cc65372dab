import { describe, expect, it } from 'vitest';
import { type LayerWeights, matchWeightNames, snakeCase } from '../../src/model/weights.js';

const dense = (name: string): LayerWeights => ({
  name,
  className: 'Dense',
  weights: [`${name}/kernel`, `${name}/bias`],
});

const LAYERS: LayerWeights[] = [
  { name: 'input', className: 'InputLayer', weights: [] },
  dense('hidden'),
  {
    name: 'bn',
    className: 'BatchNormalization',
    weights: ['bn/gamma', 'bn/beta', 'bn/moving_mean', 'bn/moving_variance'],
  },
  dense('scores'),
];

function targets(names: string[], layers = LAYERS): Record<string, string> {
  return Object.fromEntries(matchWeightNames(names, layers).targets);
}

const ALL = [
  'hidden/kernel',
  'hidden/bias',
  'bn/gamma',
  'bn/beta',
  'bn/moving_mean',
  'bn/moving_variance',
  'scores/kernel',
  'scores/bias',
];

describe('matchWeightNames', () => {
  it('takes TF.js and Keras 2 names as they are, in any order', () => {
    const reversed = [...ALL].reverse();
    expect(targets(reversed)).toEqual(Object.fromEntries(reversed.map((n) => [n, n])));
  });

  it('strips the model path Keras 3 puts in front, however deep', () => {
    const names = ALL.map((n, i) => (i % 2 === 0 ? `sequential/${n}` : `outer/sequential/${n}`));
    expect(targets(names)).toEqual(Object.fromEntries(names.map((n, i) => [n, ALL[i]])));
  });

  it("drops an RNN cell's name as TF.js does (lstm/lstm_cell/kernel)", () => {
    const lstm: LayerWeights = {
      name: 'lstm',
      className: 'LSTM',
      weights: ['lstm/kernel', 'lstm/recurrent_kernel', 'lstm/bias'],
    };
    expect(
      targets(
        [
          'sequential/lstm/lstm_cell/kernel',
          'lstm/lstm_cell/recurrent_kernel',
          'lstm/lstm_cell/bias',
        ],
        [lstm],
      ),
    ).toEqual({
      'sequential/lstm/lstm_cell/kernel': 'lstm/kernel',
      'lstm/lstm_cell/recurrent_kernel': 'lstm/recurrent_kernel',
      'lstm/lstm_cell/bias': 'lstm/bias',
    });
  });

  it('maps .keras paths by class and position, whatever the layers are called', () => {
    const names = [
      'layers/batch_normalization/vars/0',
      'layers/batch_normalization/vars/1',
      'layers/batch_normalization/vars/2',
      'layers/batch_normalization/vars/3',
      'layers/dense/vars/0',
      'layers/dense/vars/1',
      '_layer_checkpoint_dependencies/dense_1/vars/0',
      '_layer_checkpoint_dependencies/dense_1/vars/1',
    ];
    expect(targets(names)).toEqual({
      'layers/batch_normalization/vars/0': 'bn/gamma',
      'layers/batch_normalization/vars/1': 'bn/beta',
      'layers/batch_normalization/vars/2': 'bn/moving_mean',
      'layers/batch_normalization/vars/3': 'bn/moving_variance',
      'layers/dense/vars/0': 'hidden/kernel',
      'layers/dense/vars/1': 'hidden/bias',
      '_layer_checkpoint_dependencies/dense_1/vars/0': 'scores/kernel',
      '_layer_checkpoint_dependencies/dense_1/vars/1': 'scores/bias',
    });
  });

  it('follows .keras paths into nested models', () => {
    const nested: LayerWeights = {
      name: 'encoder',
      className: 'Sequential',
      weights: ['a/kernel', 'a/bias'],
      layers: [dense('a')],
    };
    const layers = [nested, dense('b')];
    expect(
      targets(
        [
          'layers/sequential/layers/dense/vars/0',
          'layers/sequential/layers/dense/vars/1',
          'layers/dense/vars/0',
          'layers/dense/vars/1',
        ],
        layers,
      ),
    ).toEqual({
      'layers/sequential/layers/dense/vars/0': 'a/kernel',
      'layers/sequential/layers/dense/vars/1': 'a/bias',
      'layers/dense/vars/0': 'b/kernel',
      'layers/dense/vars/1': 'b/bias',
    });
  });

  it('ignores optimizer slots and random-seed state', () => {
    const result = matchWeightNames(
      [
        ...ALL,
        'optimizer/vars/0',
        'layers/dropout/seed_generator/vars/0',
        '_optimizer/_variables/3',
      ],
      LAYERS,
    );
    expect(result.ignored).toEqual([
      'optimizer/vars/0',
      'layers/dropout/seed_generator/vars/0',
      '_optimizer/_variables/3',
    ]);
    expect(result.targets.size).toBe(8);
  });

  it('refuses a name that matches nothing, naming it', () => {
    expect(() => matchWeightNames([...ALL.slice(1), 'head/kernel'], LAYERS)).toThrow(
      'weight "head/kernel" matches no weight of the model (hidden/kernel, hidden/bias, bn/gamma, bn/beta, ' +
        'bn/moving_mean, bn/moving_variance, scores/kernel, scores/bias)',
    );
  });

  it('refuses two names for one weight', () => {
    expect(() => matchWeightNames([...ALL, 'sequential/hidden/kernel'], LAYERS)).toThrow(
      'weights "hidden/kernel" and "sequential/hidden/kernel" both match the model\'s weight "hidden/kernel"',
    );
  });

  it('refuses a manifest that leaves weights without values', () => {
    expect(() => matchWeightNames(ALL.slice(0, 2), LAYERS)).toThrow(
      "6 of the model's 8 weights have no value in the manifest: bn/gamma, bn/beta, bn/moving_mean, " +
        'bn/moving_variance, scores/kernel, scores/bias',
    );
  });
});

describe('snakeCase (Keras naming.to_snake_case)', () => {
  it.each([
    ['Dense', 'dense'],
    ['BatchNormalization', 'batch_normalization'],
    ['Conv2D', 'conv2d'],
    ['LSTM', 'lstm'],
    ['GlobalAveragePooling2D', 'global_average_pooling2d'],
  ])('%s → %s', (name, snake) => {
    expect(snakeCase(name)).toBe(snake);
  });
});
