import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerEntry } from '../process/worker-entry.js';
import { userEnvironment } from '../process/env.js';
import { killTree, startTree } from '../process/tree.js';
import type { AbortMessage, StartMessage, WorkerMessage, WorkerRequest } from './protocol.js';

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
  /** Environment variables passed on beyond the allow-list (the config's `train.env`). */
  env?: readonly string[];
}

/** The tail of a training process's output kept for the error line when it dies. */
const OUTPUT_TAIL = 400;

/**
 * Runs one training run in a Node process of its own (its own session and
 * process group, the allow-listed environment: no token of ablation-ci's
 * reaches the module, not even through /proc/self/environ or the process's
 * memory) under a hard time limit: at the limit the module's abort signal
 * fires, and after a short grace the process and everything it started is
 * killed, which stops even a loop that never awaits. Whatever the module
 * started is also killed when the run ends. Never rejects: every ending is
 * a {@link WorkerRun}.
 */
export function runInWorker(request: WorkerRequest, options: LaunchOptions): Promise<WorkerRun> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const grace = options.graceMs ?? 1000;
  return new Promise((resolve) => {
    const child = startWorker(options.env ?? []);
    let output = '';
    const keep = (chunk: Buffer): void => {
      // What the module prints goes to stderr: stdout may carry the results document.
      process.stderr.write(chunk);
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let ended = false;
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const end = (run: WorkerRun): void => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      if (child.pid !== undefined) killTree(child.pid);
      resolve(run);
    };
    const limit = setTimeout(() => {
      timedOut = true;
      send(child, { type: 'abort' } satisfies AbortMessage);
      kill = setTimeout(() => end({ status: 'timed-out', ms: elapsed() }), grace);
    }, options.timeLimitMs);
    child.on('message', (message: WorkerMessage) => {
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
    child.on('error', (error) => {
      end(
        timedOut
          ? { status: 'timed-out', ms: elapsed() }
          : { status: 'failed', ms: elapsed(), error: error.message },
      );
    });
    child.on('close', (code, signal) => {
      const tail = output.trim().split('\n').slice(-1)[0] ?? '';
      end(
        timedOut
          ? { status: 'timed-out', ms: elapsed() }
          : {
              status: 'failed',
              ms: elapsed(),
              error: `the training process exited with ${signal ?? `code ${code}`}${tail === '' ? '' : ` (${tail})`}`,
            },
      );
    });
    send(child, { type: 'start', request } satisfies StartMessage);
  });
}

function send(child: ChildProcess, message: StartMessage | AbortMessage): void {
  // A process already gone cannot take it: its `close` ends the run.
  if (child.connected) child.send(message, () => undefined);
}

/**
 * The training process: Node running the bundled `retrain-worker.js` of
 * dist/ (beside the CLI, or one folder up from a chunk); from source,
 * worker.ts through tsx's loader.
 */
function startWorker(listed: readonly string[]): ChildProcess {
  const here = import.meta.url;
  let args: string[];
  if (here.endsWith('.ts')) {
    const tsx = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const loader = pathToFileURL(path.join(tsx, 'dist', 'loader.mjs')).href;
    args = ['--import', loader, fileURLToPath(new URL('./worker.ts', here))];
  } else {
    const entry = workerEntry(here, './worker.ts', 'retrain-worker.js');
    args = [fileURLToPath((entry as { url: URL }).url)];
  }
  return startTree(process.execPath, args, {
    env: userEnvironment(process.env, listed, {}),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Typed arrays (the data, the outputs) cross as typed arrays.
    serialization: 'advanced',
  });
}
