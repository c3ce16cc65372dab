import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  INFERENCE_IDENTITY,
  affectedNodes,
  changedRows,
  columnMeans,
  columnRuns,
  columnsOf,
  featureChange,
  fillRows,
  findInitializer
} from "./chunk-2F72UHEX.js";
import {
  compileKernels,
  instantiate
} from "./chunk-FT6JTLYM.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  add,
  backend,
  broadcastTo,
  cast,
  div,
  getBackend,
  greater,
  matMul,
  mul,
  ones,
  sum,
  tensor,
  tensor2d,
  tidy,
  zerosLike
} from "./chunk-4DLMUD5B.js";

// src/model/execute.ts
function evaluateGraph(graph, inputs, overrides = /* @__PURE__ */ new Map(), baseline) {
  const slots = new Array(graph.slotCount);
  graph.inputSlots.forEach((s, i) => slots[s] = inputs[i]);
  const dirty = baseline === void 0 ? void 0 : affectedNodes(graph, overrides.keys());
  graph.nodes.forEach((node, index) => {
    if (node.isInput) return;
    if (baseline !== void 0 && !dirty?.has(index)) {
      for (const s of node.outputs) slots[s] = baseline[s];
      return;
    }
    const override = overrides.get(node.name);
    const args = node.inputs.map((s) => slots[s]);
    const outputs = override === void 0 ? applyLayer(node, args) : applyOverride(node, args, override, baseline);
    node.outputs.forEach((s, i) => slots[s] = outputs[i]);
  });
  return slots;
}
function applyLayer(node, args) {
  const result = node.layer.apply(args.length === 1 ? args[0] : args, {
    ...node.callArgs,
    training: false
  });
  return Array.isArray(result) ? result : [result];
}
function applyOverride(node, args, override, baseline) {
  switch (override.kind) {
    case "recompute":
      return applyLayer(node, args);
    case "remove":
      return [args[0]];
    case "zero":
    case "mean": {
      const reference = baseline ? node.outputs.map((s) => baseline[s]) : applyLayer(node, args);
      return reference.map(
        (t) => override.kind === "zero" ? zerosLike(t) : broadcastTo(override.value, t.shape)
      );
    }
  }
}
function evaluateFrom(graph, slot, value) {
  const slots = new Array(graph.slotCount);
  slots[slot] = value;
  const known = /* @__PURE__ */ new Set([slot]);
  for (const node of graph.nodes) {
    if (node.isInput || node.outputs.includes(slot)) continue;
    if (!node.inputs.some((s) => known.has(s))) continue;
    if (!node.inputs.every((s) => known.has(s))) {
      throw new Error(`layer ${node.name} reads a value that the changed slot does not give`);
    }
    const outputs = applyLayer(
      node,
      node.inputs.map((s) => slots[s])
    );
    node.outputs.forEach((s, i) => {
      slots[s] = outputs[i];
      known.add(s);
    });
  }
  return slots;
}

// src/model/reinit.ts
function drawWeights(layer, seed, repeat) {
  return layer.weights.map((weight) => {
    const initializer = findInitializer(layer, weight.originalName);
    if (initializer === void 0) throw new Error(`no initializer for ${weight.originalName}`);
    const drawSeed = Rng.stream(
      seed,
      "reinit",
      layer.name,
      weight.originalName,
      repeat
    ).nextUint32();
    const seeded = withSeed(initializer, drawSeed);
    return seeded.apply(weight.shape, weight.dtype);
  });
}
function withSeed(initializer, seed) {
  const Class = initializer.constructor;
  const config = { ...initializer.getConfig() };
  if ("seed" in config || isRandom(initializer)) config.seed = seed;
  return new Class(config);
}
function isRandom(initializer) {
  return !["Zeros", "Ones", "Constant", "Identity"].includes(initializer.getClassName());
}

// src/ablation/layer-path.ts
var LayerPath = class {
  constructor(graph, seed, n, input, rowsPerPass) {
    this.graph = graph;
    this.seed = seed;
    this.n = n;
    this.input = input;
    this.rowsPerPass = rowsPerPass;
  }
  graph;
  seed;
  n;
  input;
  rowsPerPass;
  means = /* @__PURE__ */ new Map();
  cached;
  /** Outputs of each segment (all on the same rows), one after the other. */
  evaluate(segments, components) {
    const { start, end } = segments[0];
    const baseline = this.activations(start, end);
    return segments.map((segment, i) => this.evaluateOne(components[i], segment.repeat, baseline));
  }
  /** Frees the cached activations and layer means. */
  dispose() {
    this.release();
    for (const tensor2 of this.means.values()) tensor2.dispose();
    this.means.clear();
  }
  evaluateOne(component, repeat, baseline) {
    const overrides = /* @__PURE__ */ new Map();
    const restore = [];
    try {
      for (const name of component.layers) {
        overrides.set(name, this.override(name, component.mode));
        if (component.mode === "reinit") {
          const layer = this.layer(name);
          const drawn = drawWeights(layer, this.seed, repeat);
          restore.push([layer, layer.getWeights().map((w) => w.clone())]);
          layer.setWeights(drawn);
          for (const t of drawn) t.dispose();
        }
      }
      return this.outputsFrom(baseline, overrides);
    } finally {
      for (const [layer, original] of restore) {
        layer.setWeights(original);
        for (const t of original) t.dispose();
      }
    }
  }
  override(layer, mode) {
    switch (mode) {
      case "zero":
        return { kind: "zero" };
      case "remove":
        return { kind: "remove" };
      case "reinit":
        return { kind: "recompute" };
      case "mean":
        return { kind: "mean", value: this.mean(layer) };
    }
  }
  /**
   * The model's outputs on rows [start, end) with the overrides, recomputing
   * only the layers they reach from the rows' cached activations.
   */
  outputsWith(start, end, overrides) {
    return this.outputsFrom(this.activations(start, end), overrides);
  }
  /**
   * The baseline's activations (every slot) of rows [start, end), kept until
   * another row range is asked for: valid until the next call with other rows.
   */
  activations(start, end) {
    if (this.cached?.start === start && this.cached.end === end) return this.cached;
    this.release();
    const input = this.input(start, end);
    let slots;
    try {
      slots = tidy(() => evaluateGraph(this.graph, [input]));
    } catch (error) {
      input.dispose();
      throw error;
    }
    this.cached = { start, end, input, slots };
    return this.cached;
  }
  outputsFrom(baseline, overrides) {
    const output = tidy(
      () => evaluateGraph(this.graph, [baseline.input], overrides, baseline.slots)[this.graph.outputSlots[0]]
    );
    const values = output.dataSync();
    if (!baseline.slots.includes(output)) output.dispose();
    return values;
  }
  release() {
    if (this.cached === void 0) return;
    for (const tensor2 of /* @__PURE__ */ new Set([this.cached.input, ...this.cached.slots])) tensor2.dispose();
    this.cached = void 0;
  }
  /** The layer's mean output over the whole eval set (per example), computed once. */
  mean(name) {
    const known = this.means.get(name);
    if (known !== void 0) return known;
    const slot = this.graph.nodes[this.graph.nodesOfLayer.get(name)[0]].outputs[0];
    let sum2;
    try {
      for (let start = 0; start < this.n; start += this.rowsPerPass) {
        const end = Math.min(this.n, start + this.rowsPerPass);
        const input = this.input(start, end);
        const previous = sum2;
        try {
          sum2 = tidy(() => {
            const batchSum = sum(evaluateGraph(this.graph, [input])[slot], 0, true);
            return previous === void 0 ? batchSum : add(previous, batchSum);
          });
        } finally {
          input.dispose();
        }
        previous?.dispose();
      }
    } catch (error) {
      sum2?.dispose();
      throw error;
    }
    const mean = div(sum2, this.n);
    sum2.dispose();
    this.means.set(name, mean);
    return mean;
  }
  layer(name) {
    const index = this.graph.nodesOfLayer.get(name)?.[0];
    if (index === void 0) throw new Error(`no layer ${name}`);
    return this.graph.nodes[index].layer;
  }
};

