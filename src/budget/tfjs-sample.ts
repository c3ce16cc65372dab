/**
 * The time limit's timed sample of a TF.js suite, and what it decides (the fitted suite, the
 * plan cost `validate` prints). Loaded only for a TF.js suite, with TF.js: an ONNX suite times
 * its own sample (src/onnx/budget.ts) with the format-free parts in sample.ts and plan-cost.ts.
 */
import { Evaluator, type Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import { toPredictions } from '../metrics/index.js';
import { Baseline, scoreBaseline, scoreContributions } from '../stats/contributions.js';
import { modelData, type PreparedSuite } from '../suite/prepare.js';
import { Resamples } from '../stats/resamples.js';
import { CHUNKS } from '../suite/deadline.js';
import type { WorkClass } from './plan.js';
import type { RunBudget } from '../results/types.js';
import type { Noise, SensitivityComponent } from '../sensitivity/plan.js';
import { timeCurves } from '../sensitivity/sample.js';
import { curvePlan } from '../sensitivity/units.js';
import { costOfPlan, outputWidth, type PlanCost } from './plan-cost.js';
import { fitBySample, restrictRows, type Sample } from './sample.js';

/**
 * Times the work of a plan on a small sample of it: the baseline pass and
 * its scoring, and one repeat of the first layer ablation and of the first
 * feature ablation, each evaluated and scored. The plan's components are
 * counted by kind; each kind costs what its timed unit cost.
 */
export function timeSample(
  suite: PreparedSuite,
  components: readonly Component[],
  clock: () => number,
  /** The sensitivity curves this run measures (default the suite's; none in shards but the first). */
  curves: readonly SensitivityComponent[] = suite.sensitivity ?? [],
): Sample {
  const { config, dataset } = suite;
  const evaluator = new Evaluator(suite.graph, suite.inputShape, modelData(suite), {
    seed: config.seed,
    repeats: 1,
  });
  try {
    const predict = (outputs: Float32Array) =>
      toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const start = clock();
    // As runSuite scores: the baseline's reference, each ablated output recorded against it.
    const baselineOutputs = evaluator.baseline();
    const baseline = new Baseline(config.metrics, predict(baselineOutputs));
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const bases = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
    const options = { seed: config.seed, confidence: 0.95 };
    let fixed = clock() - start;
    const work: WorkClass[] = [];
    for (const on of ['layers', 'features'] as const) {
      const ofKind = components.filter((c) => c.notApplicable === undefined && c.on === on);
      if (ofKind.length === 0) continue;
      const probes = ofKind.slice(0, PROBES);
      const time = (some: Component[]): number => {
        const before = clock();
        const outputs = evaluator.run(some);
        scoreContributions(
          bases,
          baseline,
          some.map((c) => ({
            id: c.id,
            ablated: (outputs.get(c.id) ?? []).map((o) => baseline.record(predict(o))),
          })),
          resamples,
          options,
        );
        return clock() - before;
      };
      // The first call warms the kind's kernels up; then one component and
      // all probes: the difference is the cost per unit, the rest per call.
      time(probes.slice(0, 1));
      const one = time(probes.slice(0, 1));
      const unit =
        probes.length === 1 ? one : Math.max(0, time(probes) - one) / (probes.length - 1);
      fixed += CHUNKS * Math.max(0, one - unit);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit,
      });
    }
    const ablationUnit = Math.max(0, ...work.map((w) => w.unit));
    const timed = timeCurves(
      {
        graph: suite.graph,
        dataset,
        data: modelData(suite),
        settings: curvePlan(config, suite.sensitivity)?.settings,
      },
      curves,
      evaluator,
      { bases, baseline, resamples, clock },
    );
    return {
      fixed,
      work: [...work, ...timed.work],
      ablationUnit,
      curveSeconds: timed.seconds,
      baseline: baselineOutputs,
    };
  } finally {
    evaluator.dispose();
  }
}

/**
 * Times a short sample of the plan (the baseline pass and a few components
 * of each kind, evaluated and scored: `timeSample`, the time limit's
 * own) and estimates the whole, with the results document's size.
 */
export function planCost(
  suite: PreparedSuite,
  components: readonly Component[],
  options: {
    /** Seconds, `time-limit`. */
    limit?: number;
    /** Seconds already spent loading (a run spends as much before its sample). */
    elapsed?: number;
    clock?: () => number;
  } = {},
): PlanCost {
  const clock = options.clock ?? (() => performance.now() / 1000);
  const sample = timeSample(suite, components, clock);
  return costOfPlan(sample, suite, components, outputWidth(suite), options);
}

/** A suite fitted to a time limit: what to run, what was changed, and the deadline. */
export interface FittedSuite {
  suite: PreparedSuite;
  budget: RunBudget;
  /** Clock time (ms) after which no further chunk of components starts. */
  deadline: number;
  /** Estimated seconds of one unit of work (the dearest kind) on the rows kept. */
  unitSeconds: number;
  /** Estimated seconds of one noisy evaluation of each kind of curve, on the rows kept. */
  curveSeconds: Partial<Record<Noise, number>>;
  /** Whether the reduced plan is expected to finish before the deadline. */
  fits: boolean;
  /** The sample's baseline outputs, when the rows were kept whole: the run reuses them. */
  baseline: Outputs | undefined;
}

/**
 * Fits a prepared suite to `limit` seconds counted from `startedAt` (ms on
 * `clock`): times a sample of the plan, then reduces repeats and rows as
 * `planBudget` says (a stratified, seeded subsample of the rows).
 */
export function fitToTimeLimit(
  suite: PreparedSuite,
  components: readonly Component[],
  options: {
    limit: number;
    startedAt: number;
    clock: () => number;
    /** The sensitivity curves this run measures (default the suite's). */
    curves?: readonly SensitivityComponent[];
  },
): FittedSuite {
  const seconds = (): number => options.clock() / 1000;
  const sample = timeSample(suite, components, seconds, options.curves);
  const fit = fitBySample(suite, sample, seconds, options, restrictRows);
  const scale = fit.suite.dataset.n / suite.dataset.n;
  return {
    ...fit,
    unitSeconds: sample.ablationUnit * scale,
    curveSeconds: Object.fromEntries(
      Object.entries(sample.curveSeconds).map(([noise, s]) => [noise, s * scale]),
    ),
    baseline: fit.suite.dataset === suite.dataset ? sample.baseline : undefined,
  };
}

/** Components of each kind timed (one repeat each). */
const PROBES = 4;
