import type { Alternative } from './binomtest.js';
import { normalQuantile } from './normal.js';

/**
 * The Wilson score interval for a proportion (without continuity
 * correction), equal to SciPy 1.10's
 * `binomtest(k, n).proportion_ci(confidence, method='wilson')`: Newcombe
 * (1998) method 3, computed with the same formulas in the same order. A
 * one-sided alternative gives a one-sided bound ('less' fixes the lower end
 * at 0, 'greater' the upper end at 1); the end at 0 successes (or n) is
 * exactly 0 (or 1).
 *
 * n = 0 (which SciPy rejects) gives [0, 1]: nothing is known.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
  alternative: Alternative = 'two-sided',
): [number, number] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`wilsonInterval: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(
      `wilsonInterval: successes must be an integer in [0, n], got ${successes}`,
    );
  }
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new RangeError(`wilsonInterval: confidence must be in [0, 1], got ${confidence}`);
  }
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z = normalQuantile(alternative === 'two-sided' ? 0.5 + 0.5 * confidence : confidence);
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const q = 1 - p;
  const delta = (z / denom) * Math.sqrt(4 * n * p * q + z ** 2);
  const lo = alternative === 'less' || successes === 0 ? 0 : center - delta;
  const hi = alternative === 'greater' || successes === n ? 1 : center + delta;
  return [lo, hi];
}
