import { toPredictions } from '../metrics/index.js';
import type { SensitivityResults } from '../results/types.js';
import type { Shard } from '../shard/plan.js';
import { Baseline, scoreBaseline } from '../stats/contributions.js';
import { modelData, type PreparedSuite } from './prepare.js';
import { Resamples } from '../stats/resamples.js';
import { rankCurves, scoreCurve } from '../sensitivity/curves.js';
import { CurveEvaluator } from '../sensitivity/evaluate.js';

export interface SensitivitySettings {
  /** The model's outputs with nothing perturbed, n × width (the run's baseline). */
  baseline: Float32Array;
  /** Interval confidence (the run's). */
  confidence: number;
  /** A shard of the plan: curves are measured by shard 1 only, and the merge takes them from it. */
  shard?: Shard;
  /** Told after each curve: curves done, curves in all. */
  onCurve?: (done: number, total: number) => void;
}

/**
 * The sensitivity stage of a run: every curve of `ablations.sensitivity`
 * evaluated on this thread, scored with the run's bootstrap resamples
 * (`Resamples` of the run's seed: the same as every contribution's), and
 * ranked. Returns the part of the results document it owns — `{ sensitivity }`,
 * or nothing when the config asks for no curves or another shard measures
 * them. Deterministic for a given seed whatever the workers or shards: the
 * noise of a curve is drawn from its own stream, keyed by its id.
 */
export function sensitivityStage(
  prepared: PreparedSuite,
  settings: SensitivitySettings,
): { sensitivity?: SensitivityResults } {
  const { config, dataset } = prepared;
  const options = config.ablations.sensitivity;
  const planned = prepared.sensitivity;
  if (options === undefined || planned === undefined) return {};
  if (settings.shard !== undefined && settings.shard.index !== 1) return {};
  const evaluator = new CurveEvaluator(
    prepared.graph,
    prepared.inputShape,
    modelData(prepared),
    settings.baseline,
    {
      seed: config.seed,
      grid: options.grid,
      repeats: options.repeats,
      scale: options.scale,
      draws: options.draws,
    },
  );
  try {
    const width = evaluator.outputWidth;
    const predict = (outputs: Float32Array) =>
      toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
    const reference = new Baseline(config.metrics, predict(settings.baseline));
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const bases = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
    const curves = planned.map((component, i) => {
      const outputs = evaluator.evaluate(component);
      const curve = scoreCurve(
        component,
        options.grid,
        outputs.map((repeats) => repeats.map(predict)),
        bases,
        reference,
        resamples,
        settings.confidence,
        config.seed,
      );
      settings.onCurve?.(i + 1, planned.length);
      return curve;
    });
    return {
      sensitivity: {
        grid: [...options.grid],
        repeats: options.repeats,
        scale: options.scale,
        draws: options.draws,
        curves: rankCurves(curves, config.metrics[0]),
      },
    };
  } finally {
    evaluator.dispose();
  }
}
