import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, holm } from '../../src/stats/multiple.js';
import { expectClose, golden } from './golden.js';

describe('holm and benjaminiHochberg', () => {
  it(`match the reference (${golden.adjust.checked_with})`, () => {
    for (const { p, holm: expectedHolm, bh } of golden.adjust.cases) {
      const h = holm(p);
      const b = benjaminiHochberg(p);
      expect(h.length).toBe(p.length);
      for (let i = 0; i < p.length; i++) {
        expectClose(h[i], expectedHolm[i], 1e-12, 0, `holm(${p.join(',')})[${i}]`);
        expectClose(b[i], bh[i], 1e-12, 0, `bh(${p.join(',')})[${i}]`);
      }
    }
  });

  it('adjust a worked example by hand', () => {
    // Holm: sorted 0.01, 0.02, 0.03, 0.04 scaled by 4, 3, 2, 1 = 0.04, 0.06, 0.06, 0.04 → running max.
    expect(Array.from(holm([0.03, 0.01, 0.04, 0.02]))).toEqual([0.06, 0.04, 0.06, 0.06]);
    // BH: scaled by 4/1, 4/2, 4/3, 4/4 = 0.04, 0.04, 0.04, 0.04 → running min from the top.
    const bh = Array.from(benjaminiHochberg([0.03, 0.01, 0.04, 0.02]));
    bh.forEach((value) => expectClose(value, 0.04, 1e-15));
  });

  it('give tied p-values equal adjustments, stay monotone and cap at 1', () => {
    const p = [0.2, 0.001, 0.2, 0.04, 0.9, 0.04, 0.0001, 1.0];
    for (const adjust of [holm, benjaminiHochberg]) {
      const a = adjust(p);
      expect(a[0]).toBe(a[2]);
      expect(a[3]).toBe(a[5]);
      for (let i = 0; i < p.length; i++) {
        expect(a[i]).toBeGreaterThanOrEqual(p[i]);
        expect(a[i]).toBeLessThanOrEqual(1);
        for (let j = 0; j < p.length; j++) if (p[i] < p[j]) expect(a[i]).toBeLessThanOrEqual(a[j]);
      }
    }
    expect(Array.from(holm([0.6, 0.7]))).toEqual([1, 1]);
  });

  it('handle empty input and reject p-values outside [0, 1]', () => {
    expect(holm([]).length).toBe(0);
    expect(benjaminiHochberg([]).length).toBe(0);
    expect(() => holm([0.1, Number.NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
  });
});
