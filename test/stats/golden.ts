import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** test/golden/stats.json, written by scripts/golden/stats.py (SciPy 1.10.1, NumPy 1.24). */
export const golden = JSON.parse(
  readFileSync(new URL('../golden/stats.json', import.meta.url), 'utf8'),
) as Golden;

type Alt = 'two-sided' | 'greater' | 'less';

export interface Golden {
  scipy: string;
  binomtest: { k: number; n: number; p: number; alternative: Alt; pvalue: number }[];
  binom: {
    k: number;
    n: number;
    p: number;
    logpmf: number;
    pmf: number;
    cdf: number;
    sf: number;
  }[];
  normal: { quantile: { p: number; x: number }[]; cdf: { x: number; p: number }[] };
  wilson: { k: number; n: number; confidence: number; alternative: Alt; ci: [number, number] }[];
  adjust: { checked_with: string; cases: { p: number[]; holm: number[]; bh: number[] }[] };
  percentile: {
    samples: (number | null)[];
    intervals: { confidence: number; interval: [number, number] }[];
  }[];
  mcnemar: { b: number; c: number; alternative: Alt; pvalue: number }[];
  tango: {
    losses: number;
    wins: number;
    n: number;
    delta0: number;
    statistic: number;
    greater: number;
    less: number;
  }[];
  paired_tail: {
    losses: number;
    wins: number;
    n: number;
    delta0: number;
    alternative: 'less' | 'greater';
    rate: number;
    probability: number;
  }[];
  paired_exact: {
    losses: number;
    wins: number;
    n: number;
    delta0: number;
    alternative: 'less' | 'greater';
    pvalue: number;
  }[];
  bootstrap: { continuous: BootstrapCase; binary: BootstrapCase };
}

export interface BootstrapCase {
  name: string;
  x: number[];
  y: number[];
  confidence: number;
  n_resamples: number;
  scipy: [number, number];
  reference?: [number, number];
  reference_resamples?: number;
  reference_sd?: number;
  exact?: [number, number];
  exact_sd?: number;
}

/** |actual − expected| <= rel·|expected| + abs, with a message naming the case. */
export function expectClose(
  actual: number,
  expected: number,
  rel: number,
  abs = 0,
  what = '',
): void {
  const ok =
    actual === expected ||
    (Number.isNaN(actual) && Number.isNaN(expected)) ||
    Math.abs(actual - expected) <= rel * Math.abs(expected) + abs;
  expect(ok, `${what}: got ${actual}, expected ${expected}`).toBe(true);
}
