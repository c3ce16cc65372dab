import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Rng,
  quietTfjs,
  require_tf_node
} from "./chunk-KR7ZMUVV.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunk-IYQKXGP4.js";

// src/model/graph.ts
function buildGraph(model) {
  const slotOf = /* @__PURE__ */ new Map();
  const slotShapes = [];
  const slot = (tensor2) => {
    let index = slotOf.get(tensor2.id);
    if (index === void 0) {
      index = slotShapes.length;
      slotOf.set(tensor2.id, index);
      slotShapes.push(tensor2.shape.slice(1));
    }
    return index;
  };
  const nodes = [];
  const visited = /* @__PURE__ */ new Set();
  const visit2 = (tensor2, prefix) => {
    const layer = tensor2.sourceLayer;
    const node = layer.inboundNodes[tensor2.nodeIndex];
    if (visited.has(node)) return;
    visited.add(node);
    for (const input of node.inputTensors) {
      if (input.sourceLayer.inboundNodes[input.nodeIndex] !== node) visit2(input, prefix);
    }
    const isInput = layer.getClassName() === "InputLayer";
    const inner = nestedModel(layer);
    if (!isInput && inner !== void 0 && inner.inputs.length === node.inputTensors.length) {
      inner.inputs.forEach((t, i) => slotOf.set(t.id, slot(node.inputTensors[i])));
      inner.outputs.forEach((t, i) => slotOf.set(t.id, slot(node.outputTensors[i])));
      for (const output of inner.outputs) visit2(output, `${prefix}${layer.name}/`);
      return;
    }
    nodes.push({
      layer,
      name: `${prefix}${layer.name}`,
      isInput,
      inputs: isInput ? [] : node.inputTensors.map(slot),
      outputs: node.outputTensors.map(slot),
      callArgs: { ...node.callArgs ?? {} }
    });
  };
  const outputs = model.outputs;
  const inputs = model.inputs;
  for (const output of outputs) visit2(output, "");
  const nodesOfLayer = /* @__PURE__ */ new Map();
  nodes.forEach((node, index) => {
    const list = nodesOfLayer.get(node.name) ?? [];
    list.push(index);
    nodesOfLayer.set(node.name, list);
  });
  return {
    nodes,
    slotCount: slotShapes.length,
    inputSlots: inputs.map(slot),
    outputSlots: outputs.map(slot),
    slotShapes,
    nodesOfLayer
  };
}
function affectedNodes(graph, layers) {
  const dirtySlots = /* @__PURE__ */ new Set();
  const affected = /* @__PURE__ */ new Set();
  const changed = new Set(layers);
  graph.nodes.forEach((node, index) => {
    if (changed.has(node.name) || node.inputs.some((s) => dirtySlots.has(s))) {
      affected.add(index);
      for (const s of node.outputs) dirtySlots.add(s);
    }
  });
  return affected;
}
function nestedModel(layer) {
  const candidate = layer;
  if (!Array.isArray(candidate.layers) || !Array.isArray(candidate.inputs)) return void 0;
  if (!Array.isArray(candidate.outputs)) return void 0;
  return {
    inputs: candidate.inputs,
    outputs: candidate.outputs
  };
}

// src/ablation/evaluate.ts
var tf4 = __toESM(require_tf_node(), 1);

// src/model/execute.ts
var tf = __toESM(require_tf_node(), 1);
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
        (t) => override.kind === "zero" ? tf.zerosLike(t) : tf.broadcastTo(override.value, t.shape)
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

