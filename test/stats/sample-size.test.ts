import { describe, expect, it } from 'vitest';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { examplesToDecide, examplesToSignificance } from '../../src/stats/sample-size.js';

describe('examplesToDecide: the smallest n at the observed rate whose exact interval clears the threshold', () => {
  // [successes, trials, threshold, touching, expected]
  it.each([
    // All correct against ≥ 0.90 at 95%: the lower end 0.025^(1/n) reaches 0.9 at n = 35.01.
    [30, 30, 0.9, true, Math.ceil(Math.log(0.025) / Math.log(0.9))],
    // All wrong against < 0.10 (a `<` test passes when the upper end is below 0.10).
    [0, 20, 0.1, false, Math.ceil(Math.log(0.025) / Math.log(0.9))],
    // Already decided: the trials themselves.
    [199, 199, 0.9, true, 199],
    // On the threshold: no n decides.
    [45, 50, 0.9, true, undefined],
  ] as const)('%i of %i against %d', (k, n, threshold, touching, expected) => {
    expect(examplesToDecide(k, n, 0.95, threshold, touching)).toBe(expected);
  });

  it('is the first n that decides: one fewer at the same rate does not', () => {
    for (const [k, n, threshold] of [
      [39, 44, 0.9],
      [68, 74, 0.85],
      [57, 60, 0.9],
    ] as const) {
      const needed = examplesToDecide(k, n, 0.95, threshold, true)!;
      const rate = k / n;
      const interval = (m: number) => clopperPearsonInterval(Math.round(rate * m), m, 0.95);
      const decides = ([low, high]: [number, number]) =>
        rate > threshold ? low >= threshold : high <= threshold;
      expect(decides(interval(needed))).toBe(true);
      expect(decides(interval(needed - 1))).toBe(false);
    }
  });
});

describe('examplesToSignificance: n · (z at the level / z of the observed p)²', () => {
  it.each([
    // p, n, level, expected
    [
      0.0991,
      74,
      0.05 / 6,
      Math.ceil(74 * (normalQuantile(1 - 0.05 / 6) / normalQuantile(1 - 0.0991)) ** 2),
    ],
    // A z of exactly half the needed one needs four times the examples.
    [1 - 0.9331927987311419, 100, 1 - 0.9986501019683699, 400],
    // Significant already: n; no effect in the tested direction: no n.
    [0.01, 80, 0.05, 80],
    [0.5, 80, 0.05, undefined],
    [0.7, 80, 0.05, undefined],
  ])('p %d at n %i, level %d', (p, n, level, expected) => {
    expect(examplesToSignificance(p, n, level)).toBe(expected);
  });
});
