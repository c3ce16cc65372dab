import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  findRoot,
  notRegular
} from "./chunk-CAWXICTY.js";
import {
  quietTfjs
} from "./chunk-RSH3VK7I.js";
import {
  LayersModel,
  dispose,
  engine,
  exports_models_exports,
  io_exports,
  tidy
} from "./chunk-4DLMUD5B.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/model/load.ts
import path2 from "node:path";

// src/model/artifacts.ts
import { createHash } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
var ELEMENT_BYTES = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2
};
async function readModelArtifacts(file, displayPath, root) {
  const jsonBytes = await readBytes(file, displayPath, "model file");
  let json;
  try {
    json = JSON.parse(jsonBytes.toString("utf8"));
  } catch (error) {
    throw new InputError(`is not valid JSON (corrupt model.json?): ${errorMessage(error)}`, {
      file: displayPath
    });
  }
  if (!isRecord(json)) {
    throw new InputError("is not a TF.js model.json (expected a JSON object)", {
      file: displayPath
    });
  }
  const topology = checkLayersModel(json, displayPath);
  const groups = checkManifest(json["weightsManifest"], displayPath);
  const hash = createHash("sha256").update(jsonBytes);
  const groupBuffers = [];
  const weightSpecs = [];
  const folder = path.dirname(file);
  for (const [g, group] of groups.entries()) {
    const shards = [];
    let lastShard = displayPath;
    for (const shardPath of group.paths) {
      lastShard = shardDisplayPath(displayPath, shardPath);
      const shardFile = resolveShard(folder, shardPath, displayPath);
      if (root !== void 0) await checkInside(shardFile, root, lastShard);
      const bytes = await readBytes(shardFile, lastShard, "weight shard");
      hash.update(bytes);
      shards.push(bytes);
    }
    const data = Buffer.concat(shards);
    const expected = group.weights.reduce((sum, spec) => sum + specBytes(spec, displayPath), 0);
    if (data.length !== expected) {
      const listed2 = group.paths.length === 1 ? "it holds" : `the ${group.paths.length} shards of group ${g + 1} hold`;
      throw new InputError(
        `weight data ${data.length < expected ? "too short" : "too long"}: ${listed2} ${data.length} bytes, but model.json's weightsManifest describes ${expected}`,
        { file: lastShard }
      );
    }
    groupBuffers.push(data);
    weightSpecs.push(...group.weights);
  }
  const all = Buffer.concat(groupBuffers);
  return {
    topology,
    weightSpecs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
    hash: `sha256:${hash.digest("hex")}`,
    format: detectFormat(json, topology)
  };
}
function detectFormat(json, topology) {
  const version = topology["keras_version"];
  const generatedBy = json["generatedBy"];
  const source = typeof version === "string" ? version : typeof generatedBy === "string" ? generatedBy.replace(/^keras v/i, "") : "";
  if (/^3\./.test(source)) return "keras3";
  if (/^[12]\./.test(source)) return "keras2";
  return "tfjs";
}
function checkLayersModel(json, file) {
  const topology = json["modelTopology"];
  const isGraph = json["format"] === "graph-model" || isRecord(topology) && (Array.isArray(topology["node"]) || "versions" in topology);
  if (isGraph) {
    throw new InputError(
      "is a TF.js graph model; ablation needs a LayersModel (convert the Keras model with tensorflowjs_converter --output_format=tfjs_layers_model)",
      { file }
    );
  }
  if (json["format"] !== void 0 && json["format"] !== "layers-model") {
    throw new InputError(
      `has format ${JSON.stringify(json["format"])}; ablation needs a "layers-model"`,
      {
        file
      }
    );
  }
  if (!isRecord(topology)) {
    throw new InputError("has no modelTopology object: not a TF.js LayersModel", { file });
  }
  const config = isRecord(topology["model_config"]) ? topology["model_config"] : topology;
  if (typeof config["class_name"] !== "string" || !isRecord(config["config"])) {
    throw new InputError(
      "modelTopology is not a Keras model config (needs class_name and config): not a LayersModel",
      { file }
    );
  }
  return topology;
}
function checkManifest(manifest, file) {
  if (!Array.isArray(manifest)) {
    throw new InputError("has no weightsManifest list: the model has no trained weights", {
      file,
      where: "weightsManifest"
    });
  }
  return manifest.map((group, g) => {
    const where = `weightsManifest[${g}]`;
    if (!isRecord(group) || !Array.isArray(group["paths"]) || !Array.isArray(group["weights"])) {
      throw new InputError("expected {paths: [...], weights: [...]}", { file, where });
    }
    const paths = group["paths"].map((p, i) => {
      if (typeof p !== "string" || p === "") {
        throw new InputError("expected a file name", { file, where: `${where}.paths[${i}]` });
      }
      return p;
    });
    const weights = group["weights"].map((w, i) => checkSpec(w, file, `${where}.weights[${i}]`));
    return { paths, weights };
  });
}
function checkSpec(spec, file, where) {
  const ok = isRecord(spec) && typeof spec["name"] === "string" && typeof spec["dtype"] === "string" && Array.isArray(spec["shape"]) && spec["shape"].every((d) => Number.isInteger(d) && d >= 0);
  if (!ok) throw new InputError("expected {name, shape: [ints], dtype}", { file, where });
  return spec;
}
function specBytes(spec, file) {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const size = Object.hasOwn(ELEMENT_BYTES, dtype) ? ELEMENT_BYTES[dtype] : void 0;
  if (size === void 0) {
    throw new InputError(
      `weight "${spec.name}" has dtype "${dtype}", which a LayersModel cannot load`,
      {
        file,
        where: "weightsManifest"
      }
    );
  }
  return spec.shape.reduce((n, d) => n * d, 1) * size;
}
function resolveShard(folder, shardPath, file) {
  const resolved = path.resolve(folder, shardPath);
  const relative = path.relative(folder, resolved);
  if (path.isAbsolute(shardPath) || relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new InputError(`weight shard path "${shardPath}" points outside the model's folder`, {
      file,
      where: "weightsManifest"
    });
  }
  return resolved;
}
function shardDisplayPath(displayPath, shardPath) {
  return path.posix.join(path.posix.dirname(displayPath.replaceAll("\\", "/")), shardPath);
}
async function checkInside(file, root, displayPath) {
  let real;
  try {
    real = await realpath(file);
  } catch {
    return;
  }
  const rel = path.relative(await realpath(root), real);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(
      "weight shard escapes the repository through a symlink (listed in model.json's weightsManifest)",
      { file: displayPath }
    );
  }
}
async function readBytes(file, displayPath, what) {
  const special = await notRegular(file);
  if (special !== void 0) {
    throw new InputError(
      `${what} ${special}` + (what === "weight shard" ? " (listed in model.json's weightsManifest)" : ""),
      { file: displayPath }
    );
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = error.code;
    const detail = code === "ENOENT" ? `${what} not found` : code === "EISDIR" ? `${what} is a directory, not a file` : `cannot read ${what}: ${errorMessage(error)}`;
    throw new InputError(
      detail + (what === "weight shard" ? " (listed in model.json's weightsManifest)" : ""),
      {
        file: displayPath
      }
    );
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/model/keras3.ts
function normalizeKerasTopology(topology) {
  return normalize(topology, void 0);
}
var WRAPPER_KEYS = /* @__PURE__ */ new Set(["module", "registered_name", "build_config", "compile_config"]);
var ACTIVATION_KEYS = /* @__PURE__ */ new Set(["activation", "recurrent_activation"]);
var ACTIVATION_NAMES = /* @__PURE__ */ new Map([["silu", "swish"]]);
function normalize(value, key) {
  if (Array.isArray(value)) return value.map((item) => normalize(item, key));
  if (!isRecord2(value)) {
    if (typeof value === "string" && key !== void 0 && ACTIVATION_KEYS.has(key)) {
      return ACTIVATION_NAMES.get(value) ?? value;
    }
    return value;
  }
  const className = value["class_name"];
  if (typeof className === "string") {
    if (className === "DTypePolicyMap" || /DTypePolicy$/.test(className)) {
      return dtypeOfPolicy(className, value["config"]);
    }
    if (className === "Policy" && key === "dtype") return dtypeOfPolicy(className, value["config"]);
    if (className === "function" && typeof value["config"] === "string") {
      return normalize(value["config"], key);
    }
    if (className === "SeedGenerator") return seedOf(value["config"]);
  }
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(value)) {
    if (typeof className === "string" && WRAPPER_KEYS.has(k)) continue;
    if (k === "inbound_nodes") {
      out[k] = inboundNodes(v, typeof value["name"] === "string" ? value["name"] : "?");
    } else if (k === "input_layers" || k === "output_layers") {
      out[k] = tensorRefs(v, k);
    } else {
      out[k] = normalize(v, k);
    }
  }
  if (className === "InputLayer" && isRecord2(out["config"])) {
    out["config"] = inputLayerConfig(out["config"]);
  }
  if (className === "Sequential" && isRecord2(out["config"])) {
    out["config"] = foldInputLayer(out["config"]);
  }
  if ((className === "L1" || className === "L2") && key?.endsWith("regularizer") === true) {
    const config = isRecord2(out["config"]) ? out["config"] : {};
    return { class_name: "L1L2", config: { l1: config["l1"] ?? 0, l2: config["l2"] ?? 0 } };
  }
  return out;
}
function dtypeOfPolicy(className, config) {
  const name = isRecord2(config) ? config["name"] : void 0;
  if (className.includes("Quantized") || className === "DTypePolicyMap") {
    throw new Error(
      `the model uses a quantized dtype policy (${className}${typeof name === "string" ? ` "${name}"` : ""}), which TF.js cannot run; save the model before quantizing it`
    );
  }
  if (typeof name !== "string") throw new Error(`a ${className} without a name`);
  return name.startsWith("mixed_") ? "float32" : name;
}
function seedOf(config) {
  const seed = isRecord2(config) ? config["seed"] : void 0;
  return typeof seed === "number" ? seed : null;
}
function inputLayerConfig(config) {
  if (!("batch_shape" in config)) return config;
  const { batch_shape: batchShape, ...rest } = config;
  return "batch_input_shape" in rest ? rest : { ...rest, batch_input_shape: batchShape };
}
function foldInputLayer(config) {
  const layers = config["layers"];
  if (!Array.isArray(layers) || layers.length < 2) return config;
  const [input, first, ...rest] = layers;
  if (!isRecord2(input) || input["class_name"] !== "InputLayer" || !isRecord2(input["config"]))
    return config;
  if (!isRecord2(first) || !isRecord2(first["config"])) return config;
  const shape = input["config"]["batch_input_shape"];
  const dtype = input["config"]["dtype"];
  if (!Array.isArray(shape) || dtype !== void 0 && dtype !== "float32") return config;
  const firstConfig = { batch_input_shape: shape, ...first["config"] };
  return { ...config, layers: [{ ...first, config: firstConfig }, ...rest] };
}
function inboundNodes(nodes, layer) {
  if (!Array.isArray(nodes)) throw new Error(`layer "${layer}": inbound_nodes is not a list`);
  return nodes.map((node) => {
    if (Array.isArray(node)) return normalize(node, "inbound_nodes");
    if (!isRecord2(node))
      throw new Error(`layer "${layer}": an inbound node is neither a list nor {args, kwargs}`);
    const kwargs = normalize(node["kwargs"] ?? {}, "kwargs");
    if (containsTensor(kwargs)) {
      throw new Error(
        `layer "${layer}" is called with a tensor as a keyword argument, which TF.js cannot load`
      );
    }
    const tensors = [];
    collectTensors(node["args"] ?? [], tensors, layer);
    return tensors.map((history) => [...history, kwargs]);
  });
}
function collectTensors(args, into, layer) {
  if (Array.isArray(args)) {
    for (const arg of args) collectTensors(arg, into, layer);
    return;
  }
  if (isRecord2(args) && args["class_name"] === "__keras_tensor__") {
    const history = isRecord2(args["config"]) ? args["config"]["keras_history"] : void 0;
    if (!isTensorRef(history))
      throw new Error(`layer "${layer}": a Keras tensor without keras_history`);
    into.push(history.slice(0, 3));
    return;
  }
  throw new Error(
    `layer "${layer}" is called with a non-tensor argument (${JSON.stringify(args)}), which TF.js cannot load`
  );
}
function tensorRefs(value, key) {
  if (isTensorRef(value)) return [value];
  if (Array.isArray(value)) return value.flatMap((item) => tensorRefs(item, key));
  if (isRecord2(value))
    return Object.keys(value).sort().flatMap((k) => tensorRefs(value[k], key));
  throw new Error(`${key} holds ${JSON.stringify(value)}, not [layer, node, tensor] references`);
}
function containsTensor(value) {
  if (Array.isArray(value)) return value.some(containsTensor);
  if (!isRecord2(value)) return false;
  return value["class_name"] === "__keras_tensor__" || Object.values(value).some(containsTensor);
}
function isTensorRef(value) {
  return Array.isArray(value) && value.length >= 3 && typeof value[0] === "string" && typeof value[1] === "number" && typeof value[2] === "number";
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/model/topology.ts
function checkTopology(topology, file) {
  const top = isRecord3(topology) && isRecord3(topology["model_config"]) ? topology["model_config"] : topology;
  visit(top, [], file);
}
function visit(model, outer, file) {
  if (!isRecord3(model) || !isRecord3(model["config"])) return;
  const config = model["config"];
  const layers = config["layers"];
  if (!Array.isArray(layers)) return;
  const name = typeof config["name"] === "string" ? config["name"] : String(model["class_name"]);
  const scope = [...outer, name];
  if (layers.some((layer) => isRecord3(layer) && "inbound_nodes" in layer)) {
    checkFunctional(layers, config, scope, file);
  }
  for (const layer of layers) visit(layer, scope, file);
}
var NESTED_MODELS = /* @__PURE__ */ new Set(["Sequential", "Model", "Functional"]);
function checkFunctional(layers, config, scope, file) {
  const where = scope.length > 1 ? ` of nested model "${scope.slice(1).join("/")}"` : "";
  const fail = (detail) => {
    throw new InputError(`modelTopology: ${detail}`, { file });
  };
  const byName2 = /* @__PURE__ */ new Map();
  for (const [i, layer] of layers.entries()) {
    if (!isRecord3(layer)) return fail(`layers[${i}]${where} is not a layer config`);
    const name = layerName(layer);
    if (name === void 0) return fail(`layers[${i}]${where} has no name`);
    if (byName2.has(name)) fail(`two layers${where} are named ${JSON.stringify(name)}`);
    const inbound = layer["inbound_nodes"] ?? [];
    if (!Array.isArray(inbound))
      return fail(`layer ${JSON.stringify(name)}${where}: inbound_nodes is not a list`);
    const offset = NESTED_MODELS.has(String(layer["class_name"])) ? 1 : 0;
    const nodes = layer["class_name"] === "InputLayer" ? Math.max(1, inbound.length) : inbound.length + offset;
    byName2.set(name, { nodes, offset, inputs: [], raw: layer });
  }
  const resolve = (ref, from) => {
    if (!Array.isArray(ref) || typeof ref[0] !== "string") {
      return fail(`${from} holds ${short(ref)}, not a [layer, node, tensor] reference`);
    }
    const [target, node = 0] = ref;
    const calls = byName2.get(target);
    if (calls === void 0) {
      return fail(
        `${from} refers to layer ${JSON.stringify(target)}, which is not a layer${where}`
      );
    }
    if (!Number.isInteger(node) || node < 0 || node >= calls.nodes) {
      return fail(
        `${from} refers to call ${short(node)} of layer ${JSON.stringify(target)}, which has ${calls.nodes} call(s)`
      );
    }
    return `${target}#${node}`;
  };
  for (const [name, calls] of byName2) {
    const inbound = calls.raw["inbound_nodes"] ?? [];
    inbound.forEach((node, k) => {
      const from = `layer ${JSON.stringify(name)}${where}`;
      calls.inputs[k + calls.offset] = refsOf(node).map((ref) => resolve(ref, from));
    });
  }
  for (const key of ["input_layers", "output_layers"]) {
    const refs = config[key];
    if (refs === void 0) continue;
    if (!Array.isArray(refs)) fail(`${key}${where} is not a list`);
    const list = refs;
    const items = typeof list[0] === "string" ? [list] : list;
    for (const ref of items) resolve(ref, `${key}${where}`);
  }
  const cycle = firstCycle(byName2);
  if (cycle !== void 0) {
    fail(
      `layer ${JSON.stringify(cycle[0])}${where} depends on its own output: inbound_nodes form a cycle (${cycle.map((n) => JSON.stringify(n)).join(" \u2192 ")})`
    );
  }
}
function refsOf(node) {
  if (Array.isArray(node)) return node;
  const refs = [];
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isRecord3(value)) {
      const history = isRecord3(value["config"]) ? value["config"]["keras_history"] : void 0;
      if (value["class_name"] === "__keras_tensor__" && Array.isArray(history)) refs.push(history);
      else Object.values(value).forEach(collect);
    }
  };
  collect(node);
  return refs;
}
function firstCycle(byName2) {
  const waiting = /* @__PURE__ */ new Map();
  const users = /* @__PURE__ */ new Map();
  const inputsOf = /* @__PURE__ */ new Map();
  for (const [name, calls] of byName2) {
    for (let k = 0; k < calls.nodes; k++) {
      const id = `${name}#${k}`;
      const inputs = calls.inputs[k] ?? [];
      inputsOf.set(id, inputs);
      waiting.set(id, inputs.length);
      for (const input of inputs) users.set(input, [...users.get(input) ?? [], id]);
    }
  }
  const ready = [...waiting].filter(([, count]) => count === 0).map(([id]) => id);
  while (ready.length > 0) {
    const id = ready.pop();
    waiting.delete(id);
    for (const user of users.get(id) ?? []) {
      const left = (waiting.get(user) ?? 0) - 1;
      waiting.set(user, left);
      if (left === 0) ready.push(user);
    }
  }
  if (waiting.size === 0) return void 0;
  const path3 = [];
  let current = waiting.keys().next().value;
  while (!path3.includes(current)) {
    path3.push(current);
    current = (inputsOf.get(current) ?? []).find((input) => waiting.has(input));
  }
  const loop = path3.slice(path3.indexOf(current)).reverse();
  return [...loop, loop[0]].map((id) => id.slice(0, id.lastIndexOf("#")));
}
function layerName(layer) {
  if (typeof layer["name"] === "string") return layer["name"];
  const config = layer["config"];
  return isRecord3(config) && typeof config["name"] === "string" ? config["name"] : void 0;
}
function short(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/model/weights.ts
function describeLayers(model) {
  return model.layers.map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    weights: layer.weights.map((w) => w.originalName),
    ...layer instanceof LayersModel ? { layers: describeLayers(layer) } : {}
  }));
}
function matchWeightNames(manifestNames, layers) {
  const modelNames = allWeights(layers);
  const known = /* @__PURE__ */ new Set();
  for (const name of modelNames) {
    if (known.has(name)) throw new Error(`the model has two weights named "${name}"`);
    known.add(name);
  }
  const targets = /* @__PURE__ */ new Map();
  const claimedBy = /* @__PURE__ */ new Map();
  const ignored = [];
  for (const name of manifestNames) {
    if (isState(name)) {
      ignored.push(name);
      continue;
    }
    const target = byName(name, known) ?? byVarsPath(name, layers);
    if (target === void 0) {
      throw new Error(`weight "${name}" matches no weight of the model (${listed(modelNames)})`);
    }
    const other = claimedBy.get(target);
    if (other !== void 0) {
      throw new Error(`weights "${other}" and "${name}" both match the model's weight "${target}"`);
    }
    claimedBy.set(target, name);
    targets.set(name, target);
  }
  const missing = modelNames.filter((name) => !claimedBy.has(name));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of the model's ${modelNames.length} weights have no value in the manifest: ${listed(missing)}`
    );
  }
  return { targets, ignored };
}
function assignWeights(model, match, specs, weightData) {
  const variables = new Map(model.weights.map((w) => [w.originalName, w]));
  for (const spec of specs) {
    const target = match.targets.get(spec.name);
    if (target === void 0) continue;
    const variable = variables.get(target);
    if (variable === void 0) throw new Error(`the model has no weight "${target}"`);
    if (!sameShape(variable.shape, spec.shape)) {
      throw new Error(
        `weight "${spec.name}" has shape [${spec.shape.join(",")}] but the model's "${target}" has shape [${variable.shape.join(",")}]`
      );
    }
    if (spec.dtype !== variable.dtype) {
      throw new Error(
        `weight "${spec.name}" is ${spec.dtype} but the model's "${target}" is ${variable.dtype}`
      );
    }
  }
  const values = tidy(() => io_exports.decodeWeights(weightData, specs));
  try {
    for (const [name, target] of match.targets) variables.get(target)?.write(values[name]);
  } finally {
    dispose(Object.values(values));
  }
}
function byName(name, known) {
  const segments = name.split("/");
  for (let start = 0; start < segments.length; start++) {
    const tail = segments.slice(start);
    const candidate = tail.join("/");
    if (known.has(candidate)) return candidate;
    if (tail.length >= 3) {
      const withoutCell = [...tail.slice(0, -2), tail[tail.length - 1]].join("/");
      if (known.has(withoutCell)) return withoutCell;
    }
  }
  return void 0;
}
var CONTAINERS = /* @__PURE__ */ new Set(["layers", "layer_checkpoint_dependencies"]);
function byVarsPath(name, top) {
  const segments = name.split("/").map((s) => s.replace(/^_/, ""));
  const index = Number(segments[segments.length - 1]);
  if (segments.length < 4 || segments[segments.length - 2] !== "vars" || !Number.isInteger(index)) {
    return void 0;
  }
  let layers = top;
  let layer;
  for (let i = 0; i < segments.length - 2; i++) {
    if (!CONTAINERS.has(segments[i])) continue;
    layer = nthOfClass(layers, segments[i + 1]);
    if (layer === void 0) return void 0;
    layers = layer.layers ?? [];
    i++;
  }
  return layer?.weights[index];
}
function nthOfClass(layers, key) {
  const match = /^(.*?)(?:_(\d+))?$/.exec(key);
  if (match === null) return void 0;
  const [, base, nth] = match;
  const ofClass = layers.filter((l) => snakeCase(l.className) === base);
  return ofClass[nth === void 0 ? 0 : Number(nth)];
}
function snakeCase(name) {
  return name.replace(/\W+/g, "").replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
function isState(name) {
  const segments = name.split("/").map((s) => s.replace(/^_/, ""));
  return segments[0] === "optimizer" || segments.includes("seed_generator");
}
function allWeights(layers) {
  const names = [];
  const visit2 = (list) => {
    for (const layer of list) {
      if (layer.layers !== void 0) {
        visit2(layer.layers);
        continue;
      }
      names.push(...layer.weights);
    }
  };
  visit2(layers);
  return names;
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function listed(names) {
  const shown = names.slice(0, 8).join(", ");
  return names.length > 8 ? `${shown}, \u2026 ${names.length - 8} more` : shown;
}

// src/model/load.ts
async function loadModel(file, displayPath) {
  quietTfjs();
  const folder = path2.dirname(file);
  const artifacts = await readModelArtifacts(file, displayPath, await findRoot(folder, folder));
  let topology;
  try {
    topology = normalizeKerasTopology(artifacts.topology);
  } catch (error) {
    throw new InputError(`cannot read the model topology: ${errorMessage(error)}`, {
      file: displayPath
    });
  }
  checkTopology(topology, displayPath);
  const model = await buildModel(topology, displayPath);
  try {
    const specs = artifacts.weightSpecs.filter((spec) => spec.group !== "optimizer");
    const match = matchWeightNames(
      specs.map((spec) => spec.name),
      describeLayers(model)
    );
    assignWeights(model, match, artifacts.weightSpecs, artifacts.weightData);
  } catch (error) {
    model.dispose();
    throw new InputError(`weights do not match the model topology: ${errorMessage(error)}`, {
      file: displayPath
    });
  }
  return { model, hash: artifacts.hash, format: artifacts.format };
}
async function buildModel(topology, displayPath) {
  const variables = () => Object.values(engine().state.registeredVariables);
  const before = new Set(variables());
  const pending = exports_models_exports.modelFromJSON({
    modelTopology: topology
  });
  const created = variables().filter((v) => !before.has(v));
  try {
    return await pending;
  } catch (error) {
    for (const v of created) if (!v.isDisposed) v.dispose();
    throw new InputError(`cannot build a LayersModel from the topology: ${errorMessage(error)}`, {
      file: displayPath
    });
  }
}

export {
  loadModel
};
