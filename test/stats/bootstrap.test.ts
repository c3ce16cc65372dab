import { describe, expect, it } from 'vitest';
import { bootstrapCounts, percentileInterval, uniformIndex } from '../../src/stats/bootstrap.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { Rng } from '../../src/stats/rng.js';
import { type BootstrapCase, expectClose, golden } from './golden.js';

describe('percentileInterval equals numpy.percentile as scipy.stats.bootstrap uses it', () => {
  it('matches every golden interval to 1e-12', () => {
    for (const { samples, intervals } of golden.percentile) {
      const values = Float64Array.from(samples, (s) => (s === null ? Number.NaN : s));
      for (const { confidence, interval } of intervals) {
        const [lo, hi] = percentileInterval(values, confidence);
        const what = `${values.length} samples at ${confidence}`;
        expectClose(lo, interval[0], 1e-12, 1e-15, `${what}, low`);
        expectClose(hi, interval[1], 1e-12, 1e-15, `${what}, high`);
      }
    }
  });

  it('leaves NaN out, does not reorder its input, and is [NaN, NaN] with nothing left', () => {
    const samples = [5, Number.NaN, 1, 3];
    expect(percentileInterval(samples, 0.5)).toEqual([2, 4]);
    expect(samples).toEqual([5, Number.NaN, 1, 3]);
    expect(percentileInterval([Number.NaN], 0.95)).toEqual([Number.NaN, Number.NaN]);
    expect(() => percentileInterval([1], 2)).toThrow(RangeError);
  });
});

/** Lemire's multiply-shift with rejection in BigInt: the independent reference. */
function referenceIndex(rng: Rng, n: number): number {
  const bigN = BigInt(n);
  const threshold = (1n << 32n) % bigN;
  let product = BigInt(rng.nextUint32()) * bigN;
  while ((product & 0xffffffffn) < threshold) product = BigInt(rng.nextUint32()) * bigN;
  return Number(product >> 32n);
}

