/**
 * The engine's ONNX path: what `runEngine` and `validateConfig` (src/pipeline/engine.ts) call
 * when `model` is an .onnx file. The runtime is started, the suite prepared and checked
 * (every refusal before anything is evaluated), then scored by the same `runSuite` as a TF.js
 * suite — only the evaluation behind it differs (src/onnx/evaluate.ts).
 */
import type { Config } from '../config/types.js';
import { budgetNotice } from '../results/budget-notice.js';
import { shardComponents } from '../shard/plan.js';
import type { EngineOptions, EngineRun } from './engine.js';
import { runSuite } from '../suite/run.js';
import { fitOnnxToTimeLimit, onnxPlanCost } from '../onnx/budget.js';
import type { PlanCost } from '../budget/plan-cost.js';
import { loadOnnxRuntime } from '../onnx/runtime/load.js';
import { disposeOnnxSuite, prepareOnnxSuite, type OnnxSuite } from '../onnx/suite.js';
import { writtenModelRunner } from '../onnx/written-model.js';
import { retrainResults } from '../retrain/results.js';
import { retrainStage, type RetrainStage } from '../retrain/stage.js';
import { validateRetrain } from '../retrain/validate.js';
import { CONFIDENCE } from '../suite/score-baseline.js';
import { resolveSettings } from './settings.js';

/**
 * `runEngine` for a config whose model is ONNX; `source` as `runEngine` computes it. `trained`:
 * the retrain stage already done (a command suite whose model is the ONNX model its command
 * wrote for the baseline, `train.writes: model` without `model`), else it is done here.
 */
export async function runOnnxEngine(
  config: Config,
  options: EngineOptions,
  source: () => Promise<{ commit: string | null; ref: string | null; configHash: string }>,
  trained?: RetrainStage,
): Promise<EngineRun> {
  const startedAt = options.startedAt ?? Date.now();
  const searchFrom = [config.root, options.cwd];
  // The runtime's threads: the run's `workers`, else its pool's size (the run's cores).
  const threads = resolveSettings(config, options).workers ?? options.pool?.size;
  const runtime = await loadOnnxRuntime(options.backend, searchFrom, threads);
  options.onPhase?.('validating');
  const suite = await prepareOnnxSuite(config, options.cwd, runtime);
  try {
    const stage = trained ?? (await retrainOnnx(suite, options, searchFrom));
    const limit = options.timeLimit ?? config.timeLimit;
    const planned =
      options.shard === undefined
        ? suite.components
        : shardComponents(suite.components, config.repeats, options.shard);
    if (limit !== undefined) options.onPhase?.('estimating', 'a timed sample of the plan');
    const fitted =
      limit === undefined
        ? undefined
        : await fitOnnxToTimeLimit(suite, planned, { limit, startedAt, clock: Date.now });
    // Said up front, as for a TF.js suite: never a silent reduction.
    if (fitted !== undefined && (!fitted.fits || fitted.suite !== suite)) {
      options.onNotice?.(
        budgetNotice(fitted.budget) +
          (fitted.fits
            ? ''
            : '; even so it may not fit: components the deadline reaches are reported as not evaluated'),
      );
    }
    options.onPhase?.('evaluating');
    const results = await runSuite(fitted?.suite ?? suite, {
      backend: runtime.name,
      source: await source(),
      onProgress: options.onProgress,
      ...(options.onPhase === undefined ? {} : { onPhase: options.onPhase }),
      ...(options.shard === undefined ? {} : { shard: options.shard }),
      ...(fitted === undefined
        ? {}
        : {
            budget: {
              record: fitted.budget,
              deadline: fitted.deadline,
              unitSeconds: fitted.unitSeconds,
            },
          }),
      ...(stage === undefined
        ? {}
        : { retrain: retrainResults(config, stage.outcome, suite.dataset, CONFIDENCE) }),
    });
    return { config, results };
  } finally {
    await disposeOnnxSuite(suite);
  }
}

/**
 * The retrain stage of an ONNX suite (a `train.command`, before evaluation, as for TF.js): the
 * models a command writes (`train.writes: model`) run on the suite's runtime.
 */
async function retrainOnnx(
  suite: OnnxSuite,
  options: EngineOptions,
  searchFrom: string[],
): Promise<RetrainStage | undefined> {
  const { config, runtime } = suite;
  if (config.train === undefined) return undefined;
  const settings = resolveSettings(config, options);
  options.onPhase?.('training');
  return retrainStage(config, suite.dataset, {
    backend: runtime.name,
    cwd: options.cwd,
    searchFrom,
    useCache: settings.useCache,
    concurrency: settings.workers,
    onRun: options.onRetrainRun,
    onProgress: options.onTrainingProgress,
    onWarning: options.onNotice,
    ...(settings.shard === undefined ? {} : { shard: settings.shard }),
    ...(config.train.writes === 'model'
      ? { runModel: writtenModelRunner(config, runtime, suite.dataset) }
      : {}),
  });
}

/**
 * `validateConfig` for an ONNX model: the summary line, then the components it found; with
 * `onCost`, what the plan costs here (a timed sample, as a time limit takes one).
 */
export async function validateOnnx(
  config: Config,
  options: Pick<EngineOptions, 'cwd' | 'backend' | 'onPhase'> & {
    onCost?: (cost: PlanCost, limit: number | undefined) => void;
  },
): Promise<string> {
  const started = performance.now();
  const runtime = await loadOnnxRuntime(options.backend, [config.root, options.cwd]);
  options.onPhase?.('validating');
  const suite = await prepareOnnxSuite(config, options.cwd, runtime);
  try {
    // Retrain ablations: the training data and the dropped features (nothing is trained).
    if (config.train !== undefined) await validateRetrain(config, suite.dataset, options.cwd);
    if (options.onCost !== undefined) {
      options.onPhase?.('estimating', 'a timed sample of the plan');
      const limit = config.timeLimit;
      const elapsed = (performance.now() - started) / 1000;
      options.onCost(await onnxPlanCost(suite, suite.components, { limit, elapsed }), limit);
    }
    const applicable = suite.components.filter((c) => c.notApplicable === undefined).length;
    const skipped = suite.components.length - applicable;
    return [
      `${config.file}: valid — suite ${config.suite}, ${suite.dataset.n} examples, ` +
        `${suite.dataset.features.length} features, ${applicable} components` +
        (skipped > 0 ? ` (+${skipped} not applicable)` : '') +
        `, ${config.tests.length} model unit tests; ONNX model on ${runtime.name} ${runtime.version}`,
      ...scopeLines(suite),
    ].join('\n');
  } finally {
    await disposeOnnxSuite(suite);
  }
}

/** One line per component of the graph: its scope, its nodes' ops, its output shape. */
export function scopeLines(suite: OnnxSuite): string[] {
  const graph = suite.model.graph!;
  if (suite.scopes.size === 0) {
    return ['model components: none (no node name carries a module scope; ablate features)'];
  }
  const lines = [`model components (${suite.scopes.size}, from the exporter's scopes):`];
  for (const scope of suite.scopes.values()) {
    const ops = [...new Set(scope.nodes.map((i) => graph.node[i].opType))].join(', ');
    // As the plan shows it: `n` where an axis follows the rows (`[n, 10]`, a transpose's `[2, n]`).
    const shape = scope.outputs.length === 1 ? suite.shapeText.get(scope.outputs[0]) : undefined;
    lines.push(
      `  ${scope.id}: ${scope.nodes.length} node${scope.nodes.length === 1 ? '' : 's'} (${ops})` +
        (shape === undefined ? '' : `, output ${shape}`),
    );
  }
  return lines;
}
