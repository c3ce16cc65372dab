/**
 * A small ONNX writer for Dense stacks (relu between, softmax last), node names as
 * torch.onnx.export gives them (`/fc1/MatMul`, `/fc1/Add`, `/act1/Relu`): the wide suite's
 * ONNX twin in the benchmark, and models of the tests.
 */
import { create } from '@bufbuild/protobuf';
import { encodeModel } from '../../src/onnx/model.js';
import {
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  ValueInfoProtoSchema,
  type NodeProto,
  type ValueInfoProto,
} from '../../src/onnx/onnx-ml_pb.js';
import { floatTensor } from '../../src/onnx/tensor.js';

export interface DenseWeights {
  kernel: number[][];
  bias: number[];
}

/** A Dense stack (relu between, softmax last) as ONNX bytes. */
export function denseStackOnnx(layers: DenseWeights[]): Uint8Array {
  const nodes: NodeProto[] = [];
  const initializer: ReturnType<typeof floatTensor>[] = [];
  let previous = 'input';
  layers.forEach((layer, i) => {
    const scope = `/fc${i + 1}`;
    const [inputs, outputs] = [layer.kernel.length, layer.bias.length];
    initializer.push(
      floatTensor(`fc${i + 1}.weight`, [inputs, outputs], Float32Array.from(layer.kernel.flat())),
      floatTensor(`fc${i + 1}.bias`, [outputs], Float32Array.from(layer.bias)),
    );
    const node = (op: string, input: string[], name = `${scope}/${op}`): string => {
      const output = `${name}_output_0`;
      nodes.push(create(NodeProtoSchema, { opType: op, name, input, output: [output] }));
      return output;
    };
    const product = node('MatMul', [previous, `fc${i + 1}.weight`]);
    const sum = node('Add', [product, `fc${i + 1}.bias`]);
    previous = i < layers.length - 1 ? node('Relu', [sum], `/act${i + 1}/Relu`) : sum;
  });
  nodes.push(
    create(NodeProtoSchema, {
      opType: 'Softmax',
      name: '/Softmax',
      input: [previous],
      output: ['probabilities'],
    }),
  );
  const info = (name: string, width: number): ValueInfoProto =>
    create(ValueInfoProtoSchema, {
      name,
      type: {
        value: {
          case: 'tensorType',
          value: {
            elemType: TensorProto_DataType.FLOAT,
            shape: {
              dim: [
                { value: { case: 'dimParam', value: 'batch' } },
                { value: { case: 'dimValue', value: BigInt(width) } },
              ],
            },
          },
        },
      },
    });
  const model = create(ModelProtoSchema, {
    irVersion: 8n,
    producerName: 'ablation-ci bench',
    opsetImport: [{ domain: '', version: 17n }],
    graph: {
      name: 'wide',
      node: nodes,
      initializer,
      input: [info('input', layers[0].kernel.length)],
      output: [info('probabilities', layers[layers.length - 1].bias.length)],
    },
  });
  return encodeModel(model);
}
