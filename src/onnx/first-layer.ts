/**
 * The first layer of an ONNX graph, split off for feature ablations: when the graph's one input
 * `[n, f]` feeds only a MatMul or Gemm whose weight is an initializer (directly or through a
 * scikit-learn `Scaler`, whose per-column scale is folded into W's rows; optionally followed by
 * one Add of an initializer bias), that layer's output z1 changes by a low-rank term when input columns
 * change: z1' = z1 + ΔX[:, cols] · W[cols, :]. The model is cut there into two graphs, both run
 * by ONNX Runtime:
 *
 * - the **head** (input → z1): the first layer alone, run once over the eval rows;
 * - the **tail** (z1 → the chosen output): the rest of the graph, fed z1 rows with the update
 *   applied in front of it by the runtime — `Gather(z1, rows) + MatMul(delta, Gather(W, cols))`
 *   — so several ablations' changed rows are stacked into one run and no operator of the model
 *   is computed outside the runtime.
 *
 * A graph of any other shape gives `undefined`: its feature ablations take full passes.
 */
import { create } from '@bufbuild/protobuf';
import { copyModel, type ModelProto } from './model.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  ValueInfoProtoSchema,
  type GraphProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './onnx-ml_pb.js';
import { floatTensor, floatValues } from './tensor.js';

/** The tail graph's inputs besides the model's own tensors. */
export const TAIL_INPUTS = {
  /** The first layer's output on a block of rows, `[b, units]`. */
  block: 'ablation-ci.z1.block',
  /** The block rows each stacked row comes from (int32, `[m]`). */
  rows: 'ablation-ci.rows',
  /** The scaled input change of each stacked row in each changed column (`[m, k]`). */
  delta: 'ablation-ci.delta',
  /** The changed input columns (int32, `[k]`). */
  columns: 'ablation-ci.columns',
} as const;

/** The kernel the tail gathers its rank-one terms from, `[features, units]`. */
const KERNEL = 'ablation-ci.kernel';

/** A model cut after its first layer. */
export interface FirstLayer {
  /** The tensor the head makes and the tail's update rebuilds (z1). */
  output: string;
  /** Input columns (f) and output units (h) of the layer. */
  features: number;
  units: number;
  /** input `[n, f]` → z1 `[n, h]`. */
  head: ModelProto;
  /** `TAIL_INPUTS` → the chosen output. */
  tail: ModelProto;
  /** The layer's weight as `[features, units]`, row-major (the Scaler's scale folded in). */
  kernel: Float32Array;
  /** The head's nodes (the tail's are the graph's others). */
  nodes: NodeProto[];
}

/**
 * Splits the model after its first layer, or undefined when the graph does not start with one
 * (see the file's comment). `input`: the fed input (2-D); `output`: the output the suite reads.
 */
export function splitFirstLayer(
  model: ModelProto,
  input: string,
  output: string,
): FirstLayer | undefined {
  const graph = model.graph;
  if (graph === undefined || graph.node.some(hasSubgraph)) return undefined;
  const initializers = new Map(graph.initializer.map((t) => [t.name, t]));
  const readers = (tensor: string): NodeProto[] =>
    graph.node.filter((n) => n.input.includes(tensor));
  const isOutput = (tensor: string): boolean => graph.output.some((o) => o.name === tensor);

  const only = (tensor: string): NodeProto | undefined => {
    const [node, ...others] = readers(tensor);
    const plain = node?.input[0] === tensor && node.input.filter((t) => t === tensor).length === 1;
    return plain && others.length === 0 && !isOutput(tensor) ? node : undefined;
  };
  let first = only(input);
  // A scikit-learn pipeline's Scaler in front: (x − offset) · scale per column.
  const scaler = first?.opType === 'Scaler' && first.domain === 'ai.onnx.ml' ? first : undefined;
  if (scaler !== undefined) first = only(scaler.output[0]);
  if (first === undefined || first.domain !== '') return undefined;
  const kernel = kernelOf(first, initializers);
  if (kernel === undefined) return undefined;
  if (scaler !== undefined && !scaleRows(kernel, scaler)) return undefined;
  const head = scaler === undefined ? [first] : [scaler, first];
  let z1 = first.output[0];
  const [next, ...more] = readers(z1);
  if (next !== undefined && more.length === 0 && !isOutput(z1) && isBiasAdd(next, z1)) {
    const bias = initializers.get(next.input[next.input[0] === z1 ? 1 : 0])!;
    if (biasFits(bias, kernel.units)) {
      head.push(next);
      z1 = next.output[0];
    }
  }
  if (z1 === output || readers(z1).length === 0) return undefined;
  return {
    output: z1,
    features: kernel.features,
    units: kernel.units,
    head: headModel(model, head, input, z1),
    tail: tailModel(model, head, input, z1, output, kernel),
    kernel: kernel.values,
    nodes: head,
  };
}

