import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialSf } from '../../src/stats/binomial.js';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { pairedExactTest } from '../../src/stats/paired.js';
import { exact } from './exact-golden.js';
import { expectClose } from './golden.js';

describe('clopperPearsonInterval equals SciPy beta.ppf', () => {
  it(`matches all ${exact.clopper_pearson.length} SciPy intervals to 1e-12 relative`, () => {
    expect(exact.scipy).toBe('1.10.1');
    for (const { k, n, confidence, ci } of exact.clopper_pearson) {
      const [lo, hi] = clopperPearsonInterval(k, n, confidence);
      const what = `cp(${k}, ${n}, ${confidence})`;
      // At n = 10^6 SciPy's beta.ppf is itself off by up to 1e-11 (next test).
      const rel = n < 1e6 ? 1e-12 : 5e-11;
      expectClose(lo, ci[0], rel, 1e-300, `${what} low`);
      expectClose(hi, ci[1], rel, 1e-300, `${what} high`);
    }
  });

  it('is exact where SciPy is not: n = 10^6 against mpmath at 40 digits', () => {
    // Roots of P(X <= k) = alpha/2 by mpmath findroot (dps 40); SciPy 1.10
    // gives 4.743855638214234e-6 and 7.2246687944522814e-6.
    expectClose(clopperPearsonInterval(1, 1e6, 0.9)[1], 4.74385563820681e-6, 2e-15);
    expectClose(clopperPearsonInterval(2, 1e6, 0.95)[1], 7.224668794380317e-6, 2e-15);
  });

  it('puts exactly alpha/2 in each binomial tail at its ends (SciPy binomtest)', () => {
    for (const { k, n, confidence, tails } of exact.clopper_pearson) {
      if (tails === undefined) continue;
      const [lo, hi] = clopperPearsonInterval(k, n, confidence);
      const half = (1 - confidence) / 2;
      expectClose(binomialSf(k - 1, n, lo), half, 1e-9, 0, `P(X >= ${k}) at ${lo}`);
      expectClose(binomialCdf(k, n, hi), half, 1e-9, 0, `P(X <= ${k}) at ${hi}`);
      expectClose(tails[0], half, 1e-9, 0, 'SciPy at the low end');
      expectClose(tails[1], half, 1e-9, 0, 'SciPy at the high end');
    }
  });

  it('is honest at 0% and 100% (issue 9.10): 80 of 80 is not [1, 1]', () => {
    expect(clopperPearsonInterval(80, 80)).toEqual([0.9549359649323077, 1]);
    expect(clopperPearsonInterval(0, 20)[0]).toBe(0);
    expect(clopperPearsonInterval(0, 0)).toEqual([0, 1]);
    expect(() => clopperPearsonInterval(3, 2)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(1, 2, 1)).toThrow(RangeError);
  });
});

describe('pairedExactTest maximises to its stated tolerance (issue 9.6)', () => {
  it('is never below a SciPy-refined supremum by more than 1e-6 on tables of n = 80', () => {
    for (const c of exact.paired_exact) {
      const p = pairedExactTest(c, c.delta0, c.alternative);
      const what = `exact(${c.losses}, ${c.wins}, ${c.n}, ${c.delta0}, ${c.alternative})`;
      expect(p, what).toBeGreaterThanOrEqual(c.pvalue - 1e-6);
      expect(p, what).toBeLessThanOrEqual(c.pvalue + 1e-6);
    }
  });
});
