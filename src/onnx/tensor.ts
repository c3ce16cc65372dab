/**
 * Reading and writing the values of float initializers, and making small tensors and
 * value infos for graph edits.
 */
import { create } from '@bufbuild/protobuf';
import {
  TensorProto_DataLocation,
  TensorProto_DataType,
  TensorProtoSchema,
  ValueInfoProtoSchema,
  type TensorProto,
  type ValueInfoProto,
} from './onnx-ml_pb.js';

/** The values of a float32 tensor, from raw_data (little-endian) or float_data. */
export function floatValues(tensor: TensorProto): Float32Array | Error {
  if ((tensor.dataType as TensorProto_DataType) !== TensorProto_DataType.FLOAT) {
    return new Error(
      `initializer "${tensor.name}" is ${TensorProto_DataType[tensor.dataType] ?? tensor.dataType}, not FLOAT`,
    );
  }
  if (tensor.dataLocation === TensorProto_DataLocation.EXTERNAL) {
    return new Error(`initializer "${tensor.name}" is stored outside the .onnx file`);
  }
  if (tensor.rawData.length === 0) return Float32Array.from(tensor.floatData);
  const view = new DataView(
    tensor.rawData.buffer,
    tensor.rawData.byteOffset,
    tensor.rawData.byteLength,
  );
  const values = new Float32Array(tensor.rawData.byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  return values;
}

/** Replaces a float32 tensor's values in place, as raw_data (how exporters store them). */
export function setFloatValues(tensor: TensorProto, values: Float32Array): void {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  tensor.rawData = bytes;
  tensor.floatData = [];
}

/** A float32 tensor with these dims and values. */
export function floatTensor(
  name: string,
  dims: readonly number[],
  values: Float32Array,
): TensorProto {
  const tensor = create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: TensorProto_DataType.FLOAT,
  });
  setFloatValues(tensor, values);
  return tensor;
}

/** A one-element tensor holding zero of the given element type (ConstantOfShape's `value`). */
export function zeroScalar(dataType: TensorProto_DataType): TensorProto {
  const width: Partial<Record<TensorProto_DataType, number>> = {
    [TensorProto_DataType.FLOAT]: 4,
    [TensorProto_DataType.DOUBLE]: 8,
    [TensorProto_DataType.FLOAT16]: 2,
    [TensorProto_DataType.INT32]: 4,
    [TensorProto_DataType.INT64]: 8,
  };
  const bytes = width[dataType];
  if (bytes === undefined)
    throw new Error(`no zero for element type ${TensorProto_DataType[dataType]}`);
  return create(TensorProtoSchema, { dims: [1n], dataType, rawData: new Uint8Array(bytes) });
}

/** A graph output with a name only: the runtime infers its type and shape. */
export function untypedValueInfo(name: string): ValueInfoProto {
  return create(ValueInfoProtoSchema, { name });
}
