import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal.js';
import { seedMean } from '../../src/stats/seed-mean.js';
import { studentTQuantile } from '../../src/stats/student-t.js';

/** Bootstrap means with exactly this sample standard deviation around `mean`. */
function spread(mean: number, sd: number): number[] {
  // ±sd·√((n − 1)/n) alternating: sample variance sd².
  const n = 200;
  const a = sd * Math.sqrt((n - 1) / n);
  return Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? a : -a));
}

const sd = (values: number[]): number => {
  const m = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
};

describe('the seed-mean interval: eval noise only widens it (issue 15, item 32)', () => {
  const seeds = {
    2: [-0.03, -0.004],
    3: [-0.031, -0.02, -0.0],
    5: [-0.02, -0.01, -0.03, 0.0, -0.015],
  };
  const cases = Object.entries(seeds).flatMap(([k, perSeed]) =>
    [0, 0.001, 0.004, 0.01, 0.03].map((exampleSd) => ({ k: Number(k), perSeed, exampleSd })),
  );
  it.each(cases)('K = $k, example sd $exampleSd', ({ k, perSeed, exampleSd }) => {
    const mean = perSeed.reduce((s, v) => s + v, 0) / k;
    const { ci } = seedMean(perSeed, spread(mean, exampleSd), 0.95);
    const half = (ci[1] - ci[0]) / 2;
    const seedOnly = studentTQuantile(0.975, k - 1) * (sd(perSeed) / Math.sqrt(k));
    const exampleOnly = normalQuantile(0.975) * exampleSd;
    // Exactly the two added in quadrature: never narrower than either alone.
    expect(half).toBeCloseTo(Math.hypot(seedOnly, exampleOnly), 12);
    expect(half).toBeGreaterThanOrEqual(seedOnly * (1 - 1e-12));
    expect(half).toBeGreaterThanOrEqual(exampleOnly * (1 - 1e-12));
  });
});
