import { describe, expect, it } from 'vitest';
import { closeNames, keyPath, unknownNameHint } from '../../src/data/names.js';

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

describe('keyPath', () => {
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
    expect(keyPath(base, name)).toBe(path);
  });
});
