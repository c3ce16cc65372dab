import { describe, expect, it } from 'vitest';
import {
  columnRuns,
  columnsOf,
  featureChange,
  fillRows,
  type ModelData,
} from '../../src/ablation/inputs.js';
import type { FeatureComponent } from '../../src/ablation/plan.js';
import { RowWriter } from '../../src/ablation/row-writer.js';
import { indexNames } from '../../src/pattern/names.js';
import { Rng } from '../../src/stats/rng.js';

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

describe('RowWriter: a reused buffer of changed rows', () => {
  const n = 6;
  const f = 40;
  const rng = Rng.stream(5, 'test', 'row-writer');
  const plain: ModelData = {
    n,
    features: Array.from({ length: f }, (_, j) => `x${j}`),
    x: Float64Array.from({ length: n * f }, () => (rng.next() - 0.5) * 1e3),
    center: Float64Array.from({ length: f }, () => rng.next() * 10),
    scale: Float64Array.from({ length: f }, () => 0.1 + rng.next() * 3),
  };
  const scaled = new Float32Array(n * f);
  fillRows(scaled, 0, 0, n, plain);
  const kept: ModelData = { ...plain, scaled };
  const means = new Float64Array(f).fill(2.5);
  const a = Int32Array.from([...Array.from({ length: 20 }, (_, k) => 2 + k), 30, 33]);
  const b = Int32Array.from([30, 31, 32, 39]);
  // As many columns as b, others: b's must be restored before it is written.
  const c = Int32Array.from([0, 1, 31, 38]);
  const change = (mode: FeatureComponent['mode'], columns: Int32Array, repeat: number) =>
    featureChange(
      { ...component(Array.from(columns, (j) => `x${j}`)), id: `c${columns[0]}`, mode },
      columns,
      repeat,
      plain,
      9,
      means,
    );
  // Passes in order: [change, rows, first, last] — repeats, other components, other rows.
  const all = Int32Array.from([0, 1, 2, 3, 4, 5]);
  const some = Int32Array.from([1, 2, 4]);
  // A pass that leaves row 0, then row 3, out: the rows after shift by one position.
  const but0 = Int32Array.from([1, 2, 3, 4, 5]);
  const but3 = Int32Array.from([0, 1, 2, 4, 5]);
  const passes = [
    [change('permute', a, 0), all, 0, 6],
    [change('permute', a, 1), all, 0, 6],
    [change('zero', b, 0), all, 0, 6],
    [change('mean', a, 0), all, 2, 5],
    [change('permute', b, 0), some, 0, 3],
    [change('permute', b, 1), some, 0, 3],
    [change('zero', c, 0), some, 0, 3],
    [change({ value: 0.5 }, a, 0), all, 0, 6],
    [change('permute', a, 2), all, 0, 6],
    [change('permute', a, 3), but0, 0, 5],
    [change('permute', a, 4), but3, 0, 5],
    [change('zero', b, 1), all, 0, 6],
    [change('permute', b, 2), but3, 0, 5],
  ] as const;

  it.each([
    ['kept scaled rows', kept],
    ['rows scaled each time', plain],
  ])('writes what fillRows writes, pass after pass (%s)', (_, data) => {
    const writer = new RowWriter(data);
    for (const [c, rows, first, last] of passes) {
      const expected = new Float32Array((last - first) * f);
      for (let p = 0; p < last - first; p++)
        fillRows(expected, p * f, rows[first + p], rows[first + p] + 1, data, c);
      expect(writer.write(rows, first, last, c)).toEqual(expected);
    }
  });

  it.each([
    ['kept scaled rows', kept],
    ['rows scaled each time', plain],
  ])('writes what fillRows writes in batches of 4 rows (%s)', (_, data) => {
    const writer = new RowWriter(data);
    const five = Int32Array.from([0, 1, 2, 4, 5]);
    for (const c of [change('permute', a, 0), change('permute', a, 1), change('zero', b, 0)]) {
      for (const [rows, first, last] of [
        [all, 0, 4],
        [all, 4, 6],
        [five, 0, 4],
        [five, 4, 5],
      ] as const) {
        const expected = new Float32Array((last - first) * f);
        for (let p = 0; p < last - first; p++)
          fillRows(expected, p * f, rows[first + p], rows[first + p] + 1, data, c);
        expect(writer.write(rows, first, last, c)).toEqual(expected);
      }
    }
  });

  it('keeps a buffer per batch with the scaled rows kept (one, rewritten whole, without)', () => {
    const buffers = (data: ModelData) => {
      const writer = new RowWriter(data);
      const seen: ArrayBufferLike[] = [];
      for (const repeat of [0, 1]) {
        seen.push(writer.write(all, 0, 4, change('permute', a, repeat)).buffer);
        seen.push(writer.write(all, 4, 6, change('permute', a, repeat)).buffer);
      }
      return seen;
    };
    const [first, second, firstAgain, secondAgain] = buffers(kept);
    expect([firstAgain === first, secondAgain === second, second === first]).toEqual([
      true,
      true,
      false,
    ]);
    expect(new Set(buffers(plain)).size).toBe(1);
  });

  it('slides a batch’s window to where its rows are: a left-out row costs no copies', () => {
    const writer = new RowWriter(kept);
    const windowAt = (written: Float32Array) => written.byteOffset / 4 / f;
    const expectRows = (written: Float32Array, rows: Int32Array, c: ReturnType<typeof change>) => {
      const expected = new Float32Array(rows.length * f);
      rows.forEach((row, p) => fillRows(expected, p * f, row, row + 1, kept, c));
      expect(written).toEqual(expected);
    };
    // The first window starts 2 rows in (room to slide either way).
    const c0 = change('permute', a, 0);
    const w0 = writer.write(all, 0, 6, c0);
    expect(windowAt(w0)).toBe(2);
    // Row 0 left out: rows 1–5 are one row further on; so is the window.
    const c1 = change('permute', a, 1);
    const w1 = writer.write(but0, 0, 5, c1);
    expect(windowAt(w1)).toBe(3);
    expectRows(w1, but0, c1);
    // Row 3 left out: a window at 2 finds rows 0–2 in place (row 0 from the first pass), one at 3
    // only rows 4 and 5.
    const c2 = change('permute', a, 2);
    const w2 = writer.write(but3, 0, 5, c2);
    expect(windowAt(w2)).toBe(2);
    expectRows(w2, but3, c2);
  });
});
