import { describe, expect, it } from 'vitest';
import { columnRuns, columnsOf } from '../../src/ablation/inputs.js';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { indexNames } from '../../src/pattern/names.js';

const component = (features: string[]): FeatureComponent =>
  ({ on: 'features', id: 'g', features, mode: 'permute' }) as FeatureComponent;

describe('columnsOf: a component’s features as column indices', () => {
  it.each([
    ['a run in order', ['a', 'b', 'c', 'd'], ['b', 'c', 'd'], [1, 2, 3]],
    ['shuffled', ['a', 'b', 'c', 'd'], ['d', 'a', 'c'], [3, 0, 2]],
    ['backwards', ['a', 'b', 'c'], ['c', 'b', 'a'], [2, 1, 0]],
    // A repeated feature name: the index's (first) position, never the next one.
    ['a repeated name', ['a', 'b', 'a', 'b'], ['a', 'b'], [0, 1]],
    ['a repeated name after its first', ['b', 'a', 'b'], ['a', 'b'], [1, 0]],
  ])('%s', (_, features, names, columns) => {
    const index = indexNames(features);
    expect([...columnsOf(component(names), index, features)]).toEqual(columns);
    expect([...columnsOf(component(names), index)]).toEqual(columns);
  });

  it('refuses a name the eval data lacks', () => {
    const features = ['a', 'b'];
    expect(() => columnsOf(component(['a', 'z']), indexNames(features), features)).toThrow(
      'no feature z in the eval data',
    );
  });
});

describe('columnRuns: runs of consecutive columns (first column, position, length)', () => {
  it.each([
    [[], []],
    [[4], [4, 0, 1]],
    [
      [1, 2, 3, 7, 8, 2],
      [1, 0, 3, 7, 3, 2, 2, 5, 1],
    ],
    [
      [3, 2, 1],
      [3, 0, 1, 2, 1, 1, 1, 2, 1],
    ],
  ])('%j', (columns, runs) => {
    expect([...columnRuns(Int32Array.from(columns))]).toEqual(runs);
  });
});
