import type { Dataset } from '../data/types.js';
import type { Results } from '../results/types.js';

/**
 * Facts about the eval data, recorded in results for the report's data checks: examples per
 * class, and rows that repeat another row exactly (features and label).
 * NaN and infinite feature values never get here: loading rejects them.
 */
export function dataFacts(dataset: Dataset): Results['data'] {
  const labelCounts =
    dataset.classes === undefined
      ? null
      : Object.fromEntries(dataset.classes.map((name) => [name, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes![dataset.y[i]]]++;
  }
  return { labelCounts, duplicateRows: duplicateRows(dataset.x, dataset.y, dataset.n) };
}

/** A hash of row i (its f features and its label) to a non-negative safe integer. */
export type RowHash = (x: Float64Array, y: Float64Array, f: number, i: number) => number;

/** Columns a row's first, cheap key reads (spread evenly over the row), besides its label. */
const SAMPLED_COLUMNS = 64;

/**
 * How many rows equal an earlier row, features and label (0 and −0 equal,
 * as numbers compare). Each row gets a cheap 53-bit key from its label and
 * a few columns spread over it (`sample`); only rows that share a cheap key
 * can be equal, and only those are hashed whole (`hash`) and, on the same
 * whole key, compared value by value: a hash collision never counts a
 * duplicate that is not one. O(n·f) at worst; for rows that differ in the
 * sampled columns (150,528-pixel images, most tables) O(n) reads.
 */
export function duplicateRows(
  x: Float64Array,
  y: Float64Array,
  n: number,
  hash: RowHash = rowHash,
  sample: RowHash = sampleHash,
): number {
  const f = n === 0 ? 0 : x.length / n;
  // Cheap key → the row with it, or every row with it.
  const bySample = new Map<number, number | number[]>();
  for (let i = 0; i < n; i++) {
    const key = sample(x, y, f, i);
    const earlier = bySample.get(key);
    if (earlier === undefined) bySample.set(key, i);
    else if (typeof earlier === 'number') bySample.set(key, [earlier, i]);
    else earlier.push(i);
  }
  let duplicates = 0;
  for (const rows of bySample.values()) {
    if (typeof rows !== 'number') duplicates += duplicatesAmong(x, y, f, rows, hash);
  }
  return duplicates;
}

/** How many of `rows` (in row order) equal an earlier one of them. */
function duplicatesAmong(
  x: Float64Array,
  y: Float64Array,
  f: number,
  rows: number[],
  hash: RowHash,
): number {
  // Key → the first row with it, or every distinct row with it after a collision.
  const seen = new Map<number, number | number[]>();
  let duplicates = 0;
  for (const i of rows) {
    const key = hash(x, y, f, i);
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, i);
    } else if (typeof earlier === 'number') {
      if (sameRow(x, y, f, earlier, i)) duplicates++;
      else seen.set(key, [earlier, i]);
    } else if (earlier.some((row) => sameRow(x, y, f, row, i))) {
      duplicates++;
    } else {
      earlier.push(i);
    }
  }
  return duplicates;
}

function sameRow(x: Float64Array, y: Float64Array, f: number, a: number, b: number): boolean {
  if (y[a] !== y[b]) return false;
  for (let j = 0; j < f; j++) if (x[a * f + j] !== x[b * f + j]) return false;
  return true;
}

/** The whole row's hash (`hashColumns` over every column). */
const rowHash: RowHash = (x, y, f, i) => hashColumns(x, y, f, i, f);

/** The cheap key: the label and SAMPLED_COLUMNS columns spread evenly (all, in a narrow row). */
const sampleHash: RowHash = (x, y, f, i) => hashColumns(x, y, f, i, Math.min(f, SAMPLED_COLUMNS));

/**
 * Two 32-bit multiply–xorshift hashes (murmur3's mixing constants, two
 * seeds) of the bits of `count` of the row's values (columns ⌊k·f/count⌋),
 * −0 read as 0, and its label, combined into 53 bits. Reads the features'
 * bytes in place (little-endian words).
 */
function hashColumns(
  x: Float64Array,
  y: Float64Array,
  f: number,
  i: number,
  count: number,
): number {
  const words = new Uint32Array(x.buffer, x.byteOffset + i * f * 8, 2 * f);
  const step = f / Math.max(1, count);
  let h1 = 0x9747b28c;
  let h2 = 0x85ebca6b;
  for (let k = 0; k <= count; k++) {
    let low: number;
    let high: number;
    if (k < count) {
      const w = count === f ? 2 * k : 2 * Math.floor(k * step);
      low = words[w];
      high = words[w + 1];
    } else {
      // The label, last.
      labelScratch[0] = y[i];
      low = labelWords[0];
      high = labelWords[1];
    }
    if (low === 0 && high === 0x80000000) high = 0; // −0
    let m = Math.imul(low, 0xcc9e2d51);
    m = Math.imul((m << 15) | (m >>> 17), 0x1b873593);
    h1 ^= m;
    h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
    h2 = Math.imul(h2 ^ (m >>> 7), 0xc2b2ae35) + high;
    m = Math.imul(high, 0xcc9e2d51);
    m = Math.imul((m << 15) | (m >>> 17), 0x1b873593);
    h1 ^= m;
    h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
    h2 = Math.imul(h2 ^ (m >>> 7), 0xc2b2ae35) + low;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0x27d4eb2f);
  h2 ^= h2 >>> 16;
  // 32 bits of one and 21 of the other: below 2^53, a Map key without a string.
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
}

const labelScratch = new Float64Array(1);
const labelWords = new Uint32Array(labelScratch.buffer);
