import * as tf from '@tensorflow/tfjs';
import type { LayerMode } from '../config/types.js';
import { evaluateGraph, type LayerOverride } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import { drawWeights } from '../model/reinit.js';
import type { LayerComponent } from './plan.js';
import type { Segment } from './units.js';

/**
 * Layer ablations over one row range: the baseline's activations of those
 * rows are computed once (and kept for the next unit of the same rows), and
 * each ablation recomputes only the layers that depend on the ablated ones.
 * The one activation cache of an evaluator: sensitivity curves' layer noise
 * reads it too (`activations`, `outputsWith`).
 */
export class LayerPath {
  private readonly means = new Map<string, tf.Tensor>();
  private cached: { start: number; end: number; input: tf.Tensor; slots: tf.Tensor[] } | undefined;

  constructor(
    private readonly graph: ModelGraph,
    private readonly seed: number,
    private readonly n: number,
    /** The scaled input of rows [start, end) as a new tensor (this class disposes it). */
    private readonly input: (start: number, end: number) => tf.Tensor,
    private readonly rowsPerPass: number,
  ) {}

  /** Outputs of each segment (all on the same rows), one after the other. */
  evaluate(segments: Segment[], components: readonly LayerComponent[]): Float32Array[] {
    const { start, end } = segments[0];
    const baseline = this.activations(start, end);
    return segments.map((segment, i) => this.evaluateOne(components[i], segment.repeat, baseline));
  }

  /** Frees the cached activations and layer means. */
  dispose(): void {
    this.release();
    for (const tensor of this.means.values()) tensor.dispose();
    this.means.clear();
  }

  private evaluateOne(
    component: LayerComponent,
    repeat: number,
    baseline: { input: tf.Tensor; slots: tf.Tensor[] },
  ): Float32Array {
    const overrides = new Map<string, LayerOverride>();
    const restore: [tf.layers.Layer, tf.Tensor[]][] = [];
    try {
      for (const name of component.layers) {
        overrides.set(name, this.override(name, component.mode));
        if (component.mode === 'reinit') {
          const layer = this.layer(name);
          const drawn = drawWeights(layer, this.seed, repeat);
          restore.push([layer, layer.getWeights().map((w) => w.clone())]);
          layer.setWeights(drawn);
          for (const t of drawn) t.dispose();
        }
      }
      return this.outputsFrom(baseline, overrides);
    } finally {
      for (const [layer, original] of restore) {
        layer.setWeights(original);
        for (const t of original) t.dispose();
      }
    }
  }

  private override(layer: string, mode: LayerMode): LayerOverride {
    switch (mode) {
      case 'zero':
        return { kind: 'zero' };
      case 'remove':
        return { kind: 'remove' };
      case 'reinit':
        return { kind: 'recompute' };
      case 'mean':
        return { kind: 'mean', value: this.mean(layer) };
    }
  }

  /**
   * The model's outputs on rows [start, end) with the overrides, recomputing
   * only the layers they reach from the rows' cached activations.
   */
  outputsWith(
    start: number,
    end: number,
    overrides: ReadonlyMap<string, LayerOverride>,
  ): Float32Array {
    return this.outputsFrom(this.activations(start, end), overrides);
  }

  /**
   * The baseline's activations (every slot) of rows [start, end), kept until
   * another row range is asked for: valid until the next call with other rows.
   */
  activations(start: number, end: number): { input: tf.Tensor; slots: tf.Tensor[] } {
    if (this.cached?.start === start && this.cached.end === end) return this.cached;
    this.release();
    const input = this.input(start, end);
    let slots: tf.Tensor[];
    try {
      slots = tf.tidy(() => evaluateGraph(this.graph, [input]));
    } catch (error) {
      input.dispose();
      throw error;
    }
    this.cached = { start, end, input, slots };
    return this.cached;
  }

  private outputsFrom(
    baseline: { input: tf.Tensor; slots: tf.Tensor[] },
    overrides: ReadonlyMap<string, LayerOverride>,
  ): Float32Array {
    const output = tf.tidy(
      () =>
        evaluateGraph(this.graph, [baseline.input], overrides, baseline.slots)[
          this.graph.outputSlots[0]
        ],
    );
    const values = output.dataSync() as Float32Array;
    // An ablation that does not reach the output returns a baseline tensor: keep it.
    if (!baseline.slots.includes(output)) output.dispose();
    return values;
  }

  private release(): void {
    if (this.cached === undefined) return;
    for (const tensor of new Set([this.cached.input, ...this.cached.slots])) tensor.dispose();
    this.cached = undefined;
  }

  /** The layer's mean output over the whole eval set (per example), computed once. */
  private mean(name: string): tf.Tensor {
    const known = this.means.get(name);
    if (known !== undefined) return known;
    const slot = this.graph.nodes[this.graph.nodesOfLayer.get(name)![0]].outputs[0];
    let sum: tf.Tensor | undefined;
    try {
      for (let start = 0; start < this.n; start += this.rowsPerPass) {
        const end = Math.min(this.n, start + this.rowsPerPass);
        const input = this.input(start, end);
        const previous = sum;
        try {
          sum = tf.tidy(() => {
            const batchSum = tf.sum(evaluateGraph(this.graph, [input])[slot], 0, true);
            return previous === undefined ? batchSum : tf.add(previous, batchSum);
          });
        } finally {
          input.dispose();
        }
        previous?.dispose();
      }
    } catch (error) {
      sum?.dispose();
      throw error;
    }
    const mean = tf.div(sum!, this.n);
    sum!.dispose();
    this.means.set(name, mean);
    return mean;
  }

  layer(name: string): tf.layers.Layer {
    const index = this.graph.nodesOfLayer.get(name)?.[0];
    if (index === undefined) throw new Error(`no layer ${name}`);
    return this.graph.nodes[index].layer;
  }
}
