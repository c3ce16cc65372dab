/**
 * The second layer of an ONNX graph, split off for feature ablations: when the first layer's
 * output z1 (src/onnx/first-layer.ts) feeds only a Relu, and that only a MatMul or Gemm whose
 * weight W2 is an initializer (optionally followed by one Add of an initializer bias), a change
 * δ of input column j moves z1 by δ·W1[j, :], and the second layer's output z2 by
 *
 *   z2' = z2 + δ · P_j[row] + Σ_{units whose ReLU side flipped} c_u · W2[u, :],
 *   P_j = (mask(z1 > 0) ⊙ W1[j, :]) · W2   (n × h2, one per column, shared by every repeat),
 *
 * with c_u = relu(z1'_u) − relu(z1_u) − mask_u · δ·W1[j, u]. Four graphs, all run by ONNX
 * Runtime (no operator of the model is computed outside it):
 *
 * - **mid** (z1 → z2): the Relu and the second layer, run once over the eval rows;
 * - **p** (z1 block, one column → P_j on those rows): run once per column;
 * - **correction** (z1, z2, P blocks, rows, δ, columns → z2'): the rank-one terms through P and
 *   the sparse correction — `NonZero` of the flipped (row, unit) pairs, `Gather` of their W2
 *   rows, `ScatterND` with `reduction = add` (opset 16, so this graph is its own model at
 *   opset 17 and the model's own opset stays untouched);
 * - **rest** (z2 → the chosen output): the rest of the model.
 *
 * A graph of any other shape gives `undefined`: its feature ablations keep the first-layer path.
 */
import { create } from '@bufbuild/protobuf';
import { type ModelProto } from './model.js';
import {
  biasFits,
  droppedNodes,
  floatInfo,
  intInfo,
  isBiasAdd,
  keptNodes,
  kernelOf,
  tensorInfo,
  TAIL_INPUTS,
  type FirstLayer,
} from './first-layer.js';
import {
  ModelProtoSchema,
  TensorProto_DataType,
  type NodeProto,
  type TensorProto,
} from './onnx-ml_pb.js';
import { floatTensor } from './tensor.js';
import {
  correctionNodes,
  FLIP_NODES,
  flipCount,
  floatScalar,
  INDEX_CONSTANTS,
  pNodes,
  scalarInfo,
  SECOND_INPUTS,
  SECOND_OUTPUTS,
  W1,
  W2,
  ZERO,
} from './second-layer-nodes.js';

export { SECOND_INPUTS, SECOND_OUTPUTS } from './second-layer-nodes.js';

/** A model cut after its second layer too. */
export interface SecondLayer {
  /** The second layer's output (the tensor the rest of the model reads). */
  output: string;
  /** Output units (h2) of the second layer. */
  units: number;
  /** W2 as `[h, h2]`, row-major. */
  kernel: Float32Array;
  /** z1 `[n, h]` → z2 `[n, h2]`. */
  mid: ModelProto;
  /** z1 block, column → P `[b, h2]`. */
  p: ModelProto;
  /** `TAIL_INPUTS` and `SECOND_INPUTS` → z2' `[m, h2]`, for one changed column (P `[b, h2]`)… */
  correction: ModelProto;
  /** …and for several (P `[k, b, h2]`). */
  correctionMany: ModelProto;
  /** `TAIL_INPUTS` → the number of (row, unit) pairs whose ReLU side flips (a float scalar). */
  flips: ModelProto;
  /** z2 `[m, h2]` → the chosen output. */
  rest: ModelProto;
}

/** The opset of the p and correction graphs (ScatterND's `reduction` needs 16). */
const OPSET = 17n;

/**
 * Splits the model after its second layer too, or undefined when z1 is not followed by a Relu
 * and a second linear layer read plainly (see the file's comment).
 */
