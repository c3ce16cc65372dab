import type { Config, MetricName } from '../config/types.js';
import type { Dataset } from '../data/types.js';
import { prepareMetric, toPredictions } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import type { ComponentResult, Contribution, Results, RetrainRun } from '../results/types.js';
import { Resamples } from '../stats/resamples.js';
import { retrainContribution, retrainedEstimate } from '../stats/retrain-contribution.js';
import type { RetrainOutcome, SeedRun } from './train-all.js';

/** The retrain parts of the results document: one component per variant, and `retrain`. */
export interface RetrainResults {
  components: ComponentResult[];
  retrain: NonNullable<Results['retrain']>;
}

/**
 * Scores the retrained models on the eval data: the baseline's metrics
 * (mean over seeds), and per variant its contribution paired by seed and
 * example (see stats.ts) over the seeds where both the baseline and the
 * variant finished within the time limit, with Benjamini–Hochberg q over
 * the variants per metric.
 */
export function retrainResults(
  config: Config,
  outcome: RetrainOutcome,
  evalData: Dataset,
  confidence: number,
): RetrainResults {
  const predict = (run: SeedRun): Predictions | undefined =>
    run.outputs === undefined
      ? undefined
      : toPredictions(evalData.task, evalData.y, run.outputs, evalData.n, run.width ?? 1);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const basePredictions = outcome.baseline.map(predict);
  const okBase = basePredictions.filter((p): p is Predictions => p !== undefined);
  const metrics = config.metrics;

  const baselineMetrics = Object.fromEntries(
    metrics.map((name) => [
      name,
      okBase.length === 0
        ? { value: null, reason: 'every baseline training run timed out' }
        : retrainedEstimate(name, okBase, resamples, confidence),
    ]),
  );

  const components = outcome.variants.map(({ variant, runs }): ComponentResult => {
    const variantPredictions = runs.map(predict);
    const paired = runs.flatMap((_, s) =>
      basePredictions[s] !== undefined && variantPredictions[s] !== undefined ? [s] : [],
    );
    const scored: Record<string, Contribution> = {};
    for (const name of metrics) {
      scored[name] =
        paired.length === 0
          ? {
              value: null,
              reason:
                'no seed where both the baseline and the variant finished within the time limit',
            }
          : retrainContribution(
              name,
              paired.map((s) => basePredictions[s] as Predictions),
              paired.map((s) => variantPredictions[s] as Predictions),
              resamples,
              confidence,
            ).contribution;
    }
    return {
      id: `retrain:${variant.name}:retrain`,
      kind: 'retrain',
      target: [...Object.keys(variant.switches), ...variant.dropFeatures],
      mode: 'retrain',
      repeats: paired.length,
      metrics: scored,
      retrain: {
        switches: { ...variant.switches },
        dropFeatures: [...variant.dropFeatures],
        runs: runs.map((run, s) => runResult(run, variantPredictions[s], metrics)),
      },
    };
  });
  return {
    components,
    retrain: {
      seeds: [...outcome.seeds],
      timeLimitMs: config.train?.timeLimitMs ?? 0,
      method: 'seed-t+example-bootstrap',
      variants: (config.ablations.retrain ?? []).map((variant) => variant.name),
      baseline: {
        runs: outcome.baseline.map((run, s) => runResult(run, basePredictions[s], metrics)),
        metrics: baselineMetrics,
      },
    },
  };
}

function runResult(
  run: SeedRun,
  predictions: Predictions | undefined,
  metrics: MetricName[],
): RetrainRun {
  const value = (name: MetricName): number | null => {
    if (predictions === undefined) return null;
    const v = prepareMetric(name, predictions)();
    return Number.isFinite(v) ? v : null;
  };
  return {
    seed: run.seed,
    status: run.status,
    ms: Math.round(run.ms),
    trainMs: run.trainMs === null ? null : Math.round(run.trainMs),
    cached: run.cached,
    metrics: Object.fromEntries(metrics.map((name) => [name, value(name)])),
  };
}
