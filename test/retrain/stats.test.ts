import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Predictions } from '../../src/metrics/types.js';
import { retrainContribution, seedMean } from '../../src/retrain/stats.js';
import { studentTCdf, studentTQuantile } from '../../src/retrain/student-t.js';
import { Resamples } from '../../src/suite/resamples.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
interface Golden {
  seedMean: {
    perSeed: number[];
    bootstrapMeans: number[];
    mean: number;
    ci: [number, number];
    p: number;
    df: number | null;
  }[];
  studentT: { t: number; df: number; cdf: number; q975: number }[];
}
const GOLDEN = JSON.parse(
  readFileSync(path.join(HERE, 'golden', 'seed-mean.json'), 'utf8'),
) as Golden;

describe("Student's t (against SciPy)", () => {
  it.each(GOLDEN.studentT)('t = $t, df = $df', ({ t, df, cdf, q975 }) => {
    expect(studentTCdf(t, df)).toBeCloseTo(cdf, 10);
    expect(studentTQuantile(0.975, df)).toBeCloseTo(q975, 8);
  });
});

describe('the mean over seeds with seed and example variance (against SciPy)', () => {
  it.each(GOLDEN.seedMean.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const result = seedMean(c.perSeed, c.bootstrapMeans, 0.95);
    expect(result.mean).toBeCloseTo(c.mean, 12);
    expect(result.ci[0]).toBeCloseTo(c.ci[0], 9);
    expect(result.ci[1]).toBeCloseTo(c.ci[1], 9);
    expect(result.p).toBeCloseTo(c.p, 9);
    if (c.df === null) expect(result.df).toBe(Infinity);
    else expect(result.df).toBeCloseTo(c.df, 9);
  });
});

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
