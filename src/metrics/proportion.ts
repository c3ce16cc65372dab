import type { MetricName } from './name.js';
import { classCounter } from './counts.js';
import { type MetricOptions, checkMetricInput } from './prepare.js';
import { METRICS } from './registry.js';
import type { Predictions } from './types.js';

/** A metric's value as successes out of trials (weighted counts). */
export interface ProportionCounts {
  successes: number;
  trials: number;
}

/**
 * The counts behind a metric that is a proportion of examples (see
 * `Proportion` in the registry), or undefined when it is not one for these
 * predictions: f1 or the averaged metrics, or precision and recall averaged
 * over several true classes of a multiclass slice. `successes / trials`
 * equals the metric's value whenever `trials` > 0.
 */
export function proportionCounts(
  name: MetricName,
  preds: Predictions,
  options: MetricOptions = {},
  weights?: Float64Array,
): ProportionCounts | undefined {
  checkMetricInput(name, preds, options);
  const proportion = METRICS[name].proportion;
  if (proportion === undefined) return undefined;
  const counts = classCounter(preds)(weights);
  if (proportion.of === 'all') {
    let correct = 0;
    for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
    const successes = proportion.success === 'correct' ? correct : counts.total - correct;
    return { successes, trials: counts.total };
  }
  const cls = options.cls ?? (preds.task === 'binary' ? 1 : onlyTrueClass(counts.trueSum));
  if (cls === undefined) return undefined;
  const trials = proportion.of === 'true-class' ? counts.trueSum[cls] : counts.predSum[cls];
  return { successes: counts.tp[cls], trials };
}

/** The one class with positive weight among the true labels, if there is exactly one. */
function onlyTrueClass(trueSum: Float64Array): number | undefined {
  let found: number | undefined;
  for (let c = 0; c < trueSum.length; c++) {
    if (trueSum[c] === 0) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
}
