import { Evaluator, type Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import { toPredictions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { ComponentResult, Contribution, Results } from '../results/types.js';
import { benjaminiHochberg } from '../stats/multiple.js';
import { baselineEstimate, scoreBaseline, scoreContributions } from './contributions.js';
import { dataChecks } from './data-checks.js';
import { shardComponents, type Shard } from '../shard/plan.js';
import type { PreparedSuite } from './prepare.js';
import { Resamples } from './resamples.js';
import { runUnitTest } from './unit-tests.js';

/** Intervals are 95% (DESIGN §2). */
export const CONFIDENCE = 0.95;

/** Bytes of component outputs held at once; components are evaluated in chunks under it. */
const OUTPUT_BUDGET = 512 * 1024 * 1024;

export interface RunOptions {
  backend: BackendName;
  source: { commit: string | null; ref: string | null; configHash: string };
  /** Called as evaluation advances: fraction done in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Evaluate only this shard of the plan (`--shard I/N`); baseline and tests run in every shard. */
  shard?: Shard;
  /** The clock, for `timing` only. */
  now?: () => Date;
}

/**
 * Runs a prepared suite: evaluates the baseline and every component, scores
 * them with paired bootstrap intervals, runs the model unit tests, and
 * returns the results document (DESIGN §2). Deterministic for a given seed,
 * except `timing`.
 */
export function runSuite(suite: PreparedSuite, options: RunOptions): Results {
  const now = options.now ?? (() => new Date());
  const started = now();
  const { config, dataset } = suite;
  const planned =
    options.shard === undefined
      ? suite.components
      : shardComponents(suite.components, config.repeats, options.shard);
  const evaluator = new Evaluator(
    suite.graph,
    suite.inputShape,
    {
      n: dataset.n,
      features: dataset.features,
      x: dataset.x,
      center: suite.scaling.center,
      scale: suite.scaling.scale,
    },
    { seed: config.seed, repeats: config.repeats },
  );
  try {
    const predict = (outputs: Outputs): Predictions =>
      toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const baselineOutputs = evaluator.baseline();
    const baseline = predict(baselineOutputs);
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const baseScores = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));

    const applicable = planned.filter((c) => c.notApplicable === undefined);
    const units = applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
    let unitsDone = 0;
    const scored = new Map<string, Record<string, Contribution>>();
    for (const chunk of chunks(applicable, config.repeats, baselineOutputs.length * 4)) {
      const before = unitsDone;
      const outputs = evaluator.run(chunk, (done) =>
        options.onProgress?.(Math.min(1, (before + done) / Math.max(1, units))),
      );
      const ablated = chunk.map((component) => ({
        id: component.id,
        ablated: (outputs.get(component.id) ?? []).map(predict),
      }));
      const chunkScores = scoreContributions(baseScores, baseline, ablated, resamples, {
        seed: config.seed,
        confidence: CONFIDENCE,
      });
      for (const [id, metrics] of chunkScores) scored.set(id, metrics);
      for (const component of chunk) unitsDone += component.stochastic ? config.repeats : 1;
    }
    adjustForMultipleComparisons(scored, config.metrics);

    const tests = config.tests.map((test, i) =>
      runUnitTest(test, suite.tests[i].rows, baseline, {
        seed: config.seed,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        cls: suite.tests[i].cls,
      }),
    );

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
        gate: {
          failOn: [...config.gate.failOn],
          regression: { ...config.gate.regression },
        },
      },
      timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
      task: dataset.task,
      classes: dataset.classes ?? null,
      data: dataChecks(dataset),
      metrics: config.metrics.map((name) => ({
        name,
        higherIsBetter: METRICS[name].higherIsBetter,
      })),
      baseline: {
        n: dataset.n,
        metrics: Object.fromEntries(
          baseScores.map((base) => [base.name, baselineEstimate(base, CONFIDENCE)]),
        ),
      },
      components: planned.map((c) => componentResult(c, scored.get(c.id), config.repeats)),
      tests,
      predictions: {
        encoding: 'base64-le',
        shape: [dataset.n, evaluator.outputWidth],
        baseline: base64(baselineOutputs),
        labels: base64(dataset.y),
      },
    };
  } finally {
    evaluator.dispose();
  }
}

function componentResult(
  component: Component,
  metrics: Record<string, Contribution> | undefined,
  repeats: number,
): ComponentResult {
  const result: ComponentResult = {
    id: component.id,
    kind: component.kind,
    target: component.target,
    mode: component.mode as ComponentResult['mode'],
    ...(component.value === undefined ? {} : { value: component.value }),
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

/** Splits components so that the outputs of one chunk stay under the budget. */
function chunks(components: Component[], repeats: number, bytesPerOutput: number): Component[][] {
  const result: Component[][] = [];
  let current: Component[] = [];
  let bytes = 0;
  for (const component of components) {
    const size = (component.stochastic ? repeats : 1) * bytesPerOutput;
    if (current.length > 0 && bytes + size > OUTPUT_BUDGET) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(component);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function base64(values: Float32Array | Float64Array): string {
  // Typed arrays are little-endian on every platform Node runs GitHub Actions on.
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
