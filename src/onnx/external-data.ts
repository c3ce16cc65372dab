/**
 * Tensors an exporter stored outside the .onnx file (`data_location: EXTERNAL`): PyTorch's
 * exporter writes its weights to `model.onnx.data` by default since 2.9, and `onnx.save(...,
 * save_as_external_data=True)` does for any model. ablation-ci hands models to ONNX Runtime as
 * bytes (every edited graph is a model in memory), where the runtime cannot find such files, so
 * their bytes are read here into the tensors' raw_data: the model is then whole in memory and
 * every edit and cut carries its weights. The files are read only from the model's own folder,
 * once each, and their bytes are part of the model's hash.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { notRegular } from '../files/kind.js';
import type { ModelProto } from './model.js';
import {
  TensorProto_DataLocation,
  TensorProto_DataType,
  type GraphProto,
  type NodeProto,
  type TensorProto,
} from './onnx-ml_pb.js';

/** The largest model (with its external data) ONNX Runtime takes from memory: protobuf's 2 GiB. */
export const MODEL_BYTES = 2 ** 31 - 1;

const LIMIT =
  "ablation-ci gives ONNX Runtime the model in memory, at most 2 GiB (protobuf's limit)";

/** Bytes per value of each fixed-size element type (4-bit types: half a byte). */
const ELEMENT_BYTES: Partial<Record<TensorProto_DataType, number>> = {
  [TensorProto_DataType.FLOAT]: 4,
  [TensorProto_DataType.UINT8]: 1,
  [TensorProto_DataType.INT8]: 1,
  [TensorProto_DataType.UINT16]: 2,
  [TensorProto_DataType.INT16]: 2,
  [TensorProto_DataType.INT32]: 4,
  [TensorProto_DataType.INT64]: 8,
  [TensorProto_DataType.BOOL]: 1,
  [TensorProto_DataType.FLOAT16]: 2,
  [TensorProto_DataType.DOUBLE]: 8,
  [TensorProto_DataType.UINT32]: 4,
  [TensorProto_DataType.UINT64]: 8,
  [TensorProto_DataType.COMPLEX64]: 8,
  [TensorProto_DataType.COMPLEX128]: 16,
  [TensorProto_DataType.BFLOAT16]: 2,
  [TensorProto_DataType.FLOAT8E4M3FN]: 1,
  [TensorProto_DataType.FLOAT8E4M3FNUZ]: 1,
  [TensorProto_DataType.FLOAT8E5M2]: 1,
  [TensorProto_DataType.FLOAT8E5M2FNUZ]: 1,
  [TensorProto_DataType.UINT4]: 0.5,
  [TensorProto_DataType.INT4]: 0.5,
  [TensorProto_DataType.FLOAT4E2M1]: 0.5,
  [TensorProto_DataType.FLOAT8E8M0]: 1,
  [TensorProto_DataType.UINT2]: 0.25,
  [TensorProto_DataType.INT2]: 0.25,
  [TensorProto_DataType.FLOAT6E2M3]: 0.75,
  [TensorProto_DataType.FLOAT6E3M2]: 0.75,
};

/** A tensor of the model and what holds it, for messages. */
interface Held {
  tensor: TensorProto;
  what: string;
}

/**
 * Reads every external tensor of `model` (loaded from `file`, shown as `shown`) into its
 * raw_data, in place, and returns the bytes of the files read, in the order first referenced
 * (none when the model has no external data). A problem is one line naming the model, the
 * tensor and the file: a location outside the model's folder, a missing or special file, bytes
 * past its end, or a size its shape contradicts.
 */
