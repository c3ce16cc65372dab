/**
 * Layer ablations of an ONNX model by graph edit. Each function takes a decoded model and
 * returns an edited copy (or an Error saying why the edit does not apply); the copy is then
 * run by ONNX Runtime itself — no operator is re-implemented here.
 *
 * - `zero`: the component's output is replaced by zeros of its shape
 *   (`ConstantOfShape(Shape(output))`), exact even where the output holds inf or NaN.
 * - `mean`: the output is replaced by a given tensor broadcast to its shape
 *   (`Expand(mean, Shape(output))`); the caller measures the mean over the eval rows by
 *   running `exposeOutputs` first.
 * - `remove`: the component is taken out and its one input passed straight to its consumers
 *   (`Identity`), allowed only when the runtime measured the same shape for input and output
 *   — a residual block, a norm, an activation.
 * - `reinit`: see `reinitComponent`.
 * The component's own nodes stay in the graph for `zero` and `mean` (the runtime computes and
 * discards them); their output tensor is renamed `<name>/ablation-ci.original`.
 */
import { create } from '@bufbuild/protobuf';
import { findComponent, nodeReads, type Component } from './components.js';
import { copyModel, type ModelProto } from './model.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  type GraphProto,
  type NodeProto,
} from './onnx-ml_pb.js';
import { floatTensor, untypedValueInfo, zeroScalar } from './tensor.js';

/** A tensor value to put in place of a component's output (its dims broadcast to the output). */
export interface Replacement {
  dims: readonly number[];
  values: Float32Array;
}

/** Replaces the component's output by zeros of the same shape and element type. */
export function zeroComponent(
  model: ModelProto,
  id: string,
  dataType: TensorProto_DataType = TensorProto_DataType.FLOAT,
): ModelProto | Error {
  return replaceOutput(model, id, (original, output) => [
    node('Shape', [original], [`${output}/ablation-ci.shape`]),
    node('ConstantOfShape', [`${output}/ablation-ci.shape`], [output], zeroScalar(dataType)),
  ]);
}

/** Replaces the component's output by `mean`, broadcast to the output's shape. */
export function meanComponent(
  model: ModelProto,
  id: string,
  mean: Replacement,
): ModelProto | Error {
  return replaceOutput(model, id, (original, output, graph) => {
    graph.initializer.push(floatTensor(`${output}/ablation-ci.mean`, mean.dims, mean.values));
    return [
      node('Shape', [original], [`${output}/ablation-ci.shape`]),
      node('Expand', [`${output}/ablation-ci.mean`, `${output}/ablation-ci.shape`], [output]),
    ];
  });
}

/**
 * Takes the component out, feeding its input to what read its output. `shapes` holds the
 * shapes the runtime measured for the component's input and output (see `exposeOutputs`).
 */
export function removeComponent(
  model: ModelProto,
  id: string,
  shapes: ReadonlyMap<string, readonly number[]>,
): ModelProto | Error {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === undefined) return new Error('the model has no graph');
  const component = singleOutput(graph, id);
  if (component instanceof Error) return component;
  if (component.inputs.length !== 1) {
    return new Error(
      `component "${id}" reads ${component.inputs.length} tensors (${component.inputs.join(', ')}); remove needs exactly one`,
    );
  }
  const [input] = component.inputs;
  const [output] = component.outputs;
  const inShape = shapes.get(input);
  const outShape = shapes.get(output);
  if (inShape === undefined || outShape === undefined) {
    return new Error(`component "${id}": no measured shape for "${inShape ? output : input}"`);
  }
  if (inShape.join('x') !== outShape.join('x')) {
    return new Error(
      `component "${id}" maps shape [${inShape.join(', ')}] to [${outShape.join(', ')}]; remove needs them equal`,
    );
  }
  const removed = new Set(component.nodes);
  const kept = graph.node.filter((_, i) => !removed.has(i));
  const producer = kept.findIndex((n) => n.output.includes(input));
  kept.splice(producer + 1, 0, node('Identity', [input], [output]));
  graph.node = kept;
  dropUnused(graph);
  return copy;
}

/**
 * Adds these intermediate tensors to the graph's outputs (untyped: the runtime infers their
 * type and shape), so that one run can measure them.
 */
export function exposeOutputs(model: ModelProto, tensors: readonly string[]): ModelProto | Error {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === undefined) return new Error('the model has no graph');
  const made = new Set(graph.node.flatMap((n) => n.output));
  for (const name of tensors) {
    if (!made.has(name)) return new Error(`no node makes a tensor named "${name}"`);
    if (!graph.output.some((o) => o.name === name)) graph.output.push(untypedValueInfo(name));
  }
  return copy;
}

type Rewire = (original: string, output: string, graph: GraphProto) => NodeProto[];

function replaceOutput(model: ModelProto, id: string, rewire: Rewire): ModelProto | Error {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === undefined) return new Error('the model has no graph');
  const component = singleOutput(graph, id);
  if (component instanceof Error) return component;
  const [output] = component.outputs;
  const original = `${output}/ablation-ci.original`;
  let producer = -1;
  for (const i of component.nodes) {
    const n = graph.node[i];
    n.input = n.input.map((t) => (t === output ? original : t));
    n.output = n.output.map((t) => (t === output ? original : t));
    if (n.output.includes(original)) producer = i;
  }
  graph.node.splice(producer + 1, 0, ...rewire(original, output, graph));
  return copy;
}

function singleOutput(graph: GraphProto, id: string): Component | Error {
  const component = findComponent(graph, id);
  if (component instanceof Error) return component;
  if (component.outputs.length !== 1) {
    return new Error(
      `component "${id}" has ${component.outputs.length} outputs (${component.outputs.join(', ')}); an ablation needs exactly one`,
    );
  }
  return component;
}

/** Drops initializers and value infos that no node reads or makes any more. */
function dropUnused(graph: GraphProto): void {
  // Subgraphs count: an If's branch may read an initializer no node of the graph lists.
  const read = new Set(graph.node.flatMap(nodeReads));
  const made = new Set([...graph.node.flatMap((n) => n.output), ...graph.input.map((i) => i.name)]);
  graph.initializer = graph.initializer.filter(
    (t) => read.has(t.name) || graph.output.some((o) => o.name === t.name),
  );
  graph.valueInfo = graph.valueInfo.filter((v) => made.has(v.name));
}

function node(
  opType: string,
  input: string[],
  output: string[],
  value?: ReturnType<typeof zeroScalar>,
): NodeProto {
  return create(NodeProtoSchema, {
    opType,
    input,
    output,
    // No '/' in the name: an added node belongs to no component.
    name: `ablation-ci.${opType}.${output[0].replaceAll('/', '.')}`,
    attribute:
      value === undefined
        ? []
        : [
            create(AttributeProtoSchema, {
              name: 'value',
              type: AttributeProto_AttributeType.TENSOR,
              t: value,
            }),
          ],
  });
}
