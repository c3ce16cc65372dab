import { describe, expect, it } from 'vitest';
import type { Predictions } from '../../src/metrics/types.js';
import { binomialTest } from '../../src/stats/binomtest.js';
import type { MetricName } from '../../src/config/types.js';
import type { Contribution } from '../../src/results/types.js';
import {
  agreeingInterval,
  contributionTest,
  P_FLOOR,
  withPValues,
} from '../../src/stats/significance.js';
import {
  Baseline,
  scoreBaseline,
  scoreContributions,
  type ContributionInterval,
} from '../../src/stats/contributions.js';
import { Resamples } from '../../src/stats/resamples.js';

/** Binary predictions from P(class 1) per example. */
function binary(labels: number[], p1: number[]): Predictions {
  const n = labels.length;
  return {
    task: 'binary',
    n,
    k: 2,
    yTrue: Float64Array.from(labels),
    scores: Float64Array.from(p1.flatMap((p) => [1 - p, p])),
    predicted: Int32Array.from(p1, (p) => (p > 1 - p ? 1 : 0)),
  };
}

/** A model right on every example, and a copy that flips `losses` right ones and `wins`… */
function flipped(
  n: number,
  losses: number,
  wins: number,
): { base: Predictions; head: Predictions } {
  // Rows 0..wins-1 the base gets wrong; the head fixes them and breaks the next `losses` rows.
  const labels = Array.from({ length: n }, (_, i) => i % 2);
  const right = labels.map((y) => (y === 1 ? 0.9 : 0.1));
  const baseP = right.map((p, i) => (i < wins ? 1 - p : p));
  const headP = right.map((p, i) => (i >= wins && i < wins + losses ? 1 - p : p));
  return { base: binary(labels, baseP), head: binary(labels, headP) };
}

