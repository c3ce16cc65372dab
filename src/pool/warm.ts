import type { BackendChoice } from '../backend/resolve.js';
import { spawnThread, type Thread } from './thread.js';

/**
 * Evaluation threads started before the run knows its plan: each loads
 * TF.js and starts the backend while the main thread reads the config, the
 * data and the model. The pool takes the ones it needs; `close` stops the
 * others at once (a bad config, a plan run on this thread alone, an error),
 * leaving nothing visible behind.
 */
export class WarmThreads {
  private threads: Thread[];

  private constructor(threads: Thread[]) {
    this.threads = threads;
  }

  /** Starts `size` threads for the `backend` choice. */
  static start(size: number, backend: BackendChoice): WarmThreads {
    return new WarmThreads(Array.from({ length: size }, () => spawnThread(backend)));
  }

  /** Hands over up to `count` threads (the pool owns them from now on) and stops the others. */
  take(count: number): Thread[] {
    const taken = this.threads.slice(0, count);
    const rest = this.threads.slice(count);
    this.threads = [];
    for (const thread of rest) void thread.worker.terminate();
    return taken;
  }

  /** Stops every thread not taken; idempotent. */
  async close(): Promise<void> {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }
}
