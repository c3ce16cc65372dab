import { describe, expect, it } from 'vitest';
import { expandName, indexNames } from '../../src/pattern/names.js';

/**
 * `expandName` on entries that spell names out (ranges and `{a,b}`, no
 * globs): the positions in written order, each name's first position in
 * `known`, whatever order `known` has (the next position is tried before
 * the index: a range over names in order never hashes one).
 */

const words = {
  what: 'feature',
  unknown: (name: string, entry: string) => `no ${name} (from ${entry})`,
};

const expand = (entry: string, known: string[]) =>
  expandName(entry, known, indexNames(known), words);

describe('expandName spells names out', () => {
  it.each([
    ['in order', 'p[0:3]', ['p0', 'p1', 'p2', 'p3', 'q'], [0, 1, 2, 3]],
    ['a middle run', 'p[2:3]', ['p0', 'p1', 'p2', 'p3'], [2, 3]],
    ['shuffled', 'p[0:3]', ['p2', 'p0', 'p3', 'p1'], [1, 3, 0, 2]],
    ['reversed', 'p[0:2]', ['p2', 'p1', 'p0'], [2, 1, 0]],
    ['a repeated name counts at its first position', 'p[0:2]', ['p0', 'p1', 'p1', 'p2'], [0, 1, 3]],
    ['the repeat right after', 'p[1:2]', ['p0', 'p2', 'p1', 'p2'], [2, 1]],
    [
      'two ranges, the leftmost slowest',
      'r[0:1]c[0:1]',
      ['r0c0', 'r0c1', 'r1c0', 'r1c1'],
      [0, 1, 2, 3],
    ],
    [
      'two ranges over names in another order',
      'r[0:1]c[0:1]',
      ['r0c0', 'r1c0', 'r0c1', 'r1c1'],
      [0, 2, 1, 3],
    ],
    ['alternatives in written order', '{b,a}[1:2]', ['a1', 'a2', 'b1', 'b2'], [2, 3, 0, 1]],
    ['a name with brackets that is known', 'p[0:1]', ['p[0:1]', 'p0', 'p1'], [0]],
  ])('%s: %j', (_, entry, known, positions) => {
    expect(expand(entry, known)).toEqual({ positions });
  });

  it.each([
    ['p[0:4]', ['p0', 'p1', 'p2', 'p3'], 'no p4 (from p[0:4])'],
    ['p[0:1]', ['p1', 'p2'], 'no p0 (from p[0:1])'],
  ])('%j names one not known', (entry, known, problem) => {
    expect(expand(entry, known)).toEqual({ problem });
  });

  it('indexNames maps each name to its first position', () => {
    expect([...indexNames(['a', 'b', 'a', 'c', 'b'])].sort()).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
    ]);
  });
});

describe('indexNames indexes an array of names once', () => {
  it('gives the same index for the same array, and a new one for another array', () => {
    const names = ['p0', 'p1', 'p2'];
    const index = indexNames(names);
    expect(indexNames(names)).toBe(index);
    const other = indexNames([...names]);
    expect(other).not.toBe(index);
    expect([...other]).toEqual([...index]);
  });
});
