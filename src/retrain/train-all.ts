import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { BackendName } from '../backend/resolve.js';
import { runKey, trainingCodeHash } from '../cache/key.js';
import { encodeOutputs, RunCache } from '../cache/store.js';
import { runCommandSuite, type ModelRunner } from './command.js';
import { keyPath } from '../key-path.js';
import { showDuration } from '../results/budget-notice.js';
import { locate } from '../config/locate.js';
import type { Config, RetrainVariant } from '../config/types.js';
import { InputError } from '../errors.js';
import { shardVariants, type Shard } from '../shard/plan.js';
import { evalInputs, trainingData, type RetrainData } from './data.js';
import { BASELINE_NAME } from '../config/train.js';
import { runInWorker, type WorkerRun } from './launch.js';
import { RunPool, type Lease } from '../pool/run-pool.js';
import { readCachedRun, runOutputsProblem, type OutputShape } from './outputs.js';

/** One (variant, seed) training run as the statistics and the results need it. */
export interface SeedRun {
  seed: number;
  status: 'ok' | 'timed-out';
  ms: number;
  trainMs: number | null;
  cached: boolean;
  /** n × width eval outputs (ok runs). */
  outputs?: Float32Array;
  width?: number;
}

export interface RetrainOutcome {
  seeds: number[];
  /** trainingCodeHash of the config: part of every run's cache key. */
  codeHash: string;
  baseline: SeedRun[];
  variants: { variant: RetrainVariant; runs: SeedRun[] }[];
  /** model.json of the baseline trained with the first seed, when asked for. */
  modelFile?: string;
}

export interface TrainAllOptions {
  backend: BackendName;
  cwd: string;
  /** Folders whose node_modules may hold tfjs-node. */
  searchFrom: string[];
  /** false: train everything again (`--no-cache`); results are still written to the cache. */
  useCache: boolean;
  /**
   * The run's pool (the one evaluation uses): every training run is its job,
   * at most its size at once. Without one, a pool of `concurrency` (default:
   * the machine's available parallelism) is opened for these runs and closed.
   */
  pool?: RunPool;
  /** Training runs at once, without a pool. */
  concurrency?: number;
  /** Keep the first seed's baseline model (a module suite without `model`). */
  keepBaselineModel: boolean;
  /** One line per finished run. */
  onRun?: (line: string) => void;
  /** As runs start and end: the share finished and the runs under way ("baseline, seed 42"). */
  onProgress?: (fraction: number, running: string) => void;
  /** Train the baseline and only this shard's variants (`--shard I/N`). */
  shard?: Shard;
  /** What the run cannot vouch for: a cache entry not used, code the cache key cannot see. */
  onWarning?: (message: string) => void;
  /** What runs the models a command writes (`train.writes: model`). */
  runModel?: ModelRunner;
}

/** The K seeds: the suite's seed and the K − 1 after it, the same for the baseline and every variant. */
export function retrainSeeds(config: Config): number[] {
  const k = config.train?.seeds ?? 0;
  return Array.from({ length: k }, (_, i) => config.seed + i);
}

/**
 * Trains the baseline and every retrain variant (of the shard, when given) with each of the K seeds,
 * each run a job of the run's pool (a process of its own, or the command's) under the time limit,
 * as many at once as the pool holds, and returns their eval outputs. A run whose key (code,
 * data, config, seed, backend) is in the cache is not trained again. A run
 * that fails (throws, exits non-zero, writes bad predictions) is an
 * InputError naming the variant and the seed; a run past its limit is
 * `timed-out` and the others go on.
 */
