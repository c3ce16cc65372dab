import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackendChoice } from '../backend/resolve.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { RunPool } from '../pool/run-pool.js';
import type { Results } from '../results/types.js';
import type { OnPhase } from '../suite/phase.js';
import type { PreparedSuite } from '../suite/prepare.js';
import type { PlanCost } from '../budget/plan-cost.js';
import { effectiveConfig, resolveSettings, type SettingOverrides } from './settings.js';
import { runOnnxEngine, validateOnnx } from './onnx.js';
import { isOnnxPath } from '../onnx/suite.js';

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
  // Asked now, awaited where the results need it: git is spawned before the eval data makes the
  // process large (a spawn costs more from a large process), and runs while the data loads.
  const sourced = options.source(config.root);
  sourced.catch(() => undefined);
  const early = { ...options, startedAt, source: () => sourced };
  try {
    // The model-format seam: an ONNX model takes its own path to the same evaluate and score stages.
    if (isOnnxPath(config.model)) {
      // ONNX Runtime evaluates on this thread: TF.js threads would go unused.
      await options.pool?.stopThreads();
      return await runOnnxEngine(config, early, async () => ({
        ...(await sourced),
        configHash: await hashConfig(configFile, config, options.cwd),
      }));
    }
    // TF.js is loaded only for a TF.js suite (pipeline/tfjs.ts): an ONNX run never loads it.
    const { runTfjsEngine } = await import('./tfjs.js');
    return await runTfjsEngine(configFile, config, settings, early);
  } finally {
    // On an error too: no git process outlives the run.
    await sourced.catch(() => undefined);
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
  const { validateTfjs } = await import('./tfjs.js');
  return validateTfjs(config, options);
}

/** sha256 of the config file, and of the scaling file it names: both shape the results. */
export async function hashConfig(file: string, config: Config, cwd: string): Promise<string> {
  const hash = createHash('sha256').update(await readFile(path.resolve(cwd, file)));
  if (config.data.scalingFile !== undefined) hash.update(await readFile(config.data.scalingFile));
  return `sha256:${hash.digest('hex')}`;
}
