import { describe, expect, it } from 'vitest';
import { compareSensitivity, growthP } from '../../src/sensitivity/compare.js';
import { normalisedArea, rankCurves, scoreCurve } from '../../src/sensitivity/curves.js';
import { toPredictions } from '../../src/metrics/index.js';
import type { SensitivityComponent } from '../../src/sensitivity/plan.js';
import { Baseline, scoreBaseline } from '../../src/stats/contributions.js';
import { Resamples } from '../../src/stats/resamples.js';
import { faded, perturbed, replaced, spread } from '../../src/sensitivity/perturb.js';
import { compare } from '../../src/compare/compare.js';
import { curve, est, results } from './documents.js';

describe('perturbed', () => {
  const CASES: { name: string; args: Parameters<typeof perturbed>; expected: number }[] = [
    {
      name: 's = 0 is the value itself, to the bit',
      args: [0.1 + 0.2, 7.3, 2.5, 0, 1.7],
      expected: 0.1 + 0.2,
    },
    { name: 's = 0 with an extreme draw', args: [-1e-300, 1e300, 1e10, 0, -8], expected: -1e-300 },
    { name: 's = 1 is mean + σ ε (the value forgotten)', args: [5, 2, 3, 1, 0.5], expected: 3.5 },
    {
      name: 's = 0.6 shrinks by 0.8 and adds 0.6 σ ε',
      args: [5, 2, 3, 0.6, 1],
      expected: 2 + 0.8 * 3 + 1.8,
    },
    {
      name: 'a user scale adds s × scale × ε, no shrink',
      args: [5, 2, 3, 0.5, 2, false],
      expected: 8,
    },
  ];
  it.each(CASES)('$name', ({ args, expected }) => {
    expect(perturbed(...args)).toBeCloseTo(expected, 12);
  });
  it('is exact at s = 0 on every value (Object.is)', () => {
    for (const v of [0, 1, 1 / 3, 16, -2.5e-8])
      expect(Object.is(perturbed(v, 3, 2, 0, 0.3), v)).toBe(true);
  });
  it('keeps the spread at every s (Gaussian ε, 200,000 draws)', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 1000) / 100);
    const { mean, sd } = spread(values);
    let state = 1;
    const normal = (): number => {
      // Box–Muller on a small LCG: enough to check a moment.
      state = (state * 48271) % 2147483647;
      const u = state / 2147483647;
      state = (state * 48271) % 2147483647;
      const v = state / 2147483647;
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    };
    for (const s of [0.1, 0.5, 1]) {
      const noisy = values.map((x) => perturbed(x, mean, sd, s, normal()));
      expect(spread(noisy).sd / sd).toBeCloseTo(1, 1);
    }
  });
});

describe('replaced (toward a permuted value)', () => {
  it.each([
    { name: 's = 0 is the value, to the bit', args: [0.1 + 0.2, 9.7, 3, 0], expected: 0.1 + 0.2 },
    {
      name: 's = 1 is the replacement, to the bit',
      args: [5, 0.1 + 0.2, 3, 1],
      expected: 0.1 + 0.2,
    },
    {
      name: 's = 0.6: μ + 0.8 (v − μ) + 0.6 (w − μ)',
      args: [5, 1, 2, 0.6],
      expected: 2 + 2.4 - 0.6,
    },
  ] satisfies { name: string; args: Parameters<typeof replaced>; expected: number }[])(
    '$name',
    ({ args, expected }) => {
      const got = replaced(...args);
      if (args[3] === 0 || args[3] === 1) expect(Object.is(got, expected)).toBe(true);
      else expect(got).toBeCloseTo(expected, 12);
    },
  );
});

describe('faded (a layer output: toward its mean)', () => {
  it.each([
    {
      name: 's = 0 is the value, to the bit',
      args: [0.1 + 0.2, 7, 2, 0, 1.5],
      expected: 0.1 + 0.2,
    },
    { name: 's = 1 is the mean, to the bit', args: [5, 0.1 + 0.2, 2, 1, 1.5], expected: 0.1 + 0.2 },
    {
      name: 's = 0.6: μ + 0.64 (v − μ) + 0.6 · 0.8 · σ ε',
      args: [5, 2, 3, 0.6, 1],
      expected: 2 + 0.64 * 3 + 0.48 * 3,
    },
    { name: 'small s: v + s σ ε to first order', args: [5, 2, 3, 1e-4, 1], expected: 5 + 3e-4 },
  ] satisfies { name: string; args: Parameters<typeof faded>; expected: number }[])(
    '$name',
    ({ args, expected }) => {
      const got = faded(...args);
      if (args[3] === 0 || args[3] === 1) expect(Object.is(got, expected)).toBe(true);
      else expect(got).toBeCloseTo(expected, 7);
    },
  );
});

describe('normalisedArea', () => {
  it.each([
    { degradation: [0.2], expected: 0.2 },
    { degradation: [0, 1], expected: 0.5 },
    { degradation: [0, 0, 0, 1], expected: 1 / 6 },
    { degradation: [0, 0.5, 1], expected: 0.5 },
    { degradation: [0, -0.1, 0], expected: -0.05 },
  ])('$degradation → $expected', ({ degradation, expected }) => {
    expect(normalisedArea(degradation)).toBeCloseTo(expected, 12);
  });
});

