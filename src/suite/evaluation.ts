import { availableParallelism } from 'node:os';
import { Evaluator, type Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import { evaluateComponents, startRunner, type UnitRunner } from '../pool/runner.js';
import type { PreparedSuite } from './prepare.js';

/** Bytes of component outputs held at once per chunk (two chunks live while pipelining). */
const OUTPUT_BUDGET = 256 * 1024 * 1024;

/**
 * Rows × variants below which the default is this thread alone: starting a
 * worker (its own TF.js and model) costs more than such a plan takes.
 */
const SMALL_PLAN = 100_000;

export interface EvaluationOptions {
  backend: BackendName;
  /**
   * Worker threads (default: the config's `workers`, else one per available
   * core, or this thread alone for a small plan; 1 = this thread only).
   */
  workers?: number;
  /** Folders the workers look for @tensorflow/tfjs-node in (default: the config's repository). */
  searchFrom?: string[];
  /** Bytes of activations one forward pass may hold (tests make it small to force many units). */
  memoryBudget?: number;
  /** The outputs with nothing ablated, when the caller already has them (the time-limit sample's). */
  baseline?: Outputs;
}

/** How a time limit shapes the chunks (suite/budget.ts). */
export interface ChunkLimits {
  /** At most this many evaluations (components × repeats) per chunk. */
  maxUnits?: number;
  /** Asked right before a chunk starts, with its evaluations; false: it and all later ones are skipped. */
  admit?: (units: number) => boolean;
}

/** A suite's evaluation: the baseline here, the components on a runner. */
export interface Evaluation {
  evaluator: Evaluator;
  /**
   * The applicable components' outputs, chunk by chunk under the memory
   * budget; the next chunk is evaluated while the caller scores this one.
   */
  chunks(
    onProgress?: (fraction: number) => void,
    limits?: ChunkLimits,
  ): AsyncGenerator<{
    components: Component[];
    /** Undefined for a chunk `admit` refused (and every chunk after it): not evaluated. */
    outputs: Map<string, Outputs[]> | undefined;
  }>;
  close(): Promise<void>;
}

/** Starts evaluating a prepared suite; `close` it when done, also on errors. */
export async function startEvaluation(
  suite: PreparedSuite,
  options: EvaluationOptions,
): Promise<Evaluation> {
  const { config, dataset } = suite;
  const workers = options.workers ?? config.workers ?? defaultWorkers(suite);
  // Workers read the raw data where the main thread keeps it, without a copy each.
  const x = workers > 1 ? shared(dataset.x) : dataset.x;
  const data = {
    n: dataset.n,
    features: dataset.features,
    x,
    center: suite.scaling.center,
    scale: suite.scaling.scale,
  };
  const evaluatorOptions = {
    seed: config.seed,
    repeats: config.repeats,
    ...(options.memoryBudget === undefined ? {} : { memoryBudget: options.memoryBudget }),
  };
  const evaluator = new Evaluator(suite.graph, suite.inputShape, data, {
    ...evaluatorOptions,
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
  });
  let runner: UnitRunner;
  try {
    runner = await startRunner(evaluator, suite.components, workers, () => ({
      backend: options.backend,
      searchFrom: options.searchFrom ?? [config.root],
      model: { path: suite.modelFile, displayPath: suite.modelFile, hash: suite.modelHash },
      inputShape: suite.inputShape,
      data,
      components: suite.components,
      // Feature units start from the baseline: computed once here, shared, not redone per worker.
      options: { ...evaluatorOptions, baseline: shared(evaluator.baseline()) },
    }));
  } catch (error) {
    evaluator.dispose();
    throw error;
  }
  const plan = {
    components: suite.components,
    repeats: config.repeats,
    n: dataset.n,
    width: evaluator.outputWidth,
    rowsPerPass: evaluator.rowsPerPass,
  };
  return {
    evaluator,
    async *chunks(onProgress, limits = {}) {
      const applicable = suite.components.flatMap((c, i) => (c.notApplicable ? [] : [i]));
      const count = (i: number): number => (suite.components[i].stochastic ? config.repeats : 1);
      const total = Math.max(
        1,
        applicable.reduce((sum, i) => sum + count(i), 0),
      );
      let finished = 0;
      const start = (indices: number[]) => {
        const before = finished;
        finished += indices.reduce((sum, i) => sum + count(i), 0);
        return evaluateComponents(runner, plan, indices, (done) =>
          onProgress?.(Math.min(1, (before + done) / total)),
        );
      };
      const pieces = chunkIndices(
        applicable,
        count,
        dataset.n * evaluator.outputWidth * 4,
        limits.maxUnits ?? Infinity,
      );
      let refused = false;
      const admitted = (k: number): boolean => {
        const units = pieces[k].reduce((sum, i) => sum + count(i), 0);
        refused ||= limits.admit?.(units) === false;
        return !refused;
      };
      let next = pieces.length > 0 && admitted(0) ? start(pieces[0]) : undefined;
      for (let k = 0; k < pieces.length; k++) {
        const outputs = next === undefined ? undefined : await next;
        next = k + 1 < pieces.length && admitted(k + 1) ? start(pieces[k + 1]) : undefined;
        // A pending chunk must not reject unobserved while the caller scores this one.
        next?.catch(() => undefined);
        yield { components: pieces[k].map((i) => suite.components[i]), outputs };
      }
    },
    async close() {
      evaluator.dispose();
      await runner.close();
    },
  };
}

/** Splits component indices so that the outputs of one chunk stay under the budget (and `maxUnits`). */
function chunkIndices(
  indices: number[],
  count: (i: number) => number,
  bytesPerOutput: number,
  maxUnits: number,
): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  let units = 0;
  for (const i of indices) {
    const size = count(i) * bytesPerOutput;
    if (current.length > 0 && (bytes + size > OUTPUT_BUDGET || units + count(i) > maxUnits)) {
      result.push(current);
      current = [];
      bytes = 0;
      units = 0;
    }
    current.push(i);
    bytes += size;
    units += count(i);
  }
  if (current.length > 0) result.push(current);
  return result;
}

function defaultWorkers(suite: PreparedSuite): number {
  const variants = suite.components.reduce(
    (sum, c) => sum + (c.notApplicable !== undefined ? 0 : c.stochastic ? suite.config.repeats : 1),
    0,
  );
  return variants * suite.dataset.n < SMALL_PLAN ? 1 : availableParallelism();
}

function shared<T extends Float64Array | Float32Array>(values: T): T {
  const copy = new (values.constructor as new (buffer: SharedArrayBuffer) => T)(
    new SharedArrayBuffer(values.byteLength),
  );
  copy.set(values);
  return copy;
}
