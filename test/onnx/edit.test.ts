import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import {
  exposeOutputs,
  meanComponent,
  removeComponent,
  zeroComponent,
} from '../../src/onnx/edit.js';
import { measureTensors, rowMean } from '../helpers/onnx-measure.js';
import { decodeModel, encodeModel, type ModelProto } from '../../src/onnx/model.js';
import { reinitComponent } from '../../src/onnx/reinit.js';
import { floatValues } from '../../src/onnx/tensor.js';

const FILE = 'examples/onnx-resnet/model.onnx';
const BLOCK_IN = '/relu/Relu_output_0';
const BLOCK_OUT = '/layer1/layer1.0/relu_1/Relu_output_0';

interface Golden {
  rows: number;
  baseline: number[][];
  expose: { name: string; dims: number[]; values: number[] };
  zero: { component: string; probabilities: number[][] };
  mean: { component: string; dims: number[]; values: number[]; probabilities: number[][] };
  remove: { component: string; probabilities: number[][] };
}
const golden = JSON.parse(readFileSync('test/golden/onnx-edits.json', 'utf8')) as Golden;

/** The first rows of the example's eval CSV, as golden.py reads them. */
function evalRows(): ort.Tensor {
  const lines = readFileSync('examples/onnx-resnet/data/eval.csv', 'utf8').trim().split('\n');
  const values = lines
    .slice(1, golden.rows + 1)
    .flatMap((line) => line.split(',').slice(0, -1).map(Number));
  return new ort.Tensor('float32', Float32Array.from(values), [golden.rows, 64]);
}

async function run(
  model: ModelProto | Uint8Array | Error,
): Promise<ort.InferenceSession.ReturnType> {
  if (model instanceof Error) throw model;
  const bytes = model instanceof Uint8Array ? model : encodeModel(model);
  const session = await ort.InferenceSession.create(bytes);
  try {
    return await session.run({ input: evalRows() });
  } finally {
    await session.release();
  }
}

function rowsOf(tensor: ort.Tensor): number[][] {
  const width = tensor.dims[1];
  const data = Array.from(tensor.data as Float32Array);
  return Array.from({ length: tensor.dims[0] }, (_, r) => data.slice(r * width, (r + 1) * width));
}

function expectClose(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) =>
    row.forEach((v, c) => expect(Math.abs(v - expected[r][c])).toBeLessThanOrEqual(1e-5)),
  );
}

const model = decodeModel(readFileSync(FILE));

describe('the baseline', () => {
  it('is what ONNX Runtime predicts from the file itself, exactly, and what Python got', async () => {
    const direct = await run(readFileSync(FILE));
    const exposed = await run(exposeOutputs(model, [BLOCK_IN, BLOCK_OUT]));
    expect(Array.from(exposed.probabilities.data as Float32Array)).toEqual(
      Array.from(direct.probabilities.data as Float32Array),
    );
    expectClose(rowsOf(direct.probabilities), golden.baseline);
  });
});

describe('graph edits run by ONNX Runtime match the same edits made in Python (golden.py)', () => {
  it.each<[string, () => ModelProto | Error, () => number[][]]>([
    ['zero', () => zeroComponent(model, golden.zero.component), () => golden.zero.probabilities],
    [
      'mean',
      () =>
        meanComponent(model, golden.mean.component, {
          dims: golden.mean.dims,
          values: Float32Array.from(golden.mean.values),
        }),
      () => golden.mean.probabilities,
    ],
    [
      'remove',
      () =>
        removeComponent(
          model,
          golden.remove.component,
          new Map([
            [BLOCK_IN, [golden.rows, 6, 8, 8]],
            [BLOCK_OUT, [golden.rows, 6, 8, 8]],
          ]),
        ),
      () => golden.remove.probabilities,
    ],
  ])('%s', async (_, edit, expected) => {
    const out = await run(edit());
    expectClose(rowsOf(out.probabilities), expected());
  });

  it('expose gives the intermediate tensor', async () => {
    const out = (await run(exposeOutputs(model, [golden.expose.name])))[golden.expose.name];
    expect(out.dims.slice(1)).toEqual(golden.expose.dims.slice(1));
    const firstRows = Array.from(out.data as Float32Array).slice(0, golden.expose.values.length);
    expectClose([firstRows], [golden.expose.values]);
  });

  it('zeroing the residual branch equals removing the block (its input is a ReLU output)', async () => {
    const zeroed = await run(zeroComponent(model, 'layer1.0.bn2'));
    const removed = await run(
      removeComponent(
        model,
        'layer1.0',
        new Map([
          [BLOCK_IN, [20, 6, 8, 8]],
          [BLOCK_OUT, [20, 6, 8, 8]],
        ]),
      ),
    );
    expectClose(rowsOf(zeroed.probabilities), rowsOf(removed.probabilities));
    expect(rowsOf(zeroed.probabilities)[0]).not.toEqual(golden.baseline[0]);
  });
});

