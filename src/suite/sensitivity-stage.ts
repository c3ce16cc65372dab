import { toPredictions } from '../metrics/index.js';
import type { SensitivityResults } from '../results/types.js';
import type { Shard } from '../shard/plan.js';
import { Baseline, scoreBaseline } from '../stats/contributions.js';
import type { PreparedSuite } from './prepare.js';
import { Resamples } from '../stats/resamples.js';
import { rankCurves, scoreCurve } from '../sensitivity/curves.js';
import type { Noise } from '../sensitivity/plan.js';
import {
  allocateCurve,
  curveEvaluations,
  curvePlan,
  placeCurveUnit,
  planCurveUnits,
  type CurvePlan,
  type CurveUnit,
} from '../sensitivity/units.js';

/** Curves queued ahead of the one being scored: the workers always have units to claim. */
const CURVES_AHEAD = 4;

/** Where curve units are evaluated: the run's runner (this thread or its workers). */
export interface CurveRunner {
  /** Rows one pass holds (the run's evaluator's): units are planned with it. */
  rowsPerPass: number;
  /** Output values per example. */
  width: number;
  evaluate(unit: CurveUnit): Promise<Float32Array>;
}

export interface SensitivitySettings {
  /** The model's outputs with nothing perturbed, n × width (the run's baseline). */
  baseline: Float32Array;
  /** Interval confidence (the run's). */
  confidence: number;
  /** The run's runner of curve units. */
  runner: CurveRunner;
  /** A shard of the plan: curves are measured by shard 1 only, and the merge takes them from it. */
  shard?: Shard;
  /**
   * Under a time limit: asked before a curve's units are queued, with its
   * estimated seconds and those of the curves still queued ahead of it;
   * false: it and every later curve are left out.
   */
  admit?: (seconds: number) => boolean;
  /** Under a time limit: the estimated seconds of one evaluation of each kind of curve. */
  curveSeconds?: Partial<Record<Noise, number>>;
  /** Told after each curve: curves done, curves in all. */
  onCurve?: (done: number, total: number) => void;
}

/** The curve plan of a prepared suite (its curves and settings), or undefined when it has none. */
export function curvePlanOf(prepared: PreparedSuite): CurvePlan | undefined {
  return curvePlan(prepared.config, prepared.sensitivity);
}

/**
 * The sensitivity stage of a run: every curve of `ablations.sensitivity`
 * evaluated as units on the run's runner (its workers, as the ablations),
 * scored with the run's bootstrap resamples (`Resamples` of the run's seed:
 * the same as every contribution's), and ranked. Returns the part of the
 * results document it owns — `{ sensitivity }`, or nothing when the config
 * asks for no curves or another shard measures them — and how many curves
 * a time limit's deadline left out. Deterministic for a given seed whatever
 * the workers or shards: the noise of a curve is drawn from its own stream,
 * keyed by its id, and the units do not depend on the workers.
 */
export async function sensitivityStage(
  prepared: PreparedSuite,
  settings: SensitivitySettings,
): Promise<{ sensitivity?: SensitivityResults; curvesNotEvaluated?: number }> {
  const { config, dataset } = prepared;
  const plan = curvePlanOf(prepared);
  if (plan === undefined) return {};
  if (settings.shard !== undefined && settings.shard.index !== 1) return {};
  const { runner } = settings;
  const { grid, repeats, scale, draws } = plan.settings;
  const width = runner.width;
  const predict = (outputs: Float32Array) =>
    toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const reference = new Baseline(config.metrics, predict(settings.baseline));
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const bases = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
  const units = planCurveUnits(plan, dataset.n, runner.rowsPerPass);
  const evaluations = curveEvaluations(plan.settings);
  const queued: (Promise<Float32Array[][]> | undefined)[] = [];
  let refused = false;
  // Seconds of the curves queued and not yet evaluated: a curve waits behind them.
  let pending = 0;
  const queue = (i: number): void => {
    if (i >= plan.curves.length || queued.length > i) return;
    const seconds = evaluations * (settings.curveSeconds?.[plan.curves[i].noise] ?? 0);
    refused ||= settings.admit?.(pending + seconds) === false;
    if (refused) {
      queued.push(undefined);
      return;
    }
    const outputs = allocateCurve(plan, dataset.n, width);
    const done = Promise.all(
      units[i].map(async (unit) =>
        placeCurveUnit(unit, await runner.evaluate(unit), outputs, width),
      ),
    )
      .then(() => outputs)
      .finally(() => (pending -= seconds));
    pending += seconds;
    // Observed when its turn comes; never an unhandled rejection meanwhile.
    done.catch(() => undefined);
    queued.push(done);
  };
  const curves = [];
  let late = 0;
  for (let i = 0; i < plan.curves.length; i++) {
    for (let j = i; j <= i + CURVES_AHEAD; j++) queue(j);
    const outputs = await queued[i];
    queued[i] = undefined;
    if (outputs === undefined) {
      late++;
      continue;
    }
    curves.push(
      scoreCurve(
        plan.curves[i],
        grid,
        outputs.map((copies) => copies.map(predict)),
        bases,
        reference,
        resamples,
        settings.confidence,
        config.seed,
      ),
    );
    settings.onCurve?.(i + 1, plan.curves.length);
  }
  return {
    sensitivity: {
      grid: [...grid],
      repeats,
      scale,
      draws,
      curves: rankCurves(curves, config.metrics[0]),
    },
    ...(late === 0 ? {} : { curvesNotEvaluated: late }),
  };
}
