import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useBackend, type BackendChoice } from '../backend/resolve.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { RunPool } from '../pool/run-pool.js';
import { availableParallelism } from 'node:os';
import { buildResults } from '../results/build.js';
import type { Results } from '../results/types.js';
import { retrainResults } from '../retrain/results.js';
import { retrainStage } from '../retrain/stage.js';
import { validateRetrain } from '../retrain/validate.js';
import type { OnPhase } from '../suite/phase.js';
import { prepareData, prepareModel, type PreparedSuite } from '../suite/prepare.js';
import type { PlanCost } from '../budget/plan-cost.js';
import { CONFIDENCE } from '../suite/score-baseline.js';
import { effectiveConfig, resolveSettings, type SettingOverrides } from './settings.js';
import { runOnnxEngine, validateOnnx } from './onnx.js';
import { isOnnxPath } from '../onnx/suite.js';
import { loadOnnxRuntime } from '../onnx/runtime/load.js';
import { writtenModelRunner } from '../onnx/written-model.js';
import { evaluateModelStage, scoreCommandStage } from './stages.js';

export interface EngineOptions extends SettingOverrides {
  cwd: string;
  backend: BackendChoice;
  /** Commit and ref of the code under test. */
  source: (root: string) => Promise<{ commit: string | null; ref: string | null }>;
  onNotice?: (message: string) => void;
  onProgress?: (fraction: number) => void;
  /** Told as each phase starts (loading, validating, training, estimating, evaluating, scoring). */
  onPhase?: OnPhase;
  /** Retrain ablations: as training runs start and end, the share finished and the runs under way. */
  onTrainingProgress?: (fraction: number, running: string) => void;
  /** Retrain ablations: one line per finished training run. */
  onRetrainRun?: (line: string) => void;
  /**
   * The run's pool of workers (evaluation threads, training processes), opened
   * early with warm threads; the caller closes it. Default: one of the run's
   * own, `workers` (else one per core) at once, closed at the end.
   */
  pool?: RunPool;
  /** When the command started (ms, Date.now): a time limit counts from it. Default: now. */
  startedAt?: number;
  /** The config, when the caller has already loaded (and so checked) `configFile`. */
  config?: Config;
}

/** The config, the results of running it, and the gate's view of the tests. */
export interface EngineRun {
  config: Config;
  results: Results;
}

/**
 * From a config file to a results document, stage by stage: load and check
 * the config (and resolve the run's settings once), start the backend,
 * prepare the eval data once, train (a module or a command, when the
 * config retrains), evaluate and score (the TF.js model, or the command's
 * predictions), assemble. Input errors surface before any training or
 * evaluation, except those of a retrained model itself.
 */
export async function runEngine(configFile: string, options: EngineOptions): Promise<EngineRun> {
  const startedAt = options.startedAt ?? Date.now();
  // Load and check.
  options.onPhase?.('loading');
  const loaded = options.config ?? (await loadConfig(configFile, { cwd: options.cwd }));
  const settings = resolveSettings(loaded, options);
  const config = effectiveConfig(loaded, settings);
  // The model-format seam: an ONNX model takes its own path to the same evaluate and score stages.
  if (isOnnxPath(config.model)) {
    // ONNX Runtime evaluates on this thread: TF.js threads would go unused.
    await options.pool?.stopThreads();
    return runOnnxEngine(config, { ...options, startedAt }, async () => ({
      ...(await options.source(config.root)),
      configHash: await hashConfig(configFile, config, options.cwd),
    }));
  }
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

/**
 * Checks a config and everything it names (model, data, layer, feature and
 * column names) without evaluating anything. Returns a one-line summary.
 */
export async function validateConfig(
  configFile: string,
  options: Pick<EngineOptions, 'cwd' | 'backend' | 'onNotice' | 'onPhase'> & {
    /** Called with the prepared suite before it is disposed (e.g. to estimate its cost). */
    onSuite?: (suite: PreparedSuite) => void;
    /** An ONNX suite: told what its plan costs (its own timed sample; src/onnx/budget.ts). */
    onCost?: (cost: PlanCost, limit: number | undefined) => void;
  },
): Promise<string> {
  options.onPhase?.('loading');
  const config = await loadConfig(configFile, { cwd: options.cwd });
  if (isOnnxPath(config.model)) return validateOnnx(config, options);
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

/** sha256 of the config file, and of the scaling file it names: both shape the results. */
async function hashConfig(file: string, config: Config, cwd: string): Promise<string> {
  const hash = createHash('sha256').update(await readFile(path.resolve(cwd, file)));
  if (config.data.scalingFile !== undefined) hash.update(await readFile(config.data.scalingFile));
  return `sha256:${hash.digest('hex')}`;
}
