import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/ablation/plan.js';
import { parseShard, shardComponents, shardOf, shardVariants } from '../../src/shard/plan.js';

/** A planned component: `s` stochastic (repeated), `d` deterministic, `n` not applicable. */
function component(kind: 's' | 'd' | 'n', i: number): Component {
  return {
    id: `feature:f${i}:${kind}`,
    kind: 'feature',
    name: `f${i}`,
    on: 'features',
    features: [`f${i}`],
    mode: kind === 's' ? 'permute' : 'zero',
    stochastic: kind === 's',
    ...(kind === 'n' ? { notApplicable: 'not applicable here' } : {}),
  };
}
const plan = (kinds: string): Component[] =>
  [...kinds].map((k, i) => component(k as 's' | 'd' | 'n', i));

describe('shardOf', () => {
  it.each([
    // kinds, repeats, shards → the shard of each component, in plan order
    ['dddddd', 5, 3, [1, 1, 2, 2, 3, 3]],
    ['dddddd', 5, 1, [1, 1, 1, 1, 1, 1]],
    // costs 5,5,1,1,1,1,1,1 of 16: midpoints 2.5, 7.5, 10.5, … → a stochastic one per shard
    ['ssdddddd', 5, 3, [1, 2, 2, 3, 3, 3, 3, 3]],
    // the same plan with 2 repeats: costs 2,2,1×6 of 10
    ['ssdddddd', 2, 3, [1, 1, 2, 2, 2, 3, 3, 3]],
    // a component not applicable costs nothing and stays where the plan puts it
    ['dndnd', 5, 2, [1, 1, 2, 2, 2]],
    // nothing to evaluate: the list itself is split
    ['nnnn', 5, 2, [1, 1, 2, 2]],
    // more shards than components: some shards are empty
    ['dd', 5, 4, [2, 4]],
  ])('%s with %i repeats in %i shards', (kinds, repeats, count, expected) => {
    expect([...shardOf(plan(kinds), repeats, count)]).toEqual(expected);
  });

  it('gives contiguous ranges whose concatenation in shard order is the plan', () => {
    const components = plan('sdsdnddsssddddnsdsdd');
    for (const count of [1, 2, 3, 4, 7]) {
      const parts = Array.from({ length: count }, (_, i) =>
        shardComponents(components, 5, { index: i + 1, count }),
      );
      expect(parts.flat()).toEqual(components);
    }
  });
});

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('%s', (text, expected) => expect(parseShard(text, 'input shard')).toEqual(expected));

  it.each(['', '0/2', '3/2', '1/0', '-1/2', '1.5/2', '1/2/3', 'a/b', '2'])(
    'refuses "%s"',
    (text) => {
      expect(() => parseShard(text, 'input shard')).toThrow(
        `input shard: expected I/N with 1 ≤ I ≤ N (e.g. 2/3), got "${text}"`,
      );
    },
  );
});

describe('the retrain variants of a shard', () => {
  const names = ['a', 'b', 'c', 'd', 'e'];
  it('are contiguous ranges of the list that join back into it, balanced by count', () => {
    const split = [1, 2].map((index) => shardVariants(names, 3, { index, count: 2 }));
    expect(split).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect([1, 2, 3].map((index) => shardVariants(names, 2, { index, count: 3 }))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d', 'e'],
    ]);
  });
  it('leave a shard with none when there are more shards than variants', () => {
    expect([1, 2, 3].map((index) => shardVariants(['a'], 3, { index, count: 3 }))).toEqual([
      [],
      ['a'],
      [],
    ]);
  });
});