export interface Kernel {
  features: number;
  units: number;
  /** The weight as `[features, units]`, row-major. */
  values: Float32Array;
}

/** A MatMul's or Gemm's weight as `[f, h]`, when it is a float initializer the layer reads plainly. */
export function kernelOf(
  node: NodeProto,
  initializers: Map<string, TensorProto>,
): Kernel | undefined {
  const weight = initializers.get(node.input[1] ?? '');
  if (weight === undefined || weight.dims.length !== 2) return undefined;
  const values = floatValues(weight);
  if (values instanceof Error) return undefined;
  const [rows, columns] = weight.dims.map(Number);
  if (node.opType === 'MatMul' && node.input.length === 2) {
    return { features: rows, units: columns, values };
  }
  if (node.opType !== 'Gemm') return undefined;
  const attribute = (name: string) => node.attribute.find((a) => a.name === name);
  if (Number(attribute('transA')?.i ?? 0n) !== 0) return undefined;
  if ((attribute('alpha')?.f ?? 1) !== 1) return undefined;
  // A bias the head adds (beta · C) may be any initializer; a computed one is not the head's.
  const c = node.input[2];
  if (c !== undefined && c !== '' && !initializers.has(c)) return undefined;
  if (Number(attribute('transB')?.i ?? 0n) === 0) return { features: rows, units: columns, values };
  // transB: the weight is stored [h, f] (PyTorch's nn.Linear): transposed once here.
  const transposed = new Float32Array(values.length);
  for (let u = 0; u < rows; u++) {
    for (let j = 0; j < columns; j++) transposed[j * rows + u] = values[u * columns + j];
  }
  return { features: columns, units: rows, values: transposed };
}

/**
 * Folds a Scaler's per-column scale into the kernel's rows (a change d of column j changes the
 * Scaler's output by d · scale_j); false when its scale does not fit the columns.
 */
function scaleRows(kernel: Kernel, scaler: NodeProto): boolean {
  const scale = scaler.attribute.find((a) => a.name === 'scale')?.floats ?? [1];
  if (scale.length !== 1 && scale.length !== kernel.features) return false;
  const h = kernel.units;
  for (let j = 0; j < kernel.features; j++) {
    const s = scale.length === 1 ? scale[0] : scale[j];
    for (let u = 0; u < h; u++)
      kernel.values[j * h + u] = Math.fround(s * kernel.values[j * h + u]);
  }
  return true;
}

export function isBiasAdd(node: NodeProto, z: string): boolean {
  return (
    node.opType === 'Add' && node.domain === '' && node.input.length === 2 && node.input.includes(z)
  );
}

/** A bias that broadcasts along the units without changing z's shape: `[]`, `[1]`, `[h]`, `[1, h]`. */
export function biasFits(bias: TensorProto | undefined, units: number): boolean {
  if (bias === undefined) return false;
  const dims = bias.dims.map(Number);
  if (dims.length > 2 || (dims.length === 2 && dims[0] !== 1)) return false;
  const last = dims.length === 0 ? 1 : dims[dims.length - 1];
  return last === 1 || last === units;
}

function hasSubgraph(node: NodeProto): boolean {
  return node.attribute.some(
    (a) =>
      a.type === AttributeProto_AttributeType.GRAPH ||
      a.type === AttributeProto_AttributeType.GRAPHS,
  );
}

/** The first layer alone: input → z1. */
function headModel(model: ModelProto, head: NodeProto[], input: string, z1: string): ModelProto {
  return keptNodes(
    model,
    head,
    model.graph!.input.filter((i) => i.name === input),
    z1,
  );
}

/**
 * A copy of `model` holding only `nodes`: the constants they read, `inputs` first, then the
 * graph inputs they read (old exporters list initializers as inputs too), and one output.
 */
export function keptNodes(
  model: ModelProto,
  nodes: NodeProto[],
  inputs: ValueInfoProto[],
  output: string,
): ModelProto {
  const copy = copyModel(model);
  const graph = copy.graph!;
  const read = new Set(nodes.flatMap((n) => n.input));
  const first = new Set(inputs.map((i) => i.name));
  graph.node = graph.node.filter((n) => nodes.some((m) => sameNode(m, n)));
  graph.initializer = graph.initializer.filter((t) => read.has(t.name));
  graph.input = [...inputs, ...graph.input.filter((i) => read.has(i.name) && !first.has(i.name))];
  graph.output = [floatInfo(output, undefined)];
  graph.valueInfo = [];
  return copy;
}

