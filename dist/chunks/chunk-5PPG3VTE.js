import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  untilReleased
} from "./chunk-XNJJQHMW.js";
import {
  spawnThread
} from "./chunk-7BDPXSBU.js";

// src/pool/run-pool.ts
import { totalmem } from "node:os";

// src/process/env.ts
var PASSED = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  // Windows: what a shell and Node need to start.
  "SystemRoot",
  "ComSpec",
  "PATHEXT",
  "WINDIR",
  "TEMP",
  "TMP",
  "USERPROFILE"
];
function userEnvironment(parent, listed, set) {
  const allowed = /* @__PURE__ */ new Set([...PASSED, ...listed]);
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0) continue;
    if (allowed.has(name) || name.startsWith("LC_")) env[name] = value;
  }
  return { ...env, ...set };
}

// src/process/tree.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

// src/process/table.ts
import { readdirSync, readFileSync } from "node:fs";
function processTable(variable) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const wanted = variable === void 0 ? void 0 : Buffer.from(`${variable}\0`);
  const table = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    table.push({
      pid: Number(entry),
      parent: Number(fields[1]),
      group: Number(fields[2]),
      session: Number(fields[3]),
      zombie: fields[0] === "Z" || fields[0] === "X",
      marked: wanted !== void 0 && holds(entry, wanted)
    });
  }
  return table;
}
function holds(pid, wanted) {
  let environ;
  try {
    environ = readFileSync(`/proc/${pid}/environ`);
  } catch {
    return false;
  }
  for (let at = environ.indexOf(wanted); at !== -1; at = environ.indexOf(wanted, at + 1)) {
    if (at === 0 || environ[at - 1] === 0) return true;
  }
  return false;
}

// src/process/tree.ts
var RUN_MARKER = "ABLATION_CI_RUN_ID";
var markers = /* @__PURE__ */ new Map();
function startTree(file, args, options) {
  const marker = randomBytes(16).toString("hex");
  const env = { ...options.env ?? process.env, [RUN_MARKER]: marker };
  const child = spawn(file, args, { ...options, env, detached: true });
  const pid = child.pid;
  if (pid === void 0) return child;
  markers.set(pid, marker);
  const release = untilReleased(() => killTree(pid));
  child.on("exit", () => killTree(pid));
  child.on("close", () => {
    killTree(pid);
    markers.delete(pid);
    release();
  });
  return child;
}
function killTree(leader, signal = "SIGKILL") {
  const send2 = (target) => {
    try {
      process.kill(target, signal);
    } catch {
    }
  };
  send2(-leader);
  const marker = markers.get(leader);
  const signalled = /* @__PURE__ */ new Set();
  for (let sweep = 0; sweep < 100; sweep++) {
    const fresh = treeMembers(leader, marker).filter((pid) => !signalled.has(pid));
    if (fresh.length === 0) return;
    for (const pid of fresh) {
      signalled.add(pid);
      send2(pid);
    }
  }
}
function treeMembers(leader, marker) {
  const table = processTable(marker === void 0 ? void 0 : `${RUN_MARKER}=${marker}`);
  const members = /* @__PURE__ */ new Set();
  for (const entry of table) {
    if (entry.group === leader || entry.session === leader || entry.marked) members.add(entry.pid);
  }
  const children = /* @__PURE__ */ new Map();
  for (const entry of table) {
    children.set(entry.parent, [...children.get(entry.parent) ?? [], entry]);
  }
  const queue = [...members];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()) ?? []) {
      if (members.has(child.pid)) continue;
      members.add(child.pid);
      queue.push(child.pid);
    }
  }
  const zombies = new Set(table.filter((entry) => entry.zombie).map((entry) => entry.pid));
  members.delete(process.pid);
  return [...members].filter((pid) => !zombies.has(pid)).sort((a, b) => a - b);
}

