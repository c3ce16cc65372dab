import { Worker } from 'node:worker_threads';
import type { WorkUnit } from '../ablation/units.js';
import { workerEntry } from './locate.js';
import type { Reply, Request, WorkerSetup } from './protocol.js';

/** Units sent ahead to a worker, so it has the next one while the main thread is busy. */
const IN_FLIGHT = 2;

interface Pending {
  id: number;
  unit: WorkUnit;
  resolve: (values: Float32Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Pending>;
  /** The last lines the worker wrote to stderr, for the error message of a crash. */
  stderr: string;
}

/**
 * A pool of `worker_threads`, each with its own TF.js engine and copy of
 * the model, evaluating work units in the order they are queued. A worker's
 * failure fails every pending unit with one line and stops the pool; `close`
 * stops it in any case.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) this.watch(slot);
  }

  /** Starts `size` workers and waits until each has loaded the model. */
  static async start(setup: WorkerSetup, size: number): Promise<WorkerPool> {
    const entry = workerEntry(import.meta.url, './worker.ts', 'worker.js');
    const slots: Slot[] = Array.from({ length: size }, () => ({
      worker:
        entry.eval === true
          ? new Worker(entry.code, { eval: true, stdout: true, stderr: true })
          : new Worker(entry.url, { stdout: true, stderr: true }),
      running: new Map(),
      stderr: '',
    }));
    try {
      await Promise.all(slots.map((slot) => ready(slot, setup)));
    } catch (error) {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      throw error;
    }
    return new WorkerPool(slots);
  }

  /** Queues a unit; resolves with its outputs. */
  evaluate(unit: WorkUnit): Promise<Float32Array> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.running.size < IN_FLIGHT && this.queue.length > 0) {
        const pending = this.queue.shift()!;
        slot.running.set(pending.id, pending);
        const request: Request = { type: 'unit', id: pending.id, unit: pending.unit };
        slot.worker.postMessage(request);
      }
    }
  }

  private watch(slot: Slot): void {
    slot.worker.on('message', (reply: Reply) => {
      if (reply.type === 'done') {
        const pending = slot.running.get(reply.id);
        slot.running.delete(reply.id);
        pending?.resolve(reply.values);
        this.dispatch();
      } else if (reply.type === 'error') {
        this.fail(new Error(`an evaluation worker failed: ${reply.message}`));
      }
    });
    slot.worker.on('error', (error) => this.fail(workerError(error, slot)));
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.fail(workerError(`it exited with code ${code}`, slot));
    });
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    const pending = [...this.queue, ...this.slots.flatMap((slot) => [...slot.running.values()])];
    this.queue.length = 0;
    for (const slot of this.slots) slot.running.clear();
    for (const p of pending) p.reject(error);
    void this.close();
  }
}

function ready(slot: Slot, setup: WorkerSetup): Promise<void> {
  // Workers' own output (TF.js banners) stays out of the user's; stderr is kept for crashes.
  slot.worker.stdout.resume();
  slot.worker.stderr.on('data', (chunk: Buffer) => {
    slot.stderr = (slot.stderr + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply): void => {
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (reply.type === 'ready') resolve();
      else reject(new Error(`an evaluation worker failed to start: ${replyText(reply)}`));
    };
    const onError = (error: unknown): void => reject(workerError(error, slot));
    const onExit = (code: number): void =>
      reject(workerError(`it exited with code ${code} while starting`, slot));
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    const request: Request = { type: 'setup', setup };
    slot.worker.postMessage(request);
  });
}

function replyText(reply: Reply): string {
  return reply.type === 'error' ? reply.message : `unexpected reply ${reply.type}`;
}

function workerError(cause: unknown, slot: Slot): Error {
  const text = cause instanceof Error ? cause.message : String(cause);
  const lastLine = slot.stderr.trim().split('\n').pop();
  const detail = lastLine === undefined || lastLine === '' ? '' : ` (${lastLine.trim()})`;
  return new Error(`an evaluation worker failed: ${text}${detail}`.replace(/\s*\n\s*/g, ' '));
}
