import { relative } from 'node:path';
import type { Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import { toPredictions } from '../metrics/index.js';
import type { Predictions } from '../metrics/types.js';
import { checkFiniteOutputs } from '../model/finite.js';
import { buildResults, type BaselinePart, type RetrainPart } from '../results/build.js';
import type {
  ComponentResult,
  Contribution,
  GroupDefinition,
  Results,
  RunBudget,
  SensitivityResults,
} from '../results/types.js';
import { scoreContributions } from '../stats/contributions.js';
import { groupDefinitions } from './groups.js';
import { startEvaluation, type EvaluationOptions, type FormatSuite } from './evaluation.js';
import { shardComponents, type Shard } from '../shard/plan.js';
import { showDuration } from '../results/budget-notice.js';
import { CHUNKS, graceSeconds } from './deadline.js';
import type { OnPhase } from './phase.js';
import type { PreparedSuite } from './prepare.js';
import type { Noise } from '../sensitivity/plan.js';
import { CONFIDENCE, scoreBaselineStage } from './score-baseline.js';
import { sensitivityStage } from './sensitivity-stage.js';
import { withPValues } from '../stats/significance.js';

export { CONFIDENCE } from './score-baseline.js';

/** How a component the time limit's deadline reached begins its `notApplicable` reason. */
export const NOT_EVALUATED = 'not evaluated';

export interface EvaluateOptions extends EvaluationOptions {
  backend: BackendName;
  /** Called as evaluation advances: fraction done in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Told when the evaluation is done and scoring what is left starts. */
  onPhase?: OnPhase;
  /** Evaluate only this shard of the plan (`--shard I/N`); baseline and tests run in every shard. */
  shard?: Shard;
  /**
   * A time limit (`time-limit`): what fitting the plan to it changed, and the
   * deadline (ms) after which no chunk starts whose estimated cost
   * (`unitSeconds` per unit) would pass it; the components left are reported
   * as not evaluated.
   */
  budget?: {
    record: RunBudget;
    deadline: number;
    unitSeconds: number;
    /** Seconds of one evaluation of each kind of sensitivity curve (suite/budget-sample.ts). */
    curveSeconds?: Partial<Record<Noise, number>>;
  };
  /** The clock, for the time limit's deadline (and `timing`, in runSuite). */
  now?: () => Date;
}

/** What evaluating and scoring a TF.js suite gives to the results document. */
export interface EvaluationPart {
  baseline: BaselinePart;
  groups: GroupDefinition[];
  /** The planned components (this shard's), in plan order; q is set when the document is built. */
  components: ComponentResult[];
  /** Under a time limit: what fitting the plan changed, and the components left unevaluated. */
  budget?: RunBudget;
  /** Sensitivity curves (`ablations.sensitivity`; unsharded runs and shard 1 only). */
  sensitivity?: SensitivityResults;
}

export interface RunOptions extends EvaluateOptions {
  source: { commit: string | null; ref: string | null; configHash: string };
  /** The retrain ablations' part, when the suite retrained before its evaluation. */
  retrain?: RetrainPart;
}

/**
 * Evaluates and scores a prepared suite and builds its results document
 * (with the retrain part, when given): {@link evaluateSuite}, then buildResults.
 * Deterministic for a given seed, except `timing`.
 */
export async function runSuite(
  suite: PreparedSuite | FormatSuite,
  options: RunOptions,
): Promise<Results> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const { config } = suite;
  const part = await evaluateSuite(suite, options);
  return buildResults({
    suite: config.suite,
    source: { ...options.source, modelHash: suite.modelHash, dataHash: suite.dataset.hash },
    run: {
      seed: config.seed,
      repeats: config.repeats,
      resamples: config.resamples,
      confidence: CONFIDENCE,
      backend: options.backend,
      ...('format' in suite
        ? { runtime: { name: suite.runtime.name, version: suite.runtime.version } }
        : {}),
      shard: options.shard === undefined ? null : { ...options.shard },
      ...(part.budget === undefined ? {} : { budget: part.budget }),
      gate: { failOn: [...config.gate.failOn], regression: { ...config.gate.regression } },
    },
    timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
    baseline: part.baseline,
    groups: part.groups,
    components: part.components,
    ...(part.sensitivity === undefined ? {} : { sensitivity: part.sensitivity }),
    ...(options.retrain === undefined ? {} : { retrain: options.retrain }),
  });
}

/**
 * The evaluate and score stages of a TF.js suite: evaluates the baseline
 * and every planned component (this shard's), scores the baseline and the
 * model unit tests, and each component with paired bootstrap intervals and
 * randomization p-values, chunk by chunk as the workers evaluate the next.
 * Deterministic for a given seed.
 */