describe('contributionTest: the paired randomization test', () => {
  it('4 losses and 0 gains give the exact sign test, p = 0.125', () => {
    const { base, head } = flipped(50, 4, 0);
    const test = contributionTest('accuracy', base, { id: 'c', ablated: [head] }, 1);
    expect(test).toEqual({ p: 0.125, method: 'exact', draws: 16, changed: 4 });
  });

  it('equals the two-sided exact binomial test on the discordant rows (accuracy, error rate)', () => {
    for (let losses = 0; losses <= 8; losses++) {
      for (let wins = 0; wins + losses <= 12; wins++) {
        const { base, head } = flipped(60, losses, wins);
        const expected = binomialTest(losses, losses + wins, 0.5);
        for (const metric of ['accuracy', 'error_rate'] as const) {
          const { p } = contributionTest(metric, base, { id: 'c', ablated: [head] }, 7);
          expect(p, `${metric} ${losses}/${wins}`).toBeCloseTo(expected, 12);
        }
      }
    }
  });

  it('gives recall the same exact test as accuracy on a one-class slice (issue 9.11)', () => {
    // Every example is positive: recall and accuracy are the same proportion.
    const labels = Array<number>(40).fill(1);
    const base = binary(labels, Array<number>(40).fill(0.9));
    const head = binary(labels, [0.2, 0.3, 0.1, 0.4, 0.45, ...Array<number>(35).fill(0.9)]);
    const recall = contributionTest('recall', base, { id: 'c', ablated: [head] }, 3);
    const accuracy = contributionTest('accuracy', base, { id: 'c', ablated: [head] }, 3);
    expect(recall.p).toBe(0.0625);
    expect(recall).toEqual(accuracy);
  });

  it('ignores changed negatives for recall and stays exact', () => {
    const labels = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const base = binary(labels, [0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    const head = binary(labels, [0.1, 0.1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.1]);
    const test = contributionTest('recall', base, { id: 'c', ablated: [head] }, 3);
    expect(test).toEqual({ p: 0.5, method: 'exact', draws: 4, changed: 2 });
  });

  it('gives p = 1 when no example changes, whatever the metric', () => {
    const { base } = flipped(30, 0, 0);
    for (const metric of ['accuracy', 'f1', 'roc_auc', 'log_loss'] as const) {
      expect(contributionTest(metric, base, { id: 'c', ablated: [base, base] }, 1)).toEqual({
        p: 1,
        method: 'exact',
        draws: 1,
        changed: 0,
      });
    }
  });

  it('floors a Monte Carlo p at 1/(draws + 1) and draws the same whatever else is scored', () => {
    // 18 losses: 2^18 rotations, too many to enumerate; the exact p is 2/2^18,
    // Hoeffding's bound 2e^-9 = 2.5e-4 is above the floor, so it draws.
    const { base, head } = flipped(100, 18, 0);
    const test = contributionTest('accuracy', base, { id: 'x', ablated: [head] }, 5);
    expect(test).toEqual({ p: P_FLOOR, method: 'monte-carlo', draws: 10000, changed: 18 });
    expect(P_FLOOR).toBe(1e-4);
    expect(contributionTest('accuracy', base, { id: 'x', ablated: [head] }, 5)).toEqual(test);
  });

  it("goes below the floor only by Hoeffding's bound, a valid p", () => {
    // 40 losses of 0/1 terms ±1/2: P(|sum| >= 20) <= 2 exp(-2 · 20² / 40) = 2e^-20.
    const { base, head } = flipped(100, 40, 0);
    const test = contributionTest('accuracy', base, { id: 'x', ablated: [head] }, 5);
    expect(test.method).toBe('tail-bound');
    expect(test.p).toBeCloseTo(2 * Math.exp(-20), 20);
    expect(test.p).toBeGreaterThanOrEqual(2 / 2 ** 40);
  });

  it('stops early (Besag–Clifford) when the contribution is plainly null', () => {
    const labels = Array.from({ length: 200 }, (_, i) => i % 2);
    const noise = (seed: number): number[] =>
      labels.map((y, i) => 0.5 + (y === 1 ? 0.2 : -0.2) + 0.1 * Math.sin(i * seed));
    const base = binary(labels, noise(1));
    const head = binary(labels, noise(2));
    const test = contributionTest('log_loss', base, { id: 'n', ablated: [head] }, 5);
    expect(test.p).toBeGreaterThan(0.05);
    expect(test.draws).toBeLessThan(1000);
  });
});

describe('withPValues', () => {
  const interval = (contribution: number): ContributionInterval => ({
    value: 0.9,
    valueCi: [0.8, 0.95],
    contribution,
    ci: [-1e-16, 1e-16],
  });

  it('makes a metric no example moves exactly 0 with p = 1, and keeps undefined ones', () => {
    const { base, head } = flipped(40, 4, 0);
    const intervals = new Map<string, Record<string, ContributionInterval>>([
      ['same', { accuracy: interval(1e-17), roc_auc: { value: null, reason: 'r' } as const }],
      ['moved', { accuracy: interval(0.1) }],
    ]);
    const scored = withPValues(
      intervals,
      base,
      [
        { id: 'same', ablated: [base, base, base] },
        { id: 'moved', ablated: [head] },
      ],
      9,
      0.95,
    );
    expect(scored.get('same')).toEqual({
      accuracy: { value: 0.9, valueCi: [0.8, 0.95], contribution: 0, ci: [0, 0], p: 1, q: 1 },
      roc_auc: { value: null, reason: 'r' },
    });
    expect(scored.get('moved')?.accuracy).toMatchObject({ contribution: 0.1, p: 0.125 });
  });
});

describe('a contribution interval agrees with its p-value (issue 15, item 35)', () => {
  /** Regression predictions: the targets, and the predictions off by `error` on the rows given. */
  function regression(n: number, off: number[], error: number): Predictions {
    const y = Float64Array.from({ length: n }, (_, i) => i / n);
    const scores = Float64Array.from(y, (v, i) => (off.includes(i) ? v + error : v + 0.01));
    return { task: 'regression', n, k: 1, yTrue: y, scores, predicted: new Int32Array(0) };
  }
  /** The contribution of `head` as ablated to `base`, through the bootstrap and the randomization test. */
  function scored(metric: MetricName, base: Predictions, head: Predictions): Contribution {
    const reference = new Baseline([metric], base);
    const resamples = new Resamples(3, base.n, 1000);
    const intervals = scoreContributions(
      [scoreBaseline(metric, reference, resamples)],
      reference,
      [{ id: 'c', ablated: [reference.record(head)] }],
      resamples,
      { seed: 3, confidence: 0.95 },
    );
    return withPValues(intervals, base, [{ id: 'c', ablated: [head] }], 3, 0.95).get('c')![metric];
  }
  // Every changed example moves the same way: the exact test gives p = 2/2^c > 0.05, while the
  // percentile bootstrap clears 0 (no resample without a changed row is under 2.5% likely).
  const rows = (c: number): number[] => Array.from({ length: c }, (_, i) => 2 * i);
  it.each([
    { metric: 'accuracy' as const, changed: 4, ...flipped(100, 4, 0) },
    { metric: 'accuracy' as const, changed: 5, ...flipped(100, 5, 0) },
    { metric: 'error_rate' as const, changed: 5, ...flipped(80, 0, 5) },
    {
      metric: 'mse' as const,
      changed: 5,
      base: regression(60, [], 0),
      head: regression(60, rows(5), 0.3),
    },
  ])('$metric, $changed changed the same way', ({ metric, changed, base, head }) => {
    const c = scored(metric, base, head);
    if (c.value === null) throw new Error(c.reason);
    expect(c.p).toBeCloseTo(2 / 2 ** changed, 12);
    expect(c.ci[0] <= 0 && c.ci[1] >= 0).toBe(true);
    expect(Math.abs(c.contribution)).toBeGreaterThan(0);
  });

  it('leaves the interval alone when p ≤ 0.05 or it already reaches 0', () => {
    expect(agreeingInterval([0.01, 0.05], 0.01, 0.95)).toEqual([0.01, 0.05]);
    expect(agreeingInterval([-0.01, 0.05], 0.5, 0.95)).toEqual([-0.01, 0.05]);
    expect(agreeingInterval([0.01, 0.05], 0.06, 0.95)).toEqual([0, 0.05]);
    expect(agreeingInterval([-0.05, -0.01], 0.2, 0.9)).toEqual([-0.05, 0]);
  });
});