/**
 * The model without the nodes `dropped` (a cut's first half), fed `inputs` in their place: the
 * nodes `added` run first, reading `constants` and the inputs. Initializers no node reads any more
 * go; those still read and listed as inputs by old exporters stay inputs (not `replaced`).
 */
export function droppedNodes(
  model: ModelProto,
  dropped: NodeProto[],
  added: { nodes: NodeProto[]; constants: TensorProto[] },
  inputs: ValueInfoProto[],
  replaced: string,
  output: string,
): ModelProto {
  const copy = copyModel(model);
  const graph = copy.graph!;
  graph.node = [...added.nodes, ...graph.node.filter((n) => !dropped.some((d) => sameNode(d, n)))];
  graph.initializer = [...graph.initializer, ...added.constants];
  dropUnread(graph);
  const initializers = new Set(graph.initializer.map((t) => t.name));
  graph.input = [
    ...inputs,
    ...graph.input.filter((i) => i.name !== replaced && initializers.has(i.name)),
  ];
  graph.output = graph.output.filter((o) => o.name === output);
  return copy;
}

/** Everything after the first layer, fed z1 rows plus their rank-one updates. */
function tailModel(
  model: ModelProto,
  head: NodeProto[],
  input: string,
  z1: string,
  output: string,
  kernel: Kernel,
): ModelProto {
  const constants = [floatTensor(KERNEL, [kernel.features, kernel.units], kernel.values)];
  const inputs = [
    floatInfo(TAIL_INPUTS.block, kernel.units),
    intInfo(TAIL_INPUTS.rows),
    floatInfo(TAIL_INPUTS.delta, undefined),
    intInfo(TAIL_INPUTS.columns),
  ];
  return droppedNodes(model, head, { nodes: updateNodes(z1), constants }, inputs, input, output);
}

/** z1 = Gather(block, rows) + MatMul(delta, Gather(kernel, columns)). */
function updateNodes(z1: string): NodeProto[] {
  const node = (opType: string, input: string[], out: string, axis?: number): NodeProto =>
    create(NodeProtoSchema, {
      opType,
      input,
      output: [out],
      // No '/' in the name: an added node belongs to no component.
      name: `ablation-ci.${out}`,
      attribute:
        axis === undefined
          ? []
          : [
              create(AttributeProtoSchema, {
                name: 'axis',
                type: AttributeProto_AttributeType.INT,
                i: BigInt(axis),
              }),
            ],
    });
  // MatMul then Add, not one Gemm with C: measured on the wide suite's tail, the Gemm was 17 %
  // slower on onnxruntime-web and no faster on onnxruntime-node.
  return [
    node('Gather', [TAIL_INPUTS.block, TAIL_INPUTS.rows], 'ablation-ci.z1.rows', 0),
    node('Gather', [KERNEL, TAIL_INPUTS.columns], 'ablation-ci.kernel.rows', 0),
    node('MatMul', [TAIL_INPUTS.delta, 'ablation-ci.kernel.rows'], 'ablation-ci.z1.change'),
    node('Add', ['ablation-ci.z1.rows', 'ablation-ci.z1.change'], z1),
  ];
}

export function sameNode(a: NodeProto, b: NodeProto): boolean {
  return a.opType === b.opType && a.output.join('\n') === b.output.join('\n');
}

/** Drops initializers no node reads any more (the first layer's weight and bias). */
export function dropUnread(graph: GraphProto): void {
  const read = new Set(graph.node.flatMap((n) => n.input));
  graph.initializer = graph.initializer.filter((t) => read.has(t.name));
}

/** A float tensor `[batch, width]`, or `[batch, any]` when the width is not given. */
export function floatInfo(name: string, width: number | undefined): ValueInfoProto {
  return tensorInfo(name, TensorProto_DataType.FLOAT, [
    { value: { case: 'dimParam', value: 'batch' } },
    width === undefined
      ? { value: { case: 'dimParam', value: 'width' } }
      : { value: { case: 'dimValue', value: BigInt(width) } },
  ]);
}

/** An int32 vector of any length. */
export function intInfo(name: string): ValueInfoProto {
  return tensorInfo(name, TensorProto_DataType.INT32, [
    { value: { case: 'dimParam', value: `${name}.length` } },
  ]);
}

export function tensorInfo(
  name: string,
  elemType: TensorProto_DataType,
  dim: { value: { case: 'dimParam'; value: string } | { case: 'dimValue'; value: bigint } }[],
): ValueInfoProto {
  return create(ValueInfoProtoSchema, {
    name,
    type: { value: { case: 'tensorType', value: { elemType, shape: { dim } } } },
  });
}
