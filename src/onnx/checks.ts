/**
 * What ablation-ci refuses in an ONNX model, each as one line naming the file: pure checks
 * of the decoded model, and the reading of ONNX Runtime's own refusal when it cannot build a
 * session. The caller prints the line and exits 2.
 */
import type { GraphProto, ModelProto, TypeProto, ValueInfoProto } from './onnx-ml_pb.js';

/** The domains of the operators ONNX Runtime's CPU provider implements. */
const RUNTIME_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'com.microsoft']);

/** The graph inputs that are fed (old exporters also list every initializer as an input). */
export function fedInputs(graph: GraphProto): ValueInfoProto[] {
  const initializers = new Set(graph.initializer.map((t) => t.name));
  return graph.input.filter((i) => !initializers.has(i.name));
}

/** The first reason to refuse the model, or undefined when ablation-ci can run it. */
export function modelRefusal(file: string, model: ModelProto): string | undefined {
  const graph = model.graph;
  if (graph === undefined) return `${file}: the model has no graph`;
  return (
    inputRefusal(file, graph) ??
    outputRefusal(file, graph) ??
    domainRefusal(file, model) ??
    batchRefusal(file, graph)
  );
}

/**
 * A batch axis of fixed size: runs take many rows at once (and a probe a few), which ONNX Runtime
 * refuses for it. Exporters fix it unless told otherwise (torch.onnx.export without
 * dynamic_axes). Checked last: the other refusals need another export too, and say more.
 */
function batchRefusal(file: string, graph: GraphProto): string | undefined {
  const [input] = fedInputs(graph);
  const tensor = input.type?.value.case === 'tensorType' ? input.type.value.value : undefined;
  const batch = tensor?.shape?.dim[0]?.value;
  if (batch?.case !== 'dimValue') return undefined;
  return `${file}: input "${input.name}" has a fixed batch size of ${batch.value} at axis 0; export it with a dynamic batch (torch.onnx.export: dynamic_axes={"${input.name}": {0: "batch"}}; skl2onnx and tf2onnx: None as the first dimension)`;
}

function inputRefusal(file: string, graph: GraphProto): string | undefined {
  const inputs = fedInputs(graph);
  if (inputs.length !== 1) {
    const names = inputs.map((i) => `"${i.name}"`).join(', ');
    return `${file}: the model has ${inputs.length} inputs${names ? ` (${names})` : ''}; ablation-ci feeds one input tensor of the feature columns`;
  }
  const [input] = inputs;
  const tensor = input.type?.value.case === 'tensorType' ? input.type.value.value : undefined;
  if (tensor === undefined) return `${file}: input "${input.name}" is not a tensor`;
  const dims = tensor.shape?.dim;
  if (dims === undefined) return `${file}: input "${input.name}" has no shape; export it with one`;
  // Axis 0 is the batch: it may stay dynamic (batchRefusal: it must). Every other axis must be a
  // fixed size.
  for (let axis = 1; axis < dims.length; axis++) {
    const dim = dims[axis].value;
    if (dim.case !== 'dimValue' || dim.value <= 0n) {
      const what = dim.case === 'dimParam' ? `"${dim.value}"` : 'an unknown size';
      return `${file}: input "${input.name}" has ${what} at axis ${axis}; export it with a fixed size there (only axis 0, the batch, may be dynamic)`;
    }
  }
  return undefined;
}

function outputRefusal(file: string, graph: GraphProto): string | undefined {
  for (const output of graph.output) {
    const producer = graph.node.find((n) => n.output.includes(output.name));
    if (producer?.opType === 'ZipMap') {
      return `${file}: output "${output.name}" is a scikit-learn ZipMap (a list of dicts); export with zipmap=False`;
    }
    const kind = typeKind(output.type);
    if (kind !== 'tensorType') {
      return `${file}: output "${output.name}" is a ${kind}, not a tensor; ablation-ci reads tensor outputs`;
    }
  }
  return undefined;
}

function domainRefusal(file: string, model: ModelProto): string | undefined {
  for (const node of model.graph?.node ?? []) {
    if (!RUNTIME_DOMAINS.has(node.domain)) {
      return `${file}: node "${node.name}" uses op ${node.domain}.${node.opType}, which ONNX Runtime does not implement`;
    }
  }
  return undefined;
}

function typeKind(type: TypeProto | undefined): string {
  const kind = type?.value.case;
  switch (kind) {
    case undefined:
      return 'value of unknown type';
    case 'tensorType':
      return kind;
    case 'sequenceType':
      return 'sequence';
    case 'mapType':
      return 'map';
    case 'optionalType':
      return 'optional';
    case 'sparseTensorType':
      return 'sparse tensor';
    case 'opaqueType':
      return 'opaque value';
  }
}

/**
 * ONNX Runtime's refusal to build a session, as one line naming the file and the op, or
 * undefined when the message is not one of the known "op not available" kinds.
 */
export function runtimeRefusal(file: string, message: string): string | undefined {
  const noOp =
    /In Node, \("([^"]*)", ([^,]+),.*No Op registered for (\S+) with domain_version of (\d+)/s.exec(
      message,
    );
  if (noOp) {
    return `${file}: node "${noOp[1]}" uses op ${noOp[3]} (opset ${noOp[4]}), which ONNX Runtime does not implement`;
  }
  const unregistered = /(\S+):(\S+)\(-?\d+\) is not a registered function\/op/.exec(message);
  if (unregistered) {
    return `${file}: op ${unregistered[1]}.${unregistered[2]} is not one ONNX Runtime implements`;
  }
  const opset = /Opset (\d+) is under development/.exec(message);
  if (opset) {
    return `${file}: the model needs opset ${opset[1]}, newer than this ONNX Runtime supports`;
  }
  return undefined;
}