// src/backend/read.ts
function readInto(tensor2, target, offset = 0) {
  const backend2 = backend();
  const heap = getBackend() === "wasm" ? backend2.wasm?.HEAPU8 : void 0;
  const info = heap === void 0 ? void 0 : backend2.dataIdMap?.get(tensor2.dataId);
  if (heap !== void 0 && info?.dtype === "float32" && typeof info.memoryOffset === "number") {
    target.set(
      new Float32Array(heap.buffer, heap.byteOffset + info.memoryOffset, tensor2.size),
      offset
    );
    return;
  }
  target.set(tensor2.dataSync(), offset);
}

// src/ablation/second-layer-kernel/second.wasm.ts
var SECOND_WASM = "AGFzbQEAAAABLwVgBX9/f31/AGAEf399fwBgB39/f399fX8AYAJ/fwBgDX9/f39/f39/f39/f38AAwYFAAECAwQFAwEAAQcTAgZtZW1vcnkCAAZ1cGRhdGUABAr2BgWYAQICfwF7IAP9EyEHIAAgBEECdGohBiAAIARBfHFBAnRqIQUCQANAIAAgBU8NASAAIAH9AAQAIAcgAv0ABAD95gH95AH9CwQAIABBEGohACABQRBqIQEgAkEQaiECDAALCwJAA0AgACAGTw0BIAAgASoCACADIAIqAgCUkjgCACAAQQRqIQAgAUEEaiEBIAJBBGohAgwACwsLigECAn8BeyAC/RMhBiAAIANBAnRqIQUgACADQXxxQQJ0aiEEAkADQCAAIARPDQEgACAA/QAEACAGIAH9AAQA/eYB/eQB/QsEACAAQRBqIQAgAUEQaiEBDAALCwJAA0AgACAFTw0BIAAgACoCACACIAEqAgCUkjgCACAAQQRqIQAgAUEEaiEBDAALCwsnACAEQwAAAABeIAVDAAAAAF5zBEAgACABIAMgAmxqIAWLIAYQAQsLeAECfyAAIAFBAnRqIQMgACABQXxxQQJ0aiECAkADQCAAIAJPDQEgACAA/QAEAP0MAAAAAAAAAAAAAAAAAAAAAP3pAf0LBAAgAEEQaiEADAALCwJAA0AgACADTw0BIAAgACoCAEMAAAAAlzgCACAAQQRqIQAMAAsLC6wDBAJ/AX0FfwR7IApBAnQhEyAJQXxxIRQCQANAIA0gB08NASAFIA1BAnRqKAIAIQ4gBiANQQJ0aioCACEPIA/9EyEVIAggDSATbGohECAQIAEgDiATbGogAiAOIBNsaiAPIAoQACALBEAgACAOIAlBAnRsaiERQQAhEgJAA0AgEiAUTw0BIBEgEkECdGr9AAQAIRYgFiAVIAMgEkECdGr9AAQA/eYB/eQBIRcgFv0MAAAAAAAAAAAAAAAAAAAAAP1EIBf9DAAAAAAAAAAAAAAAAAAAAAD9RP1RIRggGP1TBEAgECAEIBMgEiAW/R8AIBf9HwAgChACIBAgBCATIBJBAWogFv0fASAX/R8BIAoQAiAQIAQgEyASQQJqIBb9HwIgF/0fAiAKEAIgECAEIBMgEkEDaiAW/R8DIBf9HwMgChACCyASQQRqIRIMAAsLAkADQCASIAlPDQEgECAEIBMgEiARIBJBAnRqKgIAIBEgEkECdGoqAgAgDyADIBJBAnRqKgIAlJIgChACIBJBAWohEgwACwsLIAwEQCAQIAoQAwsgDUEBaiENDAALCws=";

// src/ablation/second-layer-kernel/second.ts
function emptySecondLayerKernel(shape, simd = true) {
  if (simd && module !== void 0) return new WasmKernel(module, shape);
  return new JsKernel(shape);
}
var module = compileKernels(SECOND_WASM);
var f32 = Math.fround;
var JsKernel = class {
  data;
  m = new Float32Array(0);
  out = new Float32Array(0);
  at = 0;
  constructor({ n, ...shape }) {
    const z1 = new Float32Array(n * shape.h);
    const z2 = new Float32Array(n * shape.h2);
    this.data = { ...shape, z1, z2 };
  }
  begin(rows) {
    this.out = new Float32Array(rows * this.data.h2);
    this.at = 0;
  }
  loadM(m) {
    this.m = m;
  }
  update(start, column, rows, deltas, count) {
    const { h, h2, relu, relu2, w1, w2, z1, z2 } = this.data;
    const { m, out } = this;
    const w = column * h;
    for (let p = 0; p < count; p++) {
      const r = rows[p];
      const d = deltas[p];
      const o = (this.at + p) * h2;
      const base = (start + r) * h2;
      const mr = r * h2;
      for (let u = 0; u < h2; u++) out[o + u] = f32(z2[base + u] + f32(d * m[mr + u]));
      const zr = (start + r) * h;
      for (let k = 0; relu && k < h; k++) {
        const z = z1[zr + k];
        const zn = f32(z + f32(d * w1[w + k]));
        if (z > 0 !== zn > 0) {
          const e = Math.abs(zn);
          const row = k * h2;
          for (let u = 0; u < h2; u++) out[o + u] = f32(out[o + u] + f32(e * w2[row + u]));
        }
      }
      for (let u = 0; relu2 && u < h2; u++) out[o + u] = Math.max(out[o + u], 0);
    }
    this.at += count;
  }
  stack() {
    return this.out;
  }
  z1() {
    return this.data.z1;
  }
  z2() {
    return this.data.z2;
  }
};
var WasmKernel = class {
  exports;
  shape;
  w1At;
  w2At;
  z1At;
  z2At;
  mAt;
  rowsAt;
  deltasAt;
  stackAt;
  rows = 0;
  at = 0;
  constructor(module2, data) {
    const { n, h, h2, relu, relu2 } = data;
    this.shape = { n, h, h2, relu, relu2 };
    this.exports = instantiate(module2);
    this.w1At = 0;
    this.w2At = this.w1At + align(data.w1.byteLength);
    this.z1At = this.w2At + align(data.w2.byteLength);
    this.z2At = this.z1At + align(4 * n * h);
    this.mAt = this.z2At + align(4 * n * h2);
    this.rowsAt = this.mAt + align(4 * n * data.h2);
    this.deltasAt = this.rowsAt + align(4 * n);
    this.stackAt = this.deltasAt + align(4 * n);
    this.reserve(this.stackAt);
    const buffer = this.exports.memory.buffer;
    new Float32Array(buffer, this.w1At, data.w1.length).set(data.w1);
    new Float32Array(buffer, this.w2At, data.w2.length).set(data.w2);
  }
  begin(rows) {
    this.rows = rows;
    this.at = 0;
    this.reserve(this.stackAt + 4 * rows * this.shape.h2);
  }
  loadM(m) {
    new Float32Array(this.exports.memory.buffer, this.mAt, m.length).set(m);
  }
  update(start, column, rows, deltas, count) {
    const { h, h2, relu, relu2 } = this.shape;
    const buffer = this.exports.memory.buffer;
    new Int32Array(buffer, this.rowsAt, count).set(rows.subarray(0, count));
    new Float32Array(buffer, this.deltasAt, count).set(deltas.subarray(0, count));
    this.exports.update(
      this.z1At + 4 * start * h,
      this.z2At + 4 * start * h2,
      this.mAt,
      this.w1At + 4 * column * h,
      this.w2At,
      this.rowsAt,
      this.deltasAt,
      count,
      this.stackAt + 4 * this.at * h2,
      h,
      h2,
      relu ? 1 : 0,
      relu2 ? 1 : 0
    );
    this.at += count;
  }
  stack() {
    return new Float32Array(this.exports.memory.buffer, this.stackAt, this.rows * this.shape.h2);
  }
  z1() {
    return new Float32Array(this.exports.memory.buffer, this.z1At, this.shape.n * this.shape.h);
  }
  z2() {
    return new Float32Array(this.exports.memory.buffer, this.z2At, this.shape.n * this.shape.h2);
  }
  reserve(bytes) {
    const { memory } = this.exports;
    if (bytes > memory.buffer.byteLength) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    }
  }
};
function align(bytes) {
  return Math.ceil(bytes / 16) * 16;
}