// src/ablation/inputs.ts
function columnsOf(component, index) {
  return Int32Array.from(component.features, (name) => {
    const j = index.get(name);
    if (j === void 0) throw new Error(`no feature ${name} in the eval data`);
    return j;
  });
}
function featureChange(component, columns, repeat, data, seed, means) {
  const { mode } = component;
  if (mode === "permute") {
    const source = Rng.stream(seed, "permute", component.id, repeat).permutation(data.n);
    return { columns, source, constants: new Float64Array(columns.length) };
  }
  const constants = Float64Array.from(
    columns,
    (j) => mode === "zero" ? 0 : mode === "mean" ? means[j] : mode.value
  );
  return { columns, constants };
}
function changedValue(change, data, row, k) {
  const { source } = change;
  return source === void 0 ? change.constants[k] : data.x[source[row] * data.features.length + change.columns[k]];
}
function fillRows(target, offset, start, end, data, change) {
  const { x, center, scale } = data;
  const f = data.features.length;
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let j = 0; j < f; j++) target[at + j] = (x[row * f + j] - center[j]) / scale[j];
  }
  if (change === void 0) return;
  const { columns } = change;
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k];
      target[at + j] = (changedValue(change, data, row, k) - center[j]) / scale[j];
    }
  }
}
function changedRows(change, data, start, end) {
  const { x } = data;
  const f = data.features.length;
  const { columns, source, constants } = change;
  const rows = new Int32Array(end - start);
  let m = 0;
  for (let row = start; row < end; row++) {
    const from = source === void 0 ? -1 : source[row] * f;
    for (let k = 0; k < columns.length; k++) {
      const raw = from < 0 ? constants[k] : x[from + columns[k]];
      if (raw !== x[row * f + columns[k]]) {
        rows[m++] = row;
        break;
      }
    }
  }
  return rows.subarray(0, m);
}
function columnMeans(data) {
  const f = data.features.length;
  const means = new Float64Array(f);
  for (let row = 0; row < data.n; row++) {
    for (let j = 0; j < f; j++) means[j] += data.x[row * f + j];
  }
  for (let j = 0; j < f; j++) means[j] /= data.n;
  return means;
}

// src/ablation/layer-path.ts
var tf2 = __toESM(require_tf_node(), 1);