export async function inlineExternalData(
  model: ModelProto,
  file: string,
  shown: string,
): Promise<Uint8Array[]> {
  const external = [...tensorsOf(model)].filter(
    (held) => held.tensor.dataLocation === TensorProto_DataLocation.EXTERNAL,
  );
  if (external.length === 0) return [];
  const folder = path.dirname(file);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const { tensor, what } of external) {
    const entry = new Map(tensor.externalData.map((e) => [e.key, e.value]));
    const location = entry.get('location');
    const fail = (problem: string): InputError =>
      new InputError(`${what} ${problem}`, { file: shown });
    if (location === undefined || location === '')
      throw fail('is stored outside the model but names no file (no "location")');
    let bytes = files.get(location);
    if (bytes === undefined) {
      bytes = await readBeside(folder, location, fail);
      files.set(location, bytes);
    }
    const offset = whole(entry.get('offset') ?? '0');
    const length = entry.has('length') ? whole(entry.get('length')!) : undefined;
    if (offset === undefined || (entry.has('length') && length === undefined)) {
      throw fail(`has an offset or length in "${location}" that is not a whole number`);
    }
    const expected = expectedBytes(tensor);
    const size = length ?? expected ?? bytes.length - offset;
    if (expected !== undefined && size !== expected) {
      throw fail(
        `has ${size} bytes in "${location}" where its shape [${tensor.dims.join(', ')}] needs ${expected}`,
      );
    }
    if (size < 0 || offset + size > bytes.length) {
      const end = size < 0 ? '' : `${offset + size}`;
      throw fail(`needs bytes ${offset}–${end} of "${location}", which has ${bytes.length}`);
    }
    total += size;
    tensor.rawData = bytes.subarray(offset, offset + size);
    tensor.externalData = [];
    tensor.dataLocation = TensorProto_DataLocation.DEFAULT;
  }
  if (total > MODEL_BYTES) {
    const gib = (total / 2 ** 30).toFixed(1);
    throw new InputError(`its external data holds ${gib} GiB; ${LIMIT}`, { file: shown });
  }
  return [...files.values()];
}

/**
 * The bytes of `location`, read relative to the model's folder: never an absolute path or one
 * that leaves the folder (after symlinks), and never a FIFO or device (reading one can block).
 */
async function readBeside(
  folder: string,
  location: string,
  fail: (problem: string) => InputError,
): Promise<Uint8Array> {
  const outside = () =>
    fail(`reads "${location}", outside the model's folder; keep external data beside the model`);
  const target = path.resolve(folder, location);
  if (path.isAbsolute(location) || path.win32.isAbsolute(location) || !within(folder, target)) {
    throw outside();
  }
  const special = await notRegular(target);
  if (special !== undefined) throw fail(`reads "${location}", which ${special}`);
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    throw fail(`reads "${location}", which is missing beside the model`);
  }
  // A symlink beside the model may still lead out of its folder.
  if (!within(await realpath(folder), real)) throw outside();
  // Not read at all past the limit a whole model has (nor past what one buffer holds).
  const { size } = await stat(real);
  if (size > MODEL_BYTES) {
    throw fail(`reads "${location}", of ${(size / 2 ** 30).toFixed(1)} GiB; ${LIMIT}`);
  }
  return new Uint8Array(await readFile(real));
}

/** Whether `file` lies inside `folder` (both resolved). */
function within(folder: string, file: string): boolean {
  const from = path.relative(folder, file);
  return (
    from !== '' && from !== '..' && !from.startsWith(`..${path.sep}`) && !path.isAbsolute(from)
  );
}

/** A non-negative whole number written in decimal, else undefined. */
function whole(text: string): number | undefined {
  return /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/** The bytes a tensor's shape and element type need, when the type has a fixed size. */
function expectedBytes(tensor: TensorProto): number | undefined {
  const per = ELEMENT_BYTES[tensor.dataType as TensorProto_DataType];
  if (per === undefined) return undefined;
  const count = tensor.dims.reduce((a, d) => a * Number(d), 1);
  return Math.ceil(count * per);
}

/** Every tensor the model holds: initializers and node attributes, in subgraphs and functions. */
function* tensorsOf(model: ModelProto): Generator<Held> {
  if (model.graph !== undefined) yield* graphTensors(model.graph);
  for (const fn of model.functions) yield* nodeTensors(fn.node);
}

function* graphTensors(graph: GraphProto): Generator<Held> {
  for (const tensor of graph.initializer) yield { tensor, what: `initializer "${tensor.name}"` };
  for (const sparse of graph.sparseInitializer) {
    for (const tensor of [sparse.values, sparse.indices]) {
      if (tensor !== undefined) yield { tensor, what: `sparse initializer "${tensor.name}"` };
    }
  }
  yield* nodeTensors(graph.node);
}

function* nodeTensors(nodes: NodeProto[]): Generator<Held> {
  for (const node of nodes) {
    for (const attribute of node.attribute) {
      const what = `the tensor of node "${node.name}" (attribute ${attribute.name})`;
      for (const tensor of [attribute.t, ...attribute.tensors]) {
        if (tensor !== undefined) yield { tensor, what };
      }
      for (const graph of [attribute.g, ...attribute.graphs]) {
        if (graph !== undefined) yield* graphTensors(graph);
      }
    }
  }
}
