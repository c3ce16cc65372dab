import { describe, expect, it } from 'vitest';
import type { Contribution } from '../../src/results/types.js';
import { adjustForMultipleComparisons, benjaminiHochberg, holm } from '../../src/stats/multiple.js';
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

describe('adjustForMultipleComparisons: one BH step for runs, retrain stages and merges', () => {
  const defined = (p: number): Contribution => ({
    value: 0.9,
    valueCi: [0.8, 1],
    contribution: 0.01,
    ci: [0, 0.02],
    p,
    q: Number.NaN,
  });
  const undefinedOne: Contribution = { value: null, reason: 'no positive example' };

  // Each row: components' contributions by metric; the q each defined one gets, per metric.
  const cases: {
    what: string;
    components: (Record<string, Contribution> | undefined)[];
    expected: Record<string, (number | undefined)[]>;
  }[] = [
    {
      what: 'each metric its own family, in component order',
      components: [
        { accuracy: defined(0.03), f1: defined(0.5) },
        { accuracy: defined(0.01), f1: defined(0.01) },
        { accuracy: defined(0.04), f1: defined(0.02) },
        { accuracy: defined(0.02), f1: defined(0.9) },
      ],
      expected: { accuracy: [0.04, 0.04, 0.04, 0.04], f1: [2 / 3, 0.04, 0.04, 0.9] },
    },
    {
      what: 'undefined contributions, a missing metric and a component with none are left out',
      components: [
        { accuracy: defined(0.01) },
        undefined,
        { accuracy: undefinedOne },
        { accuracy: defined(0.04), f1: defined(0.02) },
      ],
      expected: {
        accuracy: [0.02, undefined, undefined, 0.04],
        f1: [undefined, undefined, undefined, 0.02],
      },
    },
  ];

  for (const { what, components, expected } of cases) {
    it(what, () => {
      const asMap = new Map(
        components.flatMap((c, i) =>
          c === undefined ? [] : ([[`c${i}`, structuredClone(c)]] as const),
        ),
      );
      const asList = components.map((c) => (c === undefined ? undefined : structuredClone(c)));
      adjustForMultipleComparisons(asList, Object.keys(expected));
      adjustForMultipleComparisons(asMap, Object.keys(expected));
      for (const [metric, qs] of Object.entries(expected)) {
        qs.forEach((q, i) => {
          const fromList = asList[i]?.[metric];
          const fromMap = asMap.get(`c${i}`)?.[metric];
          const got = (c: Contribution | undefined): number | undefined =>
            c === undefined || c.value === null ? undefined : c.q;
          if (q === undefined) {
            expect(got(fromList)).toBeUndefined();
            expect(got(fromMap)).toBeUndefined();
          } else {
            expectClose(got(fromList) ?? Number.NaN, q, 1e-15, 0, `${metric}[${i}]`);
            expectClose(got(fromMap) ?? Number.NaN, q, 1e-15, 0, `${metric}[${i}] (map)`);
          }
        });
      }
    });
  }
});
