/**
 * The components of an ONNX graph: the exporter's module scopes, read from node names.
 *
 * - torch.onnx names a node `/layer1/layer1.0/conv1/Conv`: a path of module scopes, then the
 *   op. Each scope is the module's attribute name, or its qualified name when the exporter
 *   already qualified it (`layer1.0` under `layer1`); both give the component ids `layer1`,
 *   `layer1.0`, `layer1.0.conv1` — the names of `model.named_modules()`.
 * - tf2onnx names a node `sequential/dense_1/MatMul` (optionally under
 *   `StatefulPartitionedCall/`): the Keras model, its layer, then the op. The component is the
 *   Keras layer (`dense_1`); a layer of a nested model is `inner/dense_1`.
 * - Other names (skl2onnx's `MatMul1`, a top-level `/Flatten`) belong to no component.
 *
 * A component's outputs are the tensors its nodes make that something outside it reads (or
 * that are graph outputs); its inputs are the tensors its nodes read that are made outside
 * it, initializers excepted. A node reads its inputs and the outer tensors its subgraphs read
 * (an If's branches, a Loop's body name them without listing them as inputs).
 */
import { AttributeProto_AttributeType, type GraphProto, type NodeProto } from './onnx-ml_pb.js';

/** One component: its id, the indices of its nodes in graph order, its inputs and outputs. */
export interface Component {
  id: string;
  nodes: number[];
  inputs: string[];
  outputs: string[];
}

/** The component ids a node belongs to, outermost first (`[]` for none). */
export function scopesOf(nodeName: string): string[] {
  if (nodeName.startsWith('/')) return torchScopes(nodeName.slice(1).split('/').slice(0, -1));
  const parts = nodeName.split('/').filter((p) => p !== '');
  while (parts[0] === 'StatefulPartitionedCall') parts.shift();
  // model name, layer(s), op: only names with at least one layer between model and op count.
  if (parts.length < 3) return [];
  const layers = parts.slice(1, -1);
  return layers.map((_, i) => layers.slice(0, i + 1).join('/'));
}

function torchScopes(scopes: string[]): string[] {
  const ids: string[] = [];
  let qualified = '';
  for (const scope of scopes) {
    if (scope === '') continue;
    qualified =
      qualified === '' || scope.startsWith(`${qualified}.`) ? scope : `${qualified}.${scope}`;
    ids.push(qualified);
  }
  return ids;
}

/** Every component of the graph, parents before children, in the order their nodes first run. */
export function listComponents(graph: GraphProto): Component[] {
  const members = new Map<string, number[]>();
  graph.node.forEach((node, index) => {
    for (const id of scopesOf(node.name)) {
      const list = members.get(id) ?? [];
      list.push(index);
      members.set(id, list);
    }
  });
  const initializers = new Set(graph.initializer.map((t) => t.name));
  const graphOutputs = new Set(graph.output.map((o) => o.name));
  const reads = graph.node.map(nodeReads);
  return [...members].map(([id, nodes]) => {
    const inside = new Set(nodes);
    const made = new Set(nodes.flatMap((i) => graph.node[i].output.filter((t) => t !== '')));
    const readOutside = new Set(reads.flatMap((read, i) => (inside.has(i) ? [] : read)));
    const inputs = unique(nodes.flatMap((i) => reads[i])).filter(
      (t) => t !== '' && !made.has(t) && !initializers.has(t),
    );
    const outputs = [...made].filter((t) => readOutside.has(t) || graphOutputs.has(t));
    return { id, nodes, inputs, outputs };
  });
}

/** The component with this id, or an error naming the ids there are. */
export function findComponent(graph: GraphProto, id: string): Component | Error {
  const components = listComponents(graph);
  const found = components.find((c) => c.id === id);
  if (found) return found;
  const ids = components.map((c) => c.id);
  return new Error(
    `no component "${id}" in the graph (${ids.length === 0 ? 'it has none' : `it has ${ids.join(', ')}`})`,
  );
}

/** The tensors a node reads: its inputs, then the outer tensors its subgraphs read. */
export function nodeReads(node: NodeProto): string[] {
  const subgraphs = node.attribute.flatMap((a) =>
    a.type === AttributeProto_AttributeType.GRAPH && a.g !== undefined
      ? [a.g]
      : a.type === AttributeProto_AttributeType.GRAPHS
        ? a.graphs
        : [],
  );
  return subgraphs.length === 0 ? node.input : [...node.input, ...subgraphs.flatMap(outerReads)];
}

/** The tensors a subgraph reads that it neither makes nor declares (its enclosing graphs'). */
function outerReads(graph: GraphProto): string[] {
  const own = new Set([
    ...graph.node.flatMap((n) => n.output),
    ...graph.initializer.map((t) => t.name),
    ...graph.input.map((i) => i.name),
  ]);
  return unique(graph.node.flatMap(nodeReads)).filter((t) => t !== '' && !own.has(t));
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
