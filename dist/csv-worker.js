import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  readRange
} from "./chunks/chunk-RRZRISNN.js";
import "./chunks/chunk-YSKLVAJM.js";
import "./chunks/chunk-QGQCRQM2.js";

// src/data/csv-worker.ts
import { createHash } from "node:crypto";
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port === null) throw new Error("csv-worker: not a worker thread");
port.on("message", (request) => {
  const reply = answer(request);
  port.postMessage(
    reply,
    reply.type === "range" ? [reply.lines.buffer, reply.kept.buffer] : []
  );
});
function answer(request) {
  switch (request.type) {
    case "range": {
      const { bytes, from, to, m, values } = request;
      try {
        return { type: "range", ...readRange(bytes, { from, to, line: 1, row: 1 }, m, values, "") };
      } catch {
        return { type: "failed" };
      }
    }
    case "hash":
      return { type: "hash", hash: createHash("sha256").update(request.bytes).digest("hex") };
  }
}
