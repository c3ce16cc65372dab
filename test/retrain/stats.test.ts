import { describe, expect, it } from 'vitest';
import type { Predictions } from '../../src/metrics/types.js';
import { retrainContribution, retrainedEstimate } from '../../src/stats/retrain-contribution.js';
import { Resamples } from '../../src/stats/resamples.js';

/** Binary predictions from P(class 1) per example. */
function binary(p: number[], y: number[]): Predictions {
  const scores = new Float64Array(p.flatMap((v) => [1 - v, v]));
  return {
    task: 'binary',
    n: p.length,
    k: 2,
    yTrue: Float64Array.from(y),
    scores,
    predicted: Int32Array.from(p, (v) => (v > 0.5 ? 1 : 0)),
  };
}

describe('a retrain contribution', () => {
  const y = [0, 0, 0, 0, 1, 1, 1, 1, 0, 1];
  const resamples = new Resamples(3, y.length, 500);
  // Baseline seeds: 10/10, 9/10, 10/10 correct; variant seeds: 8/10, 7/10, 8/10.
  const right = y.map((c) => (c === 1 ? 0.9 : 0.1));
  const flip = (ps: number[], rows: number[]): number[] =>
    ps.map((v, i) => (rows.includes(i) ? 1 - v : v));
  const baseline = [binary(right, y), binary(flip(right, [0]), y), binary(right, y)];
  const variant = [
    binary(flip(right, [0, 4]), y),
    binary(flip(right, [0, 4, 5]), y),
    binary(flip(right, [1, 6]), y),
  ];

  it('is the mean over seeds of baseline minus variant, paired by seed', () => {
    const { contribution, perSeed } = retrainContribution(
      'accuracy',
      baseline,
      variant,
      resamples,
      0.95,
    );
    expect(Array.from(perSeed)).toEqual([0.8, 0.7, 0.8]);
    if (contribution.value === null) throw new Error(contribution.reason);
    expect(contribution.value).toBeCloseTo((0.8 + 0.7 + 0.8) / 3, 12);
    // Per seed: 1 − 0.8, 0.9 − 0.7, 1 − 0.8: all 0.2.
    expect(contribution.contribution).toBeCloseTo(0.2, 12);
    expect(contribution.ci[0]).toBeLessThan(0.2);
    expect(contribution.ci[1]).toBeGreaterThan(0.2);
  });

  it('is signed so that positive helps for a lower-is-better metric too', () => {
    const { contribution } = retrainContribution('log_loss', baseline, variant, resamples, 0.95);
    if (contribution.value === null) throw new Error(contribution.reason);
    expect(contribution.contribution).toBeGreaterThan(0);
  });
});

describe('a retrain contribution when the seeds agree (issue 15, item 36)', () => {
  // 300 rows; the baseline's seeds get 300, 298 (and 290) right; the variant
  // loses the same 15 rows more under each seed. Per-seed differences are
  // 0.05 up to the last bit (0.050000000000000044 and 0.04999999999999993): the interval is the eval sample's alone, the
  // same as with one seed.
  const n = 300;
  const y = Array.from({ length: n }, (_, i) => i % 2);
  const right = y.map((c) => (c === 1 ? 0.9 : 0.1));
  const wrongOn = (count: number, lost = false): Predictions =>
    binary(
      right.map((v, i) => (i < count || (lost && i >= n - 15) ? 1 - v : v)),
      y,
    );
  const resamples = new Resamples(5, n, 400);
  const cases = [
    { k: 2, baseline: [wrongOn(0), wrongOn(2)], variant: [wrongOn(0, true), wrongOn(2, true)] },
    { k: 2, baseline: [wrongOn(10), wrongOn(10)], variant: [wrongOn(10, true), wrongOn(10, true)] },
    {
      k: 3,
      baseline: [wrongOn(0), wrongOn(2), wrongOn(10)],
      variant: [wrongOn(0, true), wrongOn(2, true), wrongOn(10, true)],
    },
  ];
  it.each(cases)('K = $k', ({ baseline, variant }) => {
    const { contribution } = retrainContribution('accuracy', baseline, variant, resamples, 0.95);
    const one = retrainContribution('accuracy', [baseline[0]], [variant[0]], resamples, 0.95);
    if (contribution.value === null || one.contribution.value === null)
      throw new Error('undefined');
    expect(contribution.contribution).toBeCloseTo(0.05, 12);
    // Not ±1.8e18 with p = 1: the width of the eval-sample interval, p far below 0.05.
    const half = (contribution.ci[1] - contribution.ci[0]) / 2;
    const halfOne = (one.contribution.ci[1] - one.contribution.ci[0]) / 2;
    expect(half).toBeGreaterThan(0.01);
    expect(half).toBeLessThan(0.04);
    expect(Math.abs(half - halfOne)).toBeLessThan(1e-9);
    expect(contribution.p).toBeLessThan(1e-4);
  });
});

describe('retrain intervals stay within the values the metric can take', () => {
  // Two seeds far apart (1.0 and 0.6 accuracy on 10 rows; the variant 0.9 and 0.2): t with 1 degree of
  // freedom gives a half-width near 2.5, far past [0, 1] and [−1, 1].
  const y = [0, 0, 0, 0, 1, 1, 1, 1, 0, 1];
  const right = y.map((c) => (c === 1 ? 0.9 : 0.1));
  const flip = (rows: number[]): number[] => right.map((v, i) => (rows.includes(i) ? 1 - v : v));
  const resamples = new Resamples(7, y.length, 300);
  const baseline = [binary(right, y), binary(flip([0, 1, 2, 3]), y)];
  const variant = [binary(flip([4]), y), binary(flip([0, 1, 2, 3, 4, 5, 6, 7]), y)];

  it('cuts the retrained baseline, the variant value and the contribution to their ranges', () => {
    const base = retrainedEstimate('accuracy', baseline, resamples, 0.95);
    const { contribution } = retrainContribution('accuracy', baseline, variant, resamples, 0.95);
    if (base.value === null || contribution.value === null) throw new Error('undefined');
    expect(base.value).toBeCloseTo(0.8, 12);
    expect(base.ci).toEqual([0, 1]);
    expect(contribution.valueCi).toEqual([0, 1]);
    expect(contribution.contribution).toBeCloseTo(0.25, 12);
    expect(contribution.ci).toEqual([-1, 1]);
  });

  it('leaves an interval inside the range as it is', () => {
    const log = retrainedEstimate('log_loss', baseline, resamples, 0.95);
    if (log.value === null) throw new Error('undefined');
    expect(log.ci[0]).toBe(0);
    expect(log.ci[1]).toBeGreaterThan(log.value);
    expect(Number.isFinite(log.ci[1])).toBe(true);
  });
});
