/**
 * The engine's TF.js path: what `runEngine` and `validateConfig` (pipeline/engine.ts) call
 * when `model` is not an ONNX model (a TF.js model, or none: a module or command suite).
 * Loaded only then, with TF.js.
 */
import { availableParallelism } from 'node:os';
import { useBackend } from '../backend/resolve.js';
import type { Config } from '../config/types.js';
import { RunPool } from '../pool/run-pool.js';
import { buildResults } from '../results/build.js';
import { retrainResults } from '../retrain/results.js';
import { retrainStage } from '../retrain/stage.js';
import { validateRetrain } from '../retrain/validate.js';
import { prepareData, prepareModel, type PreparedSuite } from '../suite/prepare.js';
import { CONFIDENCE } from '../suite/score-baseline.js';
import { isOnnxPath } from '../onnx/suite.js';
import { loadOnnxRuntime } from '../onnx/runtime/load.js';
import { writtenModelRunner } from '../onnx/written-model.js';
import { hashConfig, type EngineOptions, type EngineRun } from './engine.js';
import { runOnnxEngine } from './onnx.js';
import type { RunSettings } from './settings.js';
import { evaluateModelStage, scoreCommandStage } from './stages.js';

/** `runEngine` for a config whose model is not ONNX, once loaded and its settings resolved. */
export async function runTfjsEngine(
  configFile: string,
  config: Config,
  settings: RunSettings,
  options: EngineOptions & { startedAt: number },
): Promise<EngineRun> {
  const { startedAt } = options;
  // One pool for training and evaluation, held to the run's `workers` (warm threads beyond it stop).
  await options.pool?.limit(settings.workers);
  const searchFrom = [config.root, options.cwd];
  // A command writing ONNX models (no model given): ONNX Runtime runs them, no TF.js backend starts.
  const runtime =
    config.train?.writes === 'model'
      ? await loadOnnxRuntime(options.backend, searchFrom)
      : undefined;
  const backend =
    runtime?.name ??
    (await useBackend(options.backend, { searchFrom, onNotice: options.onNotice }));
  const started = new Date();
  // Prepare the data once; a given model is checked against the config before any training.
  options.onPhase?.('validating');
  const data = await prepareData(config, options.cwd);
  let suite =
    config.model === undefined ? undefined : await prepareModel(config, data, options.cwd);
  const pool = options.pool ?? RunPool.open(settings.workers ?? availableParallelism());
  try {
    // Train: a module or a command, each variant with each seed.
    if (config.train !== undefined) options.onPhase?.('training');
    const trained = await retrainStage(config, data.dataset, {
      backend,
      cwd: options.cwd,
      searchFrom,
      useCache: settings.useCache,
      // The pool evaluation uses, at its cap.
      pool,
      onRun: options.onRetrainRun,
      onProgress: options.onTrainingProgress,
      onWarning: options.onNotice,
      ...(settings.shard === undefined ? {} : { shard: settings.shard }),
      ...(runtime === undefined
        ? {}
        : { runModel: writtenModelRunner(config, runtime, data.dataset) }),
    });
    const source = {
      ...(await options.source(config.root)),
      configHash: await hashConfig(configFile, config, options.cwd),
    };
    // The ONNX model a command wrote for the baseline (train.writes: model, no model given):
    // evaluated as any ONNX model, with the retrain runs already done.
    if (trained !== undefined && isOnnxPath(trained.config.model)) {
      const onnx = await runOnnxEngine(
        trained.config,
        { ...options, startedAt },
        () => Promise.resolve(source),
        trained,
      );
      return { config, results: onnx.results };
    }
    if (suite === undefined && trained?.config.model !== undefined) {
      options.onPhase?.('validating', 'the retrained baseline');
      suite = await prepareModel(trained.config, data, options.cwd);
    }
    // Evaluate and score: the TF.js model, else the command's predictions.
    const evaluated =
      suite !== undefined
        ? await evaluateModelStage(suite, settings, {
            backend,
            searchFrom,
            startedAt,
            pool,
            onNotice: options.onNotice,
            onProgress: options.onProgress,
            ...(options.onPhase === undefined ? {} : { onPhase: options.onPhase }),
          })
        : scoreCommandStage(trained!, data, options.onPhase);
    // Assemble.
    const results = buildResults({
      suite: config.suite,
      source: {
        ...source,
        modelHash: evaluated.modelHash,
        dataHash: evaluated.dataHash ?? data.dataset.hash,
      },
      run: {
        seed: config.seed,
        repeats: evaluated.repeats ?? config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend,
        // A command suite: the user's command made every prediction, the backend none —
        // unless it wrote models, which the ONNX runtime ran.
        ...(evaluated.predictionsFrom === undefined || runtime !== undefined
          ? {}
          : { predictionsFrom: evaluated.predictionsFrom }),
        ...(runtime === undefined
          ? {}
          : { runtime: { name: runtime.name, version: runtime.version } }),
        shard: settings.shard === undefined ? null : { ...settings.shard },
        ...(evaluated.budget === undefined ? {} : { budget: evaluated.budget }),
        gate: { failOn: [...settings.gate.failOn], regression: { ...settings.gate.regression } },
      },
      timing: { startedAt: started.toISOString(), durationMs: Date.now() - started.getTime() },
      baseline: evaluated.baseline,
      groups: evaluated.groups,
      components: evaluated.components,
      ...(evaluated.sensitivity === undefined ? {} : { sensitivity: evaluated.sensitivity }),
      ...(trained === undefined
        ? {}
        : { retrain: retrainResults(trained.config, trained.outcome, data.dataset, CONFIDENCE) }),
    });
    return { config, results };
  } finally {
    suite?.model.dispose();
    if (options.pool === undefined) await pool.close();
  }
}

/** `validateConfig` for a config whose model is not ONNX, once loaded. */
export async function validateTfjs(
  config: Config,
  options: Pick<EngineOptions, 'cwd' | 'backend' | 'onNotice' | 'onPhase'> & {
    onSuite?: (suite: PreparedSuite) => void;
  },
): Promise<string> {
  const searchFrom = [config.root, options.cwd];
  // A command writing ONNX models: the runtime that will run them must start.
  const runtime =
    config.train?.writes === 'model'
      ? await loadOnnxRuntime(options.backend, searchFrom)
      : undefined;
  if (runtime === undefined)
    await useBackend(options.backend, { searchFrom, onNotice: options.onNotice });
  options.onPhase?.('validating');
  const data = await prepareData(config, options.cwd);
  // Retrain ablations: the training data and the dropped features (nothing is trained).
  const retrainLine =
    config.train === undefined
      ? ''
      : await validateRetrain(
          config,
          data.dataset,
          options.cwd,
          runtime && `${runtime.name} ${runtime.version}`,
        );
  if (config.model === undefined) return retrainLine;
  const suite = await prepareModel(config, data, options.cwd);
  try {
    options.onSuite?.(suite);
  } finally {
    suite.model.dispose();
  }
  const applicable = suite.components.filter((c) => c.notApplicable === undefined).length;
  const skipped = suite.components.length - applicable;
  return (
    `${config.file}: valid — suite ${config.suite}, ${suite.dataset.n} examples, ` +
    `${suite.dataset.features.length} features, ${applicable} components` +
    (skipped > 0 ? ` (+${skipped} not applicable)` : '') +
    `, ${config.tests.length} model unit tests`
  );
}
