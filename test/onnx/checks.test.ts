import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { modelRefusal, runtimeRefusal } from '../../src/onnx/checks.js';
import { decodeModel, encodeModel, type ModelProto } from '../../src/onnx/model.js';
import { OperatorSetIdProtoSchema, ValueInfoProtoSchema } from '../../src/onnx/onnx-ml_pb.js';

const TABULAR = 'examples/onnx-tabular/model.onnx';
const read = (file: string): ModelProto => decodeModel(readFileSync(file));

/** The model with its input's axis 0 (the batch) set to `dim`. */
function withBatch(
  model: ModelProto,
  dim: { case: 'dimParam'; value: string } | { case: 'dimValue'; value: bigint },
): ModelProto {
  const type = model.graph!.input[0].type!.value;
  if (type.case === 'tensorType') type.value.shape!.dim[0].value = dim;
  return model;
}

/** The tabular example with one change, as a user's export could have it. */
function tabular(change: (m: ModelProto) => void): ModelProto {
  const model = read(TABULAR);
  change(model);
  return model;
}

describe('modelRefusal', () => {
  it.each<[string, ModelProto, string | undefined]>([
    ['the tabular example', read(TABULAR), undefined],
    ['the residual example', read('examples/onnx-resnet/model.onnx'), undefined],
    [
      'initializers listed as inputs (old torch export), its batch made dynamic',
      withBatch(read('test/fixtures/onnx/pytorch-batchnorm2d.onnx'), {
        case: 'dimParam',
        value: 'N',
      }),
      undefined,
    ],
    [
      'the same export as it is: a fixed batch of 2',
      read('test/fixtures/onnx/pytorch-batchnorm2d.onnx'),
      'm.onnx: input "0" has a fixed batch size of 2 at axis 0; export it with a dynamic batch (torch.onnx.export: dynamic_axes={"0": {0: "batch"}}; skl2onnx and tf2onnx: None as the first dimension)',
    ],
    [
      'the tabular example with a fixed batch of 1 (torch.onnx.export without dynamic_axes)',
      withBatch(read(TABULAR), { case: 'dimValue', value: 1n }),
      'm.onnx: input "input" has a fixed batch size of 1 at axis 0; export it with a dynamic batch (torch.onnx.export: dynamic_axes={"input": {0: "batch"}}; skl2onnx and tf2onnx: None as the first dimension)',
    ],
    [
      'a ZipMap output on a fixed batch: the ZipMap said first',
      read('test/fixtures/onnx/logreg-iris-zipmap.onnx'),
      'm.onnx: output "probabilities" is a scikit-learn ZipMap (a list of dicts); export with zipmap=False',
    ],
    [
      'two inputs',
      tabular((m) => m.graph!.input.push(create(ValueInfoProtoSchema, { name: 'mask' }))),
      'm.onnx: the model has 2 inputs ("input", "mask"); ablation-ci feeds one input tensor of the feature columns',
    ],
    [
      'a named dynamic feature axis',
      tabular((m) => {
        const dim = m.graph!.input[0].type!.value;
        if (dim.case === 'tensorType')
          dim.value.shape!.dim[1].value = { case: 'dimParam', value: 'features' };
      }),
      'm.onnx: input "input" has "features" at axis 1; export it with a fixed size there (only axis 0, the batch, may be dynamic)',
    ],
    [
      'an unnamed dynamic feature axis',
      tabular((m) => {
        const dim = m.graph!.input[0].type!.value;
        if (dim.case === 'tensorType') dim.value.shape!.dim[1].value = { case: undefined };
      }),
      'm.onnx: input "input" has an unknown size at axis 1; export it with a fixed size there (only axis 0, the batch, may be dynamic)',
    ],
    [
      'an input without a shape',
      tabular((m) => {
        const dim = m.graph!.input[0].type!.value;
        if (dim.case === 'tensorType') dim.value.shape = undefined;
      }),
      'm.onnx: input "input" has no shape; export it with one',
    ],
    [
      'a sequence output not from ZipMap',
      tabular((m) => {
        m.graph!.output[1].type!.value = { case: 'sequenceType', value: {} as never };
      }),
      'm.onnx: output "probabilities" is a sequence, not a tensor; ablation-ci reads tensor outputs',
    ],
    [
      'an op of a custom domain',
      tabular((m) => {
        m.graph!.node[2].domain = 'com.example';
      }),
      'm.onnx: node "Add" uses op com.example.Add, which ONNX Runtime does not implement',
    ],
  ])('%s', (_, model, refusal) => {
    expect(modelRefusal('m.onnx', model)).toBe(refusal);
  });
});

describe('runtimeRefusal reads ONNX Runtime refusing a session', () => {
  it.each<[string, (m: ModelProto) => void, string]>([
    [
      'an op it does not know',
      (m) => {
        m.graph!.node[3].opType = 'Swish9';
      },
      'm.onnx: node "Relu" uses op Swish9 (opset 17), which ONNX Runtime does not implement',
    ],
    [
      'an op of a domain it does not know',
      (m) => {
        m.graph!.node[2].domain = 'com.example';
        m.opsetImport.push(
          create(OperatorSetIdProtoSchema, { domain: 'com.example', version: 1n }),
        );
      },
      'm.onnx: op com.example.Add is not one ONNX Runtime implements',
    ],
    [
      'an opset newer than it knows',
      (m) => {
        m.opsetImport[0].version = 99n;
      },
      'm.onnx: the model needs opset 99, newer than this ONNX Runtime supports',
    ],
  ])('%s', async (_, change, refusal) => {
    const message = await ort.InferenceSession.create(encodeModel(tabular(change))).then(
      () => 'no error',
      (e: unknown) => String(e),
    );
    expect(runtimeRefusal('m.onnx', message)).toBe(refusal);
  });

  it('leaves other errors alone', () => {
    expect(runtimeRefusal('m.onnx', 'Error: protobuf parsing failed.')).toBeUndefined();
  });
});
