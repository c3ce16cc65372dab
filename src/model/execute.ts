import * as tf from '@tensorflow/tfjs';
import { affectedNodes, type ModelGraph } from './graph.js';

/**
 * What to do in place of a layer's normal output during one evaluation:
 * `zero` replaces it with zeros, `mean` with a fixed per-example tensor
 * (its mean over the eval set), `remove` passes the layer's input through,
 * `recompute` runs the layer as it is now (its weights were swapped).
 */
export type LayerOverride =
  | { kind: 'zero' }
  | { kind: 'mean'; value: tf.Tensor }
  | { kind: 'remove' }
  | { kind: 'recompute' };

/**
 * Evaluates the graph on one batch. With `baseline` (the activations of the
 * same batch with no override), only the nodes that depend on an overridden
 * layer are computed; the rest are read from it. Returns every slot's tensor:
 * the caller owns those not taken from `baseline` (run it inside `tf.tidy`).
 */
export function evaluateGraph(
  graph: ModelGraph,
  inputs: tf.Tensor[],
  overrides: ReadonlyMap<string, LayerOverride> = new Map(),
  baseline?: readonly tf.Tensor[],
): tf.Tensor[] {
  const slots: tf.Tensor[] = new Array<tf.Tensor>(graph.slotCount);
  graph.inputSlots.forEach((s, i) => (slots[s] = inputs[i]));
  const dirty = baseline === undefined ? undefined : affectedNodes(graph, overrides.keys());
  graph.nodes.forEach((node, index) => {
    if (node.isInput) return;
    if (baseline !== undefined && !dirty?.has(index)) {
      for (const s of node.outputs) slots[s] = baseline[s];
      return;
    }
    const override = overrides.get(node.name);
    const args = node.inputs.map((s) => slots[s]);
    const outputs =
      override === undefined
        ? applyLayer(node, args)
        : applyOverride(node, args, override, baseline);
    node.outputs.forEach((s, i) => (slots[s] = outputs[i]));
  });
  return slots;
}

function applyLayer(node: ModelGraph['nodes'][number], args: tf.Tensor[]): tf.Tensor[] {
  const result = node.layer.apply(args.length === 1 ? args[0] : args, {
    ...node.callArgs,
    training: false,
  }) as tf.Tensor | tf.Tensor[];
  return Array.isArray(result) ? result : [result];
}

function applyOverride(
  node: ModelGraph['nodes'][number],
  args: tf.Tensor[],
  override: LayerOverride,
  baseline: readonly tf.Tensor[] | undefined,
): tf.Tensor[] {
  switch (override.kind) {
    case 'recompute':
      return applyLayer(node, args);
    case 'remove':
      return [args[0]];
    case 'zero':
    case 'mean': {
      // The replacement takes the shape the layer's output really has.
      const reference = baseline ? node.outputs.map((s) => baseline[s]) : applyLayer(node, args);
      return reference.map((t) =>
        override.kind === 'zero' ? tf.zerosLike(t) : tf.broadcastTo(override.value, t.shape),
      );
    }
  }
}

/**
 * Evaluates only what depends on one slot, given its value for a batch:
 * the layers above a changed activation. Returns every slot's tensor (those
 * not computed are undefined); run it inside `tf.tidy`.
 */
export function evaluateFrom(graph: ModelGraph, slot: number, value: tf.Tensor): tf.Tensor[] {
  const slots: tf.Tensor[] = new Array<tf.Tensor>(graph.slotCount);
  slots[slot] = value;
  const known = new Set([slot]);
  for (const node of graph.nodes) {
    if (node.isInput || node.outputs.includes(slot)) continue;
    if (!node.inputs.some((s) => known.has(s))) continue;
    if (!node.inputs.every((s) => known.has(s))) {
      throw new Error(`layer ${node.name} reads a value that the changed slot does not give`);
    }
    const outputs = applyLayer(
      node,
      node.inputs.map((s) => slots[s]),
    );
    node.outputs.forEach((s, i) => {
      slots[s] = outputs[i];
      known.add(s);
    });
  }
  return slots;
}
