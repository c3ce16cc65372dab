import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalQuantile } from '../../src/stats/normal.js';
import { expectClose, golden } from './golden.js';

describe('normal distribution equals scipy.special', () => {
  it('normalQuantile equals ndtri bit for bit', () => {
    for (const { p, x } of golden.normal.quantile) expect(normalQuantile(p), `ndtri(${p})`).toBe(x);
  });

  it('normalCdf equals ndtr bit for bit, far tails included', () => {
    for (const { x, p } of golden.normal.cdf) expect(normalCdf(x), `ndtr(${x})`).toBe(p);
  });

  it('inverts: cdf(quantile(p)) = p', () => {
    for (const p of [1e-12, 0.001, 0.025, 0.3, 0.5, 0.77, 0.975, 0.999]) {
      expectClose(normalCdf(normalQuantile(p)), p, 1e-14, 0, `p=${p}`);
    }
  });

  it('handles the ends and NaN', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(erfc(-30)).toBe(2);
    expect(erfc(30)).toBe(0);
    expect(erf(-0.5)).toBe(-erf(0.5));
  });
});
