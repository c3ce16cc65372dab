import type { ChildProcess } from 'node:child_process';
import { userEnvironment } from '../process/env.js';
import { killTree, startTree } from '../process/tree.js';

/** How a job in a process of its own ended. */
export type JobStatus = 'ok' | 'timed-out' | 'failed';

/**
 * What a job's process posts back: progress, then one `done` (its payload,
 * `D`) or one `error`. Anything past the time limit ends the job as timed out.
 */
export type JobMessage<D> =
  | { type: 'progress'; fraction: number }
  | ({ type: 'done' } & D)
  | { type: 'error'; message: string };

/** A job in a Node process of its own: the script, its first message, its limits. */
export interface ProcessJob {
  /** Node's arguments: the entry script (and any loader before it). */
  args: string[];
  /** The first message to the process: its work. */
  start: unknown;
  /** Hard limit on the whole job, from the process's start. */
  timeLimitMs: number;
  /** After the limit, how long the job has to stop on its abort message before its process tree is killed. */
  graceMs?: number;
  /** Environment variables passed on beyond the allow-list (the config's `train.env`). */
  env?: readonly string[];
  onProgress?: (fraction: number) => void;
  /** What error lines call the process (`the training process`). */
  label: string;
  /** Aborted: the process tree is killed at once and the job ends as failed (the pool is closing). */
  signal?: AbortSignal;
}

/** How a job ended: its status, its wall time and, when ok, its `done` message (payload and `type`). */
export interface JobEnd<D> {
  status: JobStatus;
  /** Wall time from the process's start to its end (or kill), ms. */
  ms: number;
  done?: D;
  /** Why a job failed. */
  error?: string;
}

/** The tail of a job's output kept for the error line when its process dies. */
const OUTPUT_TAIL = 400;

/**
 * Runs one job in a Node process of its own (its own session and process
 * group, the allow-listed environment: no token of ablation-ci's reaches
 * user code, not even through /proc/self/environ or the process's memory)
 * under a hard time limit: at the limit the process gets `{type: 'abort'}`,
 * and after a short grace the process and everything it started is killed,
 * which stops even a loop that never awaits. Whatever the process started
 * is also killed when the job ends. What the process prints goes to
 * stderr (stdout may carry the results document). Never rejects: every
 * ending is a {@link JobEnd}. The run's pool (`RunPool.job`) calls it when a
 * slot is free; it is exported for the pool alone and its tests.
 */
export function runProcess<D>(job: ProcessJob): Promise<JobEnd<D>> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const grace = job.graceMs ?? 1000;
  return new Promise((resolve) => {
    const child = startTree(process.execPath, job.args, {
      env: userEnvironment(process.env, job.env ?? [], {}),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Typed arrays (the data, the outputs) cross as typed arrays.
      serialization: 'advanced',
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      process.stderr.write(chunk);
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let ended = false;
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const end = (run: JobEnd<D>): void => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      job.signal?.removeEventListener('abort', stop);
      if (child.pid !== undefined) killTree(child.pid);
      resolve(run);
    };
    const stop = (): void => end({ status: 'failed', ms: elapsed(), error: 'stopped' });
    const limit = setTimeout(() => {
      timedOut = true;
      send(child, { type: 'abort' });
      kill = setTimeout(() => end({ status: 'timed-out', ms: elapsed() }), grace);
    }, job.timeLimitMs);
    if (job.signal?.aborted === true) stop();
    job.signal?.addEventListener('abort', stop);
    child.on('message', (message: JobMessage<D>) => {
      // Past the limit, whatever the process still says (a result, or its
      // work rejecting on the abort) ends the job as timed out.
      if (timedOut) end({ status: 'timed-out', ms: elapsed() });
      else if (message.type === 'progress') job.onProgress?.(message.fraction);
      else if (message.type === 'error') {
        end({ status: 'failed', ms: elapsed(), error: message.message });
      } else {
        end({ status: 'ok', ms: elapsed(), done: message });
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
              error: `${job.label} exited with ${signal ?? `code ${code}`}${tail === '' ? '' : ` (${tail})`}`,
            },
      );
    });
    send(child, job.start);
  });
}

function send(child: ChildProcess, message: unknown): void {
  // A process already gone cannot take it: its `close` ends the job.
  if (child.connected) child.send(message as object, () => undefined);
}
