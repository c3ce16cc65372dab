import type { Rng } from './rng.js';

const TWO_POW_16 = 65536;
const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;
// Below this, a 32-bit draw times n is below 2^53, so exact in a double.
const EXACT_PRODUCT_LIMIT = 2097152;

/**
 * One bootstrap resample of n examples as multiplicity counts: n draws with
 * replacement, `out[i]` = how many times example i was drawn (the first n
 * entries are overwritten; they sum to n). Each draw maps one
 * `rng.nextUint32()` to 0..n-1 without bias by Lemire's multiply-shift with
 * rejection ("Fast random integer generation in an interval", 2019), which
 * avoids a division per draw.
 */
export function bootstrapCounts(rng: Rng, n: number, out: Int32Array | Float64Array): void {
  if (!Number.isInteger(n) || n < 0 || n > out.length || n > TWO_POW_32) {
    throw new RangeError(`bootstrapCounts: n must be an integer in [0, out.length], got ${n}`);
  }
  out.fill(0, 0, n);
  if (n === 0) return;
  // 2^32 mod n: products whose low 32 bits fall below it would over-weight
  // the smallest indices, so they are drawn again.
  const threshold = TWO_POW_32 % n;
  if (n > EXACT_PRODUCT_LIMIT) {
    for (let draw = 0; draw < n; draw++) out[uniformIndex(rng, n, threshold)]++;
    return;
  }
  for (let draw = 0; draw < n; draw++) {
    let product = rng.nextUint32() * n;
    let index = Math.floor(product * TWO_POW_MINUS_32);
    while (product - index * TWO_POW_32 < threshold) {
      product = rng.nextUint32() * n;
      index = Math.floor(product * TWO_POW_MINUS_32);
    }
    out[index]++;
  }
}

/**
 * A uniform integer in [0, n) for any n <= 2^32, by the same multiply-shift
 * as `bootstrapCounts` with the 64-bit product split into exact 48-bit
 * halves; `threshold` is 2^32 mod n.
 */
export function uniformIndex(rng: Rng, n: number, threshold: number): number {
  const nHigh = Math.floor(n / TWO_POW_16);
  const nLow = n - nHigh * TWO_POW_16;
  for (;;) {
    const x = rng.nextUint32();
    // x·n = (x·nHigh)·2^16 + x·nLow; each part is below 2^48.
    const upper = x * nHigh;
    const upperHigh = Math.floor(upper / TWO_POW_16);
    const middle = (upper - upperHigh * TWO_POW_16) * TWO_POW_16 + x * nLow;
    const carry = Math.floor(middle * TWO_POW_MINUS_32);
    const low = middle - carry * TWO_POW_32;
    if (low >= threshold) return upperHigh + carry;
  }
}

/**
 * The percentile bootstrap interval: the (1 − confidence)/2 and
 * (1 + confidence)/2 quantiles of the samples with NumPy's default 'linear'
 * definition (Hyndman & Fan type 7), as `scipy.stats.bootstrap(…,
 * method='percentile')` computes them. NaN samples (resamples on which the
 * statistic is undefined, e.g. recall with no positive drawn) are left out,
 * as `np.nanpercentile` does — SciPy would return NaN; all NaN gives
 * [NaN, NaN].
 */
export function percentileInterval(
  samples: ArrayLike<number>,
  confidence = 0.95,
): [number, number] {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new RangeError(`percentileInterval: confidence must be in [0, 1], got ${confidence}`);
  }
  const sorted = sortedWithoutNaN(samples);
  const alpha = (1 - confidence) / 2;
  return [
    quantileSorted(sorted, (alpha * 100) / 100),
    quantileSorted(sorted, ((1 - alpha) * 100) / 100),
  ];
}

function sortedWithoutNaN(samples: ArrayLike<number>): Float64Array {
  const kept = new Float64Array(samples.length);
  let size = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (!Number.isNaN(s)) kept[size++] = s;
  }
  return kept.subarray(0, size).sort();
}

// NumPy's _quantile with method='linear' and its _lerp, which interpolates
// from the upper neighbour when the weight is >= 0.5.
function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1];
  const previous = Math.floor(virtual);
  const a = sorted[previous];
  const b = sorted[previous + 1];
  const t = virtual - previous;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
