import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedMean } from '../../src/stats/seed-mean.js';
import { incompleteBeta, studentTCdf, studentTQuantile } from '../../src/stats/student-t.js';
import { expectClose } from './golden.js';

/** test/golden/student-t.json, written by scripts/golden/student-t.py (SciPy 1.10.1, checked with mpmath). */
const golden = JSON.parse(
  readFileSync(new URL('../golden/student-t.json', import.meta.url), 'utf8'),
) as {
  cdf: { t: number; df: number; cdf: number }[];
  quantile: { p: number; df: number; quantile: number }[];
  incompleteBeta: { x: number; a: number; b: number; value: number }[];
  seedMean: {
    perSeed: number[];
    bootstrapMeans: number[];
    confidence: number;
    mean: number;
    ci: [number, number];
    p: number;
  }[];
};

describe("Student's t against SciPy, to 1e-12 at every df from 1 to 1e56", () => {
  it.each(golden.cdf)('cdf(t = $t, df = $df)', ({ t, df, cdf }) => {
    expectClose(studentTCdf(t, df), cdf, 1e-12, 0, `cdf(${t}, ${df})`);
  });
  it.each(golden.quantile)('quantile(p = $p, df = $df)', ({ p, df, quantile }) => {
    expectClose(studentTQuantile(p, df), quantile, 1e-12, 0, `quantile(${p}, ${df})`);
  });
  it.each(golden.incompleteBeta)('I_$x($a, $b)', ({ x, a, b, value }) => {
    expectClose(incompleteBeta(x, a, b), value, 1e-12, 0, `I_${x}(${a}, ${b})`);
  });
});

describe('the seed-mean interval and its p-value (against SciPy)', () => {
  it.each(golden.seedMean.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const result = seedMean(c.perSeed, c.bootstrapMeans, c.confidence);
    expectClose(result.mean, c.mean, 1e-14, 1e-17, 'mean');
    expectClose(result.ci[0], c.ci[0], 1e-12, 1e-15, 'ci[0]');
    expectClose(result.ci[1], c.ci[1], 1e-12, 1e-15, 'ci[1]');
    expectClose(result.p, c.p, 1e-11, 0, 'p');
  });
});

describe('the seed-mean interval agrees with its p-value', () => {
  // p ≤ α exactly when the (1 − α) interval excludes 0, for every α.
  const cases = golden.seedMean.filter((c) => c.p < 1);
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    for (const alpha of [c.p * 0.999, c.p * 1.001].filter((a) => a < 1)) {
      const { ci } = seedMean(c.perSeed, c.bootstrapMeans, 1 - alpha);
      expect(ci[0] > 0 || ci[1] < 0).toBe(alpha > c.p);
    }
  });
});
