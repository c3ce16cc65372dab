import { describe, expect, it } from 'vitest';
import { binomialPmf } from '../../src/stats/binomial.js';
import { mcnemarExact } from '../../src/stats/binomtest.js';
import { normalCdf } from '../../src/stats/normal.js';
import {
  mcnemarRegression,
  pairedExactTest,
  pairedTailProbability,
  tangoStatistic,
  type PairedCounts,
} from '../../src/stats/paired.js';
import { Rng } from '../../src/stats/rng.js';
import { expectClose, golden } from './golden.js';

const ALPHA = 0.05;

/** Tango's asymptotic score test, the reference the exact gate is measured against. */
function tangoTest(
  counts: PairedCounts,
  delta0: number,
  alternative: 'two-sided' | 'greater' | 'less',
): number {
  const t = tangoStatistic(counts, delta0);
  if (alternative === 'greater') return normalCdf(-t);
  if (alternative === 'less') return normalCdf(t);
  return Math.min(1, 2 * normalCdf(-Math.abs(t)));
}

describe("Tango's score statistic", () => {
  it('matches a reference with the restricted MLE solved numerically (SciPy brentq)', () => {
    for (const { losses, wins, n, delta0, statistic, greater, less } of golden.tango) {
      const counts = { losses, wins, n };
      const what = `(${losses}, ${wins}, ${n}, ${delta0})`;
      expectClose(tangoStatistic(counts, delta0), statistic, 1e-11, 0, `statistic${what}`);
      expectClose(tangoTest(counts, delta0, 'greater'), greater, 1e-10, 0, `greater${what}`);
      expectClose(tangoTest(counts, delta0, 'less'), less, 1e-10, 0, `less${what}`);
    }
  });

  it("is McNemar's z at delta0 = 0", () => {
    expect(tangoStatistic({ losses: 12, wins: 3, n: 300 }, 0)).toBeCloseTo(-9 / Math.sqrt(15), 14);
    expect(tangoStatistic({ losses: 0, wins: 0, n: 50 }, 0)).toBe(0);
    // SciPy: 2 * norm.sf(9 / sqrt(15)).
    expectClose(
      tangoTest({ losses: 12, wins: 3, n: 300 }, 0, 'two-sided'),
      0.02013675155034634,
      1e-13,
    );
  });
});

describe('pairedExactTest (exact unconditional, maximised over the discordant rate)', () => {
  it('has the tail probability of a brute-force enumeration of every table', () => {
    for (const c of golden.paired_tail) {
      const value = pairedTailProbability(c, c.delta0, c.alternative, c.rate);
      expectClose(
        value,
        c.probability,
        1e-10,
        1e-15,
        `tail(${c.losses}, ${c.wins}, ${c.n}, ${c.delta0}, ${c.rate})`,
      );
    }
  });

  it('finds the supremum a 4,000-point grid finds', () => {
    for (const c of golden.paired_exact) {
      const p = pairedExactTest(c, c.delta0, c.alternative);
      expectClose(
        p,
        c.pvalue,
        1e-8,
        0,
        `exact(${c.losses}, ${c.wins}, ${c.n}, ${c.delta0}, ${c.alternative})`,
      );
    }
  });

  it('is never below the tail probability at any discordant rate', () => {
    const counts = { losses: 9, wins: 1, n: 200 };
    const p = pairedExactTest(counts, -0.02, 'less');
    for (const rate of [0.02, 0.025, 0.03, 0.05, 0.1, 0.5, 1]) {
      expect(p).toBeGreaterThanOrEqual(pairedTailProbability(counts, -0.02, 'less', rate));
    }
  });
});

/** A trinomial draw of (losses, wins) on n examples by inversion of two binomials. */
function trinomialSampler(n: number, pLoss: number, pWin: number): (rng: Rng) => [number, number] {
  const cdf = (m: number, p: number): Float64Array => {
    const table = new Float64Array(m + 1);
    let total = 0;
    for (let k = 0; k <= m; k++) table[k] = total += binomialPmf(k, m, p);
    return table;
  };
  const invert = (table: Float64Array, u: number): number => {
    let k = 0;
    while (k < table.length - 1 && table[k] <= u) k++;
    return k;
  };
  const lossTable = cdf(n, pLoss);
  const winTables = new Map<number, Float64Array>();
  return (rng) => {
    const losses = invert(lossTable, rng.next());
    let winTable = winTables.get(losses);
    if (!winTable) winTables.set(losses, (winTable = cdf(n - losses, pWin / (1 - pLoss))));
    return [losses, invert(winTable, rng.next())];
  };
}

