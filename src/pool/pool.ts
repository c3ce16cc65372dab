import type { PoolUnit, Reply, Request, WorkerSetup } from './protocol.js';
import { spawnThread, threadError, type Pending, type Thread } from './thread.js';
import type { RunPool } from './run-pool.js';

/**
 * A pool of `worker_threads`, each with its own TF.js engine and copy of
 * the model, evaluating work units in the order they are queued. The units
 * queued in one turn go to every worker as a batch, and each worker claims
 * the next unclaimed one itself (a shared counter): no worker waits for the
 * main thread to hand it work, however long that thread is busy scoring,
 * and none holds units another could take. A worker's failure fails every
 * pending unit with one line and stops the pool; `close` stops it in any
 * case.
 */
export class WorkerPool {
  /** Units queued this turn, not yet sent. */
  private queue: Pending[] = [];
  /** Units sent, by id, until their outputs are back. */
  private readonly sent = new Map<number, Pending>();
  private flushing = false;
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  private constructor(private readonly slots: Thread[]) {
    for (const slot of slots) this.watch(slot);
  }

  /**
   * Starts `size` workers — taken from the run's `pool` (its warm threads
   * first, already loading), else started here — and waits until each has
   * loaded the model. With `baseline`, the setup goes
   * out first and the baseline's outputs (computed here meanwhile) after it.
   */
  static async start(
    setup: WorkerSetup,
    size: number,
    pool?: RunPool,
    baseline?: () => Float32Array,
  ): Promise<WorkerPool> {
    const slots = pool?.take(size) ?? [];
    while (slots.length < size) slots.push(spawnThread());
    const sent = { ...setup, baselineFollows: baseline !== undefined };
    const started = Promise.all(slots.map((slot) => ready(slot, sent)));
    try {
      if (baseline !== undefined) {
        const request: Request = { type: 'baseline', values: baseline() };
        for (const slot of slots) slot.worker.postMessage(request);
      }
      await started;
    } catch (error) {
      started.catch(() => undefined);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      throw error;
    }
    return new WorkerPool(slots);
  }

  /** Queues a unit; resolves with its outputs. */
  evaluate(unit: PoolUnit): Promise<Float32Array> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        queueMicrotask(() => this.flush());
      }
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private flush(): void {
    this.flushing = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0 || this.failure !== undefined) return;
    for (const pending of batch) this.sent.set(pending.id, pending);
    // Ids are consecutive within a batch: the worker replies with first + index.
    const request: Request = {
      type: 'batch',
      first: batch[0].id,
      units: batch.map((pending) => pending.unit),
      next: new Int32Array(new SharedArrayBuffer(4)),
    };
    for (const slot of this.slots) slot.worker.postMessage(request);
  }

  private watch(slot: Thread): void {
    slot.worker.on('message', (reply: Reply) => {
      if (reply.type === 'done') {
        const pending = this.sent.get(reply.id);
        this.sent.delete(reply.id);
        pending?.resolve(reply.values);
      } else if (reply.type === 'error') {
        this.fail(new Error(`an evaluation worker failed: ${reply.message}`));
      }
    });
    slot.worker.on('error', (error) => this.fail(threadError(error, slot)));
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.fail(threadError(`it exited with code ${code}`, slot));
    });
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    const pending = [...this.queue, ...this.sent.values()];
    this.queue = [];
    this.sent.clear();
    for (const p of pending) p.reject(error);
    void this.close();
  }
}

function ready(slot: Thread, setup: WorkerSetup): Promise<void> {
  return new Promise((resolve, reject) => {
    // A warm thread may have failed before anyone listened.
    if (slot.ended !== undefined) {
      reject(slot.ended);
      return;
    }
    const onMessage = (reply: Reply): void => {
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (reply.type === 'ready') resolve();
      else reject(new Error(`an evaluation worker failed to start: ${replyText(reply)}`));
    };
    const onError = (error: unknown): void => reject(threadError(error, slot));
    const onExit = (code: number): void =>
      reject(threadError(`it exited with code ${code} while starting`, slot));
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