// src/ablation/second-layer.ts
var MAX_BYTES = 1024 * 1024 * 1024;
var BLOCK_ROWS = 8192;
function findSecondDense(graph, first) {
  const kind = first.activation.getClassName?.();
  if (kind !== "relu" && kind !== "linear") return void 0;
  let node;
  for (let slot = first.slot; node === void 0; ) {
    const readers = graph.nodes.filter((reader2) => reader2.inputs.includes(slot));
    if (readers.length !== 1 || readers[0].inputs.length !== 1) return void 0;
    const [reader] = readers;
    if (!INFERENCE_IDENTITY.has(reader.layer.getClassName())) node = reader;
    else if (reader.outputs.length === 1) slot = reader.outputs[0];
    else return void 0;
  }
  if (node.layer.getClassName() !== "Dense" || node.outputs.length !== 1) return void 0;
  const [kernel] = node.layer.getWeights();
  const activation = node.layer.activation;
  if (kernel?.shape.length !== 2 || kernel.shape[0] !== first.units || activation === void 0) {
    return void 0;
  }
  return { layer: node.layer, slot: node.outputs[0], units: kernel.shape[1], activation };
}
var SecondLayerPath = class {
  constructor(first, second, n) {
    this.first = first;
    this.second = second;
    this.n = n;
  }
  first;
  second;
  n;
  kernel;
  z2Filled = false;
  /** Whether the data are small enough to keep the two layers' pre-activations. */
  static fits(first, second, n, features) {
    const values = n * (first.units + second.units) + (features + second.units) * first.units;
    return 4 * values <= MAX_BYTES;
  }
  /**
   * The first layer's pre-activation on every row, n × h, kept once: in the
   * kernel's memory, filled by `fill` the first time. A view, valid until
   * the next `evaluate`.
   */
  preActivation(fill) {
    return this.kernelFor(fill).z1();
  }
  /**
   * The second layer's new values of every change, stacked in order (each
   * change's `count` rows): after its activation when that is a ReLU, else
   * before (see `outputsFrom`). Valid until the next call; `preActivation`
   * comes first.
   */
  evaluate(changes) {
    const kernel = this.kernel;
    if (!this.z2Filled) this.fillZ2(kernel);
    const products = this.products(changes, kernel.z1());
    kernel.begin(changes.reduce((sum2, c) => sum2 + c.count, 0));
    let loaded;
    for (const change of changes) {
      if (change.count === 0) continue;
      const m = products.get(key(change));
      if (m !== loaded) kernel.loadM(loaded = m);
      kernel.update(change.start, change.column, change.rows, change.deltas, change.count);
    }
    return kernel.stack();
  }
  /** Frees the tensors it keeps. */
  dispose() {
    this.kernel = void 0;
    this.z2Filled = false;
  }
  /** The outputs of the layers above the second one, for stacked pre-activations. */
  outputsFrom(stacked, rows, run) {
    const output = tidy(() => {
      const z = tensor2d(stacked, [rows, this.second.units]);
      return run(this.second.slot, this.reluInKernel() ? z : this.second.activation.apply(z));
    });
    const values = output.dataSync();
    output.dispose();
    return values;
  }
  /**
   * `(mask ⊙ w_j) · W2 = mask · (w_j ⊙ W2)` for every distinct column and
   * row range of the changes: the 0/1 mask of the rows times the second
   * kernel with its rows scaled by the column's first-layer weights. The
   * masks of the unit's ranges are made here and freed when it is done (not
   * kept for later units: n × h values per worker, and cheap to make again).
   */
  products(changes, pre) {
    const { units: h, kernel: w1 } = this.first;
    const w2 = this.second.layer.getWeights()[0];
    const result = /* @__PURE__ */ new Map();
    const masks = /* @__PURE__ */ new Map();
    try {
      for (const change of changes) {
        const name = key(change);
        if (change.count === 0 || result.has(name)) continue;
        const { column, start, end } = change;
        const range = `${start}:${end}`;
        let mask = masks.get(range);
        if (mask === void 0) masks.set(range, mask = this.maskRows(start, end, pre));
        const product = tidy(() => {
          const scale = tensor2d(w1.subarray(column * h, (column + 1) * h), [h, 1]);
          return matMul(mask, mul(w2, scale));
        });
        const values = new Float32Array(product.size);
        readInto(product, values);
        product.dispose();
        result.set(name, values);
      }
    } finally {
      for (const mask of masks.values()) mask.dispose();
    }
    return result;
  }
  /** Which first-layer units are active (ReLU) on rows [start, end), 0 or 1: all 1 when linear. */
  maskRows(start, end, pre) {
    const h = this.first.units;
    return tidy(
      () => this.isRelu() ? cast(
        greater(tensor2d(pre.subarray(start * h, end * h), [end - start, h]), 0),
        "float32"
      ) : ones([end - start, h])
    );
  }
  isRelu() {
    return this.first.activation.getClassName() === "relu";
  }
  /** Whether the kernel applies the second layer's activation (a ReLU) itself. */
  reluInKernel() {
    return this.second.activation.getClassName() === "relu";
  }
  /**
   * The kernel, with the first layer's pre-activation on every row computed
   * once into its own memory (no copy kept outside it).
   */
  kernelFor(fill) {
    if (this.kernel !== void 0) return this.kernel;
    const w2 = this.second.layer.getWeights()[0];
    const kernel = emptySecondLayerKernel({
      n: this.n,
      h: this.first.units,
      h2: this.second.units,
      relu: this.isRelu(),
      relu2: this.reluInKernel(),
      w1: this.first.kernel,
      w2: w2.dataSync()
    });
    fill(kernel.z1());
    this.kernel = kernel;
    return kernel;
  }
  /**
   * The second layer's pre-activation on every row, into the kernel's
   * memory: at the first `evaluate` (a suite of groups alone never needs it).
   */
  fillZ2(kernel) {
    const h = this.first.units;
    const h2 = this.second.units;
    const [w2, bias] = this.second.layer.getWeights();
    const pre = kernel.z1();
    const z2 = kernel.z2();
    for (let start = 0; start < this.n; start += BLOCK_ROWS) {
      const end = Math.min(this.n, start + BLOCK_ROWS);
      const block = tidy(() => {
        const rows = tensor2d(pre.subarray(start * h, end * h), [end - start, h]);
        const product = matMul(this.first.activation.apply(rows), w2);
        return bias === void 0 ? product : add(product, bias);
      });
      readInto(block, z2, start * h2);
      block.dispose();
    }
    this.z2Filled = true;
  }
};
function key(change) {
  return `${change.column}:${change.start}:${change.end}`;
}

