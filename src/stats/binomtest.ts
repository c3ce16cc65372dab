import { binomialCdf, binomialPmf, binomialSf } from './binomial.js';

/** The alternative hypothesis of a test, in SciPy's words. */
export type Alternative = 'two-sided' | 'greater' | 'less';

/**
 * The exact binomial test: the p-value of k successes in n trials under
 * success probability p, equal to `scipy.stats.binomtest(k, n, p, alternative).pvalue`
 * (SciPy 1.10). Two-sided, it sums the probabilities of every outcome no more
 * likely than k, with SciPy's relative tolerance of 1e-7 on that comparison
 * so that outcomes tied with k in exact arithmetic count.
 *
 * n = 0 (which SciPy rejects) gives 1: no trials cannot contradict any p.
 */
export function binomialTest(
  k: number,
  n: number,
  p = 0.5,
  alternative: Alternative = 'two-sided',
): number {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`binomialTest: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`binomialTest: k must be an integer in [0, n], got ${k}`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialTest: p must be in [0, 1], got ${p}`);
  if (n === 0) return 1;
  switch (alternative) {
    case 'less':
      return binomialCdf(k, n, p);
    case 'greater':
      return binomialSf(k - 1, n, p);
    case 'two-sided':
      return Math.min(1, twoSided(k, n, p));
  }
}

/**
 * The exact McNemar test on the discordant counts of paired 0/1 outcomes:
 * b pairs where only the first is a success, c where only the second is.
 * Equal to `binomtest(b, b + c, 0.5, alternative)`; 'greater' is the
 * alternative that b-type discordance is the more likely. No discordant
 * pairs gives 1.
 */
export function mcnemarExact(b: number, c: number, alternative: Alternative = 'two-sided'): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact: counts must be integers >= 0, got ${b}, ${c}`);
  }
  return binomialTest(b, b + c, 0.5, alternative);
}

// SciPy's _binomtest.py, step for step: find where the pmf on the other side
// of the mode drops to pmf(k) (times 1 + 1e-7) and add that tail.
function twoSided(k: number, n: number, p: number): number {
  const d = binomialPmf(k, n, p);
  const rerr = 1 + 1e-7;
  if (k === p * n) return 1;
  if (k < p * n) {
    const ix = searchBinomTest((x) => -binomialPmf(x, n, p), -d * rerr, Math.ceil(p * n), n);
    const y = n - ix + (d * rerr === binomialPmf(ix, n, p) ? 1 : 0);
    return binomialCdf(k, n, p) + binomialSf(n - y, n, p);
  }
  const ix = searchBinomTest((x) => binomialPmf(x, n, p), d * rerr, 0, Math.floor(p * n));
  const y = ix + 1;
  return binomialCdf(y - 1, n, p) + binomialSf(k - 1, n, p);
}

/** SciPy's `_binary_search_for_binom_tst`: the i in [lo, hi] with a(i) <= d < a(i + 1). */
function searchBinomTest(a: (x: number) => number, d: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const value = a(mid);
    if (value < d) lo = mid + 1;
    else if (value > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}