/** Exact P(reject) by enumerating every table with non-negligible probability. */
function exactRejectionRate(
  n: number,
  pLoss: number,
  pWin: number,
  reject: (c: PairedCounts) => boolean,
): number {
  let rate = 0;
  for (let losses = 0; losses <= n; losses++) {
    const pl = binomialPmf(losses, n, pLoss);
    if (pl < 1e-12 && losses > n * pLoss) break;
    for (let wins = 0; wins <= n - losses; wins++) {
      const pw = binomialPmf(wins, n - losses, pWin / (1 - pLoss));
      if (pw < 1e-12 && wins > (n - losses) * pWin) break;
      if (pl * pw > 1e-10 && reject({ losses, wins, n })) rate += pl * pw;
    }
  }
  return rate;
}

function cached(test: (c: PairedCounts) => number): (c: PairedCounts) => boolean {
  const memo = new Map<number, boolean>();
  return (c) => {
    const key = c.losses * (c.n + 1) + c.wins;
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = test(c) <= ALPHA));
    return value;
  };
}

describe('size of the regression gate at the H0 boundary (alpha = 0.05)', () => {
  // n = 300 examples, margin 0.01, P(win) = 0.002, P(loss) = 0.012: the head is
  // exactly `margin` worse, with few discordant pairs — where Tango's
  // asymptotic test is most liberal (its size is 0.089 here).
  const n = 300;
  const margin = 0.01;
  const pWin = 0.002;
  const pLoss = pWin + margin;
  const regression = cached((c) => mcnemarRegression(c, margin));

  it('Tango’s asymptotic test exceeds alpha here, which is why the gate is exact', () => {
    const asymptotic = exactRejectionRate(
      n,
      pLoss,
      pWin,
      (c) => tangoTest(c, -margin, 'less') <= ALPHA,
    );
    expect(asymptotic).toBeGreaterThan(0.08);
  });

  it('exact size: at most alpha', () => {
    const size = exactRejectionRate(n, pLoss, pWin, regression);
    expect(size).toBeLessThanOrEqual(ALPHA);
    expect(size).toBeGreaterThan(0.01); // and not vacuous
  });

  it('simulated size: reject rate <= alpha + 3 Monte-Carlo SE over 20,000 draws', () => {
    const draws = 20_000;
    const sample = trinomialSampler(n, pLoss, pWin);
    const rng = Rng.stream(2024, 'size', 'regression');
    let rejected = 0;
    for (let r = 0; r < draws; r++) {
      const [losses, wins] = sample(rng);
      if (regression({ losses, wins, n })) rejected++;
    }
    const se = Math.sqrt((ALPHA * (1 - ALPHA)) / draws);
    expect(rejected / draws).toBeLessThanOrEqual(ALPHA + 3 * se);
  });

  it('has power against a clear regression', () => {
    // The head loses 5% and wins 0.5% of examples: 4.5 points worse, 3.5 beyond the margin.
    const power = exactRejectionRate(n, 0.05, 0.005, regression);
    expect(power).toBeGreaterThan(0.8);
  });
});

describe('mcnemarRegression', () => {
  it('is the one-sided exact McNemar test at margin 0', () => {
    const counts = { losses: 12, wins: 3, n: 300 };
    expect(mcnemarRegression(counts, 0)).toBe(mcnemarExact(12, 3, 'greater'));
  });

  it('grow less ready to call a regression as the margin grows', () => {
    const counts = { losses: 30, wins: 10, n: 1000 };
    const ps = [0, 0.005, 0.01, 0.02].map((m) => mcnemarRegression(counts, m));
    for (let i = 1; i < ps.length; i++) expect(ps[i]).toBeGreaterThan(ps[i - 1]);
    expect(ps[0]).toBeLessThan(0.01);
    expect(ps[3]).toBeGreaterThan(0.5);
  });

  it('reject bad counts and margins', () => {
    expect(() => mcnemarRegression({ losses: 5, wins: 6, n: 10 }, 0.01)).toThrow(RangeError);
    expect(() => mcnemarRegression({ losses: 1, wins: 1, n: 10 }, -0.01)).toThrow(RangeError);
    expect(() => pairedExactTest({ losses: 1, wins: 1, n: 10 }, 1, 'less')).toThrow(RangeError);
    expect(mcnemarRegression({ losses: 0, wins: 0, n: 0 }, 0.01)).toBe(1);
  });
});
