import { readFileSync } from 'node:fs';
import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../src/onnx/model.js';
import { NodeProtoSchema } from '../../src/onnx/onnx-ml_pb.js';

const FILES = [
  'examples/onnx-resnet/model.onnx',
  'examples/onnx-tabular/model.onnx',
  'test/fixtures/onnx/logreg-iris-zipmap.onnx',
  'test/fixtures/onnx/pytorch-batchnorm2d.onnx',
  'test/fixtures/onnx/pytorch-conv2d-depthwise.onnx',
];

describe('decodeModel → encodeModel', () => {
  it.each(FILES)('gives back the bytes of %s', (file) => {
    const bytes = readFileSync(file);
    const model = decodeModel(bytes);
    expect(model.graph?.node.length).toBeGreaterThan(0);
    expect(Buffer.from(encodeModel(model)).equals(bytes)).toBe(true);
  });

  // A model from a newer ONNX carries fields this schema does not know, at any depth.
  it.each([
    ['ModelProto', 'examples/onnx-resnet/model.onnx'],
    ['NodeProto', 'examples/onnx-tabular/model.onnx'],
  ])('keeps fields it does not know in a %s', (where, file) => {
    const model = decodeModel(readFileSync(file));
    let withUnknown: Uint8Array;
    if (where === 'ModelProto') {
      // Field 1000, wire type 2 (bytes), "new": appended as a newer writer would.
      const extra = Uint8Array.from([0xc2, 0x3e, 3, 0x6e, 0x65, 0x77]);
      withUnknown = Buffer.concat([readFileSync(file), extra]);
    } else {
      const node = model.graph!.node[1];
      const known = create(NodeProtoSchema, node);
      known.$unknown = [{ no: 77, wireType: 0, data: Uint8Array.from([42]) }];
      model.graph!.node[1] = known;
      withUnknown = encodeModel(model);
    }
    const again = encodeModel(decodeModel(withUnknown));
    expect(Buffer.from(again).equals(Buffer.from(withUnknown))).toBe(true);
    expect(again.length).toBeGreaterThan(readFileSync(file).length);
  });
});