// src/ablation/rank.ts
function findFirstDense(graph) {
  if (graph.inputSlots.length !== 1) return void 0;
  let slot = graph.inputSlots[0];
  for (; ; ) {
    const readers = graph.nodes.filter((node2) => node2.inputs.includes(slot));
    if (readers.length !== 1 || readers[0].inputs.length !== 1) return void 0;
    const [node] = readers;
    const className = node.layer.getClassName();
    if (className === "Flatten") {
      slot = node.outputs[0];
      continue;
    }
    if (className !== "Dense" || graph.slotShapes[slot].length !== 1) return void 0;
    const [kernel] = node.layer.getWeights();
    const activation = node.layer.activation;
    if (kernel === void 0 || kernel.shape.length !== 2 || activation === void 0) {
      return void 0;
    }
    return {
      layer: node.layer,
      slot: node.outputs[0],
      units: kernel.shape[1],
      kernel: kernel.dataSync(),
      activation
    };
  }
}
var RankOnePath = class {
  constructor(graph, dense, data, rowsPerPass, options = {}) {
    this.graph = graph;
    this.dense = dense;
    this.data = data;
    this.rowsPerPass = rowsPerPass;
    const second = options.secondLayer === false ? void 0 : findSecondDense(graph, dense);
    this.second = second !== void 0 && SecondLayerPath.fits(dense, second, data.n, data.features.length) ? new SecondLayerPath(dense, second, data.n) : void 0;
  }
  graph;
  dense;
  data;
  rowsPerPass;
  pre;
  /** The shortcut through the second Dense layer, when the model has one. */
  second;
  /** The outputs of a feature unit, given each segment's change and the baseline outputs. */
  evaluate(unit, changes, baseline, width) {
    const pre = this.preActivation();
    const { units: h, kernel } = this.dense;
    const { x, scale } = this.data;
    const f = this.data.features.length;
    const rows = unit.segments.reduce((sum2, s) => sum2 + s.end - s.start, 0);
    const firstLayerRows = unit.segments.reduce(
      (sum2, s, i) => sum2 + (this.shortcut(changes[i]) ? 0 : s.end - s.start),
      0
    );
    const stacked = new Float32Array(firstLayerRows * h);
    const targets = new Int32Array(rows);
    const targets2 = new Int32Array(rows);
    const columnChanges = [];
    const out = new Float32Array(rows * width);
    const delta = new Float64Array(f);
    let changed = 0;
    let changed2 = 0;
    let at = 0;
    for (let s = 0; s < unit.segments.length; s++) {
      const segment = unit.segments[s];
      const { columns, source, constants, values } = changes[s];
      out.set(baseline.subarray(segment.start * width, segment.end * width), at * width);
      if (this.shortcut(changes[s])) {
        const change = columnChange(segment, changes[s], this.data);
        for (let p = 0; p < change.count; p++) targets2[changed2++] = at + change.rows[p];
        columnChanges.push(change);
        at += segment.end - segment.start;
        continue;
      }
      for (let row = segment.start; row < segment.end; row++, at++) {
        let any = false;
        const from = source === void 0 ? -1 : source[row] * f;
        for (let k = 0; k < columns.length; k++) {
          const j = columns[k];
          const raw = values !== void 0 ? values[row * columns.length + k] : from < 0 ? constants[k] : x[from + j];
          const d = (raw - x[row * f + j]) / scale[j];
          delta[k] = d;
          if (d !== 0) any = true;
        }
        if (!any) continue;
        const z = changed * h;
        if (columns.length === 1) {
          addRow(stacked, z, pre, row * h, kernel, columns[0] * h, delta[0], h);
        } else {
          addRow(stacked, z, pre, row * h, kernel, 0, 0, h);
          for (let k = 0; k < columns.length; k++) {
            const d = delta[k];
            if (d !== 0) addScaled(stacked, z, kernel, columns[k] * h, d, h);
          }
        }
        targets[changed++] = at;
      }
    }
    const run = (slot, value) => evaluateFrom(this.graph, slot, value)[this.graph.outputSlots[0]];
    if (changed > 0) {
      const output = tidy(() => {
        const z = tensor2d(stacked.subarray(0, changed * h), [changed, h]);
        return run(this.dense.slot, this.dense.activation.apply(z));
      });
      place(out, output.dataSync(), targets, changed, width);
      output.dispose();
    }
    if (changed2 > 0) {
      const second = this.second;
      const values = second.outputsFrom(second.evaluate(columnChanges), changed2, run);
      place(out, values, targets2, changed2, width);
    }
    return out;
  }
  /** Frees the tensors it keeps. */
  dispose() {
    this.second?.dispose();
  }
  /** Whether a change takes the second-layer shortcut (one column, and the model has one). */
  shortcut(change) {
    return this.second !== void 0 && change.columns.length === 1;
  }
  /**
   * The first Dense layer's pre-activation on every row, n × units, computed
   * once: with the second-layer shortcut, the kernel's own copy (a view,
   * valid until the shortcut's next `evaluate`), else one kept here.
   */
  preActivation() {
    if (this.second !== void 0) return this.second.preActivation((pre) => this.fill(pre));
    if (this.pre === void 0) {
      this.pre = new Float32Array(this.data.n * this.dense.units);
      this.fill(this.pre);
    }
    return this.pre;
  }
  /** Computes the first Dense layer's pre-activation on every row into `pre`. */
  fill(pre) {
    const { n, features } = this.data;
    const h = this.dense.units;
    const [kernel, bias] = this.dense.layer.getWeights();
    const block = Math.min(this.rowsPerPass, BLOCK_ROWS);
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      const values = new Float32Array((end - start) * features.length);
      fillRows(values, 0, start, end, this.data);
      const z = tidy(() => {
        const input = tensor2d(values, [end - start, features.length]);
        const product = matMul(input, kernel);
        return bias === void 0 ? product : add(product, bias);
      });
      readInto(z, pre, start * h);
      z.dispose();
    }
  }
};
function addScaled(target, at, source, from, d, h) {
  for (let u = 0; u < h; u++) target[at + u] += d * source[from + u];
}
function addRow(target, at, base, from, kernel, w, d, h) {
  for (let u = 0; u < h; u++) target[at + u] = base[from + u] + d * kernel[w + u];
}
function columnChange(segment, change, data) {
  const { start, end } = segment;
  const { x } = data;
  const f = data.features.length;
  const column = change.columns[0];
  const scale = data.scale[column];
  const { source, values } = change;
  const constant = change.constants[0];
  const rows = new Int32Array(end - start);
  const deltas = new Float32Array(end - start);
  let count = 0;
  for (let row = start; row < end; row++) {
    const raw = values !== void 0 ? values[row] : source === void 0 ? constant : x[source[row] * f + column];
    const d = (raw - x[row * f + column]) / scale;
    if (d === 0) continue;
    rows[count] = row - start;
    deltas[count++] = d;
  }
  return { column, start, end, rows, deltas, count };
}
function place(out, values, targets, count, width) {
  for (let r = 0; r < count; r++) {
    const from = r * width;
    const to = targets[r] * width;
    for (let u = 0; u < width; u++) out[to + u] = values[from + u];
  }
}

