import path from 'node:path';
import type { BackendName } from '../backend/resolve.js';
import type { Config } from '../config/types.js';
import { loadDataset } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import { selectRows } from '../data/where.js';
import { InputError } from '../errors.js';
import { toPredictions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Results } from '../results/types.js';
import type { Shard } from '../shard/plan.js';
import { scoreBaseline } from '../stats/contributions.js';
import { headlineEstimate } from '../stats/headline.js';
import { dataFacts } from '../suite/data-facts.js';
import { Resamples } from '../stats/resamples.js';
import { runUnitTest } from '../suite/unit-tests.js';
import { loadRetrainData } from './data.js';
import { retrainResults } from './results.js';
import { trainAll, type RetrainOutcome } from './train-all.js';

/** The retrain runs of a suite, done before its evaluation. */
export interface RetrainStage {
  /** The config to evaluate: without `model`, a module suite's retrained baseline (first seed). */
  config: Config;
  outcome: RetrainOutcome;
  evalData: Dataset;
}

export interface StageOptions {
  backend: BackendName;
  cwd: string;
  searchFrom: string[];
  useCache: boolean;
  /** Training runs at once; default: the machine's available parallelism. */
  concurrency?: number;
  onRun?: (line: string) => void;
  /** As training runs start and end: the share finished and the runs under way. */
  onProgress?: (fraction: number, running: string) => void;
  /** What the run cannot vouch for (see TrainAllOptions.onWarning). */
  onWarning?: (message: string) => void;
  /** Train the baseline and only this shard's retrain variants (`--shard I/N`). */
  shard?: Shard;
  /** The eval data when the caller already loaded it (prepareSuite's dataset); else loaded here. */
  evalData?: Dataset;
}

/** Loads the eval data as prepareSuite does (the same file, label, features, task and classes). */
export function loadEvalData(config: Config, cwd: string): Promise<Dataset> {
  return loadDataset({
    path: config.data.eval,
    displayPath: path.relative(cwd, config.data.eval) || config.data.eval,
    label: config.data.label,
    features: config.data.features,
    task: config.data.task,
    classes: config.data.classes,
    configFile: config.file,
  });
}

/**
 * Trains the baseline and every retrain variant with each seed (a config
 * without `train`: nothing, undefined). A module suite without `model` is
 * then evaluated on its retrained baseline of the first seed.
 */
export async function retrainStage(
  config: Config,
  options: StageOptions,
): Promise<RetrainStage | undefined> {
  if (config.train === undefined) return undefined;
  const evalData = options.evalData ?? (await loadEvalData(config, options.cwd));
  const data = await loadRetrainData(config, evalData, options.cwd);
  const keep = config.model === undefined && config.train.module !== undefined;
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

/** Adds the retrain variants to `results.components` and the `retrain` facts. */
export function attachRetrain(results: Results, stage: RetrainStage, confidence: number): Results {
  const scored = retrainResults(stage.config, stage.outcome, stage.evalData, confidence);
  results.components.push(...scored.components);
  results.retrain = scored.retrain;
  return results;
}

/**
 * The results document of a command suite without a TF.js model: the
 * baseline, the model unit tests and the predictions are those of the
 * retrained baseline of the first seed that finished; there are no
 * evaluation-time components (the retrain variants are attached after).
 */
export function commandSuiteResults(
  stage: RetrainStage,
  options: {
    backend: BackendName;
    source: { commit: string | null; ref: string | null; configHash: string };
    started: Date;
    confidence: number;
    shard?: Shard;
  },
): Results {
  const { config, outcome, evalData } = stage;
  const first = outcome.baseline.find((run) => run.outputs !== undefined);
  if (first?.outputs === undefined) {
    throw new InputError('every baseline training run timed out; raise train.time-limit', {
      file: config.file,
      where: 'train.time-limit',
    });
  }
  const width = first.width ?? 1;
  const baseline = toPredictions(evalData.task, evalData.y, first.outputs, evalData.n, width);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const scores = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
  const tests = config.tests.map((test, i) => {
    const rows = selectRows(evalData, test.where, { file: config.file, key: `tests[${i}].where` });
    const cls = test.class === undefined ? undefined : evalData.classes?.indexOf(test.class);
    if (cls === -1) {
      throw new InputError(`${JSON.stringify(test.class)} is not a class of the data`, {
        file: config.file,
        where: `tests[${i}].class`,
      });
    }
    return runUnitTest(test, rows, baseline, {
      seed: config.seed,
      resamples: config.resamples,
      confidence: options.confidence,
      ...(cls === undefined ? {} : { cls }),
    });
  });
  const base64 = (values: Float32Array | Float64Array): string =>
    Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
  return {
    schemaVersion: 1,
    suite: config.suite,
    source: {
      ...options.source,
      modelHash: outcome.codeHash,
      dataHash: evalData.hash,
    },
    run: {
      seed: config.seed,
      repeats: config.repeats,
      resamples: config.resamples,
      confidence: options.confidence,
      backend: options.backend,
      // The user's command made every prediction: the backend evaluated nothing.
      predictionsFrom: 'train.command',
      shard: options.shard === undefined ? null : { ...options.shard },
      gate: { failOn: [...config.gate.failOn], regression: { ...config.gate.regression } },
    },
    timing: {
      startedAt: options.started.toISOString(),
      durationMs: Date.now() - options.started.getTime(),
    },
    task: evalData.task,
    classes: evalData.classes ?? null,
    data: dataFacts(evalData),
    metrics: config.metrics.map((name) => ({ name, higherIsBetter: METRICS[name].higherIsBetter })),
    baseline: {
      n: evalData.n,
      metrics: Object.fromEntries(
        scores.map((s) => [s.name, headlineEstimate(s, baseline, options.confidence)]),
      ),
    },
    components: [],
    tests,
    predictions: {
      encoding: 'base64-le',
      shape: [evalData.n, width],
      baseline: base64(first.outputs),
      labels: base64(evalData.y),
    },
  };
}
