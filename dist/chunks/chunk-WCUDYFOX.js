import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  spawnThread
} from "./chunk-NC2VTHTB.js";

// src/process/scrub.ts
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
function blankEnvironBlock() {
  let start;
  let end;
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    [start, end] = [Number(fields[47]), Number(fields[48])];
  } catch {
    return false;
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return false;
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== void 0) process.env[name] = value;
  }
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
    writeSync(fd, Buffer.alloc(end - start), 0, end - start, start);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/pool/warm.ts
var WarmThreads = class _WarmThreads {
  threads;
  constructor(threads) {
    this.threads = threads;
  }
  /** Starts `size` threads for the `backend` choice. */
  static start(size, backend) {
    return new _WarmThreads(Array.from({ length: size }, () => spawnThread(backend)));
  }
  /** Hands over up to `count` threads (the pool owns them from now on) and stops the others. */
  take(count) {
    const taken = this.threads.slice(0, count);
    const rest = this.threads.slice(count);
    this.threads = [];
    for (const thread of rest) void thread.worker.terminate();
    return taken;
  }
  /** Stops every thread not taken; idempotent. */
  async close() {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }
};

export {
  WarmThreads,
  blankEnvironBlock
};
