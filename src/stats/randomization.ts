import type { Rng } from './rng.js';

/** How far a randomization test goes before it settles for a Monte Carlo p-value. */
export interface RandomizationOptions {
  /** Enumerate every rotation when there are at most this many. */
  enumerateUpTo: number;
  /** Monte Carlo: the most random rotations drawn; the smallest p is 1 / (maxDraws + 1). */
  maxDraws: number;
  /** Monte Carlo: stop once this many draws were at least as extreme (Besag & Clifford 1991). */
  stopAfter: number;
}

export const RANDOMIZATION_DEFAULTS: RandomizationOptions = {
  enumerateUpTo: 4096,
  maxDraws: 9999,
  stopAfter: 20,
};

/** How a randomization p-value was reached. */
export type RandomizationMethod = 'exact' | 'monte-carlo' | 'tail-bound';

/** A randomization test's p-value and how it was reached. */
export interface RandomizationResult {
  p: number;
  method: RandomizationMethod;
  /** Rotations scored (the observed one included); 0 for a tail bound. */
  draws: number;
}

/**
 * The paired randomization test of a sum of per-example terms. Each of
 * `rows` examples has `versions` values (a baseline and the ablated repeats)
 * that are exchangeable under H0, so rotating an example's versions by any
 * shift leaves their joint distribution unchanged (the cyclic group acting
 * per example; with two versions, a swap). `terms[j * versions + v]` is
 * example j's term when version v plays the baseline, centred so each
 * example's terms average 0; the statistic is the sum over examples, and
 * the observed one has version 0 everywhere. The p-value is the share of
 * rotations whose |sum| is at least the observed one (ties within a relative
 * 1e-9 count, so equal sums added in another order do), valid for any terms
 * and any n (Fisher 1935; Good 2005, ch. 3).
 *
 * - `exact`: at most `enumerateUpTo` rotations in all, every one scored; for
 *   0/1 outcomes and two versions that is the exact sign (McNemar) test.
 * - `tail-bound`: Hoeffding's or Bernstein's inequality for the sum of
 *   independent, centred, bounded terms already puts p below the Monte
 *   Carlo floor; the bound is a valid (conservative) p-value.
 * - `monte-carlo`: random rotations from `rng`, sequentially (Besag &
 *   Clifford 1991): stopping at the h-th extreme draw L gives p = h / L,
 *   otherwise p = (1 + extreme) / (1 + maxDraws); both are valid.
 *
 * No rows gives p = 1.
 */
export function randomizationTest(
  terms: Float64Array,
  versions: number,
  rng: Rng,
  options: RandomizationOptions = RANDOMIZATION_DEFAULTS,
): RandomizationResult {
  const rows = terms.length / versions;
  if (!Number.isInteger(rows) || !Number.isInteger(versions) || versions < 2) {
    throw new RangeError(`randomizationTest: ${terms.length} terms for ${versions} versions`);
  }
  if (rows === 0) return { p: 1, method: 'exact', draws: 1 };
  let observed = 0;
  for (let j = 0; j < rows; j++) observed += terms[j * versions];
  observed = Math.abs(observed);
  if (Number.isNaN(observed)) return { p: NaN, method: 'exact', draws: 1 };
  const cut = observed * (1 - 1e-9) - 1e-300;

  if (rows * Math.log(versions) <= Math.log(options.enumerateUpTo) + 1e-9) {
    const total = Math.round(versions ** rows);
    let count = 0;
    for (let index = 0; index < total; index++) {
      let rest = index;
      let sum = 0;
      for (let j = 0; j < rows; j++) {
        sum += terms[j * versions + (rest % versions)];
        rest = Math.floor(rest / versions);
      }
      if (Math.abs(sum) >= cut) count++;
    }
    return { p: count / total, method: 'exact', draws: total };
  }

  const floor = 1 / (options.maxDraws + 1);
  const bound = tailBound(terms, versions, observed);
  if (bound < floor) return { p: bound, method: 'tail-bound', draws: 0 };

  const groups = new Groups(terms, versions);
  let count = 0;
  for (let draw = 1; draw <= options.maxDraws; draw++) {
    if (Math.abs(groups.draw(rng)) >= cut) count++;
    if (count === options.stopAfter)
      return { p: count / draw, method: 'monte-carlo', draws: draw + 1 };
  }
  return {
    p: (1 + count) / (1 + options.maxDraws),
    method: 'monte-carlo',
    draws: options.maxDraws + 1,
  };
}

/**
 * The smaller of Hoeffding's bound, 2 exp(−2t² / Σ range²), and Bernstein's,
 * 2 exp(−t² / (2 Σ variance + 2 M t / 3)), on P(|sum| >= t) when each
 * example's term is drawn uniformly from its (centred) versions.
 */
function tailBound(terms: Float64Array, versions: number, t: number): number {
  let spread = 0;
  let variance = 0;
  let largest = 0;
  for (let j = 0; j < terms.length; j += versions) {
    let low = Infinity;
    let high = -Infinity;
    for (let v = 0; v < versions; v++) {
      const x = terms[j + v];
      low = Math.min(low, x);
      high = Math.max(high, x);
      variance += (x * x) / versions;
      largest = Math.max(largest, Math.abs(x));
    }
    spread += (high - low) ** 2;
  }
  if (spread === 0) return 1;
  const hoeffding = 2 * Math.exp((-2 * t * t) / spread);
  const bernstein = 2 * Math.exp((-t * t) / (2 * variance + (2 * largest * t) / 3));
  return Math.min(1, hoeffding, bernstein);
}

/**
 * Random rotations scored a group of examples at a time: the examples are
 * cut into groups of g with versions^g <= 256 combinations, each group's
 * sums are tabled once, and a draw picks one uniform combination per group
 * (several to a 32-bit draw, rejecting the few that would bias them).
 */
class Groups {
  private readonly tables: Float64Array[] = [];
  private readonly sizes: number[] = [];
  private readonly per: number[] = [];
  private readonly limits: number[] = [];

  constructor(terms: Float64Array, versions: number) {
    const rows = terms.length / versions;
    let g = 1;
    while (versions ** (g + 1) <= 256) g++;
    for (let start = 0; start < rows; start += g) {
      const members = Math.min(g, rows - start);
      const size = versions ** members;
      const table = new Float64Array(size);
      for (let index = 0; index < size; index++) {
        let rest = index;
        let sum = 0;
        for (let m = 0; m < members; m++) {
          sum += terms[(start + m) * versions + (rest % versions)];
          rest = Math.floor(rest / versions);
        }
        table[index] = sum;
      }
      this.tables.push(table);
      let per = 1;
      while (size ** (per + 1) <= 2 ** 32) per++;
      this.sizes.push(size);
      this.per.push(per);
      this.limits.push(Math.floor(2 ** 32 / size ** per) * size ** per);
    }
  }

  /** The sum under one uniform random rotation. */
  draw(rng: Rng): number {
    const { tables, sizes, per, limits } = this;
    let sum = 0;
    let x = 0;
    let left = 0;
    for (let t = 0; t < tables.length; t++) {
      const size = sizes[t];
      if (left === 0 || size !== sizes[t - 1]) {
        do x = rng.nextUint32();
        while (x >= limits[t]);
        left = per[t];
      }
      const pick = x % size;
      x = (x - pick) / size;
      left--;
      sum += tables[t][pick];
    }
    return sum;
  }
}
