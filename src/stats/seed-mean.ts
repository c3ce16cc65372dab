import { normalQuantile } from './normal.js';
import { studentTQuantile } from './student-t.js';

/** A mean over K seeds, its interval and the matching two-sided p-value that its expectation is 0. */
export interface SeedMean {
  mean: number;
  ci: [number, number];
  /** The smallest 1 − confidence at which `ci` excludes 0: p ≤ α exactly when the (1 − α) interval clears 0. */
  p: number;
}

/**
 * A mean over K seeds with both sources of noise: the K per-seed values
 * spread by seed (s²/K, from K − 1 degrees of freedom) and share one eval
 * sample, whose noise the example bootstrap of the seed mean measures (v).
 * The half-width at confidence 1 − α is
 *
 *     √( (t_{K−1, 1−α/2} · s/√K)² + (z_{1−α/2} · √v)² ),
 *
 * the seed-only t interval and the example-only normal interval added in
 * quadrature. It is never narrower than either alone, so example noise can
 * only widen it, and it is exact at both ends (v = 0: the t interval; s = 0
 * or K = 1: the normal interval). In between its coverage is above the
 * nominal for every K ≥ 2 and every split of the variance (by numerical
 * integration over s², minimum at the ends; `npm run bench:stats`
 * simulates it), where the Welch–Satterthwaite t interval it replaces
 * covered 87–93% at K = 2–3 and broke down when the seeds agreed (its
 * degrees of freedom reached 1e56). With K = 1 only the example noise is
 * counted.
 */
export function seedMean(
  perSeed: ArrayLike<number>,
  bootstrapMeans: ArrayLike<number>,
  confidence: number,
): SeedMean {
  const k = perSeed.length;
  const mean = average(perSeed);
  const seedSe = k >= 2 ? Math.sqrt(variance(perSeed) / k) : 0;
  const exampleSe = Math.sqrt(variance(bootstrapMeans));
  const half = (alpha: number): number => {
    const t = seedSe > 0 ? -studentTQuantile(alpha / 2, k - 1) * seedSe : 0;
    const z = exampleSe > 0 ? -normalQuantile(alpha / 2) * exampleSe : 0;
    return Math.hypot(t, z);
  };
  if (seedSe === 0 && exampleSe === 0) return { mean, ci: [mean, mean], p: mean === 0 ? 1 : 0 };
  const h = half(1 - confidence);
  return { mean, ci: [mean - h, mean + h], p: crossing(half, Math.abs(mean)) };
}

/**
 * The α in (0, 1] with half(α) = target, half falling from +∞ at α → 0 to
 * 0 at α = 1: bracketed by powers of 1/16, then the Illinois variant of
 * regula falsi on log α, to a relative 1e-14.
 */
function crossing(half: (alpha: number) => number, target: number): number {
  if (target === 0) return 1;
  const f = (logAlpha: number): number => half(Math.exp(logAlpha)) - target;
  let hi = 0;
  let fHi = -target;
  let lo = -Math.log(16);
  let fLo = f(lo);
  while (fLo < 0) {
    hi = lo;
    fHi = fLo;
    lo -= Math.log(16);
    if (lo < -745) return 0;
    fLo = f(lo);
  }
  let side = 0;
  let last = NaN;
  for (let i = 0; i < 200 && hi - lo > 1e-14; i++) {
    const mid = (lo * fHi - hi * fLo) / (fHi - fLo);
    if (Math.abs(mid - last) <= 1e-15 * Math.max(1, Math.abs(mid))) return Math.exp(mid);
    last = mid;
    const fMid = f(mid);
    if (fMid > 0) {
      lo = mid;
      fLo = fMid;
      if (side === 1) fHi /= 2;
      side = 1;
    } else {
      hi = mid;
      fHi = fMid;
      if (side === -1) fLo /= 2;
      side = -1;
    }
    if (fMid === 0) return Math.exp(mid);
  }
  return Math.exp((lo + hi) / 2);
}

function average(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The sample variance (n − 1 denominator); 0 for fewer than two values. */
function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = average(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i] - m) ** 2;
  return sum / (n - 1);
}
