import type { BackendName } from '../backend/resolve.js';
import type { Scalar } from '../config/types.js';
import type { EvalInputs, TrainingData } from './data.js';

/** What ablation-ci sends a training process: its one run. */
export interface WorkerRequest {
  /** Absolute path of the training module. */
  module: string;
  backend: BackendName;
  /** Folders whose node_modules may hold tfjs-node (for the `tensorflow` backend). */
  searchFrom: string[];
  switches: Record<string, Scalar>;
  seed: number;
  data: TrainingData;
  eval: EvalInputs;
  /** When set, the trained model is also saved here (model.json + weights.bin). */
  saveTo?: string;
}

/** What a training worker posts back. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; outputs: Float32Array; width: number; trainMs: number }
  | { type: 'error'; message: string };

/** The first message to a training process: the run to do. */
export interface StartMessage {
  type: 'start';
  request: WorkerRequest;
}

/** What ablation-ci may send a training process later: stop, the time limit is reached. */
export interface AbortMessage {
  type: 'abort';
}
