import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { golden } from './golden.js';

describe('wilsonInterval equals SciPy proportion_ci(method="wilson")', () => {
  it(`matches all ${golden.wilson.length} SciPy intervals exactly`, () => {
    for (const { k, n, confidence, alternative, ci } of golden.wilson) {
      expect(
        wilsonInterval(k, n, confidence, alternative),
        `wilson(${k}, ${n}, ${confidence}, ${alternative})`,
      ).toEqual(ci);
    }
  });

  it('defaults to a two-sided 95% interval', () => {
    // The SciPy docstring example, binomtest(k=7, n=50).
    expect(wilsonInterval(7, 50)).toEqual([0.06950833427016292, 0.26186193710585537]);
  });

  it('is [0, 1] with no examples and rejects bad input', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1.5)).toThrow(RangeError);
  });
});
