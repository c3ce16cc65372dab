import { Worker } from 'node:worker_threads';
import { workerEntry } from '../pool/locate.js';
import type { AbortMessage, WorkerMessage, WorkerRequest } from './protocol.js';

/** How one training run ended. */
export type RunStatus = 'ok' | 'timed-out' | 'failed';

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
}

/**
 * Runs one training run in its own worker thread under a hard time limit:
 * at the limit the worker's abort signal fires, and after a short grace the
 * worker is terminated, which stops even a loop that never awaits. Never
 * rejects: every ending is a {@link WorkerRun}.
 */
export function runInWorker(request: WorkerRequest, options: LaunchOptions): Promise<WorkerRun> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const grace = options.graceMs ?? 1000;
  return new Promise((resolve) => {
    const worker = startWorker(request);
    let ended = false;
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const end = (run: WorkerRun): void => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      resolve(run);
      void worker.terminate();
    };
    const limit = setTimeout(() => {
      timedOut = true;
      worker.postMessage({ type: 'abort' } satisfies AbortMessage);
      kill = setTimeout(() => end({ status: 'timed-out', ms: elapsed() }), grace);
    }, options.timeLimitMs);
    worker.on('message', (message: WorkerMessage) => {
      // Past the limit, whatever the worker still says (a result, or train()
      // rejecting on its abort signal) ends the run as timed out.
      if (timedOut) end({ status: 'timed-out', ms: elapsed() });
      else if (message.type === 'progress') options.onProgress?.(message.fraction);
      else if (message.type === 'error') {
        end({ status: 'failed', ms: elapsed(), error: message.message });
      } else {
        end({
          status: 'ok',
          ms: elapsed(),
          trainMs: message.trainMs,
          outputs: message.outputs,
          width: message.width,
        });
      }
    });
    worker.on('error', (error) => {
      end(
        timedOut
          ? { status: 'timed-out', ms: elapsed() }
          : { status: 'failed', ms: elapsed(), error: error.message },
      );
    });
    worker.on('exit', (code) => {
      end(
        timedOut
          ? { status: 'timed-out', ms: elapsed() }
          : { status: 'failed', ms: elapsed(), error: `the worker exited with code ${code}` },
      );
    });
  });
}

/**
 * The worker thread: the bundled `retrain-worker.js` of dist/ (beside the
 * CLI, or one folder up from a chunk); from source, worker.ts loaded
 * through tsx.
 */
function startWorker(request: WorkerRequest): Worker {
  const options = { workerData: request, stdout: false, stderr: false };
  const entry = workerEntry(import.meta.url, './worker.ts', 'retrain-worker.js');
  return entry.eval === true
    ? new Worker(entry.code, { ...options, eval: true })
    : new Worker(entry.url, options);
}
