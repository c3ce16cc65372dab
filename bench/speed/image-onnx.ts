/**
 * The image suite's model as ONNX, with the TF.js model's own weights: the bench's image rows
 * for ONNX Runtime (issue 18's target: 150,528 pixel features, `validate` < 10 s, `run`
 * within 2× its forward passes). Written here by a small JavaScript writer — no file is
 * committed: the model is made in bench/.cache from the seeded TF.js model, like the rest of
 * the image suite. It is the light conv net (three 3×3 stride-2 convolutions of 8, 16 and 32
 * filters, global average pooling, a 2-way softmax; about 5 M multiply-adds and 6 K weights),
 * laid out as a PyTorch export would be: an NHWC input `[n, 224, 224, 3]` (the pixel columns
 * fill it row-major, as for TF.js), one Transpose to NCHW, then Conv (OIHW kernels,
 * `auto_pad: SAME_UPPER`, which pads like TF.js's `same`), Relu, GlobalAveragePool, Flatten,
 * MatMul, Add, Softmax, with node names in PyTorch's scopes (`/features/features.0/Conv`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { create } from '@bufbuild/protobuf';
import * as tf from '@tensorflow/tfjs';
import { parse, stringify } from 'yaml';
import { encodeModel } from '../../src/onnx/model.js';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProto_DataType,
  ValueInfoProtoSchema,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from '../../src/onnx/onnx-ml_pb.js';
import { floatTensor } from '../../src/onnx/tensor.js';
import { loadOnnxRuntime } from '../../src/onnx/runtime/load.js';
import { IMAGE_SHAPE, imageBatches, type ImageSuite } from './image.js';
import { median } from './process.js';

const ints = (name: string, values: number[]): AttributeProto =>
  create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.INTS,
    ints: values.map(BigInt),
  });
const int = (name: string, value: number): AttributeProto =>
  create(AttributeProtoSchema, { name, type: AttributeProto_AttributeType.INT, i: BigInt(value) });
const text = (name: string, value: string): AttributeProto =>
  create(AttributeProtoSchema, {
    name,
    type: AttributeProto_AttributeType.STRING,
    s: new TextEncoder().encode(value),
  });

/** The TF.js conv net (conv2d layers, global average pooling, dense softmax) as ONNX bytes. */
export function imageModelOnnx(model: tf.LayersModel): Uint8Array {
  const nodes: NodeProto[] = [];
  const initializer: TensorProto[] = [];
  const node = (op: string, name: string, input: string[], attribute: AttributeProto[] = []) => {
    const output = `${name}_output_0`;
    nodes.push(create(NodeProtoSchema, { opType: op, name, input, output: [output], attribute }));
    return output;
  };
  let previous = node('Transpose', '/Transpose', ['input'], [ints('perm', [0, 3, 1, 2])]);
  let convs = 0;
  for (const layer of model.layers) {
    const type = layer.getClassName();
    const [kernel, bias] = layer.getWeights().map((w) => w.dataSync() as Float32Array);
    const shape = layer.getWeights()[0]?.shape ?? [];
    if (type === 'Conv2D') {
      const [kh, kw, cin, cout] = shape;
      // TF.js kernels are [h, w, in, out]; ONNX's [out, in, h, w].
      const oihw = new Float32Array(kernel.length);
      for (let y = 0; y < kh; y++)
        for (let x = 0; x < kw; x++)
          for (let i = 0; i < cin; i++)
            for (let o = 0; o < cout; o++)
              oihw[((o * cin + i) * kh + y) * kw + x] = kernel[((y * kw + x) * cin + i) * cout + o];
      const scope = `/features/features.${convs}`;
      const names = [`features.${convs}.weight`, `features.${convs}.bias`];
      initializer.push(floatTensor(names[0], [cout, cin, kh, kw], oihw));
      initializer.push(floatTensor(names[1], [cout], bias));
      const strides = (layer.getConfig().strides as number[] | number | undefined) ?? 1;
      const stride = Array.isArray(strides) ? strides : [strides, strides];
      previous = node(
        'Conv',
        `${scope}/Conv`,
        [previous, ...names],
        [ints('kernel_shape', [kh, kw]), ints('strides', stride), text('auto_pad', 'SAME_UPPER')],
      );
      previous = node('Relu', `/features/features.${convs}/relu/Relu`, [previous]);
      convs++;
    } else if (type === 'GlobalAveragePooling2D') {
      previous = node('GlobalAveragePool', '/pool/GlobalAveragePool', [previous]);
      previous = node('Flatten', '/Flatten', [previous], [int('axis', 1)]);
    } else if (type === 'Dense') {
      initializer.push(floatTensor('fc.weight', shape, kernel));
      initializer.push(floatTensor('fc.bias', [bias.length], bias));
      previous = node('MatMul', '/fc/MatMul', [previous, 'fc.weight']);
      previous = node('Add', '/fc/Add', [previous, 'fc.bias']);
    } else {
      throw new Error(`imageModelOnnx: no ONNX writer for a ${type} layer`);
    }
  }
  nodes.push(
    create(NodeProtoSchema, {
      opType: 'Softmax',
      name: '/Softmax',
      input: [previous],
      output: ['probabilities'],
      attribute: [int('axis', 1)],
    }),
  );
  const info = (name: string, dims: number[]): ValueInfoProto =>
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
                ...dims.map((d) => ({ value: { case: 'dimValue' as const, value: BigInt(d) } })),
              ],
            },
          },
        },
      },
    });
  const units = model.outputs[0].shape[1] ?? 2;
  return encodeModel(
    create(ModelProtoSchema, {
      irVersion: 8n,
      producerName: 'ablation-ci bench',
      opsetImport: [{ domain: '', version: 17n }],
      graph: {
        name: 'image',
        node: nodes,
        initializer,
        input: [info('input', IMAGE_SHAPE)],
        output: [info('probabilities', [units])],
      },
    }),
  );
}

