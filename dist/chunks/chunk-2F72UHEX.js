import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  closestNames,
  compareKeys,
  compileMatcher,
  expandNames,
  locate,
  parsePattern
} from "./chunk-FT6JTLYM.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/model/graph.ts
function buildGraph(model) {
  const slotOf = /* @__PURE__ */ new Map();
  const slotShapes = [];
  const slot = (tensor) => {
    let index = slotOf.get(tensor.id);
    if (index === void 0) {
      index = slotShapes.length;
      slotOf.set(tensor.id, index);
      slotShapes.push(tensor.shape.slice(1));
    }
    return index;
  };
  const nodes = [];
  const visited = /* @__PURE__ */ new Set();
  const paths = /* @__PURE__ */ new Map();
  nestedPaths(model.layers, "", paths);
  const visit = (tensor, outer) => {
    const layer = tensor.sourceLayer;
    const prefix = paths.get(layer) ?? outer;
    const node = layer.inboundNodes[tensor.nodeIndex];
    if (visited.has(node)) return;
    visited.add(node);
    for (const input of node.inputTensors) {
      if (input.sourceLayer.inboundNodes[input.nodeIndex] !== node) visit(input, prefix);
    }
    const isInput = layer.getClassName() === "InputLayer";
    const inner = nestedModel(layer);
    if (!isInput && inner !== void 0 && inner.inputs.length === node.inputTensors.length) {
      inner.inputs.forEach((t, i) => slotOf.set(t.id, slot(node.inputTensors[i])));
      inner.outputs.forEach((t, i) => slotOf.set(t.id, slot(node.outputTensors[i])));
      for (const output of inner.outputs) visit(output, `${prefix}${layer.name}/`);
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
  for (const output of outputs) visit(output, "");
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
function nestedPaths(layers, prefix, paths) {
  for (const layer of layers) {
    const inner = layer.layers;
    if (!Array.isArray(inner)) continue;
    const path = `${prefix}${layer.name}/`;
    for (const member of inner) paths.set(member, path);
    nestedPaths(inner, path, paths);
  }
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

// src/ablation/inputs.ts
function columnsOf(component, index, features) {
  const names = component.features;
  const next = features !== void 0 && index.size === features.length ? features : [];
  const columns = new Int32Array(names.length);
  let last = -1;
  for (let k = 0; k < names.length; k++) {
    const j = next[last + 1] === names[k] ? last + 1 : index.get(names[k]);
    if (j === void 0) throw new Error(`no feature ${names[k]} in the eval data`);
    columns[k] = last = j;
  }
  return columns;
}
var SHORT_RUN = 16;
var runsOf = /* @__PURE__ */ new WeakMap();
function columnRuns(columns) {
  let runs = runsOf.get(columns);
  if (runs === void 0) {
    const triples = [];
    for (let k = 0; k < columns.length; ) {
      let length = 1;
      while (k + length < columns.length && columns[k + length] === columns[k] + length) length++;
      triples.push(columns[k], k, length);
      k += length;
    }
    runs = Int32Array.from(triples);
    runsOf.set(columns, runs);
  }
  return runs;
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
  const { source, values } = change;
  if (values !== void 0) return values[row * change.columns.length + k];
  return source === void 0 ? change.constants[k] : data.x[source[row] * data.features.length + change.columns[k]];
}
function fillRows(target, offset, start, end, data, change) {
  const { x, center, scale, scaled } = data;
  const f = data.features.length;
  if (scaled !== void 0) target.set(scaled.subarray(start * f, end * f), offset);
  else {
    for (let row = start; row < end; row++) {
      const at = offset + (row - start) * f;
      for (let j = 0; j < f; j++) target[at + j] = (x[row * f + j] - center[j]) / scale[j];
    }
  }
  if (change !== void 0) writeChange(target, offset, start, end, data, change);
}
function writeChange(target, offset, start, end, data, change) {
  const { center, scale, scaled } = data;
  const f = data.features.length;
  const { columns, source } = change;
  if (scaled !== void 0 && source !== void 0 && change.values === void 0) {
    copyRuns(target, offset, start, end, scaled, f, source, columnRuns(columns));
    return;
  }
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k];
      target[at + j] = (changedValue(change, data, row, k) - center[j]) / scale[j];
    }
  }
}
function copyRuns(target, offset, start, end, scaled, f, source, runs) {
  for (let row = start; row < end; row++) {
    const at = offset + (row - start) * f;
    const from = (source === void 0 ? row : source[row]) * f;
    for (let r = 0; r < runs.length; r += 3) {
      const j = runs[r];
      const length = runs[r + 2];
      if (length >= SHORT_RUN) target.set(scaled.subarray(from + j, from + j + length), at + j);
      else for (let c = j; c < j + length; c++) target[at + c] = scaled[from + c];
    }
  }
}
function changedRows(change, data, start, end) {
  const { x } = data;
  const f = data.features.length;
  const { columns, source, constants, values } = change;
  const rows = new Int32Array(end - start);
  let m = 0;
  for (let row = start; row < end; row++) {
    const from = source === void 0 ? -1 : source[row] * f;
    for (let k = 0; k < columns.length; k++) {
      const raw = values !== void 0 ? values[row * columns.length + k] : from < 0 ? constants[k] : x[from + columns[k]];
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

// src/config/error.ts
function configError(config, key, detail) {
  return new InputError(detail, locate(config, key));
}

// src/model/initializers.ts
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

// src/pattern/names.ts
function expandName(entry, known, index, words) {
  const exact = index.get(entry);
  if (exact !== void 0) return { positions: [exact] };
  const pattern = parsePattern(entry, "name");
  if ("problem" in pattern) return pattern;
  if (!pattern.glob) {
    const unique = index.size === known.length;
    const positions2 = [];
    let last = -1;
    for (const name of expandNames(pattern.nodes)) {
      const position = unique && known[last + 1] === name ? last + 1 : index.get(name);
      if (position === void 0) return { problem: words.unknown(name, entry) };
      positions2.push(position);
      last = position;
    }
    return { positions: positions2 };
  }
  const matcher = compileMatcher(pattern, "name");
  const positions = [];
  known.forEach((name, position) => {
    if (matcher.test(name)) positions.push(position);
  });
  if (positions.length === 0) {
    return { problem: `no ${words.what} matches ${JSON.stringify(entry)}` };
  }
  if (!pattern.ranges) return { positions };
  const keys = new Map(positions.map((p) => [p, matcher.rangeKey(known[p])]));
  return { positions: positions.sort((a, b) => compareKeys(keys.get(a), keys.get(b)) || a - b) };
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexNames(names) {
  let index = indexes.get(names);
  if (index === void 0) {
    const made = /* @__PURE__ */ new Map();
    for (let i = names.length - 1; i >= 0; i--) made.set(names[i], i);
    indexes.set(names, index = made);
  }
  return index;
}
function quoteFrom(name, entry) {
  return JSON.stringify(name) + (name === entry ? "" : ` (from ${JSON.stringify(entry)})`);
}
function nameHint(name, known) {
  const inside = known.filter((k) => k.endsWith(`/${name}`));
  const names = inside.length > 0 ? inside.slice(0, 3) : closestNames(name, known, 3);
  return names.length > 0 ? ` (did you mean ${names.join(", ")}?)` : "";
}

// src/ablation/plan.ts
var INFERENCE_IDENTITY = /* @__PURE__ */ new Set([
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
  "ActivityRegularization"
]);
function planComponents(config, graph, features) {
  const layerByName = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) if (!node.isInput) layerByName.set(node.name, node.layer);
  const allLayers = [...layerByName.keys()];
  const outputLayers = new Set(graph.outputSlots.map((s) => producerOf(graph, s)));
  return planWith(
    config,
    {
      names: allLayers,
      defaults: allLayers.filter(
        (name) => !outputLayers.has(name) && !INFERENCE_IDENTITY.has(layerByName.get(name)?.getClassName() ?? "")
      ),
      problem: (name, mode) => layerModeProblem(graph, name, layerByName.get(name), mode)
    },
    features
  );
}
function planWith(config, catalog, features) {
  const allLayers = catalog.names;
  const layerIndex = indexNames(allLayers);
  const featureIndex = indexNames(features);
  const { ablations } = config;
  const layers = ablations.layers === "all" ? catalog.defaults : matchLayers(config, "ablations.layers", ablations.layers, allLayers, layerIndex);
  const chosenFeatures = ablations.features === "all" ? features : matchFeatures(config, "ablations.features", ablations.features, features, featureIndex);
  const components = [];
  for (const layer of layers) {
    for (const mode of ablations.layerModes) {
      components.push(layerComponent("layer", layer, [layer], mode, catalog));
    }
  }
  for (const feature of chosenFeatures) {
    for (const mode of ablations.featureModes) {
      components.push(featureComponent("feature", feature, [feature], mode));
    }
  }
  for (const group of ablations.groups) {
    const key = `ablations.groups.${group.name}`;
    if (group.layers !== void 0) {
      const members = matchLayers(config, `${key}.layers`, group.layers, allLayers, layerIndex);
      for (const mode of ablations.layerModes) {
        components.push(layerComponent("group", group.name, members, mode, catalog));
      }
    } else {
      const members = matchFeatures(
        config,
        `${key}.features`,
        group.features ?? [],
        features,
        featureIndex
      );
      for (const mode of ablations.featureModes) {
        components.push(featureComponent("group", group.name, members, mode));
      }
    }
  }
  return components;
}
function layerComponent(kind, name, layers, mode, catalog) {
  const component = {
    id: `${kind}:${name}:${mode}`,
    kind,
    name,
    on: "layers",
    layers,
    mode,
    stochastic: mode === "reinit"
  };
  for (const layer of layers) {
    const problem = catalog.problem(layer, mode);
    if (problem !== void 0) {
      component.notApplicable = layers.length > 1 ? `${layer}: ${problem}` : problem;
      break;
    }
  }
  return component;
}
function featureComponent(kind, name, features, mode) {
  const suffix = typeof mode === "string" ? mode : `value=${mode.value}`;
  return {
    id: `${kind}:${name}:${suffix}`,
    kind,
    name,
    on: "features",
    features,
    mode,
    stochastic: mode === "permute"
  };
}
function layerModeProblem(graph, name, layer, mode) {
  switch (mode) {
    case "zero":
    case "mean":
      return void 0;
    case "reinit":
      return reinitProblem(layer);
    case "remove": {
      for (const index of graph.nodesOfLayer.get(name) ?? []) {
        const node = graph.nodes[index];
        if (node.inputs.length !== 1 || node.outputs.length !== 1) {
          return "remove needs a layer with one input and one output";
        }
        const input = graph.slotShapes[node.inputs[0]];
        const output = graph.slotShapes[node.outputs[0]];
        if (JSON.stringify(input) !== JSON.stringify(output)) {
          return `remove needs equal input and output shapes; input is ${shapeText(input)}, output ${shapeText(output)}`;
        }
      }
      return void 0;
    }
  }
}
function shapeText(shape) {
  return `[${shape.map((d) => d ?? "?").join(", ")}]`;
}
function producerOf(graph, slot) {
  return graph.nodes.find((node) => node.outputs.includes(slot))?.name ?? "";
}
function matchLayers(config, key, patterns, layers, index) {
  const chosen = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, layers, index, {
      what: "layer of the model",
      unknown: (name, entry) => `no layer of the model is named ${quoteFrom(name, entry)}${nameHint(name, layers)}`
    });
    if ("problem" in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const position of result.positions) chosen.add(position);
  });
  return layers.filter((_, position) => chosen.has(position));
}
function matchFeatures(config, key, patterns, features, index) {
  const taken = new Uint8Array(features.length);
  const unique = index.size === features.length;
  const chosen = [];
  patterns.forEach((pattern, i) => {
    const result = expandName(pattern, features, index, {
      what: "feature of the eval data",
      unknown: (name, entry) => `${quoteFrom(name, entry)} is not a feature of the eval data${nameHint(name, features)}`
    });
    if ("problem" in result) throw configError(config, `${key}[${i}]`, result.problem);
    for (const position of result.positions) {
      const first = unique ? position : index.get(features[position]) ?? position;
      if (taken[first] === 0) {
        taken[first] = 1;
        chosen.push(features[position]);
      }
    }
  });
  return chosen;
}

export {
  buildGraph,
  affectedNodes,
  columnsOf,
  columnRuns,
  featureChange,
  changedValue,
  fillRows,
  writeChange,
  copyRuns,
  changedRows,
  columnMeans,
  findInitializer,
  configError,
  expandName,
  indexNames,
  quoteFrom,
  INFERENCE_IDENTITY,
  planComponents,
  planWith,
  matchLayers,
  matchFeatures
};