describe('edits that do not apply say why', () => {
  it.each<[string, () => ModelProto | Error, string]>([
    [
      'an unknown component',
      () => zeroComponent(model, 'layer2'),
      'no component "layer2" in the graph (it has conv1, bn1, relu, layer1, layer1.0, layer1.0.conv1, layer1.0.bn1, layer1.0.relu, layer1.0.conv2, layer1.0.bn2, layer1.0.relu_1, fc)',
    ],
    [
      'remove where the shape changes',
      () =>
        removeComponent(
          model,
          'fc',
          new Map([
            ['/Flatten_output_0', [20, 384]],
            ['logits', [20, 10]],
          ]),
        ),
      'component "fc" maps shape [20, 384] to [20, 10]; remove needs them equal',
    ],
    [
      'remove without measured shapes',
      () => removeComponent(model, 'fc', new Map()),
      'component "fc": no measured shape for "/Flatten_output_0"',
    ],
    [
      'reinit of a ReLU',
      () => reinitComponent(model, 'relu', 1, 0),
      'component "relu" has no weights to reinit (no Conv, ConvTranspose, Gemm or MatMul with an initializer)',
    ],
    [
      'expose of a tensor no node makes',
      () => exposeOutputs(model, ['nope']),
      'no node makes a tensor named "nope"',
    ],
  ])('%s', (_, edit, message) => {
    const result = edit();
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toBe(message);
  });
});

describe('reinit', () => {
  const weightsOf = (m: ModelProto, name: string): Float32Array =>
    floatValues(m.graph!.initializer.find((t) => t.name === name)!) as Float32Array;
  const std = (v: Float32Array): number => {
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  };

  it('redraws the weights at the trained scale, zeroes the bias, keeps the rest, by seed', async () => {
    const a = reinitComponent(model, 'fc', 7, 0) as ModelProto;
    const b = reinitComponent(model, 'fc', 7, 0) as ModelProto;
    const c = reinitComponent(model, 'fc', 7, 1) as ModelProto;
    const trained = weightsOf(model, 'fc.weight');
    const drawn = weightsOf(a, 'fc.weight');
    expect(drawn.length).toBe(trained.length);
    expect(Math.abs(std(drawn) / std(trained) - 1)).toBeLessThan(0.05); // 3 840 draws
    expect(Array.from(weightsOf(a, 'fc.bias'))).toEqual(new Array(10).fill(0));
    expect(encodeModel(a)).toEqual(encodeModel(b));
    expect(Array.from(weightsOf(c, 'fc.weight'))).not.toEqual(Array.from(drawn));
    for (const t of model.graph!.initializer.filter((t) => !t.name.startsWith('fc.'))) {
      expect(Array.from(weightsOf(a, t.name) ?? [])).toEqual(
        Array.from(weightsOf(model, t.name) ?? []),
      );
    }
    expect(Array.from(weightsOf(model, 'fc.weight'))).toEqual(Array.from(trained)); // input untouched
    const out = await run(a);
    expect(rowsOf(out.probabilities)[0]).not.toEqual(golden.baseline[0]);
  });
});

describe('measureTensors', () => {
  it('measures the shapes remove needs and the mean that mean puts in place', async () => {
    const bn2 = '/layer1/layer1.0/bn2/BatchNormalization_output_0';
    const measured = await measureTensors(ort, model, evalRows(), [BLOCK_IN, BLOCK_OUT, bn2]);
    expect([...measured].map(([name, m]) => [name, m.dims])).toEqual([
      [BLOCK_IN, [20, 6, 8, 8]],
      [BLOCK_OUT, [20, 6, 8, 8]],
      [bn2, [20, 6, 8, 8]],
    ]);
    const mean = rowMean(measured.get(bn2)!);
    expect(mean.dims).toEqual(golden.mean.dims);
    expectClose([Array.from(mean.values)], [golden.mean.values]);
    const shapes = new Map([...measured].map(([name, m]) => [name, m.dims]));
    const removed = await run(removeComponent(model, 'layer1.0', shapes));
    expectClose(rowsOf(removed.probabilities), golden.remove.probabilities);
  });
});
