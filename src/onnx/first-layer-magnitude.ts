/**
 * When the first-layer path would give other numbers than full passes: its z1 of a changed row
 * is the baseline's z1 plus the change's rank-one term, so it keeps the float32 rounding of the
 * baseline's sum Σⱼ xⱼ·W[j, u] — about 2⁻²⁴ × Σⱼ |xⱼ·W[j, u]| — where a full pass of the changed
 * row rounds its own sum. On well-scaled inputs both are far below the results' 1e-5; on inputs
 * of large magnitude they are not, and differ most where the ablation removes the large term
 * (an unscaled column of values near 10⁴ set to zero: 6e-4 apart in probabilities, measured on
 * test/fixtures/onnx/edge/plain.onnx). So the path is taken only when every eval row's
 * Σⱼ |xⱼ·W[j, u]| stays within MAGNITUDE; the runtime measures it, in a graph of its own:
 * `ReduceMax(MatMul(Abs(x − offset), |W|))` (offset: a Scaler's, whose scale is in W).
 */
import { create } from '@bufbuild/protobuf';
import type { ModelData } from '../ablation/inputs.js';
import { fillRows } from '../ablation/inputs.js';
import { encodeModel, type ModelProto } from './model.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  type NodeProto,
} from './onnx-ml_pb.js';
import { floatInfo, tensorInfo, type FirstLayer } from './first-layer.js';
import type { OnnxRuntime } from './runtime/load.js';
import { OnnxSession, type SessionIO } from './session.js';
import { floatTensor } from './tensor.js';

/**
 * The largest Σⱼ |xⱼ·W[j, u]| the path takes: float32 spaces numbers of that size 2⁻¹⁶ (1.5e-5)
 * apart, so z1 keeps at most about half of that. The models of the tests and benchmarks stay
 * below 55 (the wide benchmark suite 10, examples/onnx-tabular 52).
 */
export const MAGNITUDE = 128;

const OUTPUT = 'ablation-ci.magnitude';

/** The graph input → the largest Σⱼ |xⱼ·W[j, u]| over its rows and units (a float scalar). */
export function magnitudeModel(
  model: ModelProto,
  input: string,
  layer: Pick<FirstLayer, 'features' | 'units' | 'kernel' | 'nodes'>,
): ModelProto {
  const node = (opType: string, inputs: string[], output: string): NodeProto =>
    create(NodeProtoSchema, {
      opType,
      input: inputs,
      output: [output],
      name: `ablation-ci.${output}`,
    });
  const scaler = layer.nodes.find((n) => n.opType === 'Scaler');
  const offset = scaler?.attribute.find((a) => a.name === 'offset')?.floats ?? [];
  const initializer = [
    floatTensor(
      'ablation-ci.abs-kernel',
      [layer.features, layer.units],
      layer.kernel.map(Math.abs),
    ),
  ];
  const nodes: NodeProto[] = [];
  let x = input;
  if (offset.length > 0) {
    initializer.push(floatTensor('ablation-ci.offset', [offset.length], Float32Array.from(offset)));
    nodes.push(node('Sub', [x, 'ablation-ci.offset'], 'ablation-ci.centred'));
    x = 'ablation-ci.centred';
  }
  nodes.push(
    node('Abs', [x], 'ablation-ci.abs'),
    node('MatMul', ['ablation-ci.abs', 'ablation-ci.abs-kernel'], 'ablation-ci.sums'),
    node('ReduceMax', ['ablation-ci.sums'], OUTPUT),
  );
  // Every axis reduced, to a scalar.
  nodes[nodes.length - 1].attribute.push(
    create(AttributeProtoSchema, {
      name: 'keepdims',
      type: AttributeProto_AttributeType.INT,
      i: 0n,
    }),
  );
  return create(ModelProtoSchema, {
    irVersion: model.irVersion > 8n ? model.irVersion : 8n,
    producerName: 'ablation-ci',
    opsetImport: [{ domain: '', version: 17n }],
    graph: {
      name: 'ablation-ci.magnitude',
      node: nodes,
      initializer,
      input: [floatInfo(input, layer.features)],
      output: [tensorInfo(OUTPUT, TensorProto_DataType.FLOAT, [])],
    },
  });
}

/** The largest Σⱼ |xⱼ·W[j, u]| over the eval rows, measured by the runtime batch by batch. */
export async function firstLayerMagnitude(
  runtime: OnnxRuntime,
  model: ModelProto,
  layer: FirstLayer,
  io: SessionIO,
  data: ModelData,
): Promise<number> {
  const session = await OnnxSession.create(
    runtime,
    encodeModel(magnitudeModel(model, io.input, layer)),
    { ...io, output: OUTPUT, as: 'probabilities' },
  );
  try {
    const f = data.features.length;
    const batch = session.batchRows;
    const inputs = new Float32Array(Math.min(batch, data.n) * f);
    let largest = 0;
    for (let start = 0; start < data.n; start += batch) {
      const end = Math.min(data.n, start + batch);
      fillRows(inputs, 0, start, end, data);
      const [value] = await session.predict(inputs.subarray(0, (end - start) * f), end - start);
      // NaN (an infinite input) never passes.
      largest = value > largest || Number.isNaN(value) ? value : largest;
      if (Number.isNaN(largest)) return NaN;
    }
    return largest;
  } finally {
    await session.close();
  }
}
