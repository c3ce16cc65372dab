import type { Column } from '../../src/data/types.js';
import { describe, expect, it } from 'vitest';
import type { Scaling } from '../../src/config/types.js';
import { scalingVectors } from '../../src/data/scaling.js';
import { inputErrorOf } from './helpers.js';

const FEATURES = ['age', 'income', 'mean radius'];
const DATA = {
  features: FEATURES,
  columns: new Map<string, Column>(
    [...FEATURES, 'unused column'].map((name) => [
      name,
      { kind: 'number', values: new Float64Array() },
    ]),
  ),
};
const AT = { file: 'ablation.yml', key: 'data.scaling' };

describe('scalingVectors', () => {
  const cases: { name: string; scaling: Scaling | undefined; center: number[]; scale: number[] }[] =
    [
      { name: 'no scaling', scaling: undefined, center: [0, 0, 0], scale: [1, 1, 1] },
      {
        name: 'numbers',
        scaling: { center: 2, scale: 0.5 },
        center: [2, 2, 2],
        scale: [0.5, 0.5, 0.5],
      },
      {
        name: 'maps, in feature order, missing features 0 and 1',
        scaling: { center: { income: 50000, age: 40 }, scale: { income: -1000 } },
        center: [40, 50000, 0],
        scale: [1, -1000, 1],
      },
      {
        name: 'a column of the file that is not a feature is ignored',
        scaling: { center: { 'unused column': 9, age: 2 }, scale: 1 },
        center: [2, 0, 0],
        scale: [1, 1, 1],
      },
      {
        name: 'a number and a map',
        scaling: { center: 1, scale: { 'mean radius': 3 } },
        center: [1, 1, 1],
        scale: [1, 1, 3],
      },
    ];

  it.each(cases)('$name', ({ scaling, center, scale }) => {
    const vectors = scalingVectors(DATA, scaling, AT);
    expect([...vectors.center]).toEqual(center);
    expect([...vectors.scale]).toEqual(scale);
  });

  const errors: { name: string; scaling: Scaling; message: string }[] = [
    {
      name: 'unknown feature, close name',
      scaling: { center: { agee: 1 }, scale: 1 },
      message:
        'ablation.yml: data.scaling.center.agee: "agee" is not a feature; did you mean "age"?',
    },
    {
      name: 'unknown feature, nothing close',
      scaling: { center: 0, scale: { foo: 1 } },
      message:
        'ablation.yml: data.scaling.scale.foo: "foo" is not a feature; features: age, income, mean radius',
    },
    {
      name: 'scale 0',
      scaling: { center: 0, scale: 0 },
      message: 'ablation.yml: data.scaling.scale: scale must not be 0',
    },
    {
      name: 'scale 0 for one feature',
      scaling: { center: 0, scale: { 'mean radius': 0 } },
      message: 'ablation.yml: data.scaling.scale["mean radius"]: scale must not be 0',
    },
    {
      name: 'infinite scale',
      scaling: { center: 0, scale: { age: Infinity } },
      message: 'ablation.yml: data.scaling.scale.age: expected a finite number, got Infinity',
    },
    {
      name: 'NaN center',
      scaling: { center: NaN, scale: 1 },
      message: 'ablation.yml: data.scaling.center: expected a finite number, got NaN',
    },
  ];

  it.each(errors)('rejects: $name', ({ scaling, message }) => {
    expect(inputErrorOf(() => scalingVectors(DATA, scaling, AT))).toBe(message);
  });
});
