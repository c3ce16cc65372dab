import type { MetricName } from './name.js';
import { countReader, isCountMetric } from './classification.js';
import type { ClassCounts } from './counts.js';
import { checkMetricInput, type MetricOptions } from './prepare.js';
import type { Predictions } from './types.js';

/**
 * A count metric (accuracy, precision, recall, F1 and their averages) of
 * `ablated` on a resample, computed from the baseline's confusion counts on
 * the same resample plus the few examples whose predicted class differs:
 * O(changed examples + k) per call instead of O(n). This is what keeps the
 * paired bootstrap of hundreds of components cheap (DESIGN §7–8).
 */
export type DeltaMetric = (baseCounts: ClassCounts, weights: Float64Array) => number;

/**
 * Binds a count metric to a baseline and an ablated prediction of the same
 * examples; undefined for metrics that are not read from counts (AUC, log
 * loss, regression metrics), which must be scored in full.
 */
export function prepareDeltaMetric(
  name: MetricName,
  base: Predictions,
  ablated: Predictions,
  options: MetricOptions = {},
): DeltaMetric | undefined {
  if (!isCountMetric(name)) return undefined;
  checkMetricInput(name, ablated, options);
  const read = countReader(name, ablated, options.cls);
  const changed: number[] = [];
  for (let i = 0; i < base.n; i++) if (base.predicted[i] !== ablated.predicted[i]) changed.push(i);
  const rows = Int32Array.from(changed);
  const truth = Int32Array.from(rows, (i) => base.yTrue[i]);
  const before = Int32Array.from(rows, (i) => base.predicted[i]);
  const after = Int32Array.from(rows, (i) => ablated.predicted[i]);
  const k = base.k;
  const counts: ClassCounts = {
    k,
    total: 0,
    tp: new Float64Array(k),
    trueSum: new Float64Array(k),
    predSum: new Float64Array(k),
  };
  return (baseCounts, weights) => {
    counts.total = baseCounts.total;
    counts.tp.set(baseCounts.tp);
    counts.trueSum.set(baseCounts.trueSum);
    counts.predSum.set(baseCounts.predSum);
    for (let j = 0; j < rows.length; j++) {
      const w = weights[rows[j]];
      if (w === 0) continue;
      const t = truth[j];
      counts.predSum[before[j]] -= w;
      counts.predSum[after[j]] += w;
      if (before[j] === t) counts.tp[t] -= w;
      if (after[j] === t) counts.tp[t] += w;
    }
    return counts.total === 0 ? NaN : read(counts);
  };
}
