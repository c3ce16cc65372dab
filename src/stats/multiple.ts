/**
 * Adjusted p-values for many tests at once, in input order. Each adjusted
 * p-value is the smallest family-wise level at which its hypothesis is
 * rejected; they are monotone in the raw p-values and capped at 1. Tied raw
 * p-values get equal adjusted values whatever their order.
 */

function sortedOrder(pvalues: ArrayLike<number>, name: string): Int32Array {
  const m = pvalues.length;
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const p = pvalues[i];
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`${name}: p-values must be in [0, 1], got ${p} at ${i}`);
    order[i] = i;
  }
  return order.sort((a, b) => pvalues[a] - pvalues[b] || a - b);
}

/**
 * Holm's step-down adjustment (Holm 1979), controlling the family-wise error
 * rate under any dependence: the i-th smallest p is scaled by (m - i + 1),
 * then made non-decreasing along the sorted order.
 */
export function holm(pvalues: ArrayLike<number>): Float64Array {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, 'holm');
  const adjusted = new Float64Array(m);
  let running = 0;
  for (let rank = 0; rank < m; rank++) {
    const i = order[rank];
    running = Math.max(running, Math.min(1, (m - rank) * pvalues[i]));
    adjusted[i] = running;
  }
  return adjusted;
}

/**
 * The Benjamini–Hochberg step-up adjustment (1995), controlling the false
 * discovery rate for independent or positively dependent tests: the i-th
 * smallest p is scaled by m / i, then made non-increasing from the largest
 * down. Same as `scipy.stats.false_discovery_control(p, method='bh')`
 * (SciPy >= 1.11).
 */
export function benjaminiHochberg(pvalues: ArrayLike<number>): Float64Array {
  const m = pvalues.length;
  const order = sortedOrder(pvalues, 'benjaminiHochberg');
  const adjusted = new Float64Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const i = order[rank];
    running = Math.min(running, pvalues[i] * (m / (rank + 1)));
    adjusted[i] = running;
  }
  return adjusted;
}
