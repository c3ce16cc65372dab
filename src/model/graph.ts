import type * as tf from '@tensorflow/tfjs';

type Layer = tf.layers.Layer;
type Kwargs = Record<string, unknown>;

/** The parts of TF.js's symbolic graph the executor reads (public fields, untyped in the API). */
interface SymbolicLike {
  id: number;
  shape: (number | null)[];
  sourceLayer: Layer & { inboundNodes: NodeLike[] };
  nodeIndex: number;
  tensorIndex: number;
}

interface NodeLike {
  inputTensors: SymbolicLike[];
  outputTensors: SymbolicLike[];
  callArgs?: Kwargs;
}

/** One call of a layer in the model: which tensor slots it reads and writes. */
export interface GraphNode {
  layer: Layer;
  /**
   * The layer's name in the config: its own name, or, inside a nested
   * model, the path of model names down to it (`head/dense_1`).
   */
  name: string;
  /** True for the model's InputLayers (they compute nothing). */
  isInput: boolean;
  inputs: number[];
  outputs: number[];
  callArgs: Kwargs;
}

/**
 * A LayersModel (Sequential or functional) as a topologically ordered list
 * of layer calls over numbered tensor slots, so that it can be evaluated one
 * layer at a time: with some layers overridden, and with every layer that
 * does not depend on an overridden one read from the baseline's activations.
 */
export interface ModelGraph {
  nodes: GraphNode[];
  slotCount: number;
  /** Slots of the model's inputs, in model input order. */
  inputSlots: number[];
  /** Slots of the model's outputs, in model output order. */
  outputSlots: number[];
  /** Per-example shape of every slot (batch dimension dropped). */
  slotShapes: (number | null)[][];
  /** Layer name (see `GraphNode.name`) → indices into `nodes` of its calls. */
  nodesOfLayer: Map<string, number[]>;
}

/** Builds the graph of a loaded model. */
export function buildGraph(model: tf.LayersModel): ModelGraph {
  const slotOf = new Map<number, number>();
  const slotShapes: (number | null)[][] = [];
  const slot = (tensor: SymbolicLike): number => {
    let index = slotOf.get(tensor.id);
    if (index === undefined) {
      index = slotShapes.length;
      slotOf.set(tensor.id, index);
      slotShapes.push(tensor.shape.slice(1));
    }
    return index;
  };

  const nodes: GraphNode[] = [];
  const visited = new Set<NodeLike>();
  const paths = new Map<Layer, string>();
  nestedPaths(model.layers, '', paths);
  const visit = (tensor: SymbolicLike, outer: string): void => {
    const layer = tensor.sourceLayer;
    const prefix = paths.get(layer) ?? outer;
    const node = layer.inboundNodes[tensor.nodeIndex];
    if (visited.has(node)) return;
    visited.add(node);
    for (const input of node.inputTensors) {
      // An input tensor produced by the same node is the InputLayer's own output.
      if (input.sourceLayer.inboundNodes[input.nodeIndex] !== node) visit(input, prefix);
    }
    const isInput = layer.getClassName() === 'InputLayer';
    const inner = nestedModel(layer);
    if (!isInput && inner !== undefined && inner.inputs.length === node.inputTensors.length) {
      // A nested model: its layers join the graph, reading and writing the outer slots.
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
      callArgs: { ...(node.callArgs ?? {}) },
    });
  };

  const outputs = model.outputs as unknown as SymbolicLike[];
  const inputs = model.inputs as unknown as SymbolicLike[];
  for (const output of outputs) visit(output, '');
  const nodesOfLayer = new Map<string, number[]>();
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
    nodesOfLayer,
  };
}

/** Indices of the nodes that must be recomputed when the given layers change. */
export function affectedNodes(graph: ModelGraph, layers: Iterable<string>): Set<number> {
  const dirtySlots = new Set<number>();
  const affected = new Set<number>();
  const changed = new Set(layers);
  graph.nodes.forEach((node, index) => {
    if (changed.has(node.name) || node.inputs.some((s) => dirtySlots.has(s))) {
      affected.add(index);
      for (const s of node.outputs) dirtySlots.add(s);
    }
  });
  return affected;
}

/**
 * The path of model names (`mobilenet/`) of every layer inside a nested
 * model, at any depth. Most nested models are met as a node of the outer
 * graph, but TF.js merges a Sequential's first layer, when it is a model,
 * into the Sequential: its layers are reached directly and keep their path
 * only through this map (a Teachable Machine export's MobileNet).
 */
function nestedPaths(layers: readonly Layer[], prefix: string, paths: Map<Layer, string>): void {
  for (const layer of layers) {
    const inner = (layer as unknown as { layers?: unknown }).layers;
    if (!Array.isArray(inner)) continue;
    const path = `${prefix}${layer.name}/`;
    for (const member of inner as Layer[]) paths.set(member, path);
    nestedPaths(inner as Layer[], path, paths);
  }
}

/** The inputs and outputs of a layer that is itself a model (Sequential or functional). */
function nestedModel(
  layer: Layer,
): { inputs: SymbolicLike[]; outputs: SymbolicLike[] } | undefined {
  const candidate = layer as unknown as { inputs?: unknown; outputs?: unknown; layers?: unknown };
  if (!Array.isArray(candidate.layers) || !Array.isArray(candidate.inputs)) return undefined;
  if (!Array.isArray(candidate.outputs)) return undefined;
  return {
    inputs: candidate.inputs as SymbolicLike[],
    outputs: candidate.outputs as SymbolicLike[],
  };
}
