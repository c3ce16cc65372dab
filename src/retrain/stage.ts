import type { BackendName } from '../backend/resolve.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../data/types.js';
import { InputError } from '../errors.js';
import type { ModelRunner } from './command.js';
import type { RunPool } from '../pool/run-pool.js';
import type { Shard } from '../shard/plan.js';
import { loadRetrainData } from './data.js';
import { trainAll, type RetrainOutcome, type SeedRun } from './train-all.js';

/** The retrain runs of a suite, done before its evaluation. */
export interface RetrainStage {
  /**
   * The config to evaluate: without `model`, a module suite's retrained baseline (first seed), or
   * the ONNX model a command wrote for it (`train.writes: model`).
   */
  config: Config;
  outcome: RetrainOutcome;
  evalData: Dataset;
}

export interface StageOptions {
  backend: BackendName;
  cwd: string;
  searchFrom: string[];
  useCache: boolean;
  /** Training runs at once, without a pool; default: the machine's available parallelism. */
  concurrency?: number;
  /** The run's pool: training runs are its jobs (it caps them at its size). */
  pool?: RunPool;
  onRun?: (line: string) => void;
  /** As training runs start and end: the share finished and the runs under way. */
  onProgress?: (fraction: number, running: string) => void;
  /** What the run cannot vouch for (see TrainAllOptions.onWarning). */
  onWarning?: (message: string) => void;
  /** Train the baseline and only this shard's retrain variants (`--shard I/N`). */
  shard?: Shard;
  /** What runs the models a command writes (`train.writes: model`). */
  runModel?: ModelRunner;
}

/**
 * The train stage: trains the baseline and every retrain variant with each
 * seed, on the training data and the eval data already parsed (`evalData`).
 * A config without `train`: nothing, undefined. A module suite without
 * `model`, or a command suite writing ONNX models, is then evaluated on its
 * retrained baseline of the first seed.
 */
export async function retrainStage(
  config: Config,
  evalData: Dataset,
  options: StageOptions,
): Promise<RetrainStage | undefined> {
  if (config.train === undefined) return undefined;
  const data = await loadRetrainData(config, evalData, options.cwd);
  // Without `model`, the baseline's first seed is the model evaluated: a module's TF.js model,
  // or the ONNX model a command writes (`train.writes: model`).
  const keep =
    config.model === undefined &&
    (config.train.module !== undefined || config.train.writes === 'model');
  const outcome = await trainAll(config, data, { ...options, keepBaselineModel: keep });
  if (!keep) return { config, outcome, evalData };
  if (outcome.baseline[0].status !== 'ok' || outcome.modelFile === undefined) {
    throw new InputError(
      `the baseline trained with seed ${outcome.seeds[0]} timed out, and without model it is the model evaluated; raise train.time-limit or give model`,
      { file: config.file, where: 'train.time-limit' },
    );
  }
  return { config: { ...config, model: outcome.modelFile }, outcome, evalData };
}

/**
 * A command suite without a TF.js model: the baseline run whose outputs
 * stand for the model's (the first seed that finished).
 */
export function commandBaseline(stage: RetrainStage): SeedRun & { outputs: Float32Array } {
  const first = stage.outcome.baseline.find((run) => run.outputs !== undefined);
  if (first?.outputs === undefined) {
    throw new InputError('every baseline training run timed out; raise train.time-limit', {
      file: stage.config.file,
      where: 'train.time-limit',
    });
  }
  return first as SeedRun & { outputs: Float32Array };
}
