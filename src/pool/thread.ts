import { Worker } from 'node:worker_threads';
import type { BackendChoice } from '../backend/resolve.js';
import { workerEntry } from '../process/worker-entry.js';
import type { PoolUnit, Request } from './protocol.js';

/** A unit queued for the workers, waiting for its outputs. */
export interface Pending {
  id: number;
  unit: PoolUnit;
  resolve: (values: Float32Array) => void;
  reject: (error: Error) => void;
}

/** One evaluation thread and what the pool knows of it. */
export interface Thread {
  worker: Worker;
  /** The last lines the worker wrote to stderr, for the error message of a crash. */
  stderr: string;
  /** Why the thread stopped, when it did before anyone waited on it (a warm thread). */
  ended?: Error;
}

/**
 * Starts an evaluation thread. With `backend`, it starts that backend's
 * likely outcome at once (before its setup arrives), so that loading TF.js
 * and compiling the WebAssembly overlap the main thread's own start-up.
 */
export function spawnThread(backend?: BackendChoice): Thread {
  const entry = workerEntry(import.meta.url, './worker.ts', 'worker.js');
  const worker =
    entry.eval === true
      ? new Worker(entry.code, { eval: true, stdout: true, stderr: true })
      : new Worker(entry.url, { stdout: true, stderr: true });
  const thread: Thread = { worker, stderr: '' };
  // Workers' own output (TF.js banners) stays out of the user's; stderr is kept for crashes.
  worker.stdout.resume();
  worker.stderr.on('data', (chunk: Buffer) => {
    thread.stderr = (thread.stderr + chunk.toString()).slice(-2000);
  });
  // Listened to from the start: an unheard 'error' would take the process down.
  worker.on('error', (error) => (thread.ended ??= threadError(error, thread)));
  worker.on('exit', (code) => {
    thread.ended ??= threadError(`it exited with code ${code} while starting`, thread);
  });
  if (backend !== undefined) {
    const request: Request = { type: 'warm', backend };
    worker.postMessage(request);
  }
  return thread;
}

/** One line naming what stopped a thread, with the last line it wrote to stderr. */
export function threadError(cause: unknown, thread: Thread): Error {
  const text = cause instanceof Error ? cause.message : String(cause);
  const lastLine = thread.stderr.trim().split('\n').pop();
  const detail = lastLine === undefined || lastLine === '' ? '' : ` (${lastLine.trim()})`;
  return new Error(`an evaluation worker failed: ${text}${detail}`.replace(/\s*\n\s*/g, ' '));
}