// src/ablation/scaled.ts
function keepsScaledInputs(data, memoryBudget) {
  return data.n * data.features.length * 4 <= memoryBudget / 2;
}
var ScaledInputs = class {
  constructor(data) {
    this.data = data;
    this.width = data.features.length;
    this.values = new Float32Array(data.n * this.width);
    this.ready = new Uint8Array(data.n);
  }
  data;
  /** n × f scaled inputs, row-major; a row is valid once `ready`. */
  values;
  ready;
  width;
  prepared = /* @__PURE__ */ new WeakMap();
  /** Holds the stacks; fresh memory of its size would cost a page fault per 4 KiB each pass. */
  store = new Float32Array(0);
  /** The last stack: its rows in order and the change each holds. */
  stacked = { rows: new Int32Array(0), changes: [] };
  /**
   * The scaled inputs of rows [start, end): a view of the kept values, which
   * never change once scaled (a tensor may be made of it without a copy).
   */
  rows(start, end) {
    for (let row = start; row < end; row++) this.scale(row);
    return this.values.subarray(start * this.width, end * this.width);
  }
  /**
   * The inputs of one full pass: each part's rows with its change, one row
   * after another, in a buffer reused from pass to pass. Where a position
   * holds the same row as in the last pass (a constant changes every row,
   * so consecutive passes often stack the same rows), only the last change's
   * columns are restored and the new change's written. Valid until the next
   * call.
   */
  stack(parts) {
    const f = this.width;
    const rows = new Int32Array(parts.reduce((sum2, part) => sum2 + part.rows.length, 0));
    const changes = [];
    for (const part of parts) {
      rows.set(part.rows, changes.length);
      for (let i = 0; i < part.rows.length; i++) changes.push(part.change);
    }
    const last = this.stacked;
    this.stacked = { rows, changes };
    if (this.store.length < rows.length * f) {
      this.store = new Float32Array(rows.length * f);
      last.rows = new Int32Array(0);
    }
    const buffer = this.store.subarray(0, rows.length * f);
    for (let p = 0; p < rows.length; p++) {
      const row = rows[p];
      if (p < last.rows.length && last.rows[p] === row) {
        if (last.changes[p] === changes[p]) continue;
        this.restore(buffer, p * f, row, last.changes[p]);
      } else {
        this.scale(row);
        buffer.set(this.values.subarray(row * f, (row + 1) * f), p * f);
      }
      this.apply(buffer, p * f, row, changes[p]);
    }
    return buffer;
  }
  /** Writes `rows` (in order, one after another from `offset`) with `change` applied. */
  fillChanged(target, offset, rows, change) {
    const f = this.width;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      this.scale(row);
      target.set(this.values.subarray(row * f, (row + 1) * f), offset + i * f);
      this.apply(target, offset + i * f, row, change);
    }
  }
  /** Writes the columns `change` alters in `row`, at `at` of `target`. */
  apply(target, at, row, change) {
    const { runs, constants } = this.prepare(change);
    const { source, values } = change;
    if (values !== void 0) {
      const { center, scale } = this.data;
      const k = change.columns.length;
      for (let c = 0; c < k; c++) {
        const j = change.columns[c];
        target[at + j] = (values[row * k + c] - center[j]) / scale[j];
      }
    } else if (source !== void 0) {
      this.scale(source[row]);
      const from = source[row] * this.width;
      for (let r = 0; r < runs.length; r += 3) {
        const j = runs[r];
        target.set(this.values.subarray(from + j, from + j + runs[r + 2]), at + j);
      }
    } else {
      for (let r = 0; r < runs.length; r += 3) {
        const k = runs[r + 1];
        target.set(constants.subarray(k, k + runs[r + 2]), at + runs[r]);
      }
    }
  }
  /** Writes back `row`'s own values in the columns `change` alters. */
  restore(target, at, row, change) {
    const { runs } = this.prepare(change);
    const from = row * this.width;
    for (let r = 0; r < runs.length; r += 3) {
      const j = runs[r];
      target.set(this.values.subarray(from + j, from + j + runs[r + 2]), at + j);
    }
  }
  scale(row) {
    if (this.ready[row] === 1) return;
    fillRows(this.values, row * this.width, row, row + 1, this.data);
    this.ready[row] = 1;
  }
  prepare(change) {
    let prepared = this.prepared.get(change);
    if (prepared === void 0) {
      const { center, scale } = this.data;
      prepared = {
        runs: columnRuns(change.columns),
        // Scaled as fillRows scales them.
        constants: change.source === void 0 && change.values === void 0 ? Float32Array.from(
          change.columns,
          (j, k) => (change.constants[k] - center[j]) / scale[j]
        ) : void 0
      };
      this.prepared.set(change, prepared);
    }
    return prepared;
  }
};

// src/ablation/units.ts
var LAYER_JOBS_PER_UNIT = 8;
var FEATURE_UNIT_ROWS = 16384;
function planUnits(components, indices, repeats, n, rowsPerPass) {
  const layerJobs = [];
  const features = [];
  for (const i of indices) {
    const component = components[i];
    if (component.notApplicable !== void 0) continue;
    if (component.on === "features") {
      features.push(i);
      continue;
    }
    const count = component.stochastic ? repeats : 1;
    for (let repeat = 0; repeat < count; repeat++) layerJobs.push({ component: i, repeat });
  }
  const units = [];
  for (let start = 0; start < n; start += rowsPerPass) {
    const end = Math.min(n, start + rowsPerPass);
    for (let first = 0; first < layerJobs.length; first += LAYER_JOBS_PER_UNIT) {
      const jobs = layerJobs.slice(first, first + LAYER_JOBS_PER_UNIT);
      units.push({ on: "layers", segments: jobs.map((job) => ({ ...job, start, end })) });
    }
  }
  const unitRows = Math.min(rowsPerPass, FEATURE_UNIT_ROWS);
  let current = [];
  let rows = 0;
  const add2 = (group) => {
    const size = group.reduce((sum2, s) => sum2 + s.end - s.start, 0);
    if (rows > 0 && rows + size > unitRows) {
      units.push({ on: "features", segments: current });
      current = [];
      rows = 0;
    }
    for (const segment of group) current.push(segment);
    rows += size;
  };
  for (const run of sameColumns(components, features)) {
    const count = run.reduce((sum2, i) => sum2 + (components[i].stochastic ? repeats : 1), 0);
    const batch = count * Math.min(n, rowsPerPass) <= unitRows || rowsPerPass < FEATURE_UNIT_ROWS ? rowsPerPass : Math.max(1, Math.floor(unitRows / count));
    for (let start = 0; start < n; start += batch) {
      const end = Math.min(n, start + batch);
      const group = run.flatMap(
        (component) => Array.from({ length: components[component].stochastic ? repeats : 1 }, (_, repeat) => ({
          component,
          repeat,
          start,
          end
        }))
      );
      if ((end - start) * group.length <= unitRows) add2(group);
      else for (const segment of group) add2([segment]);
    }
  }
  if (current.length > 0) units.push({ on: "features", segments: current });
  return units;
}
function sameColumns(components, indices) {
  const runs = [];
  let last;
  for (const i of indices) {
    const component = components[i];
    const columns = component.on === "features" ? component.features.join("\0") : "";
    if (columns !== last || runs.length === 0) runs.push([]);
    runs[runs.length - 1].push(i);
    last = columns;
  }
  return runs;
}
function unitLength(unit, width) {
  return unit.segments.reduce((sum2, s) => sum2 + (s.end - s.start) * width, 0);
}
function placeUnit(unit, values, components, outputs, width) {
  let at = 0;
  for (const s of unit.segments) {
    const length = (s.end - s.start) * width;
    const target = outputs.get(components[s.component].id)[s.repeat];
    target.set(values.subarray(at, at + length), s.start * width);
    at += length;
  }
}