export async function evaluateSuite(
  suite: PreparedSuite | FormatSuite,
  options: EvaluateOptions,
): Promise<EvaluationPart> {
  const now = options.now ?? (() => new Date());
  const { config, dataset } = suite;
  const planned =
    options.shard === undefined
      ? suite.components
      : // The split is of the plan as configured, whatever a time limit changed.
        shardComponents(
          suite.components,
          options.budget?.record.repeats?.from ?? config.repeats,
          options.shard,
        );
  const evaluation = await startEvaluation({ ...suite, components: planned }, options);
  const { evaluator } = evaluation;
  try {
    const predict = (outputs: Outputs): Predictions =>
      toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const baselineOutputs = evaluator.baseline();
    checkFiniteOutputs(
      baselineOutputs,
      evaluator.outputWidth,
      config.model === undefined ? 'the retrained baseline' : relative(config.root, config.model),
    );
    const base = scoreBaselineStage(config, suite, baselineOutputs, evaluator.outputWidth);
    const { predictions: baseline, reference, resamples, scores: baseScores } = base;

    const applicable = planned.filter((c) => c.notApplicable === undefined);
    const units = applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
    const scored = new Map<string, Record<string, Contribution>>();
    const late = new Set<string>();
    const { budget } = options;
    // Under a time limit, about CHUNKS chunks: the deadline is checked before each starts.
    const maxUnits = budget === undefined ? Infinity : Math.max(1, Math.ceil(units / CHUNKS));
    const admit = (chunkUnits: number): boolean =>
      budget === undefined ||
      now().getTime() + chunkUnits * budget.unitSeconds * 1000 <= budget.deadline;
    // Progress counts evaluating and scoring alike, half each: this thread scores a
    // chunk while the workers evaluate the next, and the last chunk's scoring is
    // the tail a count of evaluations alone called "100% done, 0s left".
    let evaluated = 0;
    let scoredUnits = 0;
    const report = (): void =>
      options.onProgress?.((evaluated + scoredUnits / Math.max(1, units)) / 2);
    const onProgress = (fraction: number): void => {
      evaluated = fraction;
      report();
    };
    for await (const { components: chunk, outputs } of evaluation.chunks(onProgress, {
      maxUnits,
      admit,
    })) {
      // A turn of the event loop first: the workers' replies get their next units.
      await new Promise((resolve) => setImmediate(resolve));
      // Past the deadline by half the grace, scoring more would break the promise: left out too.
      const overdue =
        budget !== undefined &&
        now().getTime() > budget.deadline + (graceSeconds(budget.record.limit) * 1000) / 2;
      if (outputs === undefined || overdue) {
        for (const component of chunk) late.add(component.id);
        continue;
      }
      // The randomization test reads whole predictions; the bootstrap only what changed.
      const full = chunk.map((component) => {
        const outs = outputs.get(component.id) ?? [];
        outputs.delete(component.id);
        return { id: component.id, ablated: outs.map(predict) };
      });
      const ablated = full.map(({ id, ablated: repeats }) => ({
        id,
        ablated: repeats.map((p) => reference.record(p)),
      }));
      const intervals = scoreContributions(baseScores, reference, ablated, resamples, {
        seed: config.seed,
        confidence: CONFIDENCE,
      });
      const chunkScores = withPValues(intervals, baseline, full, config.seed, CONFIDENCE);
      for (const [id, metrics] of chunkScores) scored.set(id, metrics);
      scoredUnits += chunk.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
      report();
    }
    options.onPhase?.('scoring');
    // The sensitivity stage (a TF.js suite's curves, on the same runner): its own part of the document.
    const { curvesNotEvaluated, ...sensitivity } =
      'graph' in suite && evaluation.curves !== undefined
        ? await sensitivityStage(suite, {
            baseline: baselineOutputs,
            confidence: CONFIDENCE,
            runner: evaluation.curves,
            ...(options.shard === undefined ? {} : { shard: options.shard }),
            ...(budget === undefined
              ? {}
              : {
                  admit: (seconds: number) => now().getTime() + seconds * 1000 <= budget.deadline,
                  curveSeconds: budget.curveSeconds ?? {},
                }),
          })
        : {};
    return {
      ...sensitivity,
      baseline: base.part,
      groups: groupDefinitions(config.ablations.groups, suite.components),
      ...(budget === undefined
        ? {}
        : {
            budget: {
              ...budget.record,
              notEvaluated: late.size,
              ...(curvesNotEvaluated === undefined ? {} : { curvesNotEvaluated }),
            },
          }),
      components: planned.map((c) =>
        componentResult(
          late.has(c.id)
            ? {
                ...c,
                notApplicable: `${NOT_EVALUATED}: the time limit of ${showDuration(budget!.record.limit)} was reached`,
              }
            : c,
          scored.get(c.id),
          config.repeats,
        ),
      ),
    };
  } finally {
    await evaluation.close();
  }
}

function componentResult(
  component: Component,
  metrics: Record<string, Contribution> | undefined,
  repeats: number,
): ComponentResult {
  const { mode } = component;
  const result: ComponentResult = {
    id: component.id,
    kind: component.kind,
    name: component.name,
    ...(component.kind === 'group'
      ? {}
      : { target: component.on === 'layers' ? component.layers : component.features }),
    ...(typeof mode === 'string' ? { mode } : { mode: 'value', value: mode.value }),
    repeats: component.notApplicable !== undefined ? 0 : component.stochastic ? repeats : 1,
  };
  if (component.notApplicable !== undefined) result.notApplicable = component.notApplicable;
  else result.metrics = metrics;
  return result;
}
