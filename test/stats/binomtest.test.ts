import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialLogPmf, binomialPmf, binomialSf } from '../../src/stats/binomial.js';
import { binomialTest, mcnemarExact } from '../../src/stats/binomtest.js';
import { expectClose, golden } from './golden.js';

// Values below this are compared absolutely: they are 0 to within
// double-precision underflow on SciPy's side too.
const TINY = 1e-300;

describe('binomialTest equals scipy.stats.binomtest', () => {
  it(`matches ${golden.binomtest.length} SciPy ${golden.scipy} p-values to 1e-9 relative`, () => {
    for (const { k, n, p, alternative, pvalue } of golden.binomtest) {
      expectClose(
        binomialTest(k, n, p, alternative),
        pvalue,
        1e-9,
        TINY,
        `binomtest(${k}, ${n}, ${p}, ${alternative})`,
      );
    }
  });

  it('covers the edges and large n', () => {
    const cases = golden.binomtest;
    expect(cases.some((c) => c.k === 0 && c.n === 1_000_000)).toBe(true);
    expect(cases.some((c) => c.k === c.n && c.n === 100_000)).toBe(true);
    expect(cases.some((c) => c.p === 0) && cases.some((c) => c.p === 1)).toBe(true);
    // A two-sided p-value deep in the tail at n = 10^6, not a rounded 0 or 1.
    expect(cases.some((c) => c.n === 1_000_000 && c.pvalue > 1e-200 && c.pvalue < 1e-10)).toBe(
      true,
    );
  });

  it('counts outcomes tied with k within SciPy’s 1e-7 tolerance', () => {
    // Binomial(10, 0.5): pmf(3) = pmf(7), so the two-sided p doubles the tail exactly.
    expect(binomialTest(3, 10, 0.5)).toBe(2 * binomialCdf(3, 10, 0.5));
    expect(binomialTest(3, 10, 0.5)).toBeCloseTo(0.34375, 15);
    expect(binomialTest(5, 10, 0.5)).toBe(1);
  });

  it('gives 1 for n = 0 (SciPy raises) and rejects bad input', () => {
    expect(binomialTest(0, 0, 0.3)).toBe(1);
    expect(() => binomialTest(4, 3)).toThrow(RangeError);
    expect(() => binomialTest(1.5, 3)).toThrow(RangeError);
    expect(() => binomialTest(1, 3, 1.2)).toThrow(RangeError);
    expect(() => binomialTest(1, 3, Number.NaN)).toThrow(RangeError);
  });
});

describe('binomial distribution equals scipy.stats.binom', () => {
  it('logpmf, pmf, cdf and sf to 1e-12 relative, n up to 10^6', () => {
    for (const { k, n, p, logpmf, pmf, cdf, sf } of golden.binom) {
      const what = `(${k}, ${n}, ${p})`;
      expectClose(binomialLogPmf(k, n, p), logpmf, 1e-12, 0, `logpmf${what}`);
      expectClose(binomialPmf(k, n, p), pmf, 1e-10, TINY, `pmf${what}`);
      expectClose(binomialCdf(k, n, p), cdf, 1e-10, TINY, `cdf${what}`);
      expectClose(binomialSf(k, n, p), sf, 1e-10, TINY, `sf${what}`);
    }
  });

  it('sums to one and agrees with a direct sum for small n', () => {
    const n = 37;
    const p = 0.23;
    let total = 0;
    for (let k = 0; k <= n; k++) {
      total += binomialPmf(k, n, p);
      let direct = 0;
      for (let i = 0; i <= k; i++) direct += binomialPmf(i, n, p);
      expectClose(binomialCdf(k, n, p), direct, 1e-13, 1e-16, `cdf(${k})`);
      expectClose(binomialCdf(k, n, p) + binomialSf(k, n, p), 1, 1e-15, 0, `cdf+sf(${k})`);
    }
    expectClose(total, 1, 1e-14, 0, 'total');
    expect(binomialCdf(-1, n, p)).toBe(0);
    expect(binomialCdf(n, n, p)).toBe(1);
    expect(binomialSf(n, n, p)).toBe(0);
    expect(binomialLogPmf(n + 1, n, p)).toBe(-Infinity);
  });
});

describe('mcnemarExact', () => {
  it('equals binomtest(b, b + c, 0.5) from SciPy', () => {
    for (const { b, c, alternative, pvalue } of golden.mcnemar) {
      expectClose(
        mcnemarExact(b, c, alternative),
        pvalue,
        1e-9,
        0,
        `mcnemar(${b}, ${c}, ${alternative})`,
      );
    }
  });

  it('gives 1 with no discordant pairs', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(0, 0, 'greater')).toBe(1);
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
  });
});
