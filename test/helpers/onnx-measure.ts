/**
 * Measuring intermediate tensors with ONNX Runtime, independently of the product's evaluator
 * (src/onnx/evaluate.ts): the shapes `remove` needs and the means `mean` puts in place, for tests
 * of the graph edits against golden values. The runtime is passed in.
 */
import type * as ort from 'onnxruntime-node';
import { fedInputs } from '../../src/onnx/checks.js';
import { exposeOutputs, type Replacement } from '../../src/onnx/edit.js';
import { encodeModel, type ModelProto } from '../../src/onnx/model.js';

/** The part of an ONNX Runtime package this file uses. */
export interface OnnxRuntime {
  InferenceSession: { create(bytes: Uint8Array): Promise<ort.InferenceSession> };
}

/** One measured tensor: its dims and its float values, row-major. */
export interface Measured {
  dims: number[];
  values: Float32Array;
}

/**
 * Runs the model once on `input` with these intermediate tensors exposed and returns them
 * (float32 tensors only).
 */
export async function measureTensors(
  runtime: OnnxRuntime,
  model: ModelProto,
  input: ort.Tensor,
  tensors: readonly string[],
): Promise<Map<string, Measured>> {
  const exposed = exposeOutputs(model, tensors);
  if (exposed instanceof Error) throw exposed;
  const [input0] = model.graph === undefined ? [] : fedInputs(model.graph);
  if (input0 === undefined) throw new Error('the model has no input');
  const session = await runtime.InferenceSession.create(encodeModel(exposed));
  try {
    const outputs = await session.run({ [input0.name]: input }, [...tensors]);
    return new Map(
      tensors.map((name) => {
        const tensor = outputs[name];
        if (tensor.type !== 'float32')
          throw new Error(`tensor "${name}" is ${tensor.type}, not float32`);
        return [name, { dims: [...tensor.dims], values: tensor.data as Float32Array }];
      }),
    );
  } finally {
    await session.release();
  }
}

/** The mean over axis 0 (the rows), keeping that axis as 1: what `mean` puts in place. */
export function rowMean(measured: Measured): Replacement {
  const [rows, ...rest] = measured.dims;
  const width = rest.reduce((a, b) => a * b, 1);
  const sums = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < width; i++) sums[i] += measured.values[r * width + i];
  }
  return { dims: [1, ...rest], values: Float32Array.from(sums, (s) => s / rows) };
}