/** Index of the first difference, or -1 (vitest's deep equality is slow on large arrays). */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('bootstrapCounts', () => {
  it('draws n indices with replacement by unbiased multiply-shift of the Rng stream', () => {
    for (const n of [1, 7, 569, 100_003]) {
      const out = new Int32Array(n);
      bootstrapCounts(Rng.stream(3, 'test', n), n, out);
      const rng = Rng.stream(3, 'test', n);
      const expected = new Int32Array(n);
      for (let draw = 0; draw < n; draw++) expected[referenceIndex(rng, n)]++;
      expect(firstDifference(out, expected)).toBe(-1);
      expect(out.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it('maps draws exactly for n up to 2^32, rejections included', () => {
    for (const n of [3, 2_200_000, 2 ** 31 + 1, 3_000_000_000, 2 ** 32 - 1, 2 ** 32]) {
      const ours = Rng.stream(9, n);
      const reference = Rng.stream(9, n);
      const threshold = 2 ** 32 % n;
      for (let draw = 0; draw < 5000; draw++) {
        expect(uniformIndex(ours, n, threshold)).toBe(referenceIndex(reference, n));
      }
      // Both consumed the same number of 32-bit draws (the same rejections).
      expect(ours.nextUint32()).toBe(reference.nextUint32());
    }
  });

  it('uses the split product beyond 2^21 examples', () => {
    const n = 2_200_000;
    const out = new Int32Array(n);
    bootstrapCounts(Rng.stream(1, 'big'), n, out);
    const rng = Rng.stream(1, 'big');
    const expected = new Int32Array(n);
    for (let draw = 0; draw < n; draw++) expected[uniformIndex(rng, n, 2 ** 32 % n)]++;
    expect(firstDifference(out, expected)).toBe(-1);
  });

  it('has Binomial(n, 1/n) marginal counts (chi-square over 20,000 resamples)', () => {
    const n = 10;
    const resamples = 20_000;
    const out = new Float64Array(n);
    const histogram = new Float64Array(n + 1);
    const rng = Rng.stream(5, 'chi-square');
    for (let r = 0; r < resamples; r++) {
      bootstrapCounts(rng, n, out);
      for (let i = 0; i < n; i++) histogram[out[i]]++;
    }
    // Bins 0, 1, 2, 3, >= 4 of Binomial(10, 0.1), each of 10 × 20,000 counts.
    const pmf = [0.3486784401, 0.387420489, 0.1937102445, 0.057395628];
    const observed = [histogram[0], histogram[1], histogram[2], histogram[3]];
    observed.push(n * resamples - observed.reduce((a, b) => a + b, 0));
    pmf.push(1 - pmf.reduce((a, b) => a + b, 0));
    let chi2 = 0;
    pmf.forEach((p, i) => (chi2 += (observed[i] - p * n * resamples) ** 2 / (p * n * resamples)));
    // 4 degrees of freedom: P(chi2 > 18.47) = 0.001 (the counts within a resample are
    // dependent, which only makes this conservative).
    expect(chi2).toBeLessThan(18.47);
  });

  it('overwrites only the first n entries and rejects n beyond the buffer', () => {
    const out = new Int32Array([9, 9, 9, 9]);
    bootstrapCounts(Rng.stream(1), 2, out);
    expect(out[0] + out[1]).toBe(2);
    expect(Array.from(out.subarray(2))).toEqual([9, 9]);
    expect(() => bootstrapCounts(Rng.stream(1), 5, out)).toThrow(RangeError);
  });
});

describe('a paired percentile bootstrap of bootstrapCounts', () => {
  /** Σ wᵢ xᵢ / Σ wᵢ. */
  function weightedMean(weights: Int32Array, values: Float64Array): number {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += weights[i] * values[i];
      total += weights[i];
    }
    return sum / total;
  }

  /** The statistic on `count` resamples, each from its own stream of `seed`, as a run draws them. */
  function pairedBootstrap(
    n: number,
    count: number,
    seed: number,
    statistic: (counts: Int32Array) => number,
  ): Float64Array {
    const counts = new Int32Array(n);
    const samples = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      bootstrapCounts(Rng.stream(seed, 'bootstrap', j), n, counts);
      samples[j] = statistic(counts);
    }
    return samples;
  }

  // Monte-Carlo tolerance for a percentile endpoint from B resamples: the
  // standard error of a sample alpha-quantile, sqrt(alpha (1 - alpha) / B) / f(q),
  // with the density f(q) taken as normal, phi(z_alpha) / sd. Allowed: 4 SE.
  function quantileSE(sd: number, resamples: number, alpha: number): number {
    const z = normalQuantile(alpha);
    const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / sd;
    return Math.sqrt((alpha * (1 - alpha)) / resamples) / density;
  }

  function ourInterval(c: BootstrapCase): { interval: [number, number]; sd: number } {
    const n = c.x.length;
    const x = Float64Array.from(c.x);
    const y = Float64Array.from(c.y);
    const samples = pairedBootstrap(
      n,
      c.n_resamples,
      20240601,
      (counts) => weightedMean(counts, x) - weightedMean(counts, y),
    );
    const m = samples.reduce((a, b) => a + b, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((a, b) => a + (b - m) ** 2, 0) / (samples.length - 1));
    return { interval: percentileInterval(samples, c.confidence), sd };
  }

  it('agrees with scipy.stats.bootstrap(paired=True) on real continuous data', () => {
    const c = golden.bootstrap.continuous;
    const { interval, sd } = ourInterval(c);
    const alpha = (1 - c.confidence) / 2;
    const se = quantileSE(c.reference_sd!, c.n_resamples, alpha);
    const seReference = quantileSE(c.reference_sd!, c.reference_resamples!, alpha);
    for (const end of [0, 1]) {
      // Ours and SciPy's are independent estimates: their difference has sqrt(2) SE.
      expectClose(interval[end], c.scipy[end], 0, 4 * Math.SQRT2 * se, `vs scipy, end ${end}`);
      expectClose(
        interval[end],
        c.reference![end],
        0,
        4 * Math.hypot(se, seReference),
        `vs reference, end ${end}`,
      );
    }
    // The bootstrap standard error: SE of a sample sd is about sd / sqrt(2B).
    expectClose(sd, c.reference_sd!, 0, (4 * c.reference_sd!) / Math.sqrt(2 * c.n_resamples), 'sd');
    // Pairing matters here: an unpaired bootstrap would be several times wider.
    expect(interval[1] - interval[0]).toBeLessThan(1.2 * (c.reference![1] - c.reference![0]));
  });

  it('agrees with SciPy and with the exact bootstrap distribution on paired 0/1 correctness', () => {
    const c = golden.bootstrap.binary;
    const { interval, sd } = ourInterval(c);
    // Values sit on a lattice of step 1/n; a sample quantile is the exact one
    // or, when the CDF there is within Monte-Carlo error of alpha, a neighbour.
    const step = 1 / c.x.length;
    for (const end of [0, 1]) {
      expectClose(interval[end], c.exact![end], 0, step + 1e-12, `vs exact, end ${end}`);
      expectClose(interval[end], c.scipy[end], 0, step + 1e-12, `vs scipy, end ${end}`);
    }
    expectClose(sd, c.exact_sd!, 0, (4 * c.exact_sd!) / Math.sqrt(2 * c.n_resamples), 'sd');
  });
});