export function splitSecondLayer(
  model: ModelProto,
  first: FirstLayer,
  output: string,
): SecondLayer | undefined {
  const graph = model.graph!;
  const initializers = new Map(graph.initializer.map((t) => [t.name, t]));
  const readers = (tensor: string): NodeProto[] =>
    graph.node.filter((n) => n.input.includes(tensor));
  const isOutput = (tensor: string): boolean => graph.output.some((o) => o.name === tensor);
  const only = (tensor: string): NodeProto | undefined => {
    const [node, ...others] = readers(tensor);
    const plain = node?.input[0] === tensor && node.input.filter((t) => t === tensor).length === 1;
    return plain && others.length === 0 && !isOutput(tensor) && node.domain === ''
      ? node
      : undefined;
  };
  const h = first.units;
  const relu = only(first.output);
  if (relu?.opType !== 'Relu') return undefined;
  const second = only(relu.output[0]);
  if (second === undefined) return undefined;
  const kernel = kernelOf(second, initializers);
  if (kernel?.features !== h) return undefined;
  const nodes = [relu, second];
  let z2 = second.output[0];
  const [next, ...more] = readers(z2);
  if (next !== undefined && more.length === 0 && !isOutput(z2) && isBiasAdd(next, z2)) {
    const bias = initializers.get(next.input[next.input[0] === z2 ? 1 : 0]);
    if (biasFits(bias, kernel.units)) {
      nodes.push(next);
      z2 = next.output[0];
    }
  }
  if (z2 === output || isOutput(z2) || readers(z2).length === 0) return undefined;
  const w1 = floatTensor(W1, [first.features, h], first.kernel);
  const w2 = floatTensor(W2, [h, kernel.units], kernel.values);
  return {
    output: z2,
    units: kernel.units,
    kernel: kernel.values,
    mid: midModel(model, nodes, first.output, h, z2),
    p: standalone(
      model,
      pNodes(),
      [w1, w2, floatScalar(ZERO, 0)],
      [floatInfo(TAIL_INPUTS.block, h), scalarInfo(SECOND_INPUTS.column)],
      SECOND_OUTPUTS.p,
    ),
    correction: correctionModel(model, w1, w2, h, kernel.units, true),
    correctionMany: correctionModel(model, w1, w2, h, kernel.units, false),
    flips: standalone(
      model,
      [...correctionNodes(true).slice(0, FLIP_NODES), ...flipCount()],
      [w1, w2, floatScalar(ZERO, 0)],
      [
        floatInfo(TAIL_INPUTS.block, h),
        intInfo(TAIL_INPUTS.rows),
        floatInfo(TAIL_INPUTS.delta, undefined),
        intInfo(TAIL_INPUTS.columns),
      ],
      SECOND_OUTPUTS.flips,
      [],
    ),
    rest: restModel(model, [...first.nodes, ...nodes], z2, kernel.units, output),
  };
}

/** The correction graph, for one changed column or several. */
function correctionModel(
  model: ModelProto,
  w1: TensorProto,
  w2: TensorProto,
  h: number,
  h2: number,
  single: boolean,
): ModelProto {
  const dim = (value: string | number) =>
    typeof value === 'string'
      ? { value: { case: 'dimParam' as const, value } }
      : { value: { case: 'dimValue' as const, value: BigInt(value) } };
  return standalone(
    model,
    correctionNodes(single),
    [w1, w2, floatScalar(ZERO, 0), ...INDEX_CONSTANTS()],
    [
      floatInfo(TAIL_INPUTS.block, h),
      floatInfo(SECOND_INPUTS.z2, h2),
      tensorInfo(
        SECOND_INPUTS.p,
        TensorProto_DataType.FLOAT,
        single ? [dim('batch'), dim(h2)] : [dim('columns'), dim('batch'), dim(h2)],
      ),
      intInfo(TAIL_INPUTS.rows),
      floatInfo(TAIL_INPUTS.delta, undefined),
      intInfo(TAIL_INPUTS.columns),
    ],
    SECOND_OUTPUTS.z2,
  );
}

/** The Relu and the second layer alone: z1 → z2. */
function midModel(
  model: ModelProto,
  nodes: NodeProto[],
  z1: string,
  h: number,
  z2: string,
): ModelProto {
  return keptNodes(model, nodes, [floatInfo(z1, h)], z2);
}

/** Everything after the second layer: z2 → the chosen output. */
function restModel(
  model: ModelProto,
  cut: NodeProto[],
  z2: string,
  units: number,
  output: string,
): ModelProto {
  const none = { nodes: [], constants: [] };
  return droppedNodes(model, cut, none, [floatInfo(z2, units)], z2, output);
}

/** A model of its own (opset 17) holding these nodes: the model's metadata, not its graph. */
function standalone(
  model: ModelProto,
  node: NodeProto[],
  initializer: TensorProto[],
  input: ReturnType<typeof floatInfo>[],
  output: string,
  outputShape?: [],
): ModelProto {
  // Only the constants these nodes read: the runtime warns on stderr of unread ones.
  const read = new Set(node.flatMap((n) => n.input));
  initializer = initializer.filter((t) => read.has(t.name));
  return create(ModelProtoSchema, {
    irVersion: model.irVersion > 8n ? model.irVersion : 8n,
    producerName: 'ablation-ci',
    opsetImport: [{ domain: '', version: OPSET }],
    graph: {
      name: 'ablation-ci.second-layer',
      node,
      initializer,
      input,
      output: [
        outputShape === undefined
          ? floatInfo(output, undefined)
          : tensorInfo(output, TensorProto_DataType.FLOAT, outputShape),
      ],
    },
  });
}
