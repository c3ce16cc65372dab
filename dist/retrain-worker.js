import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Rng,
  require_tf_node,
  useBackend
} from "./chunks/chunk-KR7ZMUVV.js";
import {
  errorMessage
} from "./chunks/chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunks/chunk-IYQKXGP4.js";

// src/retrain/worker.ts
var tf2 = __toESM(require_tf_node(), 1);
import { existsSync } from "node:fs";
import { register } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";

// src/model/save.ts
var tf = __toESM(require_tf_node(), 1);
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function saveModel(model, dir) {
  await mkdir(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData;
      const buffers = weightData === void 0 ? [] : Array.isArray(weightData) ? weightData : [weightData];
      const bytes = Buffer.concat(buffers.map((b) => Buffer.from(b)));
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: ["weights.bin"], weights: artifacts.weightSpecs ?? [] }]
      };
      await writeFile(path.join(dir, "weights.bin"), bytes);
      await writeFile(path.join(dir, "model.json"), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    })
  );
}

// src/retrain/worker.ts
var port = parentPort;
if (port === null) throw new Error("retrain worker: not started as a worker thread");
var post = (message, transfer = []) => port.postMessage(message, transfer);
try {
  await main(workerData);
} catch (error) {
  post({ type: "error", message: errorMessage(error) });
}
async function main(request) {
  const rng = Rng.stream(request.seed, "math-random");
  Math.random = () => rng.next();
  await useBackend(request.backend, { searchFrom: request.searchFrom });
  enableTypeScript();
  const loaded = await import(pathToFileURL(request.module).href);
  if (typeof loaded.train !== "function") {
    throw new Error(`${request.module} exports no train function`);
  }
  const controller = new AbortController();
  port?.on("message", (message) => {
    if (message.type === "abort") controller.abort(new Error("time limit reached"));
  });
  const started = performance.now();
  const returned = await loaded.train({
    switches: request.switches,
    seed: request.seed,
    data: request.data,
    signal: controller.signal,
    reportProgress: (fraction) => post({ type: "progress", fraction }),
    tf: tf2
  });
  const trainMs = performance.now() - started;
  const model = await adopt(returned);
  const { outputs, width } = predict(model, request.eval.x, request.eval.n);
  if (request.saveTo !== void 0) await saveModel(model, request.saveTo);
  model.dispose();
  post({ type: "done", outputs, width, trainMs }, [outputs.buffer]);
}
function enableTypeScript() {
  if (import.meta.url.endsWith(".ts")) return;
  for (const candidate of ["./strip-types.js", "../strip-types.js"]) {
    const hook = new URL(candidate, import.meta.url);
    if (existsSync(hook)) {
      register(hook.href);
      return;
    }
  }
}
async function adopt(returned) {
  if (returned instanceof tf2.LayersModel) return returned;
  const foreign = returned;
  if (foreign === null || typeof foreign !== "object" || typeof foreign.save !== "function") {
    throw new Error(`train() returned ${describe(returned)}, expected a TF.js LayersModel`);
  }
  let artifacts;
  await foreign.save(
    tf2.io.withSaveHandler((saved) => {
      artifacts = saved;
      return Promise.resolve({
        modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(), modelTopologyType: "JSON" }
      });
    })
  );
  returned.dispose?.();
  return tf2.loadLayersModel(tf2.io.fromMemory(artifacts));
}
function describe(value) {
  if (value === null || value === void 0) return String(value);
  return typeof value === "object" ? `an object (${value.constructor.name})` : `a ${typeof value}`;
}
function predict(model, x, n) {
  const shape = model.inputs[0].shape.slice(1).map((d) => d ?? -1);
  const f = x.length / n;
  const perExample = shape.includes(-1) ? [f] : shape;
  const batch = 1024;
  const parts = [];
  let width = 0;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const input = tf2.tensor(x.subarray(start * f, end * f), [end - start, ...perExample]);
    const output = model.predict(input);
    width = output.size / (end - start);
    parts.push(Float32Array.from(output.dataSync()));
    tf2.dispose([input, output]);
  }
  const outputs = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    outputs.set(part, offset);
    offset += part.length;
  }
  return { outputs, width };
}
