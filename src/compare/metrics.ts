import type { MetricName } from '../config/types.js';
import { prepareMetric, proportionCounts, type Predictions } from '../metrics/index.js';
import { subset } from '../metrics/subset.js';
import { decodeSlice } from '../results/slice.js';
import type { Estimate, Interval, Results } from '../results/types.js';
import { bootstrapCounts, percentileInterval } from '../stats/bootstrap.js';
import { Rng } from '../stats/rng.js';
import { storedPredictions } from './decode.js';
import type { ComponentComparison, TestComparison } from './types.js';

/** One configured metric of both runs: the headline values, their change, and the components on it. */
export interface MetricComparison {
  name: MetricName;
  higherIsBetter: boolean;
  /** Main's value on all eval data (undefined without a baseline). */
  base?: Estimate;
  head: Estimate;
  /**
   * head − base (each computed from the stored predictions) with its bootstrap interval at the run's confidence: paired
   * (the same resampled examples for both runs) when the eval data are the
   * same, two independent resamples when they changed.
   */
  change?: { base: number; head: number; value: number; ci: Interval; paired: boolean };
  /** The components' contributions to this metric, largest first (see `compare`). */
  components: ComponentComparison[];
}

/**
 * Every metric the head computes, in its config order (the first is the
 * primary), with the change since main and the components compared on it
 * by `components`.
 */
export function compareMetrics(
  base: Results | undefined,
  head: Results,
  components: (metric: MetricName) => ComponentComparison[],
): MetricComparison[] {
  const predictions =
    base === undefined
      ? undefined
      : { base: storedPredictions(base), head: storedPredictions(head) };
  return head.metrics.map(({ name, higherIsBetter }) => {
    const before = base?.baseline.metrics[name];
    const after = head.baseline.metrics[name] ?? { value: null, reason: 'not computed' };
    const change =
      predictions === undefined || before === undefined
        ? undefined
        : metricChange(name, predictions.base, predictions.head, base!, head);
    return {
      name,
      higherIsBetter,
      ...(before === undefined ? {} : { base: before }),
      head: after,
      ...(change === undefined ? {} : { change }),
      components: components(name),
    };
  });
}

/** head − base of a metric on all eval data, with a percentile bootstrap interval; undefined when either is NaN. */
function metricChange(
  name: MetricName,
  basePredictions: Predictions,
  headPredictions: Predictions,
  base: Results,
  head: Results,
): MetricComparison['change'] {
  const baseMetric = prepareMetric(name, basePredictions);
  const headMetric = prepareMetric(name, headPredictions);
  const before = baseMetric();
  const after = headMetric();
  const value = after - before;
  if (!Number.isFinite(value)) return undefined;
  const paired =
    base.source.dataHash === head.source.dataHash && basePredictions.n === headPredictions.n;
  const baseWeights = new Float64Array(basePredictions.n);
  const headWeights = paired ? baseWeights : new Float64Array(headPredictions.n);
  const resamples = Math.max(1, head.run.resamples);
  const samples = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    bootstrapCounts(
      Rng.stream(head.run.seed, 'change', name, 'base', b),
      baseWeights.length,
      baseWeights,
    );
    if (!paired) {
      bootstrapCounts(
        Rng.stream(head.run.seed, 'change', name, 'head', b),
        headWeights.length,
        headWeights,
      );
    }
    samples[b] = headMetric(headWeights) - baseMetric(baseWeights);
  }
  const ci = percentileInterval(samples, head.run.confidence);
  if (!Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) return undefined;
  return { base: before, head: after, value, ci, paired };
}

/**
 * The tests with the head's successes and trials where the metric is a
 * proportion of the slice's examples (accuracy, error rate, one class's
 * precision or recall): what the report needs to say how many examples an
 * inconclusive test would need.
 */
export function withCounts(tests: TestComparison[], head: Results): TestComparison[] {
  let predictions: Predictions | undefined;
  return tests.map((test) => {
    const result = head.tests.find((t) => t.name === test.name);
    if (test.head === undefined || result?.slice === undefined || result.n === 0) return test;
    predictions ??= storedPredictions(head);
    const cls = result.class === undefined ? undefined : head.classes?.indexOf(result.class);
    if (cls === -1) return test;
    const slice = subset(predictions, decodeSlice(result.slice, predictions.n));
    const counts = proportionCounts(result.metric, slice, cls === undefined ? {} : { cls });
    if (counts === undefined || counts.trials === 0) return test;
    return { ...test, head: { ...test.head, counts } };
  });
}