// src/ablation/evaluate.ts
var KEPT_CHANGES = 32;
var DEFAULT_MEMORY_BUDGET = 256 * 1024 * 1024;
var Evaluator = class {
  constructor(graph, inputShape, data, options) {
    this.graph = graph;
    this.inputShape = inputShape;
    this.data = data;
    this.options = options;
    this.width = graph.slotShapes[graph.outputSlots[0]].reduce((a, d) => a * (d ?? 1), 1);
    const perExample = graph.slotShapes.reduce(
      (sum2, shape) => sum2 + shape.reduce((a, d) => a * (d ?? 1), 1),
      0
    );
    const budget = options.memoryBudget ?? 256 * 1024 * 1024;
    this.rowsPerPass = Math.max(1, Math.floor(budget / (2 * 4 * perExample)));
    this.baselineOutputs = options.baseline;
    this.featureIndex = new Map(data.features.map((name, j) => [name, j]));
    this.featureMeans = columnMeans(data);
    this.layers = new LayerPath(
      graph,
      options.seed,
      data.n,
      (start, end) => this.input(start, end),
      this.rowsPerPass
    );
    const dense = options.rankOne === false ? void 0 : findFirstDense(graph);
    this.rank = dense === void 0 ? void 0 : new RankOnePath(graph, dense, data, this.rowsPerPass, {
      secondLayer: options.secondLayer
    });
    this.featurePath = this.rank === void 0 ? "full" : this.rank.second === void 0 ? "rank-one" : "second-layer";
  }
  graph;
  inputShape;
  data;
  options;
  /**
   * How feature ablations run: one-column ones through the first two Dense
   * layers' shortcut (others as rank-one updates), low-rank updates of the
   * first Dense layer, or the whole model.
   */
  featurePath;
  /** Rows one pass holds, from the memory budget; units are planned with it. */
  rowsPerPass;
  width;
  featureIndex;
  featureMeans;
  columns = /* @__PURE__ */ new Map();
  changes = /* @__PURE__ */ new Map();
  /** Layer ablations and the activation cache (sensitivity curves' layer noise reads it too). */
  layers;
  rank;
  baselineOutputs;
  /** The full path's scaled inputs, kept when they fit the budget (null: they do not). */
  scaled;
  /** Stacked inputs of full passes without kept inputs, reused: fresh memory costs a page fault per 4 KiB. */
  stack;
  /** Output values per example: the model's output width. */
  get outputWidth() {
    return this.width;
  }
  /** The model's outputs with nothing ablated (computed once). */
  baseline() {
    if (this.baselineOutputs !== void 0) return this.baselineOutputs;
    const out = new Float32Array(this.data.n * this.width);
    const block = Math.min(this.rowsPerPass, BLOCK_ROWS);
    for (let start = 0; start < this.data.n; start += block) {
      const end = Math.min(this.data.n, start + block);
      const input = this.input(start, end);
      try {
        const result = tidy(() => evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]]);
        out.set(result.dataSync(), start * this.width);
        result.dispose();
      } finally {
        input.dispose();
      }
    }
    this.baselineOutputs = out;
    return out;
  }
  /**
   * Outputs of every component, `repeats` of them for stochastic ones and
   * one otherwise, evaluated here on this thread. Components marked not
   * applicable get none.
   */
  run(components, onProgress) {
    const outputs = allocateOutputs(components, this.options.repeats, this.data.n * this.width);
    const indices = components.map((_, i) => i);
    const units = planUnits(
      components,
      indices,
      this.options.repeats,
      this.data.n,
      this.rowsPerPass
    );
    let done = 0;
    for (const unit of units) {
      placeUnit(unit, this.evaluateUnit(unit, components), components, outputs, this.width);
      done += unitLength(unit, 1) / this.data.n;
      onProgress?.(done);
    }
    return outputs;
  }
  /** The outputs of one work unit (its segments one after the other). */
  evaluateUnit(unit, components) {
    if (unit.on === "layers") {
      const parts = this.layers.evaluate(
        unit.segments,
        unit.segments.map((s) => layerOf(components[s.component]))
      );
      const out = new Float32Array(unitLength(unit, this.width));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    }
    const changes = unit.segments.map((s) => this.changeOf(components, s.component, s.repeat));
    return this.evaluateChanges(unit, changes);
  }
  /**
   * The outputs of a feature unit whose segments carry the given changes
   * (one per segment; `segment.component` is not read): the rank-one,
   * second-layer or full path, as for a feature ablation.
   */
  evaluateChanges(unit, changes) {
    return this.rank !== void 0 ? this.rank.evaluate(unit, changes, this.baseline(), this.width) : this.fullPass(unit, changes);
  }
  /** Frees what the evaluator keeps between runs. */
  dispose() {
    this.layers.dispose();
    this.rank?.dispose();
  }
  /** Feature segments stacked into one pass of the whole model on rebuilt inputs. */
  fullPass(unit, changes) {
    const size = this.data.features.length;
    const width = this.width;
    const baseline = this.baseline();
    const out = new Float32Array(unitLength(unit, width));
    const changed = unit.segments.map((s, i) => changedRows(changes[i], this.data, s.start, s.end));
    const total = changed.reduce((sum2, rows) => sum2 + rows.length, 0);
    const scaled = this.scaledInputs();
    let stacked;
    if (scaled !== void 0) {
      stacked = scaled.stack(changed.map((rows, i) => ({ rows, change: changes[i] })));
    } else {
      stacked = this.stackOf(total * size);
      let row2 = 0;
      unit.segments.forEach((s, i) => {
        for (const r of changed[i])
          fillRows(stacked, size * row2++, r, r + 1, this.data, changes[i]);
      });
    }
    const values = total === 0 ? new Float32Array(0) : this.predictStacked(stacked, total);
    let at = 0;
    let row = 0;
    unit.segments.forEach((s, i) => {
      out.set(baseline.subarray(s.start * width, s.end * width), at * width);
      for (const r of changed[i]) {
        out.set(values.subarray(row * width, ++row * width), (at + r - s.start) * width);
      }
      at += s.end - s.start;
    });
    return out;
  }
  /** The stacked-inputs buffer, at least `length` long; every pass overwrites what it uses. */
  stackOf(length) {
    if (this.stack === void 0 || this.stack.length < length) {
      this.stack = new Float32Array(length);
    }
    return this.stack.subarray(0, length);
  }
  predictStacked(stacked, rows) {
    const output = tidy(() => {
      const input = tensor(stacked, [rows, ...this.inputShape]);
      return evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]];
    });
    const values = output.dataSync();
    output.dispose();
    return values;
  }
  /**
   * The change of one repeat of a feature component, kept for the next few
   * units: a component's row batches share its permutation, drawn once.
   */
  changeOf(components, index, repeat) {
    const component = featureOf(components[index]);
    const key2 = `${component.id}\0${repeat}`;
    let change = this.changes.get(key2);
    if (change === void 0) {
      change = featureChange(
        component,
        this.columnsOf(component),
        repeat,
        this.data,
        this.options.seed,
        this.featureMeans
      );
      if (this.changes.size >= KEPT_CHANGES) this.changes.delete(this.changes.keys().next().value);
    }
    this.changes.delete(key2);
    this.changes.set(key2, change);
    return change;
  }
  columnsOf(component) {
    let columns = this.columns.get(component);
    if (columns === void 0) {
      columns = columnsOf(component, this.featureIndex);
      this.columns.set(component, columns);
    }
    return columns;
  }
  input(start, end) {
    const shape = [end - start, ...this.inputShape];
    const scaled = this.featurePath === "full" ? this.scaledInputs() : void 0;
    if (scaled !== void 0) return tensor(scaled.rows(start, end), shape);
    const values = new Float32Array((end - start) * this.data.features.length);
    fillRows(values, 0, start, end, this.data);
    return tensor(values, shape);
  }
  /** The kept scaled inputs, or undefined when n × f of them exceed the memory budget. */
  scaledInputs() {
    if (this.scaled === void 0) {
      const budget = this.options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
      this.scaled = keepsScaledInputs(this.data, budget) ? new ScaledInputs(this.data) : null;
    }
    return this.scaled ?? void 0;
  }
};
function layerOf(component) {
  if (component.on === "layers") return component;
  throw new Error(`${component.id} is not a layer ablation`);
}
function featureOf(component) {
  if (component.on === "features") return component;
  throw new Error(`${component.id} is not a feature ablation`);
}
function allocateOutputs(components, repeats, length) {
  const outputs = /* @__PURE__ */ new Map();
  for (const component of components) {
    if (component.notApplicable !== void 0) continue;
    const count = component.stochastic ? repeats : 1;
    outputs.set(
      component.id,
      Array.from({ length: count }, () => new Float32Array(length))
    );
  }
  return outputs;
}

