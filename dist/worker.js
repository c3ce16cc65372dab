import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Evaluator,
  buildGraph,
  loadModel
} from "./chunks/chunk-AJ6UXENK.js";
import {
  useBackend
} from "./chunks/chunk-KR7ZMUVV.js";
import {
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import "./chunks/chunk-IYQKXGP4.js";

// src/pool/worker.ts
import { parentPort } from "node:worker_threads";
if (parentPort === null) throw new Error("the evaluation worker must run in a worker thread");
var port = parentPort;
var state;
var reply = (message, transfer = []) => port.postMessage(message, transfer);
port.on("message", (request) => {
  handle(request).catch((error) => reply({ type: "error", message: errorMessage(error) }));
});
async function handle(request) {
  if (request.type === "setup") {
    state = await start(request.setup);
    reply({ type: "ready" });
    return;
  }
  if (state === void 0) throw new Error("a unit arrived before the setup");
  const values = state.evaluator.evaluateUnit(request.unit, state.setup.components);
  reply({ type: "done", id: request.id, values }, [values.buffer]);
}
async function start(setup) {
  const backend = await useBackend(setup.backend, { searchFrom: setup.searchFrom });
  if (backend !== setup.backend) {
    throw new Error(`the worker started the ${backend} backend, not ${setup.backend}`);
  }
  const { path, displayPath, hash } = setup.model;
  const loaded = await loadModel(path, displayPath);
  if (loaded.hash !== hash) {
    loaded.model.dispose();
    throw new Error(`${displayPath} changed on disk during the run`);
  }
  const graph = buildGraph(loaded.model);
  return { evaluator: new Evaluator(graph, setup.inputShape, setup.data, setup.options), setup };
}
