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
import { copyModel, type ModelProto } from './model.js';
import {
  biasFits,
  dropUnread,
  floatInfo,
  intInfo,
  isBiasAdd,
  kernelOf,
  sameNode,
  tensorInfo,
  TAIL_INPUTS,
  type FirstLayer,
} from './first-layer.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  TensorProtoSchema,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
} from './onnx-ml_pb.js';
import { floatTensor } from './tensor.js';

/** The inputs of the p and correction graphs besides `TAIL_INPUTS`. */
export const SECOND_INPUTS = {
  /** The second layer's output on a block of rows, `[b, units2]`. */
  z2: 'ablation-ci.z2.block',
  /** P of each changed column on the block's rows, `[k, b, units2]`. */
  p: 'ablation-ci.p.block',
  /** The one column the p graph computes P of (int32 scalar). */
  column: 'ablation-ci.column',
} as const;

/** The outputs of the p and correction graphs. */
export const SECOND_OUTPUTS = {
  p: 'ablation-ci.p',
  z2: 'ablation-ci.z2',
  flips: 'ablation-ci.flips',
} as const;

/** A model cut after its second layer too. */
export interface SecondLayer {
  /** The second layer's output (the tensor the rest of the model reads). */
  output: string;
  /** Output units (h2) of the second layer. */
  units: number;
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

const W1 = 'ablation-ci.kernel';
const W2 = 'ablation-ci.kernel2';
const ZERO = 'ablation-ci.zero';

/** The Relu and the second layer alone: z1 → z2. */
function midModel(
  model: ModelProto,
  nodes: NodeProto[],
  z1: string,
  h: number,
  z2: string,
): ModelProto {
  const copy = copyModel(model);
  const graph = copy.graph!;
  const read = new Set(nodes.flatMap((n) => n.input));
  graph.node = graph.node.filter((n) => nodes.some((m) => sameNode(m, n)));
  graph.initializer = graph.initializer.filter((t) => read.has(t.name));
  // Old exporters list initializers as inputs too: the layer's stay.
  graph.input = [floatInfo(z1, h), ...graph.input.filter((i) => read.has(i.name))];
  graph.output = [floatInfo(z2, undefined)];
  graph.valueInfo = [];
  return copy;
}

/** Everything after the second layer: z2 → the chosen output. */
function restModel(
  model: ModelProto,
  cut: NodeProto[],
  z2: string,
  units: number,
  output: string,
): ModelProto {
  const copy = copyModel(model);
  const graph = copy.graph!;
  graph.node = graph.node.filter((n) => !cut.some((m) => sameNode(m, n)));
  dropUnread(graph);
  const initializers = new Set(graph.initializer.map((t) => t.name));
  graph.input = [
    floatInfo(z2, units),
    ...graph.input.filter((i) => i.name !== z2 && initializers.has(i.name)),
  ];
  graph.output = graph.output.filter((o) => o.name === output);
  return copy;
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

/** P = MatMul(Cast(z1 > 0) ⊙ W1[column, :], W2). */
function pNodes(): NodeProto[] {
  return [
    op('Greater', [TAIL_INPUTS.block, ZERO], 'p.positive'),
    op('Cast', ['p.positive'], 'p.mask', [int('to', TensorProto_DataType.FLOAT)]),
    op('Gather', [W1, SECOND_INPUTS.column], 'p.w1', [int('axis', 0)]),
    op('Mul', ['p.mask', 'p.w1'], 'p.masked'),
    op('MatMul', ['p.masked', W2], SECOND_OUTPUTS.p),
  ];
}

/**
 * z2' = Gather(z2, rows) + Σ_i δ_i · Gather(P_i, rows) + ScatterND-add of c_u · W2[u, :] over
 * the (row, unit) pairs whose ReLU side flipped (`NonZero` of Xor(z1 > 0, z1' > 0)). On such a
 * pair c_u = relu(z1'_u) − relu(z1_u) − mask_u · (z1'_u − z1_u) is |z1'_u| either way (from
 * positive: −z1'_u; to positive: z1'_u), so only z1' is gathered there. `single`: one column,
 * P fed as `[b, h2]` (a broadcast Mul; no sum over columns).
 */
function correctionNodes(single: boolean): NodeProto[] {
  const { block, rows, delta, columns } = TAIL_INPUTS;
  const linear = single
    ? [
        op('Gather', [SECOND_INPUTS.p, rows], 'c.p', [int('axis', 0)]),
        op('Mul', ['c.p', delta], 'c.dz2'),
      ]
    : [
        op('Gather', [SECOND_INPUTS.p, rows], 'c.p', [int('axis', 1)]),
        op('Transpose', [delta], 'c.delta.t'),
        op('Unsqueeze', ['c.delta.t', INDEX.axis2], 'c.delta.t3'),
        op('Mul', ['c.p', 'c.delta.t3'], 'c.terms'),
        op('ReduceSum', ['c.terms', INDEX.axis0], 'c.dz2', [int('keepdims', 0)]),
      ];
  return [
    // z1 and z1' on the stacked rows, as the first-layer tail makes them.
    op('Gather', [block, rows], 'c.z1', [int('axis', 0)]),
    op('Gather', [W1, columns], 'c.w1', [int('axis', 0)]),
    op('MatMul', [delta, 'c.w1'], 'c.dz1'),
    op('Add', ['c.z1', 'c.dz1'], 'c.z1new'),
    // The pairs whose ReLU side flipped, and their correction |z1'|.
    op('Greater', ['c.z1', ZERO], 'c.positive'),
    op('Greater', ['c.z1new', ZERO], 'c.positive.new'),
    op('Xor', ['c.positive', 'c.positive.new'], 'c.flipped'),
    op('NonZero', ['c.flipped'], 'c.pairs'),
    op('Transpose', ['c.pairs'], 'c.pairs.t'),
    op('GatherND', ['c.z1new', 'c.pairs.t'], 'c.z1new.pairs'),
    op('Abs', ['c.z1new.pairs'], 'c.values'),
    op('Gather', ['c.pairs', INDEX.zero], 'c.pair.rows', [int('axis', 0)]),
    op('Gather', ['c.pairs', INDEX.one], 'c.pair.units', [int('axis', 0)]),
    op('Gather', [W2, 'c.pair.units'], 'c.w2', [int('axis', 0)]),
    op('Unsqueeze', ['c.values', INDEX.axis1], 'c.values.column'),
    op('Mul', ['c.w2', 'c.values.column'], 'c.updates'),
    op('Unsqueeze', ['c.pair.rows', INDEX.axis1], 'c.update.rows'),
    // z2 plus the rank-one terms through P, then the corrections added in.
    op('Gather', [SECOND_INPUTS.z2, rows], 'c.z2', [int('axis', 0)]),
    ...linear,
    op('Add', ['c.z2', 'c.dz2'], 'c.z2.linear'),
    op('ScatterND', ['c.z2.linear', 'c.update.rows', 'c.updates'], SECOND_OUTPUTS.z2, [
      text('reduction', 'add'),
    ]),
  ];
}

/** The correction graph's first nodes, up to the flipped pairs (`c.flipped`). */
const FLIP_NODES = 7;

/** The count of flipped pairs: ReduceSum(Cast(c.flipped)). */
function flipCount(): NodeProto[] {
  return [
    op('Cast', ['c.flipped'], 'c.flipped.float', [int('to', TensorProto_DataType.FLOAT)]),
    op('ReduceSum', ['c.flipped.float'], SECOND_OUTPUTS.flips, [int('keepdims', 0)]),
  ];
}

const INDEX = {
  zero: 'ablation-ci.index.0',
  one: 'ablation-ci.index.1',
  axis0: 'ablation-ci.axes.0',
  axis1: 'ablation-ci.axes.1',
  axis2: 'ablation-ci.axes.2',
} as const;

/** The int64 constants the correction graph indexes with. */
function INDEX_CONSTANTS(): TensorProto[] {
  return [
    int64Tensor(INDEX.zero, [], [0n]),
    int64Tensor(INDEX.one, [], [1n]),
    int64Tensor(INDEX.axis0, [1], [0n]),
    int64Tensor(INDEX.axis1, [1], [1n]),
    int64Tensor(INDEX.axis2, [1], [2n]),
  ];
}

function op(
  opType: string,
  input: string[],
  output: string,
  attribute: AttributeProto[] = [],
): NodeProto {
  // No '/' in the name: an added node belongs to no component.
  return create(NodeProtoSchema, { opType, input, output: [output], name: output, attribute });
}

function int(name: string, i: number): AttributeProto {
  return create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.INT,
    i: BigInt(i),
  });
}

function text(name: string, s: string): AttributeProto {
  return create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.STRING,
    s: new TextEncoder().encode(s),
  });
}

function int64Tensor(name: string, dims: number[], values: bigint[]): TensorProto {
  return create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: TensorProto_DataType.INT64,
    int64Data: values,
  });
}

function floatScalar(name: string, value: number): TensorProto {
  return floatTensor(name, [], Float32Array.of(value));
}

function scalarInfo(name: string): ReturnType<typeof floatInfo> {
  return tensorInfo(name, TensorProto_DataType.INT32, []);
}
