import type { Evaluator, Outputs } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import type { RunPool } from '../pool/run-pool.js';
import type { Config } from '../config/types.js';
import type { PreparedData, PreparedSuite } from './prepare.js';
import type { CurveRunner } from './sensitivity-stage.js';

export interface EvaluationOptions {
  backend: BackendName;
  /**
   * Worker threads (default: the config's `workers`, else one per available
   * core, or this thread alone when the plan costs less than starting
   * workers, see pool/size.ts; 1 = this thread only).
   */
  workers?: number;
  /** Folders the workers look for @tensorflow/tfjs-node in (default: the config's repository). */
  searchFrom?: string[];
  /** Bytes of activations one forward pass may hold (tests make it small to force many units). */
  memoryBudget?: number;
  /** The outputs with nothing ablated, when the caller already has them (the time-limit sample's). */
  baseline?: Outputs;
  /**
   * Shares of the evaluations at which chunks end (default: `CHUNK_ENDS`
   * with workers, none on this thread alone; tests vary it).
   */
  chunkEnds?: readonly number[];
  /** The run's pool: evaluation takes its threads (its warm ones first), or stops the warm ones when unused. */
  pool?: RunPool;
}

/** How a time limit shapes the chunks (suite/deadline.ts, from the plan of budget/plan.ts). */
export interface ChunkLimits {
  /** At most this many evaluations (components × repeats) per chunk. */
  maxUnits?: number;
  /**
   * Asked right before a chunk starts, with its evaluations and those of
   * the chunks still queued ahead of it; false: it and all later ones are
   * skipped.
   */
  admit?: (units: number) => boolean;
}

/**
 * A suite whose model is of another format than TF.js (an ONNX model: src/onnx/), prepared by
 * its own loader and evaluated by its own runtime: the fields every suite has, the runtime that
 * evaluates it, and how to start its evaluation (with the planned components of `suite`).
 */
export interface FormatSuite extends PreparedData {
  format: string;
  config: Config;
  modelFile: string;
  modelHash: string;
  components: Component[];
  /** The runtime and its version, recorded in the results' `run.runtime`. */
  runtime: { name: string; version: string };
  evaluate(suite: FormatSuite, options: EvaluationOptions): Promise<Evaluation>;
}

/** A suite's evaluation: the baseline here, the components on a runner. */
export interface Evaluation {
  /** The baseline's predictions and their width (a TF.js Evaluator, or an ONNX one). */
  evaluator: Pick<Evaluator, 'baseline' | 'outputWidth'>;
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
  /** Where the run's sensitivity curves are evaluated (the same runner), for a TF.js suite. */
  curves?: CurveRunner;
  close(): Promise<void>;
}

/**
 * Starts evaluating a prepared suite; `close` it when done, also on errors.
 * Resolves once the evaluation can start (a TF.js suite: its workers start
 * meanwhile, and `chunks` waits for them). TF.js is loaded only for a TF.js
 * suite (suite/tfjs-evaluation.ts): an ONNX run never loads it.
 */
export async function startEvaluation(
  suite: PreparedSuite | FormatSuite,
  options: EvaluationOptions,
): Promise<Evaluation> {
  // The model-format seam: another format is evaluated by its own runtime (an ONNX model: src/onnx/).
  if ('format' in suite) return suite.evaluate(suite, options);
  const { startTfjsEvaluation } = await import('./tfjs-evaluation.js');
  return startTfjsEvaluation(suite, options);
}