// src/model/reinit.ts
var INITIALIZER_OF = {
  kernel: "kernelInitializer",
  bias: "biasInitializer",
  recurrent_kernel: "recurrentInitializer",
  gamma: "gammaInitializer",
  beta: "betaInitializer",
  moving_mean: "movingMeanInitializer",
  moving_variance: "movingVarianceInitializer",
  embeddings: "embeddingsInitializer",
  depthwise_kernel: "depthwiseInitializer",
  pointwise_kernel: "pointwiseInitializer",
  alpha: "alphaInitializer"
};
function reinitProblem(layer) {
  if (layer.weights.length === 0) return "the layer has no weights";
  for (const weight of layer.weights) {
    if (findInitializer(layer, weight.originalName) === void 0) {
      return `no initializer is known for weight "${weight.originalName}"`;
    }
  }
  return void 0;
}
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
function findInitializer(layer, weightName) {
  const shortName = weightName.split("/").pop() ?? weightName;
  const attribute = INITIALIZER_OF[shortName];
  if (attribute === void 0) return void 0;
  const holders = [layer, layer.cell];
  for (const holder of holders) {
    const candidate = holder?.[attribute];
    if (isInitializer(candidate)) return candidate;
  }
  return void 0;
}
function isInitializer(value) {
  return typeof value === "object" && value !== null && typeof value.apply === "function" && typeof value.getConfig === "function";
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
    const baseline = this.baseline(start, end);
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
      const output = tf2.tidy(
        () => evaluateGraph(this.graph, [baseline.input], overrides, baseline.slots)[this.graph.outputSlots[0]]
      );
      const values = output.dataSync();
      if (!baseline.slots.includes(output)) output.dispose();
      return values;
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
  baseline(start, end) {
    if (this.cached?.start === start && this.cached.end === end) return this.cached;
    this.release();
    const input = this.input(start, end);
    let slots;
    try {
      slots = tf2.tidy(() => evaluateGraph(this.graph, [input]));
    } catch (error) {
      input.dispose();
      throw error;
    }
    this.cached = { start, end, input, slots };
    return this.cached;
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
          sum2 = tf2.tidy(() => {
            const batchSum = tf2.sum(evaluateGraph(this.graph, [input])[slot], 0, true);
            return previous === void 0 ? batchSum : tf2.add(previous, batchSum);
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
    const mean = tf2.div(sum2, this.n);
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

// src/ablation/rank.ts
var tf3 = __toESM(require_tf_node(), 1);
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
  constructor(graph, dense, data, rowsPerPass) {
    this.graph = graph;
    this.dense = dense;
    this.data = data;
    this.rowsPerPass = rowsPerPass;
  }
  graph;
  dense;
  data;
  rowsPerPass;
  pre;
  /** The outputs of a feature unit, given each segment's change and the baseline outputs. */
  evaluate(unit, changes, baseline, width) {
    const pre = this.preActivation();
    const { units: h, kernel } = this.dense;
    const { x, scale } = this.data;
    const f = this.data.features.length;
    const rows = unit.segments.reduce((sum2, s) => sum2 + s.end - s.start, 0);
    const stacked = new Float32Array(rows * h);
    const targets = new Int32Array(rows);
    const out = new Float32Array(rows * width);
    const delta = new Float64Array(f);
    let changed = 0;
    let at = 0;
    for (let s = 0; s < unit.segments.length; s++) {
      const segment = unit.segments[s];
      const { columns, source, constants } = changes[s];
      out.set(baseline.subarray(segment.start * width, segment.end * width), at * width);
      for (let row = segment.start; row < segment.end; row++, at++) {
        let any = false;
        const from = source === void 0 ? -1 : source[row] * f;
        for (let k = 0; k < columns.length; k++) {
          const j = columns[k];
          const raw = from < 0 ? constants[k] : x[from + j];
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
    if (changed === 0) return out;
    const output = tf3.tidy(() => {
      const z = tf3.tensor2d(stacked.subarray(0, changed * h), [changed, h]);
      const slots = evaluateFrom(this.graph, this.dense.slot, this.dense.activation.apply(z));
      return slots[this.graph.outputSlots[0]];
    });
    const values = output.dataSync();
    output.dispose();
    for (let r = 0; r < changed; r++) {
      out.set(values.subarray(r * width, (r + 1) * width), targets[r] * width);
    }
    return out;
  }
  /** The first Dense layer's pre-activation on every row, n × units, computed once. */
  preActivation() {
    if (this.pre !== void 0) return this.pre;
    const { n, features } = this.data;
    const h = this.dense.units;
    const pre = new Float32Array(n * h);
    const [kernel, bias] = this.dense.layer.getWeights();
    for (let start = 0; start < n; start += this.rowsPerPass) {
      const end = Math.min(n, start + this.rowsPerPass);
      const values = new Float32Array((end - start) * features.length);
      fillRows(values, 0, start, end, this.data);
      const z = tf3.tidy(() => {
        const input = tf3.tensor2d(values, [end - start, features.length]);
        const product = tf3.matMul(input, kernel);
        return bias === void 0 ? product : tf3.add(product, bias);
      });
      pre.set(z.dataSync(), start * h);
      z.dispose();
    }
    this.pre = pre;
    return pre;
  }
};
function addScaled(target, at, source, from, d, h) {
  for (let u = 0; u < h; u++) target[at + u] += d * source[from + u];
}
function addRow(target, at, base, from, kernel, w, d, h) {
  for (let u = 0; u < h; u++) target[at + u] = base[from + u] + d * kernel[w + u];
}

// src/ablation/units.ts
var LAYER_JOBS_PER_UNIT = 8;
var FEATURE_UNIT_ROWS = 16384;
function planUnits(components, indices, repeats, n, rowsPerPass) {
  const layerJobs = [];
  const featureJobs = [];
  for (const i of indices) {
    const component = components[i];
    if (component.notApplicable !== void 0) continue;
    const count = component.stochastic ? repeats : 1;
    for (let repeat = 0; repeat < count; repeat++) {
      (component.on === "layers" ? layerJobs : featureJobs).push({ component: i, repeat });
    }
  }
  const units = [];
  for (let start = 0; start < n; start += rowsPerPass) {
    const end = Math.min(n, start + rowsPerPass);
    for (let first = 0; first < layerJobs.length; first += LAYER_JOBS_PER_UNIT) {
      const jobs = layerJobs.slice(first, first + LAYER_JOBS_PER_UNIT);
      units.push({ on: "layers", segments: jobs.map((job) => ({ ...job, start, end })) });
    }
  }
  const unitRows = Math.min(rowsPerPass, Math.max(FEATURE_UNIT_ROWS, n));
  let current = [];
  let rows = 0;
  for (const job of featureJobs) {
    for (let start = 0; start < n; start += rowsPerPass) {
      const end = Math.min(n, start + rowsPerPass);
      if (rows + end - start > unitRows) {
        units.push({ on: "features", segments: current });
        current = [];
        rows = 0;
      }
      current.push({ ...job, start, end });
      rows += end - start;
    }
  }
  if (current.length > 0) units.push({ on: "features", segments: current });
  return units;
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
    this.rank = dense === void 0 ? void 0 : new RankOnePath(graph, dense, data, this.rowsPerPass);
    this.featurePath = this.rank === void 0 ? "full" : "rank-one";
  }
  graph;
  inputShape;
  data;
  options;
  /** How feature ablations run: low-rank updates of the first Dense layer, or the whole model. */
  featurePath;
  /** Rows one pass holds, from the memory budget; units are planned with it. */
  rowsPerPass;
  width;
  featureIndex;
  featureMeans;
  columns = /* @__PURE__ */ new Map();
  layers;
  rank;
  baselineOutputs;
  /** Output values per example: the model's output width. */
  get outputWidth() {
    return this.width;
  }
  /** The model's outputs with nothing ablated (computed once). */
  baseline() {
    if (this.baselineOutputs !== void 0) return this.baselineOutputs;
    const out = new Float32Array(this.data.n * this.width);
    for (let start = 0; start < this.data.n; start += this.rowsPerPass) {
      const end = Math.min(this.data.n, start + this.rowsPerPass);
      const input = this.input(start, end);
      try {
        const result = tf4.tidy(() => evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]]);
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
    const changes = unit.segments.map((s) => {
      const component = featureOf(components[s.component]);
      return featureChange(
        component,
        this.columnsOf(component),
        s.repeat,
        this.data,
        this.options.seed,
        this.featureMeans
      );
    });
    return this.rank !== void 0 ? this.rank.evaluate(unit, changes, this.baseline(), this.width) : this.fullPass(unit, changes);
  }
  /** Frees what the evaluator keeps between runs. */
  dispose() {
    this.layers.dispose();
  }
  /** Feature segments stacked into one pass of the whole model on rebuilt inputs. */
  fullPass(unit, changes) {
    const size = this.data.features.length;
    const width = this.width;
    const baseline = this.baseline();
    const out = new Float32Array(unitLength(unit, width));
    const changed = unit.segments.map((s, i) => changedRows(changes[i], this.data, s.start, s.end));
    const total = changed.reduce((sum2, rows) => sum2 + rows.length, 0);
    const stacked = new Float32Array(total * size);
    let row = 0;
    unit.segments.forEach((s, i) => {
      for (const r of changed[i]) fillRows(stacked, size * row++, r, r + 1, this.data, changes[i]);
    });
    const values = total === 0 ? new Float32Array(0) : this.predictStacked(stacked, total);
    let at = 0;
    row = 0;
    unit.segments.forEach((s, i) => {
      out.set(baseline.subarray(s.start * width, s.end * width), at * width);
      for (const r of changed[i]) {
        out.set(values.subarray(row * width, ++row * width), (at + r - s.start) * width);
      }
      at += s.end - s.start;
    });
    return out;
  }
  predictStacked(stacked, rows) {
    const output = tf4.tidy(() => {
      const input = tf4.tensor(stacked, [rows, ...this.inputShape]);
      return evaluateGraph(this.graph, [input])[this.graph.outputSlots[0]];
    });
    const values = output.dataSync();
    output.dispose();
    return values;
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
    const values = new Float32Array((end - start) * this.data.features.length);
    fillRows(values, 0, start, end, this.data);
    return tf4.tensor(values, [end - start, ...this.inputShape]);
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

// src/model/load.ts
var tf6 = __toESM(require_tf_node(), 1);
import path2 from "node:path";

// src/config/paths.ts
import { access, realpath, stat as stat2 } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/files/kind.ts
import { stat } from "node:fs/promises";
function kindOf(info) {
  if (info.isFile()) return "file";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "FIFO";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  return "socket";
}
async function fileKind(file) {
  try {
    return kindOf(await stat(file));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return "missing";
    if (code === "ENOTDIR") return "under a file";
    throw error;
  }
}
async function notRegular(file) {
  const kind = await fileKind(file);
  if (kind === "file" || kind === "missing") return void 0;
  if (kind === "folder") return "is a folder, expected a file";
  if (kind === "under a file") return "lies under a file, not a folder";
  return `is not a regular file (a ${kind}); give a file`;
}

// src/config/paths.ts
async function findRoot(dir, cwd) {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (await exists(join(current, ".git"))) return current;
    if (dirname(current) === current) return resolve(cwd);
  }
}
async function resolveFile(spec) {
  const { given, root, location } = spec;
  const absolute = resolve(spec.base, given);
  const fail = (detail) => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, location);
  };
  if (!isInside(root, absolute)) fail(`escapes the repository (${root})`);
  let info;
  try {
    info = await stat2(absolute);
  } catch {
    const shown = relative(spec.cwd, absolute);
    fail(`not found${shown === given ? "" : ` (looked for ${shown})`}`);
  }
  const real = await realpath(absolute);
  if (!isInside(await realpath(root), real)) {
    fail(`escapes the repository (${root}) through a symlink to ${real}`);
  }
  if (info?.isDirectory()) {
    const hint = await exists(join(absolute, "model.json")) ? `; did you mean ${JSON.stringify(join(given, "model.json"))}?` : "";
    fail(`is a folder, expected a file${hint}`);
  }
  if (info !== void 0 && !info.isFile()) {
    fail(`is not a regular file (a ${kindOf(info)}); give a file`);
  }
  return absolute;
}
function isInside(root, path3) {
  const rel = relative(root, path3);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
async function exists(path3) {
  try {
    await access(path3);
    return true;
  } catch {
    return false;
  }
}

// src/model/artifacts.ts
import { createHash } from "node:crypto";
import { readFile, realpath as realpath2 } from "node:fs/promises";
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
    const expected = group.weights.reduce((sum2, spec) => sum2 + specBytes(spec, displayPath), 0);
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
  const relative2 = path.relative(folder, resolved);
  if (path.isAbsolute(shardPath) || relative2 === "" || relative2.startsWith("..") || path.isAbsolute(relative2)) {
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
    real = await realpath2(file);
  } catch {
    return;
  }
  const rel = path.relative(await realpath2(root), real);
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
  const resolve2 = (ref, from) => {
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
      calls.inputs[k + calls.offset] = refsOf(node).map((ref) => resolve2(ref, from));
    });
  }
  for (const key of ["input_layers", "output_layers"]) {
    const refs = config[key];
    if (refs === void 0) continue;
    if (!Array.isArray(refs)) fail(`${key}${where} is not a list`);
    const list = refs;
    const items = typeof list[0] === "string" ? [list] : list;
    for (const ref of items) resolve2(ref, `${key}${where}`);
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
var tf5 = __toESM(require_tf_node(), 1);
function describeLayers(model) {
  return model.layers.map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    weights: layer.weights.map((w) => w.originalName),
    ...layer instanceof tf5.LayersModel ? { layers: describeLayers(layer) } : {}
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
  const values = tf5.tidy(() => tf5.io.decodeWeights(weightData, specs));
  try {
    for (const [name, target] of match.targets) variables.get(target)?.write(values[name]);
  } finally {
    tf5.dispose(Object.values(values));
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
  const variables = () => Object.values(tf6.engine().state.registeredVariables);
  const before = new Set(variables());
  const pending = tf6.models.modelFromJSON({
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
  fileKind,
  notRegular,
  findRoot,
  resolveFile,
  isInside,
  buildGraph,
  reinitProblem,
  planUnits,
  unitLength,
  placeUnit,
  Evaluator,
  allocateOutputs,
  loadModel
};
