import { binomialCdf, binomialSf } from './binomial.js';

/**
 * The Clopper–Pearson ("exact") interval for a proportion: every p that a
 * one-sided exact binomial test at level (1 − confidence)/2 does not reject
 * on either side. Its coverage is at least `confidence` for every n and every
 * true p, which the Wilson interval cannot promise (at n = 50 and p = 0.99,
 * 48 of 50 gives a Wilson upper end of 0.989). The ends equal SciPy's
 * `beta.ppf(α/2, k, n − k + 1)` and `beta.ppf(1 − α/2, k + 1, n − k)`; they
 * are found here as roots of the binomial tails, which are accurate to about
 * 1e-14 for n up to 10^6 (see binomial.ts), by bisection to the last bit.
 *
 * The end at 0 successes (or n) is exactly 0 (or 1); n = 0 gives [0, 1].
 */
export function clopperPearsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): [number, number] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`clopperPearsonInterval: n must be an integer >= 0, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(
      `clopperPearsonInterval: successes must be an integer in [0, n], got ${successes}`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`clopperPearsonInterval: confidence must be in (0, 1), got ${confidence}`);
  }
  const tail = (1 - confidence) / 2;
  return [clopperPearsonLower(successes, n, tail), clopperPearsonUpper(successes, n, tail)];
}

/** The p with P(X >= k | p) = tail for X ~ Binomial(n, p): the one-sided lower bound. */
export function clopperPearsonLower(k: number, n: number, tail: number): number {
  if (k === 0) return 0;
  // P(X >= k) = sf(k − 1) rises with p.
  return bisect((p) => binomialSf(k - 1, n, p) - tail, true);
}

/** The p with P(X <= k | p) = tail: the one-sided upper bound. */
export function clopperPearsonUpper(k: number, n: number, tail: number): number {
  if (k === n) return 1;
  // P(X <= k) falls as p rises.
  return bisect((p) => binomialCdf(k, n, p) - tail, false);
}

/**
 * The root in (0, 1) of a monotone function, to adjacent doubles. Bisects
 * the exponent first (geometric means) so that roots near 0, e.g. 2.5e-8 at
 * n = 10^6, take as few steps as those near 1/2.
 */
function bisect(f: (p: number) => number, rising: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2000; i++) {
    const mid =
      lo > 0 && hi / lo > 4
        ? Math.sqrt(lo * hi)
        : lo === 0 && hi > 1e-300
          ? hi / 16
          : (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const value = f(mid);
    if (value > 0 === rising) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}
