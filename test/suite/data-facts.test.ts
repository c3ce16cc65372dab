import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { Rng } from '../../src/stats/rng.js';
import { dataFacts, duplicateRows, type RowHash } from '../../src/suite/data-facts.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function load(file: string, label: string): Promise<Dataset> {
  return loadDataset({
    path: path.join(ROOT, file),
    displayPath: file,
    label,
    configFile: 'ablation.yml',
  });
}

/** The straightforward check: one string key per row, as numbers print. */
function byStringKey(x: Float64Array, y: Float64Array, n: number): number {
  const f = x.length / n;
  const seen = new Set<string>();
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    const key = `${Array.from(x.subarray(i * f, (i + 1) * f)).join(',')}|${y[i]}`;
    if (seen.has(key)) duplicates++;
    else seen.add(key);
  }
  return duplicates;
}

const collideAll: RowHash = () => 7;

describe('duplicateRows', () => {
  it('counts iris’s one repeated row (features and species), as a set of rows does', async () => {
    const iris = await load('test/fixtures/data/iris.csv', 'species');
    expect(dataFacts(iris)).toEqual({
      labelCounts: { setosa: 50, versicolor: 50, virginica: 50 },
      duplicateRows: 1,
    });
    expect(duplicateRows(iris.x, iris.y, iris.n, collideAll)).toBe(1);
  });

  it('counts every repeat after the first, 0 and −0 equal, another label a different row', () => {
    // Rows of two features; labels after.
    const x = Float64Array.of(1, 2, 1, 2, 0, 3, -0, 3, 1, 2, 1, 2, 5, 5, 1, 2);
    const y = Float64Array.of(0, 0, 1, 1, 0, 1, 1, 0);
    // Rows 1, 4 and 7 repeat row 0; row 3 repeats row 2 (−0 = 0); row 5 is row 0 with another label.
    expect(duplicateRows(x, y, 8)).toBe(byStringKey(x, y, 8));
    expect(duplicateRows(x, y, 8)).toBe(4);
    expect(duplicateRows(x, y, 8, collideAll)).toBe(4);
    expect(duplicateRows(new Float64Array(0), new Float64Array(0), 0)).toBe(0);
  });

  it('never counts a hash collision as a duplicate', async () => {
    const digits = await load('examples/digits/data/digits.csv', 'digit');
    // Real rows plus exact copies of some of them, in a shuffled order.
    const rng = Rng.stream(1, 'duplicates');
    const f = digits.features.length;
    const order = Array.from({ length: digits.n + 300 }, (_, i) =>
      i < digits.n ? i : rng.int(digits.n),
    );
    const shuffled = Int32Array.from(rng.permutation(order.length), (i) => order[i]);
    const x = new Float64Array(shuffled.length * f);
    const y = new Float64Array(shuffled.length);
    shuffled.forEach((row, i) => {
      x.set(digits.x.subarray(row * f, (row + 1) * f), i * f);
      y[i] = digits.y[row];
    });
    const expected = byStringKey(x, y, shuffled.length);
    expect(expected).toBe(300);
    expect(duplicateRows(x, y, shuffled.length)).toBe(expected);
    expect(duplicateRows(x, y, shuffled.length, collideAll)).toBe(expected);
    // A hash that keeps only the label collides across most rows.
    expect(duplicateRows(x, y, shuffled.length, (_, labels, __, i) => labels[i])).toBe(expected);
  });

  it('hashes whole only the rows whose cheap key (label and 64 spread columns) they share', () => {
    // 200 random rows of 1,000 features; rows 200–202 copy rows 3, 50 and 3; rows 203–207
    // copy rows 10–14 but for column 1, which the cheap key does not read (it reads 0, 15, 31 …).
    const f = 1000;
    const rng = Rng.stream(2, 'wide duplicates');
    const n = 208;
    const x = Float64Array.from({ length: n * f }, () => rng.int(256));
    const y = Float64Array.from({ length: n }, () => rng.int(2));
    const copy = (to: number, from: number) => {
      x.copyWithin(to * f, from * f, (from + 1) * f);
      y[to] = y[from];
    };
    [3, 50, 3].forEach((from, k) => copy(200 + k, from));
    for (let k = 0; k < 5; k++) {
      copy(203 + k, 10 + k);
      x[(203 + k) * f + 1] = 1000 + k;
    }
    const hashed: number[] = [];
    const labelOnly: RowHash = (_, labels, __, i) => {
      hashed.push(i);
      return labels[i];
    };
    expect(byStringKey(x, y, n)).toBe(3);
    expect(duplicateRows(x, y, n, labelOnly)).toBe(3);
    expect(hashed.sort((a, b) => a - b)).toEqual([
      3, 10, 11, 12, 13, 14, 50, 200, 201, 202, 203, 204, 205, 206, 207,
    ]);
    // Cheap keys that all collide: every row hashed whole, the count the same.
    hashed.length = 0;
    expect(duplicateRows(x, y, n, labelOnly, collideAll)).toBe(3);
    expect(hashed.length).toBe(n);
    expect(duplicateRows(x, y, n, collideAll, collideAll)).toBe(3);
    expect(duplicateRows(x, y, n)).toBe(3);
  });
});
