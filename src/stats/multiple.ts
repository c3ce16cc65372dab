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

/** A contribution as `adjustForMultipleComparisons` sees it: defined ones carry p and get q. */
export type AdjustableContribution = { value: number | null; p?: number; q?: number };

/**
 * Sets each defined contribution's Benjamini–Hochberg `q` over a family of
 * components, per metric: `scored` holds each component's contributions by
 * metric (undefined for a component with none, e.g. not applicable); a
 * contribution missing a metric, or undefined (`value: null`), is left out of
 * that metric's family. A map is read by its values (component id → its
 * contributions). The one BH step of a run, a retrain stage and a merge of
 * shards.
 */
export function adjustForMultipleComparisons(
  scored:
    | ReadonlyMap<string, Readonly<Record<string, AdjustableContribution>>>
    | Iterable<Readonly<Record<string, AdjustableContribution>> | undefined>,
  metrics: readonly string[],
): void {
  const families: (Readonly<Record<string, AdjustableContribution>> | undefined)[] =
    scored instanceof Map
      ? [...(scored as ReadonlyMap<string, Record<string, AdjustableContribution>>).values()]
      : [...(scored as Iterable<Record<string, AdjustableContribution> | undefined>)];
  for (const metric of metrics) {
    const entries = families
      .map((m) => m?.[metric])
      .filter(
        (c): c is AdjustableContribution & { p: number } =>
          c !== undefined && c.value !== null && c.p !== undefined,
      );
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => (c.q = q[i]));
  }
}