// src/pool/process.ts
var OUTPUT_TAIL = 400;
function runProcess(job) {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const grace = job.graceMs ?? 1e3;
  return new Promise((resolve) => {
    const child = startTree(process.execPath, job.args, {
      env: userEnvironment(process.env, job.env ?? [], {}),
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      // Typed arrays (the data, the outputs) cross as typed arrays.
      serialization: "advanced"
    });
    let output = "";
    const keep = (chunk) => {
      process.stderr.write(chunk);
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    let ended = false;
    let timedOut = false;
    let kill;
    const end = (run) => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      job.signal?.removeEventListener("abort", stop);
      if (child.pid !== void 0) killTree(child.pid);
      resolve(run);
    };
    const stop = () => end({ status: "failed", ms: elapsed(), error: "stopped" });
    const limit = setTimeout(() => {
      timedOut = true;
      send(child, { type: "abort" });
      kill = setTimeout(() => end({ status: "timed-out", ms: elapsed() }), grace);
    }, job.timeLimitMs);
    if (job.signal?.aborted === true) stop();
    job.signal?.addEventListener("abort", stop);
    child.on("message", (message) => {
      if (timedOut) end({ status: "timed-out", ms: elapsed() });
      else if (message.type === "progress") job.onProgress?.(message.fraction);
      else if (message.type === "error") {
        end({ status: "failed", ms: elapsed(), error: message.message });
      } else {
        end({ status: "ok", ms: elapsed(), done: message });
      }
    });
    child.on("error", (error) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: error.message }
      );
    });
    child.on("close", (code, signal) => {
      const tail = output.trim().split("\n").slice(-1)[0] ?? "";
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : {
          status: "failed",
          ms: elapsed(),
          error: `${job.label} exited with ${signal ?? `code ${code}`}${tail === "" ? "" : ` (${tail})`}`
        }
      );
    });
    send(child, job.start);
  });
}
function send(child, message) {
  if (child.connected) child.send(message, () => void 0);
}

// src/pool/run-pool.ts
var JOB_MEMORY = 512 * 1024 * 1024;
var RunPool = class _RunPool {
  constructor(limitTo, warm) {
    this.limitTo = limitTo;
    this.warm = warm;
    this.counts.threads = warm.length;
  }
  limitTo;
  counts = { threads: 0, jobs: 0 };
  warm;
  stopping = [];
  running = 0;
  waiting = [];
  closing = new AbortController();
  /** A pool of `size` workers (at least one); with `warm`, that many threads start warming the backend now. */
  static open(size, options = {}) {
    const at = Math.max(1, Math.floor(size));
    const warm = options.warm;
    return new _RunPool(
      at,
      warm === void 0 || at <= 1 ? [] : Array.from({ length: at }, () => spawnThread(warm))
    );
  }
  /** Workers at once. */
  get size() {
    return this.limitTo;
  }
  /** Warm threads not taken yet. */
  get warmThreads() {
    return this.warm.length;
  }
  /**
   * Holds the pool to `workers` at once from now on (the run's resolved
   * `workers`; undefined keeps the size it was opened with): warm threads
   * beyond it are stopped, all of them when it is 1.
   */
  async limit(workers) {
    if (workers === void 0) return;
    this.limitTo = Math.max(1, Math.floor(workers));
    await this.stopThreads(this.limitTo <= 1 ? 0 : this.limitTo);
  }
  /**
   * Hands over `count` evaluation threads, the warm ones first, the rest
   * started now (WorkerPool owns them from then on), and stops the warm
   * ones left over.
   */
  take(count) {
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
  async stopThreads(keep = 0) {
    const rest = this.warm.slice(keep);
    this.warm = this.warm.slice(0, keep);
    for (const thread of rest) this.stopping.push(thread.worker.terminate());
    await Promise.all(this.stopping);
  }
  /**
   * Runs `job` in a process of its own when a slot is free (see
   * `runProcess`: the allow-listed environment, the time limit, the kill).
   */
  job(job) {
    return this.slot((lease) => lease.process(job));
  }
  /**
   * Runs `work` when a slot is free, slots handed out in the order asked
   * for; what it starts in its lease (a training run's process) counts
   * against the slot, and so does a training command (its runner starts
   * its process).
   */
  async slot(work) {
    if (this.closing.signal.aborted) throw new Error("the worker pool is closed");
    const slots = Math.max(1, Math.min(this.limitTo, Math.floor(totalmem() / JOB_MEMORY)));
    while (this.running >= slots) await new Promise((wake) => this.waiting.push(wake));
    this.running++;
    this.counts.jobs++;
    const { signal } = this.closing;
    const lease = {
      process: (job) => runProcess({ ...job, signal }),
      signal
    };
    try {
      return await work(lease);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
  /** Stops the threads never taken and kills the jobs under way; idempotent. */
  async close() {
    this.closing.abort();
    await this.stopThreads(0);
  }
};

export {
  userEnvironment,
  startTree,
  killTree,
  runProcess,
  RunPool
};
