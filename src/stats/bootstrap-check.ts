import type { PreparedMetric } from '../metrics/index.js';
import { bootstrapCounts } from './bootstrap.js';
import { Rng } from './rng.js';

/** Resamples a bootstrap check may grow to while its decision is within Monte Carlo error of alpha. */
export const MAX_GATE_RESAMPLES = 64_000;

/**
 * The one-sided bootstrap p-value of a gate check, "the drop is at most the
 * tolerance": the share of resampled drops at or below it, (1 + count) /
 * (1 + resamples), the inversion of the percentile interval. Resample b is
 * drawn from `Rng.stream(seed, 'gate', name, side, b)`, so growing the
 * resamples from B to 2B keeps the first B: the p-value at any size is the
 * same whoever asks, and the gate can add resamples until its decision is
 * clear of alpha (`regressionGate`).
 */
export class BootstrapCheck {
  private atOrBelow = 0;
  private counted = 0;
  private drawn = 0;
  private readonly baseWeights: Float64Array;
  private readonly headWeights: Float64Array;

  constructor(
    private readonly name: string,
    private readonly seed: number,
    private readonly sign: number,
    private readonly tolerance: number,
    private readonly baseMetric: PreparedMetric,
    private readonly headMetric: PreparedMetric,
    sizes: { base: number; head: number; paired: boolean },
  ) {
    this.baseWeights = new Float64Array(sizes.base);
    this.headWeights = sizes.paired ? this.baseWeights : new Float64Array(sizes.head);
  }

  /** Draws resamples until `total` have been drawn. */
  grow(total: number): void {
    const paired = this.headWeights === this.baseWeights;
    for (let b = this.drawn; b < total; b++) {
      const { name, seed } = this;
      bootstrapCounts(
        Rng.stream(seed, 'gate', name, 'base', b),
        this.baseWeights.length,
        this.baseWeights,
      );
      if (!paired)
        bootstrapCounts(
          Rng.stream(seed, 'gate', name, 'head', b),
          this.headWeights.length,
          this.headWeights,
        );
      const drop =
        this.sign * (this.baseMetric(this.baseWeights) - this.headMetric(this.headWeights));
      if (Number.isNaN(drop)) continue;
      this.counted++;
      if (drop <= this.tolerance) this.atOrBelow++;
    }
    this.drawn = Math.max(this.drawn, total);
  }

  get resamples(): number {
    return this.drawn;
  }

  get p(): number {
    return (1 + this.atOrBelow) / (1 + this.counted);
  }

  /** The Monte Carlo standard error of p: sqrt(p(1 − p) / resamples). */
  get error(): number {
    const p = this.p;
    return Math.sqrt((p * (1 - p)) / Math.max(1, this.counted));
  }
}
