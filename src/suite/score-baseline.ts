import type { Config } from '../config/types.js';
import { toPredictions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { BaselinePart } from '../results/build.js';
import { Baseline, scoreBaseline, type BaselineMetric } from '../stats/contributions.js';
import { dataFacts } from './data-facts.js';
import { headlineEstimate } from '../stats/headline.js';
import type { PreparedData } from './prepare.js';
import { Resamples } from '../stats/resamples.js';
import { runUnitTest } from './unit-tests.js';

/** Intervals are 95% (DESIGN §2). */
export const CONFIDENCE = 0.95;

/** A scored baseline: its part of the results, and what scoring the components against it needs. */
export interface ScoredBaseline {
  part: BaselinePart;
  predictions: Predictions;
  reference: Baseline;
  scores: BaselineMetric[];
  resamples: Resamples;
}

/**
 * The score stage of the baseline, whoever made its outputs (the TF.js
 * model, or a command suite's retrained baseline): its predictions, its
 * headline estimates (Clopper–Pearson for a proportion, see headline.ts),
 * the model unit tests on the prepared slices, the data facts and the
 * predictions as stored. Deterministic for a given seed.
 */
export function scoreBaselineStage(
  config: Config,
  data: PreparedData,
  outputs: Float32Array | Float64Array,
  width: number,
): ScoredBaseline {
  const { dataset } = data;
  const predictions = toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const reference = new Baseline(config.metrics, predictions);
  const scores = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
  const tests = config.tests.map((test, i) =>
    runUnitTest(test, data.tests[i].rows, predictions, {
      seed: config.seed,
      resamples: config.resamples,
      confidence: CONFIDENCE,
      ...(data.tests[i].cls === undefined ? {} : { cls: data.tests[i].cls }),
    }),
  );
  const part: BaselinePart = {
    task: dataset.task,
    classes: dataset.classes ?? null,
    data: dataFacts(dataset),
    metrics: config.metrics.map((name) => ({ name, higherIsBetter: METRICS[name].higherIsBetter })),
    baseline: {
      n: dataset.n,
      metrics: Object.fromEntries(
        scores.map((base) => [base.name, headlineEstimate(base, predictions, CONFIDENCE)]),
      ),
    },
    tests,
    predictions: {
      encoding: 'base64-le',
      shape: [dataset.n, width],
      baseline: base64(outputs),
      labels: base64(dataset.y),
    },
  };
  return { part, predictions, reference, scores, resamples };
}

function base64(values: Float32Array | Float64Array): string {
  // Typed arrays are little-endian on every platform Node runs GitHub Actions on.
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
