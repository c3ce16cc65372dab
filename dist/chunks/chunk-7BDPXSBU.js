import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  workerEntry
} from "./chunk-CFMESWCY.js";

// src/pool/size.ts
import { availableParallelism, loadavg } from "node:os";

// src/pool/running.ts
import { readFileSync } from "node:fs";
var READINGS = 5;
var APART_MS = 2;
function othersRunning() {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const counts = [];
  for (let i = 0; i < READINGS; i++) {
    if (i > 0) Atomics.wait(pause, 0, 0, APART_MS);
    let text;
    try {
      text = readFileSync("/proc/loadavg", "utf8");
    } catch {
      return void 0;
    }
    const running = runnableOf(text);
    if (running === void 0) return void 0;
    counts.push(Math.max(0, running - 1));
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(READINGS / 2)];
}
function runnableOf(text) {
  const field = /^\S+ \S+ \S+ (\d+)\/\d+ /.exec(text);
  return field === null ? void 0 : Number(field[1]);
}

// src/pool/size.ts
var MACS_PER_SECOND = 1e10;
var WORKER_START_SECONDS = 0.5;
function macsPerExample(graph) {
  const size = (shape) => shape.reduce((a, d) => a * (d ?? 1), 1);
  let macs = 0;
  for (const node of graph.nodes) {
    if (node.isInput) continue;
    for (const slot of node.outputs) {
      const shape = graph.slotShapes[slot];
      const values = size(shape);
      const channels = shape.length === 0 ? 1 : shape[shape.length - 1] ?? 1;
      macs += values;
      for (const weight of node.layer.weights) {
        if (weight.shape.length >= 2) macs += size(weight.shape) * (values / channels);
      }
    }
  }
  return macs;
}
function planSeconds(graph, components, repeats, rows) {
  const evaluations = components.reduce(
    (sum, c) => sum + (c.notApplicable !== void 0 ? 0 : c.stochastic ? repeats : 1),
    0
  );
  return macsPerExample(graph) * rows * (evaluations + 1) / MACS_PER_SECOND;
}
var CONTENTION = 0.06;
function freeCores(cores, load) {
  const busy = Number.isFinite(load) && load > 0 ? Math.floor(load) : 0;
  return Math.max(1, Math.min(cores, cores - busy));
}
function busyLoad(load, running) {
  return running === void 0 ? load : Math.min(load, running);
}
function freeCoresNow() {
  startedRunning ??= { value: othersRunning() };
  return freeCores(availableParallelism(), busyLoad(loadavg()[0], startedRunning.value));
}
var startedRunning;
function workersFor(seconds, cores, load = 0) {
  const free = freeCores(cores, load);
  if (free <= 1) return 1;
  return WORKER_START_SECONDS + seconds * (1 + CONTENTION) / free < seconds ? free : 1;
}

// src/pool/thread.ts
import { Worker } from "node:worker_threads";
function spawnThread(backend) {
  const entry = workerEntry(import.meta.url, "./worker.ts", "worker.js");
  const worker = entry.eval === true ? new Worker(entry.code, { eval: true, stdout: true, stderr: true }) : new Worker(entry.url, { stdout: true, stderr: true });
  const thread = { worker, stderr: "" };
  worker.stdout.resume();
  worker.stderr.on("data", (chunk) => {
    thread.stderr = (thread.stderr + chunk.toString()).slice(-2e3);
  });
  worker.on("error", (error) => thread.ended ??= threadError(error, thread));
  worker.on("exit", (code) => {
    thread.ended ??= threadError(`it exited with code ${code} while starting`, thread);
  });
  if (backend !== void 0) {
    const request = { type: "warm", backend };
    worker.postMessage(request);
  }
  return thread;
}
function threadError(cause, thread) {
  const text = cause instanceof Error ? cause.message : String(cause);
  const lastLine = thread.stderr.trim().split("\n").pop();
  const detail = lastLine === void 0 || lastLine === "" ? "" : ` (${lastLine.trim()})`;
  return new Error(`an evaluation worker failed: ${text}${detail}`.replace(/\s*\n\s*/g, " "));
}

export {
  spawnThread,
  threadError,
  planSeconds,
  freeCoresNow,
  workersFor
};