/** The image suite's ONNX twin beside it: model.onnx and ablation-onnx.yml; returns the config. */
export function imageOnnxSuite(root: string, suite: ImageSuite): string {
  const dir = path.dirname(path.join(root, suite.config));
  const config = path.join(dir, 'ablation-onnx.yml');
  if (!existsSync(config)) {
    writeFileSync(path.join(dir, 'model.onnx'), imageModelOnnx(suite.model));
    const yaml = parse(readFileSync(path.join(root, suite.config), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      config,
      stringify({ ...yaml, suite: `${String(yaml.suite)}-onnx`, model: 'model.onnx' }),
    );
  }
  return path.relative(root, config);
}

/**
 * Seconds of the forward passes alone that a run of the ONNX image suite needs on `backend`:
 * the baseline and every variant, one `session.run` per batch of 48 images each, as TF.js's
 * (median of 3 timings after a warm-up), in wall time and in CPU time (the runtime's threads included: they are
 * this process's); and the largest difference from the TF.js model's predictions.
 */
export async function onnxForwardSeconds(
  root: string,
  suite: ImageSuite,
  backend: 'onnxruntime-node' | 'onnxruntime-web',
): Promise<{ seconds: number; cpuSeconds: number; maxDiff: number }> {
  const dir = path.dirname(path.join(root, suite.config));
  const { ort } = await loadOnnxRuntime(backend, [root]);
  const session = await ort.InferenceSession.create(readFileSync(path.join(dir, 'model.onnx')));
  try {
    const width = suite.features;
    const inputs = imageBatches(suite).map(
      ([start, end]) =>
        new ort.Tensor('float32', suite.x.subarray(start * width, end * width), [
          end - start,
          ...IMAGE_SHAPE,
        ]),
    );
    const out = new Float32Array(suite.rows * 2);
    const pass = async (): Promise<[number, number]> => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      let at = 0;
      for (const input of inputs) {
        const result = await session.run({ input }, ['probabilities']);
        const values = result.probabilities.data as Float32Array;
        out.set(values, at);
        at += values.length;
      }
      const used = process.cpuUsage(cpu);
      return [(performance.now() - started) / 1000, (used.user + used.system) / 1e6];
    };
    await pass();
    const passes = [await pass(), await pass(), await pass()];
    const seconds = median(passes.map((p) => p[0]));
    const cpuSeconds = median(passes.map((p) => p[1]));
    const expected = imageBatches(suite).flatMap(([start, end]) =>
      Array.from(
        tf.tidy(() =>
          (
            suite.model.predict(
              tf.tensor(suite.x.subarray(start * width, end * width), [
                end - start,
                ...IMAGE_SHAPE,
              ]),
            ) as tf.Tensor
          ).dataSync(),
        ),
      ),
    );
    let maxDiff = 0;
    out.forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - expected[i]))));
    return {
      seconds: seconds * (1 + suite.variants),
      cpuSeconds: cpuSeconds * (1 + suite.variants),
      maxDiff,
    };
  } finally {
    await session.release();
  }
}
