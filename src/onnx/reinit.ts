/**
 * `reinit` of an ONNX component: its trained weights are redrawn, the rest of the graph kept.
 *
 * The distribution (ONNX keeps no record of how a layer was initialised, so it is matched to
 * the trained weights' scale instead): for each Conv, ConvTranspose, Gemm and MatMul node of
 * the component, the weight initializer (input 1) is redrawn i.i.d. from Normal(0, s²), s the
 * standard deviation of the trained values of that tensor, and the bias initializer (input 2
 * of Conv, ConvTranspose and Gemm) is set to zero. Other initializers (a BatchNormalization's
 * scale, shift and running statistics) are kept: redrawing a variance could make it negative.
 * Each tensor's draw is seeded from the run's seed, the component, the tensor and the repeat
 * (the same stream labels as TF.js `reinit`), so it does not depend on what else is ablated.
 * A tensor the component shares with the rest of the graph (tied weights: a node outside the
 * component, a subgraph or a graph output reads it too) is copied first, and only the
 * component's nodes read the redrawn copy; a tensor two of the component's own nodes read is
 * redrawn once, still shared between them.
 */
import { findComponent, nodeReads } from './components.js';
import { clone } from '@bufbuild/protobuf';
import { copyModel, type ModelProto } from './model.js';
import { TensorProtoSchema, type TensorProto } from './onnx-ml_pb.js';
import { floatValues, setFloatValues } from './tensor.js';
import { Rng } from '../stats/rng.js';

const WEIGHTED = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul']);
const HAS_BIAS = new Set(['Conv', 'ConvTranspose', 'Gemm']);

/** The component with its weights redrawn, or an Error when it has none to redraw. */
export function reinitComponent(
  model: ModelProto,
  id: string,
  seed: number,
  repeat: number,
): ModelProto | Error {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === undefined) return new Error('the model has no graph');
  const component = findComponent(graph, id);
  if (component instanceof Error) return component;
  const byName = new Map(graph.initializer.map((t) => [t.name, t]));
  const inside = new Set(component.nodes);
  const sharedOutside = new Set([
    ...graph.node.flatMap((node, i) => (inside.has(i) ? [] : nodeReads(node))),
    ...graph.output.map((o) => o.name),
  ]);
  const done = new Set<string>();
  /** The component's own copy of an initializer others read too (made once, read by its nodes). */
  const own = (name: string): TensorProto | undefined => {
    const tensor = byName.get(name);
    if (tensor === undefined || !sharedOutside.has(name)) return tensor;
    const copy = clone(TensorProtoSchema, tensor);
    copy.name = `${name}/ablation-ci.reinit.${id}`;
    graph.initializer.push(copy);
    byName.set(copy.name, copy);
    for (const i of component.nodes) {
      const node = graph.node[i];
      node.input = node.input.map((t) => (t === name ? copy.name : t));
    }
    sharedOutside.delete(name);
    return copy;
  };
  let redrawn = 0;
  for (const index of component.nodes) {
    const node = graph.node[index];
    if (!WEIGHTED.has(node.opType)) continue;
    const trained = node.input[1] ?? '';
    const weight = done.has(trained) ? undefined : own(trained);
    if (weight !== undefined) {
      done.add(weight.name);
      const values = floatValues(weight);
      if (values instanceof Error) return new Error(`component "${id}": ${values.message}`);
      const s = standardDeviation(values);
      // The stream is named by the trained tensor, also when the component redraws a copy.
      const rng = Rng.stream(seed, 'reinit', id, trained, repeat);
      setFloatValues(
        weight,
        values.map(() => s * rng.normal()),
      );
      redrawn++;
    }
    const bias = HAS_BIAS.has(node.opType) ? own(node.input[2] ?? '') : undefined;
    if (bias !== undefined) {
      const values = floatValues(bias);
      if (values instanceof Error) return new Error(`component "${id}": ${values.message}`);
      setFloatValues(bias, new Float32Array(values.length));
    }
  }
  if (redrawn === 0) {
    return new Error(
      `component "${id}" has no weights to reinit (no Conv, ConvTranspose, Gemm or MatMul with an initializer)`,
    );
  }
  return copy;
}

function standardDeviation(values: Float32Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let sum = 0;
  for (const v of values) sum += (v - mean) ** 2;
  return Math.sqrt(sum / values.length);
}

/** Whether `reinit` applies: the component has a weighted node whose weight is an initializer. */
export function hasWeights(model: ModelProto, id: string): boolean {
  const graph = model.graph;
  if (graph === undefined) return false;
  const component = findComponent(graph, id);
  if (component instanceof Error) return false;
  const initializers = new Set(graph.initializer.map((t) => t.name));
  return component.nodes.some((i) => {
    const node = graph.node[i];
    return WEIGHTED.has(node.opType) && initializers.has(node.input[1] ?? '');
  });
}
