import { totalmem } from 'node:os';
import type { BackendChoice } from '../backend/resolve.js';
import { runProcess, type JobEnd, type ProcessJob } from './process.js';
import { spawnThread, type Thread } from './thread.js';

/** Memory one job's process may take: its own Node, TF.js, backend and data. */
export const JOB_MEMORY = 512 * 1024 * 1024;

/** A slot of the pool, held while its work runs: what the work starts in it. */
export interface Lease {
  /** Runs `job` in a process of its own in this slot (see `runProcess`), killed if the pool closes. */
  process<D>(job: ProcessJob): Promise<JobEnd<D>>;
  /** Aborted when the pool closes: what the work started itself (a training command) ends then. */
  readonly signal: AbortSignal;
}

/** What the pool has started so far (the tests read it). */
export interface PoolCounts {
  /** Evaluation threads, warm and cold. */
  threads: number;
  /** Slots handed out: training runs (a process of its own, or a command). */
  jobs: number;
}

/**
 * The run's one pool of workers: the evaluation threads (`worker_threads`,
 * each with its own TF.js engine and model: WorkerPool evaluates work units
 * on the threads it takes from here) and the jobs that run in processes of
 * their own (training runs: `job`, or `slot` for a training command, whose
 * process its runner starts). It starts them, holds them to `size` at once
 * (jobs also to the memory, JOB_MEMORY each), times jobs out and kills
 * them (pool/process.ts), and `close` stops whatever is left — threads
 * never taken, jobs under way — however the run ends.
 *
 * With `warm`, it starts `size` evaluation threads at once, loading TF.js
 * and the backend while the run reads its inputs; an ONNX suite, or a plan
 * this thread evaluates alone, never takes them (`limit`, `stopThreads`).
 */
export class RunPool {
  readonly counts: PoolCounts = { threads: 0, jobs: 0 };
  private warm: Thread[];
  private stopping: Promise<unknown>[] = [];
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly closing = new AbortController();

  private constructor(
    private limitTo: number,
    warm: Thread[],
  ) {
    this.warm = warm;
    this.counts.threads = warm.length;
  }

  /** A pool of `size` workers (at least one); with `warm`, that many threads start warming the backend now. */
  static open(size: number, options: { warm?: BackendChoice } = {}): RunPool {
    const at = Math.max(1, Math.floor(size));
    const warm = options.warm;
    return new RunPool(
      at,
      warm === undefined || at <= 1 ? [] : Array.from({ length: at }, () => spawnThread(warm)),
    );
  }

  /** Workers at once. */
  get size(): number {
    return this.limitTo;
  }

  /** Warm threads not taken yet. */
  get warmThreads(): number {
    return this.warm.length;
  }

  /**
   * Holds the pool to `workers` at once from now on (the run's resolved
   * `workers`; undefined keeps the size it was opened with): warm threads
   * beyond it are stopped, all of them when it is 1.
   */
  async limit(workers: number | undefined): Promise<void> {
    if (workers === undefined) return;
    this.limitTo = Math.max(1, Math.floor(workers));
    await this.stopThreads(this.limitTo <= 1 ? 0 : this.limitTo);
  }

  /**
   * Hands over `count` evaluation threads, the warm ones first, the rest
   * started now (WorkerPool owns them from then on), and stops the warm
   * ones left over.
   */
  take(count: number): Thread[] {
    const taken = this.warm.slice(0, count);
    this.warm = this.warm.slice(count);
    void this.stopThreads(0);
    while (taken.length < count) {
      taken.push(spawnThread());
      this.counts.threads++;
    }
    return taken;
  }

  /** Stops the warm threads beyond the first `keep` (none kept by default); resolves once they are gone. */
  async stopThreads(keep = 0): Promise<void> {
    const rest = this.warm.slice(keep);
    this.warm = this.warm.slice(0, keep);
    for (const thread of rest) this.stopping.push(thread.worker.terminate());
    await Promise.all(this.stopping);
  }

  /**
   * Runs `job` in a process of its own when a slot is free (see
   * `runProcess`: the allow-listed environment, the time limit, the kill).
   */
  job<D>(job: ProcessJob): Promise<JobEnd<D>> {
    return this.slot((lease) => lease.process<D>(job));
  }

  /**
   * Runs `work` when a slot is free, slots handed out in the order asked
   * for; what it starts in its lease (a training run's process) counts
   * against the slot, and so does a training command (its runner starts
   * its process).
   */
  async slot<T>(work: (lease: Lease) => Promise<T>): Promise<T> {
    if (this.closing.signal.aborted) throw new Error('the worker pool is closed');
    const slots = Math.max(1, Math.min(this.limitTo, Math.floor(totalmem() / JOB_MEMORY)));
    while (this.running >= slots) await new Promise<void>((wake) => this.waiting.push(wake));
    this.running++;
    this.counts.jobs++;
    const { signal } = this.closing;
    const lease: Lease = {
      process: <D>(job: ProcessJob) => runProcess<D>({ ...job, signal }),
      signal,
    };
    try {
      return await work(lease);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** Stops the threads never taken and kills the jobs under way; idempotent. */
  async close(): Promise<void> {
    this.closing.abort();
    await this.stopThreads(0);
  }
}
