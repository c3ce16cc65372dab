import { bootstrapCounts } from './bootstrap.js';
import { Rng } from './rng.js';

/** Cells (examples × resamples) of one block: 16 MiB of weights. */
const BLOCK_CELLS = 8_388_608;
/** Up to this many cells in all, the blocks are drawn once and kept: 64 MiB. */
const CACHE_CELLS = 33_554_432;
/** Resamples drawn before their weights are laid out. */
const TILE = 16;
/** The largest multiplicity a Uint16 weight holds. */
const MAX_WEIGHT = 65535;

/**
 * Consecutive bootstrap resamples, `first` to `first + size − 1`, as integer
 * weights laid out example-major: `weights[i * size + j]` is how many times
 * example i is drawn in resample `first + j`. Example-major is what the
 * kernels want: an example an ablation changed adds its weights to every
 * resample of the block in one contiguous run.
 */
export interface ResampleBlock {
  first: number;
  size: number;
  weights: Uint16Array;
}

/**
 * The bootstrap resamples of the eval set, shared by the baseline and every
 * component so that each contribution's interval is paired (DESIGN §7).
 * Resample b is drawn from its own stream of the run's seed
 * (`Rng.stream(seed, 'bootstrap', b)`), so it is the same whichever
 * component, chunk, block or shard asks for it.
 */
export class Resamples {
  private cache: ResampleBlock[] | undefined;
  /** Resamples per block. */
  readonly blockSize: number;

  constructor(
    private readonly seed: number,
    readonly n: number,
    readonly count: number,
    blockCells = BLOCK_CELLS,
  ) {
    this.blockSize = Math.max(1, Math.min(count, Math.floor(blockCells / Math.max(1, n))));
  }

  /**
   * Every resample, block by block. Kept when they fit in memory, else drawn
   * again on each call.
   */
  *blocks(): Generator<ResampleBlock> {
    if (this.cache !== undefined) {
      yield* this.cache;
      return;
    }
    const keep = this.n * this.count <= CACHE_CELLS;
    const kept: ResampleBlock[] = [];
    const counts = new Int32Array(this.n * TILE);
    for (let first = 0; first < this.count; first += this.blockSize) {
      const block = this.draw(first, Math.min(this.blockSize, this.count - first), counts);
      if (keep) kept.push(block);
      yield block;
    }
    if (keep) this.cache = kept;
  }

  /** The multiplicities of resample b alone (drawn afresh), as a prepared metric takes them. */
  get(b: number): Float64Array {
    const counts = new Float64Array(this.n);
    bootstrapCounts(Rng.stream(this.seed, 'bootstrap', b), this.n, counts);
    return counts;
  }

  private draw(first: number, size: number, counts: Int32Array): ResampleBlock {
    const { n } = this;
    const weights = new Uint16Array(n * size);
    // Drawn TILE resamples at a time and written example by example, so that
    // the transposition writes runs of TILE weights instead of single ones.
    for (let j0 = 0; j0 < size; j0 += TILE) {
      const tile = Math.min(TILE, size - j0);
      for (let t = 0; t < tile; t++) {
        const row = counts.subarray(t * n, (t + 1) * n);
        bootstrapCounts(Rng.stream(this.seed, 'bootstrap', first + j0 + t), n, row);
      }
      for (let i = 0; i < n; i++) {
        const offset = i * size + j0;
        for (let t = 0; t < tile; t++) {
          const c = counts[t * n + i];
          // A multiplicity is at most n, and above 65535 with a probability below 1e-300000.
          if (c > MAX_WEIGHT) throw new RangeError(`a resample draws example ${i} ${c} times`);
          weights[offset + t] = c;
        }
      }
    }
    return { first, size, weights };
  }
}