// src/sensitivity/perturb.ts
function perturbed(v, mean, sigma, s, e, shrink = true) {
  if (s === 0) return v;
  if (!shrink) return v + s * sigma * e;
  return replaced(v, mean + sigma * e, mean, s);
}
function replaced(v, w, mean, s) {
  if (s === 0) return v;
  if (s === 1) return w;
  return mean + Math.sqrt(1 - s * s) * (v - mean) + s * (w - mean);
}
function faded(v, mean, sigma, s, e) {
  if (s === 0) return v;
  if (s === 1) return mean;
  const keep = Math.sqrt(1 - s * s);
  return mean + keep * (keep * (v - mean) + s * sigma * e);
}
function noiseDraws(seed, id, repeat, part, count) {
  const rng = Rng.stream(seed, "sensitivity", id, repeat, part);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = rng.normal();
  return out;
}
function spread(values) {
  let sum2 = 0;
  for (let i = 0; i < values.length; i++) sum2 += values[i];
  const mean = values.length === 0 ? 0 : sum2 / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
  return { mean, sd: values.length === 0 ? 0 : Math.sqrt(squares / values.length) };
}

// src/sensitivity/layer-noise.ts
var LayerNoise = class {
  constructor(evaluator, graph, data, settings) {
    this.evaluator = evaluator;
    this.graph = graph;
    this.data = data;
    this.settings = settings;
  }
  evaluator;
  graph;
  data;
  settings;
  /** Per output slot: each value's mean and spread over every row. */
  moments = /* @__PURE__ */ new Map();
  weights;
  output;
  /** The last slot values read (one slot of one row range). */
  read;
  /** The unit's outputs: each grid point's repeats, rows [start, end) each. */
  evaluate(unit, curve, baseline) {
    const { start, end } = unit;
    const width = this.evaluator.outputWidth;
    const length = (end - start) * width;
    const out = new Float32Array(unit.points.length * this.settings.repeats * length);
    let at = 0;
    for (const g of unit.points) {
      const s = this.settings.grid[g];
      for (let r = 0; r < this.settings.repeats; r++, at += length) {
        if (s === 0) out.set(baseline.subarray(start * width, end * width), at);
        else if (curve.noise === "weights")
          out.set(this.withWeightNoise(curve, r, s, start, end), at);
        else out.set(this.withOutputNoise(curve, r, s, start, end), at);
      }
    }
    return out;
  }
  dispose() {
    this.moments.clear();
    this.weights = void 0;
    this.output = void 0;
    this.read = void 0;
  }
  /** Noise on each layer's trained weights: σ = s × the spread of each weight tensor. */
  withWeightNoise(curve, repeat, s, start, end) {
    const { layers, trained, stats, draws } = this.weightDraws(curve);
    const path = this.evaluator.layers;
    path.activations(start, end);
    const overrides = new Map(
      curve.layers.map((name) => [name, { kind: "recompute" }])
    );
    const originals = layers.map((layer) => layer.getWeights().map((w) => w.clone()));
    try {
      layers.forEach((layer, l) => {
        const noisy = originals[l].map((w, t) => {
          const values = trained[l][t];
          const { mean, sd } = stats[l][t];
          const e = draws[repeat][l][t];
          const noisyValues = new Float32Array(values.length);
          for (let i = 0; i < values.length; i++)
            noisyValues[i] = perturbed(values[i], mean, sd, s, e[i]);
          return tensor(noisyValues, w.shape, w.dtype);
        });
        layer.setWeights(noisy);
        for (const t of noisy) t.dispose();
      });
      return path.outputsWith(start, end, overrides);
    } finally {
      layers.forEach((layer, l) => {
        layer.setWeights(originals[l]);
        for (const t of originals[l]) t.dispose();
      });
    }
  }
  /** A weight curve's trained weights, their spread and every repeat's draws, made once. */
  weightDraws(curve) {
    if (this.weights?.id === curve.id) return this.weights;
    const path = this.evaluator.layers;
    const layers = curve.layers.map((name) => path.layer(name));
    const trained = layers.map(
      (layer) => layer.getWeights().map((w) => Float32Array.from(w.dataSync()))
    );
    const draws = Array.from(
      { length: this.settings.repeats },
      (_, repeat) => trained.map(
        (tensors, l) => tensors.map(
          (values, t) => noiseDraws(
            this.settings.seed,
            curve.id,
            repeat,
            `weights:${curve.layers[l]}:${t}`,
            values.length
          )
        )
      )
    );
    const stats = trained.map((tensors) => tensors.map((values) => spread(values)));
    this.weights = { id: curve.id, layers, trained, stats, draws };
    return this.weights;
  }
  /**
   * Noise on each layer's output, fading to its mean: σ = s × each output value's spread over
   * the eval set to first order, exactly the mean at s = 1 (`faded`).
   */
  withOutputNoise(curve, repeat, s, start, end) {
    if (s === 1) {
      const ablation = {
        id: `${curve.kind}:${curve.name}:mean`,
        kind: curve.kind,
        name: curve.name,
        stochastic: false,
        on: "layers",
        layers: curve.layers,
        mode: "mean"
      };
      return this.evaluator.evaluateUnit(
        { on: "layers", segments: [{ component: 0, repeat: 0, start, end }] },
        [ablation]
      );
    }
    const slots = curve.layers.map(
      (name) => this.graph.nodes[this.graph.nodesOfLayer.get(name)[0]].outputs[0]
    );
    const moments = slots.map((slot) => this.slotMoments(slot));
    const draws = this.outputDraws(curve, moments)[repeat];
    const path = this.evaluator.layers;
    const base = path.activations(start, end);
    const overrides = /* @__PURE__ */ new Map();
    const made = [];
    try {
      slots.forEach((slot, l) => {
        const tensor2 = base.slots[slot];
        const values = this.slotValues(slot, start, end, tensor2);
        const { mean, sd } = moments[l];
        const size = mean.length;
        const e = draws[l];
        const out = new Float32Array(values.length);
        for (let i = 0, row = 0; row < end - start; row++) {
          for (let u = 0; u < size; u++, i++)
            out[i] = faded(values[i], mean[u], sd[u], s, e[start * size + i]);
        }
        const noisy = tensor(out, tensor2.shape, "float32");
        made.push(noisy);
        overrides.set(curve.layers[l], { kind: "mean", value: noisy });
      });
      return path.outputsWith(start, end, overrides);
    } finally {
      for (const t of made) t.dispose();
    }
  }
  /** A slot's values on rows [start, end), read from the backend once for every grid point and repeat. */
  slotValues(slot, start, end, tensor2) {
    const key2 = `${slot}:${start}:${end}`;
    if (this.read?.key !== key2) this.read = { key: key2, values: tensor2.dataSync() };
    return this.read.values;
  }
  /** An output curve's draws, per repeat and layer (n × the layer's output size), made once. */
  outputDraws(curve, moments) {
    if (this.output?.id === curve.id) return this.output.draws;
    const draws = Array.from(
      { length: this.settings.repeats },
      (_, repeat) => moments.map(
        ({ mean }, l) => noiseDraws(
          this.settings.seed,
          curve.id,
          repeat,
          `output:${curve.layers[l]}`,
          this.data.n * mean.length
        )
      )
    );
    this.output = { id: curve.id, draws };
    return draws;
  }
  /** Per output value of a slot (one example's worth): its mean and spread over every row. */
  slotMoments(slot) {
    const known = this.moments.get(slot);
    if (known !== void 0) return known;
    const { n } = this.data;
    const block = this.evaluator.rowsPerPass;
    let sum2;
    let squares;
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      const values = this.evaluator.layers.activations(start, end).slots[slot].dataSync();
      const size = values.length / (end - start);
      sum2 ??= new Float64Array(size);
      squares ??= new Float64Array(size);
      for (let i = 0; i < values.length; i++) {
        sum2[i % size] += values[i];
        squares[i % size] += values[i] * values[i];
      }
    }
    const mean = sum2.map((v) => v / n);
    const sd = squares.map((v, u) => Math.sqrt(Math.max(0, v / n - mean[u] * mean[u])));
    const moments = { mean, sd };
    this.moments.set(slot, moments);
    return moments;
  }
};

