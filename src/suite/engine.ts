import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useBackend, type BackendChoice } from '../backend/resolve.js';
import { loadConfig } from '../config/load.js';
import type { Component } from '../ablation/plan.js';
import type { Config, GateCondition } from '../config/types.js';
import type { WarmThreads } from '../pool/warm.js';
import type { Results } from '../results/types.js';
import { shardComponents, type Shard } from '../shard/plan.js';
import { budgetNotice } from '../results/budget-notice.js';
import { fitToTimeLimit } from './budget-sample.js';
import { attachRetrain, commandSuiteResults, retrainStage } from '../retrain/stage.js';
import { validateRetrain } from '../retrain/validate.js';
import type { OnPhase } from './phase.js';
import { resultsBytes } from './plan-cost.js';
import { LARGE_RESULTS_BYTES, largeResultsWarning } from './results-size.js';
import { prepareSuite, type PreparedSuite } from './prepare.js';
import { runOnnxEngine, validateOnnx } from '../onnx/engine.js';
import { isOnnxPath } from '../onnx/suite.js';
import { CONFIDENCE, runSuite } from './run.js';

export interface EngineOptions {
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
  /** Evaluation threads; replaces the config's `workers` (`--workers`). */
  workers?: number;
  /** Replaces the config's `gate.fail-on` (the Action's `fail-on` input). */
  failOn?: GateCondition[];
  /** Evaluate one shard of the plan (`--shard I/N`, the Action's `shard`). */
  shard?: Shard;
  /** Replaces the config's `time-limit`, in seconds (the Action's `time-limit` input). */
  timeLimit?: number;
  /** Retrain ablations: false trains every run again (`--no-cache`). Default true. */
  useCache?: boolean;
  /** Retrain ablations: one line per finished training run. */
  onRetrainRun?: (line: string) => void;
  /** Evaluation threads started early; the caller closes them (unused ones stay running until then). */
  threads?: WarmThreads;
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
 * From a config file to a results document: load and check the config,
 * start the TF.js backend, load and check the model and data against the
 * config, evaluate, and score. Input errors surface before any evaluation.
 */
export async function runEngine(configFile: string, options: EngineOptions): Promise<EngineRun> {
  const startedAt = options.startedAt ?? Date.now();
  options.onPhase?.('loading');
  const loaded = options.config ?? (await loadConfig(configFile, { cwd: options.cwd }));
  const config: Config =
    options.failOn === undefined
      ? loaded
      : { ...loaded, gate: { ...loaded.gate, failOn: options.failOn } };
  // The model-format seam: an ONNX model takes its own path to the same runSuite.
  if (isOnnxPath(config.model)) {
    return runOnnxEngine(config, { ...options, startedAt }, async () => ({
      ...(await options.source(config.root)),
      configHash: await hashConfig(configFile, config, options.cwd),
    }));
  }
  const backend = await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice,
  });
  const started = new Date();
  options.onPhase?.('validating');
  // A given model is checked against the config before any training.
  let suite = config.model === undefined ? undefined : await prepareSuite(config, options.cwd);
  try {
    if (config.train !== undefined) options.onPhase?.('training');
    const stage = await retrainStage(config, {
      backend,
      cwd: options.cwd,
      searchFrom: [config.root, options.cwd],
      useCache: options.useCache ?? true,
      // The same cap as evaluation: `--workers`, else the config's `workers`, else the machine.
      concurrency: options.workers ?? config.workers,
      onRun: options.onRetrainRun,
      onProgress: options.onTrainingProgress,
      onWarning: options.onNotice,
      ...(options.shard === undefined ? {} : { shard: options.shard }),
      ...(suite === undefined ? {} : { evalData: suite.dataset }),
    });
    const source = {
      ...(await options.source(config.root)),
      configHash: await hashConfig(configFile, config, options.cwd),
    };
    if (suite === undefined && stage?.config.model !== undefined) {
      options.onPhase?.('validating', 'the retrained baseline');
      suite = await prepareSuite(stage.config, options.cwd);
    }
    let results: Results;
    if (suite !== undefined) {
      const prepared = suite;
      const limit = options.timeLimit ?? config.timeLimit;
      const planned =
        options.shard === undefined
          ? prepared.components
          : shardComponents(prepared.components, config.repeats, options.shard);
      noticeLargeResults(prepared, planned, options.onNotice);
      if (limit !== undefined) options.onPhase?.('estimating', 'a timed sample of the plan');
      const fitted =
        limit === undefined
          ? undefined
          : fitToTimeLimit(prepared, planned, { limit, startedAt, clock: Date.now });
      if (fitted !== undefined && (!fitted.fits || fitted.suite !== prepared)) {
        // Said up front, before the long part: never a silent reduction.
        options.onNotice?.(
          budgetNotice(fitted.budget) +
            (fitted.fits
              ? ''
              : '; even so it may not fit: components the deadline reaches are reported as not evaluated'),
        );
      }
      options.onPhase?.('evaluating');
      results = await runSuite(fitted?.suite ?? prepared, {
        backend,
        workers: options.workers,
        ...(options.threads === undefined ? {} : { threads: options.threads }),
        searchFrom: [config.root, options.cwd],
        source,
        onProgress: options.onProgress,
        ...(options.onPhase === undefined ? {} : { onPhase: options.onPhase }),
        ...(options.shard === undefined ? {} : { shard: options.shard }),
        ...(fitted?.baseline === undefined ? {} : { baseline: fitted.baseline }),
        ...(fitted === undefined
          ? {}
          : {
              budget: {
                record: fitted.budget,
                deadline: fitted.deadline,
                unitSeconds: fitted.unitSeconds,
              },
            }),
      });
    } else {
      options.onPhase?.('scoring');
      results = commandSuiteResults(stage!, {
        backend,
        source,
        started,
        confidence: CONFIDENCE,
        ...(options.shard === undefined ? {} : { shard: options.shard }),
      });
    }
    if (stage !== undefined) {
      attachRetrain(results, stage, CONFIDENCE);
      results.timing = {
        startedAt: started.toISOString(),
        durationMs: Date.now() - started.getTime(),
      };
    }
    return { config, results };
  } finally {
    suite?.model.dispose();
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
  },
): Promise<string> {
  options.onPhase?.('loading');
  const config = await loadConfig(configFile, { cwd: options.cwd });
  if (isOnnxPath(config.model)) return validateOnnx(config, options);
  await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice,
  });
  options.onPhase?.('validating');
  // Retrain ablations: the training data and the dropped features (nothing is trained).
  const retrainLine = config.train === undefined ? '' : await validateRetrain(config, options.cwd);
  if (config.model === undefined) return retrainLine;
  const suite = await prepareSuite(config, options.cwd);
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

/** Says up front when the results document will be too large for the results store. */
function noticeLargeResults(
  suite: PreparedSuite,
  components: readonly Component[],
  onNotice: ((message: string) => void) | undefined,
): void {
  if (onNotice === undefined) return;
  const bytes = resultsBytes(suite, components);
  if (bytes <= LARGE_RESULTS_BYTES) return;
  onNotice(largeResultsWarning(bytes, components.length));
}
