import { relative } from 'node:path';
import type { Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import { toPredictions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import { checkFiniteOutputs } from '../model/finite.js';
import type { ComponentResult, Contribution, Results, RunBudget } from '../results/types.js';
import { benjaminiHochberg } from '../stats/multiple.js';
import { Baseline, scoreBaseline, scoreContributions } from './contributions.js';
import { dataFacts } from './data-facts.js';
import { groupDefinitions } from './groups.js';
import { startEvaluation, type EvaluationOptions } from './evaluation.js';
import { headlineEstimate } from './headline.js';
import { shardComponents, type Shard } from '../shard/plan.js';
import { showDuration } from '../results/budget-notice.js';
import { CHUNKS, graceSeconds } from './budget.js';
import type { OnPhase } from './phase.js';
import type { PreparedSuite } from './prepare.js';
import { Resamples } from './resamples.js';
import { withPValues } from './significance.js';
import { runUnitTest } from './unit-tests.js';
import { sensitivityStage } from '../sensitivity/stage.js';

/** How a component the time limit's deadline reached begins its `notApplicable` reason. */
export const NOT_EVALUATED = 'not evaluated';

/** Intervals are 95% (DESIGN §2). */
export const CONFIDENCE = 0.95;

export interface RunOptions extends EvaluationOptions {
  backend: BackendName;
  source: { commit: string | null; ref: string | null; configHash: string };
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
  budget?: { record: RunBudget; deadline: number; unitSeconds: number };
  /** The clock, for `timing` and the time limit's deadline. */
  now?: () => Date;
}

/**
 * Runs a prepared suite: evaluates the baseline and every component, scores
 * them with paired bootstrap intervals, runs the model unit tests, and
 * returns the results document (DESIGN §2). Deterministic for a given seed,
 * except `timing`.
 */
export async function runSuite(suite: PreparedSuite, options: RunOptions): Promise<Results> {
  const now = options.now ?? (() => new Date());
  const started = now();
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
    const baseline = predict(baselineOutputs);
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const reference = new Baseline(config.metrics, baseline);
    const baseScores = config.metrics.map((name) => scoreBaseline(name, reference, resamples));

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
    adjustForMultipleComparisons(scored, config.metrics);

    const tests = config.tests.map((test, i) =>
      runUnitTest(test, suite.tests[i].rows, baseline, {
        seed: config.seed,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        cls: suite.tests[i].cls,
      }),
    );

    // The sensitivity stage (issue #20): its own part of the document, after the tests.
    const sensitivity = sensitivityStage(suite, {
      baseline: baselineOutputs,
      confidence: CONFIDENCE,
      ...(options.shard === undefined ? {} : { shard: options.shard }),
    });
    const groups = groupDefinitions(config.ablations.groups, suite.components);
    return {
      schemaVersion: 1,
      suite: config.suite,
      source: {
        commit: options.source.commit,
        ref: options.source.ref,
        configHash: options.source.configHash,
        modelHash: suite.modelHash,
        dataHash: dataset.hash,
      },
      run: {
        seed: config.seed,
        repeats: config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend: options.backend,
        shard: options.shard === undefined ? null : { ...options.shard },
        ...(budget === undefined ? {} : { budget: { ...budget.record, notEvaluated: late.size } }),
        gate: {
          failOn: [...config.gate.failOn],
          regression: { ...config.gate.regression },
        },
      },
      timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
      task: dataset.task,
      classes: dataset.classes ?? null,
      data: dataFacts(dataset),
      metrics: config.metrics.map((name) => ({
        name,
        higherIsBetter: METRICS[name].higherIsBetter,
      })),
      baseline: {
        n: dataset.n,
        metrics: Object.fromEntries(
          baseScores.map((base) => [base.name, headlineEstimate(base, baseline, CONFIDENCE)]),
        ),
      },
      // A group is defined once, not its members listed per mode (image groups have thousands).
      ...(groups.length === 0 ? {} : { groups }),
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
      tests,
      ...sensitivity,
      predictions: {
        encoding: 'base64-le',
        shape: [dataset.n, evaluator.outputWidth],
        baseline: base64(baselineOutputs),
        labels: base64(dataset.y),
      },
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

/**
 * Sets each contribution's Benjamini–Hochberg q over all components, per
 * metric (a run's, or a merge's of every shard).
 */
export function adjustForMultipleComparisons(
  scored: Map<string, Record<string, Contribution>>,
  metrics: string[],
): void {
  for (const metric of metrics) {
    const entries = [...scored.values()]
      .map((m) => m[metric])
      .filter((c): c is Extract<Contribution, { p: number }> => c.value !== null);
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => (c.q = q[i]));
  }
}

function base64(values: Float32Array | Float64Array): string {
  // Typed arrays are little-endian on every platform Node runs GitHub Actions on.
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