// src/sensitivity/evaluate.ts
var KEPT_CURVES = 2;
var CurveEvaluator = class {
  constructor(evaluator, graph, data, plan) {
    this.evaluator = evaluator;
    this.data = data;
    this.plan = plan;
    this.layers = new LayerNoise(evaluator, graph, data, plan.settings);
  }
  evaluator;
  data;
  plan;
  layers;
  /** Per curve: the changes of every (grid point, repeat), grid point first. */
  changes = /* @__PURE__ */ new Map();
  /** The outputs of one unit: each of its grid points' repeats, one after the other. */
  evaluateUnit(unit) {
    const component = this.plan.curves[unit.curve];
    return component.on === "features" ? this.featureUnit(unit, component) : this.layers.evaluate(unit, component, this.evaluator.baseline());
  }
  /** Frees what it keeps (the ablation evaluator is its owner's to dispose). */
  dispose() {
    this.layers.dispose();
    this.changes.clear();
  }
  featureUnit(unit, component) {
    const { repeats } = this.plan.settings;
    const changes = this.changesOf(unit.curve, component);
    const chosen = unit.points.flatMap((g) => changes.slice(g * repeats, (g + 1) * repeats));
    const { start, end } = unit;
    const work = {
      on: "features",
      segments: chosen.map((_, i) => ({ component: i, repeat: 0, start, end }))
    };
    return this.evaluator.evaluateChanges(work, chosen);
  }
  /** The noisy copies of a feature curve's columns, every grid point and repeat, made once. */
  changesOf(curve, component) {
    const known = this.changes.get(curve);
    if (known !== void 0) return known;
    const { n, x } = this.data;
    const f = this.data.features.length;
    const index = new Map(this.data.features.map((name, j) => [name, j]));
    const columns = Int32Array.from(component.features, (name) => index.get(name));
    const k = columns.length;
    const stats = Array.from(columns, (j) => {
      const column = new Float64Array(n);
      for (let row = 0; row < n; row++) column[row] = x[row * f + j];
      return spread(column);
    });
    const { grid, repeats, scale } = this.plan.settings;
    const draws = Array.from(
      { length: repeats },
      (_, r) => this.featureDraws(component, r, columns, stats)
    );
    const { seed } = this.plan.settings;
    const sources = this.plan.settings.draws === "permutation" && scale === "std" ? Array.from({ length: repeats }, (_, r) => permutationOf(seed, component, r, n)) : void 0;
    const changes = [];
    for (const s of grid) {
      for (let r = 0; r < repeats; r++) {
        const e = draws[r];
        const source = sources?.[r];
        const values = new Float64Array(n * k);
        for (let row = 0; row < n; row++) {
          for (let c = 0; c < k; c++) {
            const { mean, sd } = stats[c];
            const sigma = scale === "std" ? sd : scale;
            const v = x[row * f + columns[c]];
            if (source !== void 0) {
              values[row * k + c] = replaced(v, x[source[row] * f + columns[c]], mean, s);
              continue;
            }
            values[row * k + c] = perturbed(v, mean, sigma, s, e[row * k + c], scale === "std");
          }
        }
        changes.push({ columns, constants: new Float64Array(k), values });
      }
    }
    if (this.changes.size >= KEPT_CURVES) this.changes.delete(this.changes.keys().next().value);
    this.changes.set(curve, changes);
    return changes;
  }
  /**
   * A repeat's ε for the columns, n × k: standard normal, or each column's
   * own values standardised in the order of one permutation of the rows
   * (shared by a group's columns, as the `permute` ablation moves them).
   */
  featureDraws(component, repeat, columns, stats) {
    const { n, x } = this.data;
    const { seed, draws } = this.plan.settings;
    const k = columns.length;
    if (draws === "gaussian") return noiseDraws(seed, component.id, repeat, "input", n * k);
    const f = this.data.features.length;
    const source = permutationOf(seed, component, repeat, n);
    const e = new Float32Array(n * k);
    for (let row = 0; row < n; row++) {
      for (let c = 0; c < k; c++) {
        const { mean, sd } = stats[c];
        e[row * k + c] = sd === 0 ? 0 : (x[source[row] * f + columns[c]] - mean) / sd;
      }
    }
    return e;
  }
};
function permutationOf(seed, component, repeat, n) {
  return Rng.stream(
    seed,
    "permute",
    `${component.kind}:${component.name}:permute`,
    repeat
  ).permutation(n);
}

export {
  planUnits,
  unitLength,
  placeUnit,
  Evaluator,
  allocateOutputs,
  CurveEvaluator
};
