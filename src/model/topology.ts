import { InputError } from '../errors.js';

/** One call of a layer in a functional model: `layer#node`. */
type NodeId = string;

/**
 * Checks the graph of every functional model in a LayersModel topology
 * (the top one and those nested as layers, at any depth) before TF.js sees
 * it: TF.js's `fromConfig` spins forever on a reference to a layer that does
 * not exist or on `inbound_nodes` that form a cycle. Every reference in
 * `inbound_nodes`, `input_layers` and `output_layers` must name a layer of
 * the same model and a call (node) it has; the calls must form no cycle
 * (Kahn's algorithm). Throws an InputError naming `file` and the layer.
 */
export function checkTopology(topology: unknown, file: string): void {
  const top =
    isRecord(topology) && isRecord(topology['model_config']) ? topology['model_config'] : topology;
  visit(top, [], file);
}

function visit(model: unknown, outer: string[], file: string): void {
  if (!isRecord(model) || !isRecord(model['config'])) return;
  const config = model['config'];
  const layers = config['layers'];
  if (!Array.isArray(layers)) return;
  const name = typeof config['name'] === 'string' ? config['name'] : String(model['class_name']);
  const scope = [...outer, name];
  if (layers.some((layer) => isRecord(layer) && 'inbound_nodes' in layer)) {
    checkFunctional(layers, config, scope, file);
  }
  for (const layer of layers) visit(layer, scope, file);
}

interface LayerCalls {
  /** Number of calls (nodes) the layer has; an InputLayer has its one implicit node. */
  nodes: number;
  /** Per call, the calls it takes its inputs from. */
  inputs: NodeId[][];
}

function checkFunctional(
  layers: unknown[],
  config: Record<string, unknown>,
  scope: string[],
  file: string,
): void {
  const where = scope.length > 1 ? ` of nested model "${scope.slice(1).join('/')}"` : '';
  const fail = (detail: string): never => {
    throw new InputError(`modelTopology: ${detail}`, { file });
  };
  const byName = new Map<string, LayerCalls & { raw: Record<string, unknown> }>();
  for (const [i, layer] of layers.entries()) {
    if (!isRecord(layer)) return fail(`layers[${i}]${where} is not a layer config`);
    const name = layerName(layer);
    if (name === undefined) return fail(`layers[${i}]${where} has no name`);
    if (byName.has(name)) fail(`two layers${where} are named ${JSON.stringify(name)}`);
    const inbound = layer['inbound_nodes'] ?? [];
    if (!Array.isArray(inbound))
      return fail(`layer ${JSON.stringify(name)}${where}: inbound_nodes is not a list`);
    const nodes =
      layer['class_name'] === 'InputLayer' ? Math.max(1, inbound.length) : inbound.length;
    byName.set(name, { nodes, inputs: [], raw: layer });
  }
  const resolve = (ref: unknown, from: string): NodeId => {
    if (!Array.isArray(ref) || typeof ref[0] !== 'string') {
      return fail(`${from} holds ${short(ref)}, not a [layer, node, tensor] reference`);
    }
    const [target, node = 0] = ref as [string, unknown];
    const calls = byName.get(target);
    if (calls === undefined) {
      return fail(
        `${from} refers to layer ${JSON.stringify(target)}, which is not a layer${where}`,
      );
    }
    if (!Number.isInteger(node) || (node as number) < 0 || (node as number) >= calls.nodes) {
      return fail(
        `${from} refers to call ${short(node)} of layer ${JSON.stringify(target)}, which has ${calls.nodes} call(s)`,
      );
    }
    return `${target}#${node as number}`;
  };
  for (const [name, calls] of byName) {
    const inbound = (calls.raw['inbound_nodes'] ?? []) as unknown[];
    inbound.forEach((node, k) => {
      const from = `layer ${JSON.stringify(name)}${where}`;
      calls.inputs[k] = refsOf(node).map((ref) => resolve(ref, from));
    });
  }
  for (const key of ['input_layers', 'output_layers']) {
    const refs = config[key];
    if (refs === undefined) continue;
    if (!Array.isArray(refs)) fail(`${key}${where} is not a list`);
    const list = refs as unknown[];
    // A single reference may be saved unwrapped: ["name", 0, 0].
    const items = typeof list[0] === 'string' ? [list] : list;
    for (const ref of items) resolve(ref, `${key}${where}`);
  }
  const cycle = firstCycle(byName);
  if (cycle !== undefined) {
    fail(
      `layer ${JSON.stringify(cycle[0])}${where} depends on its own output: inbound_nodes form a cycle (${cycle.map((n) => JSON.stringify(n)).join(' → ')})`,
    );
  }
}

/** The `[layer, node, tensor, kwargs]` references of one call, in TF.js's format or Keras 3's. */
function refsOf(node: unknown): unknown[] {
  if (Array.isArray(node)) return node;
  const refs: unknown[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isRecord(value)) {
      const history = isRecord(value['config']) ? value['config']['keras_history'] : undefined;
      if (value['class_name'] === '__keras_tensor__' && Array.isArray(history)) refs.push(history);
      else Object.values(value).forEach(collect);
    }
  };
  collect(node);
  return refs;
}

/**
 * Kahn's algorithm over the calls: repeatedly take a call whose inputs are
 * all taken. Calls left over lie on or behind a cycle; returns the layers of
 * one cycle (first layer repeated at the end), or undefined when acyclic.
 */
function firstCycle(byName: Map<string, LayerCalls>): string[] | undefined {
  const waiting = new Map<NodeId, number>();
  const users = new Map<NodeId, NodeId[]>();
  const inputsOf = new Map<NodeId, NodeId[]>();
  for (const [name, calls] of byName) {
    for (let k = 0; k < calls.nodes; k++) {
      const id = `${name}#${k}`;
      const inputs = calls.inputs[k] ?? [];
      inputsOf.set(id, inputs);
      waiting.set(id, inputs.length);
      for (const input of inputs) users.set(input, [...(users.get(input) ?? []), id]);
    }
  }
  const ready = [...waiting].filter(([, count]) => count === 0).map(([id]) => id);
  while (ready.length > 0) {
    const id = ready.pop() as NodeId;
    waiting.delete(id);
    for (const user of users.get(id) ?? []) {
      const left = (waiting.get(user) ?? 0) - 1;
      waiting.set(user, left);
      if (left === 0) ready.push(user);
    }
  }
  if (waiting.size === 0) return undefined;
  // Walk back through unfinished inputs until a call repeats: that stretch is a cycle.
  const path: NodeId[] = [];
  let current = waiting.keys().next().value as NodeId;
  while (!path.includes(current)) {
    path.push(current);
    current = (inputsOf.get(current) ?? []).find((input) => waiting.has(input)) as NodeId;
  }
  const loop = path.slice(path.indexOf(current)).reverse();
  return [...loop, loop[0]].map((id) => id.slice(0, id.lastIndexOf('#')));
}

function layerName(layer: Record<string, unknown>): string | undefined {
  if (typeof layer['name'] === 'string') return layer['name'];
  const config = layer['config'];
  return isRecord(config) && typeof config['name'] === 'string' ? config['name'] : undefined;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
