/**
 * The binomial distribution in log space, accurate for n up to 10^6 and
 * beyond.
 *
 * The log pmf uses Loader's saddle-point form ("Fast and accurate computation
 * of binomial probabilities", C. Loader, 2000; the algorithm behind R's
 * dbinom): log C(n,k) p^k q^(n-k) written as Stirling-series remainders plus
 * deviance terms, so that nothing of size n log n is cancelled. A plain
 * lgamma(n+1) - lgamma(k+1) - lgamma(n-k+1) loses about 1e-9 of relative
 * accuracy at n = 10^6; this keeps about 1e-14.
 *
 * Tails are summed from their inner end outward with the pmf's term ratio,
 * relative to the first term, and scaled by its pmf in log space; the larger
 * tail is taken as one minus the smaller, so neither loses precision.
 */

const LN_2PI = 1.8378770664093456;

// stirlerr(k) = log(k!) - (k + 1/2) log k + k - log sqrt(2π), exact to double
// precision for k = 1..15 (computed with mpmath at 40 digits).
const STIRLERR = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
  0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
  0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
  0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];

/** Remainder of Stirling's series for log(k!), for an integer k >= 1. */
function stirlerr(k: number): number {
  if (k <= 15) return STIRLERR[k];
  const kk = k * k;
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  if (k > 500) return (s0 - s1 / kk) / k;
  if (k > 80) return (s0 - (s1 - s2 / kk) / kk) / k;
  if (k > 35) return (s0 - (s1 - (s2 - s3 / kk) / kk) / kk) / k;
  return (s0 - (s1 - (s2 - (s3 - s4 / kk) / kk) / kk) / kk) / k;
}

/** The deviance term x log(x/m) + m - x, by a series when x is close to m. */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

function checkArguments(k: number, n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`binomial: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(k)) throw new RangeError(`binomial: k must be an integer, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
}

/** log P(X = k) for X ~ Binomial(n, p); −∞ outside 0..n. */
export function binomialLogPmf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  return logPmf(k, n, p);
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(binomialLogPmf(k, n, p));
}

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return k < n * p ? lowerTail(k, n, p) : 1 - upperTail(k + 1, n, p);
}

/** P(X > k) for X ~ Binomial(n, p) (SciPy's `binom.sf(k, n, p)`). */
export function binomialSf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (k < 0) return 1;
  if (k >= n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return k + 1 > n * p ? upperTail(k + 1, n, p) : 1 - lowerTail(k, n, p);
}

function logPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  if (k === 0) return n * Math.log1p(-p);
  if (k === n) return n * Math.log(p);
  const q = 1 - p;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return lc - 0.5 * lf;
}

// Terms shrink geometrically outward from a tail's inner end; stop once they
// no longer change the sum in double precision.
const NEGLIGIBLE = 1e-17;

/** P(X <= k) by summing pmf(k), pmf(k-1), … relative to pmf(k); 0 < p < 1. */
function lowerTail(k: number, n: number, p: number): number {
  const ratio = (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    term *= (i / (n - i + 1)) * ratio;
    sum += term;
    if (term < sum * NEGLIGIBLE) break;
  }
  return Math.exp(logPmf(k, n, p) + Math.log(sum));
}

/** P(X >= k) by summing pmf(k), pmf(k+1), … relative to pmf(k); 0 < p < 1. */
function upperTail(k: number, n: number, p: number): number {
  const ratio = p / (1 - p);
  let term = 1;
  let sum = 1;
  for (let i = k; i < n; i++) {
    term *= ((n - i) / (i + 1)) * ratio;
    sum += term;
    if (term < sum * NEGLIGIBLE) break;
  }
  return Math.exp(logPmf(k, n, p) + Math.log(sum));
}
