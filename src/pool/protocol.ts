import type { EvaluatorOptions, ModelData } from '../ablation/evaluate.js';
import type { Component } from '../ablation/plan.js';
import type { WorkUnit } from '../ablation/units.js';
import type { BackendChoice, BackendName } from '../backend/resolve.js';
import type { CurvePlan, CurveUnit } from '../sensitivity/units.js';

/** A unit of evaluation the workers run: an ablation unit, or a sensitivity curve's. */
export type PoolUnit = WorkUnit | CurveUnit;

/**
 * What a worker needs to evaluate units exactly as the main thread would:
 * the same model files (checked by hash), the same backend, the same data
 * (the raw matrix shared, not copied) and the same plan. TF.js objects
 * cannot cross threads, so each worker loads its own model.
 */
export interface WorkerSetup {
  backend: BackendName;
  /** Folders to look for @tensorflow/tfjs-node in, as the main thread did. */
  searchFrom: string[];
  model: { path: string; displayPath: string; hash: string };
  inputShape: number[];
  data: ModelData;
  components: Component[];
  options: EvaluatorOptions;
  /** The run's sensitivity curves, when it has any: curve units index them. */
  curves?: CurvePlan;
  /**
   * The baseline's outputs come in a message of their own, after this one:
   * the worker loads the model while the main thread computes them.
   */
  baselineFollows?: boolean;
}

/**
 * Main thread → worker: `warm` (optional, first) starts the backend the
 * choice most likely resolves to; `setup` loads the model; `baseline`, when
 * the setup says it follows; then batches of units.
 */
export type Request =
  | { type: 'warm'; backend: BackendChoice }
  | { type: 'setup'; setup: WorkerSetup }
  | { type: 'baseline'; values: Float32Array }
  | {
      type: 'batch';
      /** The id of `units[0]`; the others follow in order. */
      first: number;
      units: PoolUnit[];
      /** The next unclaimed index, shared by every worker (`Atomics.add`). */
      next: Int32Array;
    };

/** Worker → main thread. */
export type Reply =
  | { type: 'ready' }
  | { type: 'done'; id: number; values: Float32Array }
  | { type: 'error'; message: string };