describe('scoreCurve', () => {
  // 40 rows, half of each class; the baseline is always right. At s = 1 one
  // repeat is always right and the other always wrong: accuracy 0.5 on the
  // full set and on every resample, but another seed could draw two wrong
  // repeats or two right ones, and the interval must say so.
  const n = 40;
  const y = Float64Array.from({ length: n }, (_, i) => i % 2);
  const right = Float32Array.from(y, (v) => (v === 1 ? 0.9 : 0.1));
  const wrong = Float32Array.from(y, (v) => (v === 1 ? 0.1 : 0.9));
  const predict = (outputs: Float32Array) => toPredictions('binary', y, outputs, n, 1);
  const component: SensitivityComponent = {
    id: 'feature:x:input',
    kind: 'feature',
    name: 'x',
    on: 'features',
    features: ['x'],
    noise: 'input',
  };
  const reference = new Baseline(['accuracy'], predict(right));
  const resamples = new Resamples(7, n, 400);
  const bases = [scoreBaseline('accuracy', reference, resamples)];
  const curve = scoreCurve(
    component,
    [0, 1],
    [
      [predict(right), predict(right)],
      [predict(right), predict(wrong)],
    ],
    bases,
    reference,
    resamples,
    0.95,
    7,
  );

  it('averages the repeats at each point, the baseline exactly at s = 0', () => {
    expect(curve.points.map((p) => p.metrics.accuracy.value)).toEqual([1, 0.5]);
    expect(curve.area.accuracy.value).toBe(0.25);
  });

  it("holds the repeats' Monte Carlo error: each resample picks its repeats", () => {
    const end = curve.points[1].metrics.accuracy;
    const area = curve.area.accuracy;
    if (end.value === null || area.value === null) throw new Error('undefined');
    expect(end.ci).toEqual([0, 1]);
    expect(area.ci).toEqual([0, 0.5]);
  });
});

describe('rankCurves', () => {
  it('ranks by area, largest first, undefined last, ties in plan order', () => {
    const ranked = rankCurves(
      [
        curve('feature:a:input', est(0.1, 0.01)),
        curve('feature:b:input', { value: null, reason: 'x' }),
        curve('feature:c:input', est(0.3, 0.01)),
        curve('feature:d:input', est(0.1, 0.01)),
      ],
      'accuracy',
    );
    expect(ranked.map((c) => c.rank)).toEqual([2, 4, 1, 3]);
  });
});

describe('growthP', () => {
  it.each([
    { name: 'equal areas', base: 0.1, head: 0.1, half: 0.02, tolerance: 0, p: 0.5 },
    {
      name: 'a rise of 1.96 standard errors of the difference',
      base: 0.1,
      head: 0.1 + 1.96 * Math.SQRT2 * 0.01,
      half: 0.0196,
      tolerance: 0,
      p: 0.025,
    },
    {
      name: 'a rise within the tolerance',
      base: 0.1,
      head: 0.12,
      half: 0.0196,
      tolerance: 0.02,
      p: 0.5,
    },
  ])('$name', ({ base, head, half, tolerance, p }) => {
    const b = est(base, half) as { value: number; ci: [number, number] };
    const h = est(head, half) as { value: number; ci: [number, number] };
    expect(growthP(b, h, tolerance, 0.95)).toBeCloseTo(p, 3);
  });
});

describe('compareSensitivity and the gate', () => {
  const base = (failOn: string[]) =>
    results(
      [curve('feature:a:input', est(0.05, 0.01)), curve('feature:b:input', est(0.05, 0.01))],
      failOn,
    );
  const head = (failOn: string[]) =>
    results(
      [curve('feature:a:input', est(0.2, 0.01)), curve('feature:b:input', est(0.055, 0.01))],
      failOn,
    );

  it('flags a curve whose area grew significantly, not one within noise', () => {
    const comparison = compareSensitivity(base([]), head([]), { tolerance: 0.01, alpha: 0.05 })!;
    expect(comparison.grew).toEqual(['feature:a:input']);
    expect(comparison.rows.map((r) => [r.id, r.grew, r.rankBase, r.rankHead])).toEqual([
      ['feature:a:input', true, 1, 1],
      ['feature:b:input', false, 2, 2],
    ]);
    expect(comparison.rows[0].change).toBeCloseTo(0.15, 12);
  });

  it('fails the verdict only under fail-on: [sensitivity]', () => {
    expect(compare(base(['regression']), head(['regression'])).verdict.passed).toBe(true);
    const gated = compare(base(['sensitivity']), head(['sensitivity'])).verdict;
    expect(gated.passed).toBe(false);
    expect(gated.sensitivity).toEqual(['feature:a:input']);
  });

  it('compares no area when main used another grid', () => {
    const other = base([]);
    other.sensitivity!.grid = [0, 0.5];
    const comparison = compareSensitivity(other, head([]), { tolerance: 0.01, alpha: 0.05 })!;
    expect(comparison.baseGrid).toEqual([0, 0.5]);
    expect(comparison.grew).toEqual([]);
  });

  it('is absent without curves in this change', () => {
    expect(
      compareSensitivity(
        base([]),
        { ...head([]), sensitivity: undefined },
        { tolerance: 0, alpha: 0.05 },
      ),
    ).toBeUndefined();
  });
});
