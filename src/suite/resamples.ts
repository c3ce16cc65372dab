import { bootstrapCounts } from '../stats/bootstrap.js';
import { Rng } from '../stats/rng.js';

/** Above this many cells (resamples × examples) counts are drawn again instead of kept. */
const CACHE_LIMIT = 4_000_000;

/**
 * The bootstrap resamples of the eval set, shared by the baseline and every
 * component so that each contribution's interval is paired (DESIGN §7).
 * Resample b is drawn from its own stream of the run's seed, so it is the
 * same whichever component, chunk or shard asks for it.
 */
export class Resamples {
  private readonly cache: Float64Array[] | undefined;
  private readonly scratch: Float64Array;

  constructor(
    private readonly seed: number,
    readonly n: number,
    readonly count: number,
  ) {
    this.scratch = new Float64Array(n);
    this.cache = count * n <= CACHE_LIMIT ? [] : undefined;
  }

  /** Multiplicity counts of resample b (a view that may be reused by the next call). */
  get(b: number): Float64Array {
    const cached = this.cache?.[b];
    if (cached !== undefined) return cached;
    const counts = this.cache === undefined ? this.scratch : new Float64Array(this.n);
    bootstrapCounts(Rng.stream(this.seed, 'bootstrap', b), this.n, counts);
    if (this.cache !== undefined) this.cache[b] = counts;
    return counts;
  }
}
