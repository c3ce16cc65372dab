import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  loadModel
} from "./chunks/chunk-CKSEZVXK.js";
import "./chunks/chunk-CAWXICTY.js";
import {
  useBackend
} from "./chunks/chunk-RSH3VK7I.js";
import "./chunks/chunk-JGSJAZ6X.js";
import {
  CurveEvaluator,
  Evaluator
} from "./chunks/chunk-XSLR7JCO.js";
import {
  buildGraph
} from "./chunks/chunk-2F72UHEX.js";
import "./chunks/chunk-FT6JTLYM.js";
import "./chunks/chunk-CGUDVJKI.js";
import "./chunks/chunk-4DLMUD5B.js";
import {
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import "./chunks/chunk-QGQCRQM2.js";

// src/pool/worker.ts
import { parentPort } from "node:worker_threads";
if (parentPort === null) throw new Error("the evaluation worker must run in a worker thread");
var port = parentPort;
var state;
var warming = Promise.resolve();
var loading;
var batches = [];
var claiming = false;
var reply = (message, transfer = []) => port.postMessage(message, transfer);
port.on("message", (request) => {
  handle(request).catch((error) => reply({ type: "error", message: errorMessage(error) }));
});
async function handle(request) {
  if (request.type === "warm") {
    warming = warm(request.backend);
    return;
  }
  if (request.type === "setup") {
    loading = warming.then(() => load(request.setup));
    const { graph, setup } = await loading;
    if (setup.baselineFollows === true) return;
    const evaluator = new Evaluator(graph, setup.inputShape, setup.data, setup.options);
    state = { evaluator, setup, graph };
    reply({ type: "ready" });
    return;
  }
  if (request.type === "baseline") {
    const loaded = await loading?.catch(() => void 0);
    if (loaded === void 0) return;
    const { graph, setup } = loaded;
    const options = { ...setup.options, baseline: request.values };
    state = {
      evaluator: new Evaluator(graph, setup.inputShape, setup.data, options),
      setup,
      graph
    };
    reply({ type: "ready" });
    return;
  }
  batches.push(request);
  if (!claiming) claimUnits();
}
function claimUnits() {
  if (state === void 0) throw new Error("units arrived before the setup");
  const { evaluator, setup, graph } = state;
  const current = state;
  claiming = true;
  try {
    while (batches.length > 0) {
      const batch = batches[0];
      const index = Atomics.add(batch.next, 0, 1);
      if (index >= batch.units.length) {
        batches.shift();
        continue;
      }
      const unit = batch.units[index];
      const values = unit.on === "curve" ? (current.curves ??= new CurveEvaluator(
        evaluator,
        graph,
        setup.data,
        setup.curves
      )).evaluateUnit(unit) : evaluator.evaluateUnit(unit, setup.components);
      reply({ type: "done", id: batch.first + index, values }, [values.buffer]);
    }
  } finally {
    claiming = false;
  }
}
async function warm(choice) {
  if (choice === "tensorflow") return;
  await useBackend(choice === "auto" ? "wasm" : choice, { searchFrom: [] }).catch(() => void 0);
}
async function load(setup) {
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
  return { graph: buildGraph(loaded.model), setup };
}
