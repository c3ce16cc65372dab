import { describe, expect, it } from 'vitest';
import { childPath } from '../../src/key-path.js';
import {
  closeNames,
  closestKey,
  closestNames,
  unknownNameHint,
} from '../../src/pattern/suggest.js';

describe('closeNames', () => {
  const columns = ['age', 'income', 'mean_radius', 'worst_radius', 'x', 'z'];
  it.each([
    { name: 'agee', close: ['age'] },
    { name: 'AGE', close: ['age'] },
    { name: 'incme', close: ['income'] },
    { name: 'radius', close: ['mean_radius', 'worst_radius'] },
    { name: 'y', close: [] },
    { name: 'diagnosis', close: [] },
  ])('$name', ({ name, close }) => {
    expect(closeNames(name, columns)).toEqual(close);
  });

  it('lists the names when none is close, at most 20', () => {
    const many = Array.from({ length: 25 }, (_, k) => `feature_${k}`);
    expect(unknownNameHint('label', many, 'columns')).toBe(
      `columns: ${many.slice(0, 20).join(', ')}, … (5 more)`,
    );
  });
});

describe('childPath', () => {
  it.each([
    { base: 'tests[2].where', name: 'age', path: 'tests[2].where.age' },
    { base: 'tests[2].where', name: 'worst-radius', path: 'tests[2].where.worst-radius' },
    {
      base: 'data.scaling.center',
      name: 'mean radius',
      path: 'data.scaling.center["mean radius"]',
    },
    { base: 'tests[0].where', name: '2nd', path: 'tests[0].where["2nd"]' },
  ])('$name', ({ base, name, path }) => {
    expect(childPath(base, name)).toBe(path);
  });
});

describe('closestKey', () => {
  it.each([
    { key: 'min_examples', found: 'min-examples' },
    { key: 'minExamples', found: 'min-examples' },
    { key: 'thershold', found: 'threshold' },
    { key: 'model', found: undefined },
  ])('$key', ({ key, found }) => {
    expect(closestKey(key, ['min-examples', 'threshold', 'metric'])).toBe(found);
  });
});

describe('closestNames', () => {
  it('keeps the closest few, ties in the given order', () => {
    expect(closestNames('dense_2', ['conv_1', 'dense_1', 'dense_3', 'dense_20'], 3)).toEqual([
      'dense_1',
      'dense_3',
      'dense_20',
    ]);
  });
});
