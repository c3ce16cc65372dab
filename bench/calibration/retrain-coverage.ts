import type { Predictions } from '../../src/metrics/types.js';
import { retrainContribution } from '../../src/stats/retrain-contribution.js';
import { Rng } from '../../src/stats/rng.js';
import { Resamples } from '../../src/stats/resamples.js';
import { BENCH_SEED } from './experiments.js';
import { rate, type Rate } from './documents.js';
import { binary } from './small-n.js';

/** Seed counts and splits of the variance (example variance ÷ seed variance of the mean) to simulate. */
export const SEED_COUNTS = [2, 3, 5];
export const SPLITS = [0.05, 0.2, 0.5, 1, 4, Infinity];

/** How often the retrain contribution's 95% interval holds the true contribution. */
export interface RetrainCoverage {
  k: number;
  /** Example variance of the K-seed mean over its seed variance (∞: the seeds agree). */
  split: number;
  coverage: Rate;
  /** Trials where "p ≤ 0.05" and "the interval excludes 0" disagree (must be 0). */
  disagree: number;
  /** Median width of the interval. */
  width: number;
}

const N = 200;
const ACCURACY = 0.5;
const EFFECT = 0.03;
/** Share of rows whose difficulty the variant redraws: they make baseline and variant disagree. */
const REDRAWN = 0.15;
/** Variance of the accuracy difference over the eval sample: disagreeing rows / N². */
const EXAMPLE_VARIANCE = (REDRAWN * 2 * ACCURACY * (1 - ACCURACY) + EFFECT) / N;
const RESAMPLES = 200;

/**
 * One retrain ablation on a fresh eval sample of N rows, scored through
 * `retrainContribution` (what `run` calls). Row i has a difficulty
 * u_i ~ U(0, 1), redrawn for the variant on a share of the rows; seed s of
 * the baseline gets a row right when u_i < 0.5 + β_s, of the variant when
 * its u_i < 0.5 − μ + γ_s, with seed effects β, γ ~ N(0, τ²). The true
 * contribution is exactly μ (the uniform CDF is linear there); τ sets the
 * split, the seed variance of the K-seed mean being 2τ²/K.
 */
function trial(
  k: number,
  split: number,
  mu: number,
  index: number,
): { ci: [number, number]; p: number } {
  const rng = Rng.stream(BENCH_SEED, 'retrain-coverage', k, split, mu, index);
  const seedVariance = split === Infinity ? 0 : EXAMPLE_VARIANCE / split;
  const tau = Math.sqrt((seedVariance * k) / 2);
  const u = Float64Array.from({ length: N }, () => rng.next());
  const v = Float64Array.from(u, (x) => (rng.next() < REDRAWN ? rng.next() : x));
  const labels = new Float64Array(N).fill(1);
  const seedRun = (difficulty: Float64Array, cut: number): Predictions =>
    binary(
      labels,
      Float64Array.from(difficulty, (x) => (x < cut ? 0.9 : 0.1)),
    );
  const baseline: Predictions[] = [];
  const variant: Predictions[] = [];
  for (let s = 0; s < k; s++) {
    baseline.push(seedRun(u, ACCURACY + tau * rng.normal()));
    variant.push(seedRun(v, ACCURACY - mu + tau * rng.normal()));
  }
  const resamples = new Resamples(index, N, RESAMPLES);
  const { contribution } = retrainContribution('accuracy', baseline, variant, resamples, 0.95);
  if (contribution.value === null) throw new Error(contribution.reason);
  return { ci: contribution.ci, p: contribution.p };
}

/** Coverage of the true contribution over `trials` fresh eval samples and seeds. */
export function retrainCoverage(k: number, split: number, trials: number): RetrainCoverage {
  let covered = 0;
  let disagree = 0;
  const widths: number[] = [];
  for (let i = 0; i < trials; i++) {
    const { ci, p } = trial(k, split, EFFECT, i);
    if (ci[0] <= EFFECT && EFFECT <= ci[1]) covered++;
    if (p <= 0.05 !== (ci[0] > 0 || ci[1] < 0)) disagree++;
    widths.push(ci[1] - ci[0]);
  }
  widths.sort((a, b) => a - b);
  return {
    k,
    split,
    coverage: rate(covered, trials),
    disagree,
    width: widths[Math.floor(trials / 2)],
  };
}
