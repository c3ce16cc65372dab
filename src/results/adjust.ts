import { benjaminiHochberg } from '../stats/multiple.js';
import type { ComponentResult, Contribution } from './types.js';

/**
 * Sets each contribution's Benjamini–Hochberg q over one family of
 * components, per metric: the evaluation-time components of a run (or of
 * every shard of a merge), or its retrain variants. Components without
 * metrics (not applicable, not evaluated) and undefined contributions take
 * no part.
 */
export function adjustForMultipleComparisons(
  family: readonly ComponentResult[],
  metrics: readonly string[],
): void {
  for (const metric of metrics) {
    const entries = family
      .map((c) => c.metrics?.[metric])
      .filter(
        (c): c is Extract<Contribution, { p: number }> => c !== undefined && c.value !== null,
      );
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => (c.q = q[i]));
  }
}
