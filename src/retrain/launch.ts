import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runProcess, type JobStatus, type ProcessJob } from '../pool/process.js';
import type { Lease } from '../pool/run-pool.js';
import { workerEntry } from '../process/worker-entry.js';
import type { StartMessage, WorkerRequest } from './protocol.js';

/** How one training run ended. */
export type RunStatus = JobStatus;

/** One training run in a worker: its outcome, its time and, when ok, its eval outputs. */
export interface WorkerRun {
  status: RunStatus;
  /** Wall time from the worker's start to its end (or termination), ms. */
  ms: number;
  /** Time inside `train()`, ms (ok runs). */
  trainMs?: number;
  outputs?: Float32Array;
  width?: number;
  /** Why a run failed. */
  error?: string;
}

export interface LaunchOptions {
  /** Hard limit on the whole run, from the worker's start. */
  timeLimitMs: number;
  /** After the limit, how long `train()` has to stop on its abort signal before the worker is terminated. */
  graceMs?: number;
  onProgress?: (fraction: number) => void;
  /** Environment variables passed on beyond the allow-list (the config's `train.env`). */
  env?: readonly string[];
}

/** What a training process's `done` message carries. */
interface TrainingDone {
  outputs: Float32Array;
  width: number;
  trainMs: number;
}

/**
 * Runs one training run in a Node process of its own (the allow-listed
 * environment, its own session and process group, killed at the time
 * limit after a short grace and whenever the run ends; see
 * pool/process.ts): in the `lease` of a slot of the run's pool, or, without
 * one, at once (tests). Never rejects: every ending is a {@link WorkerRun}.
 */
export async function runInWorker(
  request: WorkerRequest,
  options: LaunchOptions,
  lease?: Lease,
): Promise<WorkerRun> {
  const job: ProcessJob = {
    args: workerArgs(),
    start: { type: 'start', request } satisfies StartMessage,
    label: 'the training process',
    timeLimitMs: options.timeLimitMs,
    ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
  const end =
    lease === undefined
      ? await runProcess<TrainingDone>(job)
      : await lease.process<TrainingDone>(job);
  const { done, ...rest } = end;
  return {
    ...rest,
    ...(done === undefined
      ? {}
      : { trainMs: done.trainMs, outputs: done.outputs, width: done.width }),
  };
}

/**
 * Node's arguments for a training process: the bundled `retrain-worker.js`
 * of dist/ (beside the CLI, or one folder up from a chunk); from source,
 * worker.ts through tsx's loader.
 */
function workerArgs(): string[] {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const loader = pathToFileURL(path.join(tsx, 'dist', 'loader.mjs')).href;
    return ['--import', loader, fileURLToPath(new URL('./worker.ts', here))];
  }
  const entry = workerEntry(here, './worker.ts', 'retrain-worker.js');
  return [fileURLToPath((entry as { url: URL }).url)];
}