export async function trainAll(
  config: Config,
  data: RetrainData,
  options: TrainAllOptions,
): Promise<RetrainOutcome> {
  const train = config.train;
  if (train === undefined) throw new Error('trainAll: the config has no train section');
  const cache = new RunCache(train.cache);
  const seeds = retrainSeeds(config);
  const code = await trainingCodeHash(config);
  const spec = {
    label: config.data.label,
    features: data.eval.features,
    task: data.eval.task,
    classes: data.eval.classes ?? null,
    scaling: config.data.scaling ?? null,
    module: train.module === undefined ? null : path.relative(config.root, train.module),
    command: train.command ?? null,
    timeLimitMs: train.timeLimitMs,
  };
  const all = config.ablations.retrain ?? [];
  const mine = options.shard === undefined ? all : shardVariants(all, seeds.length, options.shard);
  const variants: (RetrainVariant | undefined)[] = [undefined, ...mine];
  const jobs = variants.flatMap((variant, index) =>
    seeds.map((seed) => ({ index, variant, seed })),
  );
  const results = new Map<string, SeedRun>();
  const name = (variant: RetrainVariant | undefined): string => variant?.name ?? BASELINE_NAME;
  const warn =
    (what: string) =>
    (message: string): void =>
      options.onWarning?.(`${what}: ${message}`);
  if (train.command !== undefined && train.inputs.length === 0 && options.useCache) {
    options.onWarning?.(
      `${config.file}: train.inputs is not set, so the cache key cannot see the command's code: ` +
        'a run after an edit to it can come back (cached) with the old results; ' +
        'list the files it runs in train.inputs, or run with --no-cache',
    );
  }
  let modelFile: string | undefined;
  // The baseline's model kept for evaluation: a module's TF.js model, or the ONNX model a command wrote.
  const keptName = train.writes === 'model' ? 'model.onnx' : 'model.json';
  const running = new Set<string>();
  const progress = (): void =>
    options.onProgress?.(results.size / jobs.length, [...running].join('; '));

  const runJob = async (
    { index, variant, seed }: (typeof jobs)[number],
    lease: Lease,
  ): Promise<void> => {
    const label = `${name(variant)}, seed ${seed}`;
    running.add(label);
    progress();
    const key = runKey({
      code,
      trainData: data.train.hash,
      evalData: data.eval.hash,
      spec,
      switches: variant?.switches ?? {},
      dropFeatures: variant?.dropFeatures ?? [],
      seed,
      backend: options.backend,
    });
    const what = `retrain ${name(variant)}, seed ${seed}`;
    const keepModel = options.keepBaselineModel && variant === undefined && seed === seeds[0];
    const modelDir = cache.modelFolder(key);
    if (keepModel) modelFile = path.join(modelDir, keptName);
    const hit = options.useCache
      ? await readCachedRun(cache, key, data.eval, warn(what), (file) =>
          path.relative(options.cwd, file),
        )
      : undefined;
    const usable = hit !== undefined && (!keepModel || existsSync(path.join(modelDir, keptName)));
    let run: SeedRun;
    if (usable) {
      run = { seed, ...hit, cached: true };
    } else {
      const saveTo = keepModel ? await cache.workFolder('models', key.slice(0, 16)) : undefined;
      const done = await execute(config, data, variant, seed, saveTo, options, lease);
      const problem =
        done.status === 'failed'
          ? (done.error ?? 'failed')
          : done.status === 'ok'
            ? outputsProblem(config, data.eval, done)
            : undefined;
      if (problem !== undefined) {
        if (saveTo !== undefined) await rm(saveTo, { recursive: true, force: true });
        throw new InputError(
          `${what}: ${problem}`,
          locate(
            config,
            variant === undefined ? 'train' : keyPath('ablations', 'retrain', variant.name),
          ),
        );
      }
      if (saveTo !== undefined) {
        if (done.status === 'ok') await cache.keepModel(key, saveTo);
        else await rm(saveTo, { recursive: true, force: true });
      }
      run = {
        seed,
        status: done.status as 'ok' | 'timed-out',
        ms: done.ms,
        trainMs: done.status === 'ok' ? (done.trainMs ?? done.ms) : null,
        cached: false,
        ...(done.status === 'ok' ? { outputs: done.outputs, width: done.width } : {}),
      };
      await cache.write(key, {
        status: run.status,
        ms: run.ms,
        trainMs: run.trainMs,
        width: run.width ?? 0,
        outputs: run.outputs === undefined ? '' : encodeOutputs(run.outputs),
      });
    }
    // By position, not name: no variant can take the baseline's slot.
    results.set(`${index}\0${seed}`, run);
    running.delete(label);
    progress();
    options.onRun?.(
      `${describeRun(name(variant), run, train.timeLimitMs)} [${results.size}/${jobs.length}]`,
    );
  };

  const pool = options.pool ?? RunPool.open(options.concurrency ?? availableParallelism());
  try {
    await inPool(pool, jobs, runJob);
  } finally {
    if (options.pool === undefined) await pool.close();
  }
  const runsOf = (index: number): SeedRun[] =>
    seeds.map((seed) => results.get(`${index}\0${seed}`) as SeedRun);
  return {
    seeds,
    codeHash: code,
    baseline: runsOf(0),
    variants: mine.map((variant, i) => ({
      variant,
      runs: runsOf(i + 1),
    })),
    ...(modelFile === undefined ? {} : { modelFile }),
  };
}

function execute(
  config: Config,
  data: RetrainData,
  variant: RetrainVariant | undefined,
  seed: number,
  saveTo: string | undefined,
  options: TrainAllOptions,
  lease: Lease,
): Promise<WorkerRun> {
  const train = config.train!;
  const switches = variant?.switches ?? {};
  if (train.command !== undefined) {
    return runCommandSuite(config, data, {
      variant,
      seed,
      cwd: options.cwd,
      runModel: options.runModel,
      signal: lease.signal,
      ...(saveTo === undefined ? {} : { keepModelIn: saveTo }),
    });
  }
  return runInWorker(
    {
      module: train.module as string,
      backend: options.backend,
      searchFrom: options.searchFrom,
      switches,
      seed,
      data: trainingData(data, variant),
      eval: evalInputs(data, variant),
      ...(saveTo === undefined ? {} : { saveTo }),
    },
    { timeLimitMs: train.timeLimitMs, ...(train.env === undefined ? {} : { env: train.env }) },
    lease,
  );
}

/** Why a finished run's outputs cannot be scored, naming what produced them; undefined when they can. */
function outputsProblem(
  config: Config,
  evalData: OutputShape,
  done: WorkerRun,
): string | undefined {
  const problem = runOutputsProblem(done.outputs as Float32Array, done.width ?? 0, evalData);
  if (problem === undefined) return undefined;
  const train = config.train!;
  const by =
    train.module !== undefined
      ? `${path.relative(config.root, train.module)}`
      : "the command's predictions";
  return `${by}: ${problem}`;
}

function describeRun(name: string, run: SeedRun, limitMs: number): string {
  const seconds = (ms: number): string => showDuration(ms / 1000);
  const how =
    run.status === 'timed-out'
      ? `timed out at the ${seconds(limitMs)} limit`
      : `trained in ${seconds(run.trainMs ?? run.ms)}`;
  return `retrain ${name}, seed ${run.seed}: ${how}${run.cached ? ' (cached)' : ''}`;
}

/**
 * Runs `work` on every item, each in a slot of `pool` (in order, as slots
 * free up); rejects with the first failure, and no item starts after it.
 */
async function inPool<T>(
  pool: RunPool,
  items: T[],
  work: (item: T, lease: Lease) => Promise<void>,
): Promise<void> {
  let failed = false;
  await Promise.all(
    items.map((item) =>
      pool.slot(async (lease) => {
        if (failed) return;
        try {
          await work(item, lease);
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
    ),
  );
}
