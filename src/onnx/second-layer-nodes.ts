/**
 * The nodes of the second layer's own graphs (src/onnx/second-layer.ts): P of one column, the
 * correction of stacked z2 rows, and the count of flipped ReLU units.
 */
import { create } from '@bufbuild/protobuf';
import { TAIL_INPUTS, tensorInfo, type floatInfo } from './first-layer.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
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

/** The initializers the graphs read: the two layers' weights `[f, h]`, `[h, h2]`, and 0. */
export const W1 = 'ablation-ci.kernel';
export const W2 = 'ablation-ci.kernel2';
export const ZERO = 'ablation-ci.zero';

/** P = MatMul(Cast(z1 > 0) ⊙ W1[column, :], W2). */
export function pNodes(): NodeProto[] {
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
export function correctionNodes(single: boolean): NodeProto[] {
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
export const FLIP_NODES = 7;

/** The count of flipped pairs: ReduceSum(Cast(c.flipped)). */
export function flipCount(): NodeProto[] {
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
export function INDEX_CONSTANTS(): TensorProto[] {
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

export function floatScalar(name: string, value: number): TensorProto {
  return floatTensor(name, [], Float32Array.of(value));
}

export function scalarInfo(name: string): ReturnType<typeof floatInfo> {
  return tensorInfo(name, TensorProto_DataType.INT32, []);
}
