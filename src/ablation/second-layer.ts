import * as tf from '@tensorflow/tfjs';
import { readInto } from '../backend/read.js';
import type { ModelGraph } from '../model/graph.js';
import { emptySecondLayerKernel, type SecondLayerKernel } from './second-layer-kernel/second.js';
import { INFERENCE_IDENTITY } from './plan.js';
import type { FirstDense } from './rank.js';

interface Activation {
  apply(tensor: tf.Tensor): tf.Tensor;
  getClassName(): string;
}

/** The Dense layer that alone reads the first Dense layer's output, when that one is ReLU or linear. */
export interface SecondDense {
  layer: tf.layers.Layer;
  /** The slot of its output (after its activation). */
  slot: number;
  units: number;
  activation: Activation;
}

/** Kept pre-activations and kernels above this many bytes: the second-layer path is not used. */
const MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Rows of the first two layers' pre-activations computed at once: the
 * backend's memory, which never shrinks, then holds one block's tensors
 * instead of every row's (four n × h arrays at once: 200 MB per worker at
 * 100,000 rows).
 */
export const BLOCK_ROWS = 8192;

/**
 * The second Dense layer when the first one's output feeds it alone
 * (directly or through dropout or noise layers, the identity at inference)
 * and the first one's activation is a ReLU or linear: then a one-column input
 * change moves its pre-activation by `d · (mask ⊙ w) · W2` plus a term per
 * first-layer unit whose ReLU changes side (few), and `(mask ⊙ w) · W2` is
 * shared by every repeat and mode of that column.
 */
export function findSecondDense(graph: ModelGraph, first: FirstDense): SecondDense | undefined {
  const kind = (first.activation as Partial<Activation>).getClassName?.();
  if (kind !== 'relu' && kind !== 'linear') return undefined;
  let node: ModelGraph['nodes'][number] | undefined;
  for (let slot = first.slot; node === undefined;) {
    const readers = graph.nodes.filter((reader) => reader.inputs.includes(slot));
    if (readers.length !== 1 || readers[0].inputs.length !== 1) return undefined;
    const [reader] = readers;
    // Layers that pass their input through unchanged at inference sit between the two.
    if (!INFERENCE_IDENTITY.has(reader.layer.getClassName())) node = reader;
    else if (reader.outputs.length === 1) slot = reader.outputs[0];
    else return undefined;
  }
  if (node.layer.getClassName() !== 'Dense' || node.outputs.length !== 1) return undefined;
  const [kernel] = node.layer.getWeights();
  const activation = (node.layer as unknown as { activation?: Activation }).activation;
  if (kernel?.shape.length !== 2 || kernel.shape[0] !== first.units || activation === undefined) {
    return undefined;
  }
  return { layer: node.layer, slot: node.outputs[0], units: kernel.shape[1], activation };
}

/** One segment's single changed column: rows (relative to `start`) and their scaled changes. */
export interface ColumnChange {
  column: number;
  start: number;
  end: number;
  rows: Int32Array;
  deltas: Float32Array;
  count: number;
}

/**
 * One-column feature ablations through the first two Dense layers: per
 * column and row range the product `(mask ⊙ w) · W2` is one matrix product
 * for all of the unit's segments on it, and each changed row then costs the
 * kernel's few multiply-adds instead of a full second layer.
 */
export class SecondLayerPath {
  private kernel: SecondLayerKernel | undefined;
  private z2Filled = false;

  constructor(
    private readonly first: FirstDense,
    readonly second: SecondDense,
    private readonly n: number,
  ) {}

  /** Whether the data are small enough to keep the two layers' pre-activations. */
  static fits(first: FirstDense, second: SecondDense, n: number, features: number): boolean {
    const values = n * (first.units + second.units) + (features + second.units) * first.units;
    return 4 * values <= MAX_BYTES;
  }

  /**
   * The first layer's pre-activation on every row, n × h, kept once: in the
   * kernel's memory, filled by `fill` the first time. A view, valid until
   * the next `evaluate`.
   */
  preActivation(fill: (target: Float32Array) => void): Float32Array {
    return this.kernelFor(fill).z1();
  }

  /**
   * The second layer's new values of every change, stacked in order (each
   * change's `count` rows): after its activation when that is a ReLU, else
   * before (see `outputsFrom`). Valid until the next call; `preActivation`
   * comes first.
   */
  evaluate(changes: ColumnChange[]): Float32Array {
    const kernel = this.kernel!;
    if (!this.z2Filled) this.fillZ2(kernel);
    // Read before `begin`, which may grow the kernel's memory (and detach the view).
    const products = this.products(changes, kernel.z1());
    kernel.begin(changes.reduce((sum, c) => sum + c.count, 0));
    let loaded: Float32Array | undefined;
    for (const change of changes) {
      if (change.count === 0) continue;
      const m = products.get(key(change))!;
      if (m !== loaded) kernel.loadM((loaded = m));
      kernel.update(change.start, change.column, change.rows, change.deltas, change.count);
    }
    return kernel.stack();
  }

  /** Frees the tensors it keeps. */
  dispose(): void {
    this.kernel = undefined;
    this.z2Filled = false;
  }

  /** The outputs of the layers above the second one, for stacked pre-activations. */
  outputsFrom(
    stacked: Float32Array,
    rows: number,
    run: (slot: number, value: tf.Tensor) => tf.Tensor,
  ): Float32Array {
    const output = tf.tidy(() => {
      const z = tf.tensor2d(stacked, [rows, this.second.units]);
      return run(this.second.slot, this.reluInKernel() ? z : this.second.activation.apply(z));
    });
    const values = output.dataSync() as Float32Array;
    output.dispose();
    return values;
  }

  /**
   * `(mask ⊙ w_j) · W2 = mask · (w_j ⊙ W2)` for every distinct column and
   * row range of the changes: the 0/1 mask of the rows times the second
   * kernel with its rows scaled by the column's first-layer weights. The
   * masks of the unit's ranges are made here and freed when it is done (not
   * kept for later units: n × h values per worker, and cheap to make again).
   */
  private products(changes: ColumnChange[], pre: Float32Array): Map<string, Float32Array> {
    const { units: h, kernel: w1 } = this.first;
    const w2 = this.second.layer.getWeights()[0];
    const result = new Map<string, Float32Array>();
    const masks = new Map<string, tf.Tensor2D>();
    try {
      for (const change of changes) {
        const name = key(change);
        if (change.count === 0 || result.has(name)) continue;
        const { column, start, end } = change;
        const range = `${start}:${end}`;
        let mask = masks.get(range);
        if (mask === undefined) masks.set(range, (mask = this.maskRows(start, end, pre)));
        const product = tf.tidy(() => {
          const scale = tf.tensor2d(w1.subarray(column * h, (column + 1) * h), [h, 1]);
          return tf.matMul(mask, tf.mul(w2, scale));
        });
        const values = new Float32Array(product.size);
        readInto(product, values);
        product.dispose();
        result.set(name, values);
      }
    } finally {
      for (const mask of masks.values()) mask.dispose();
    }
    return result;
  }

  /** Which first-layer units are active (ReLU) on rows [start, end), 0 or 1: all 1 when linear. */
  private maskRows(start: number, end: number, pre: Float32Array): tf.Tensor2D {
    const h = this.first.units;
    return tf.tidy(() =>
      this.isRelu()
        ? tf.cast(
            tf.greater(tf.tensor2d(pre.subarray(start * h, end * h), [end - start, h]), 0),
            'float32',
          )
        : tf.ones([end - start, h]),
    ) as tf.Tensor2D;
  }

  private isRelu(): boolean {
    return (this.first.activation as Activation).getClassName() === 'relu';
  }

  /** Whether the kernel applies the second layer's activation (a ReLU) itself. */
  private reluInKernel(): boolean {
    return this.second.activation.getClassName() === 'relu';
  }

  /**
   * The kernel, with the first layer's pre-activation on every row computed
   * once into its own memory (no copy kept outside it).
   */
  private kernelFor(fill: (target: Float32Array) => void): SecondLayerKernel {
    if (this.kernel !== undefined) return this.kernel;
    const w2 = this.second.layer.getWeights()[0];
    const kernel = emptySecondLayerKernel({
      n: this.n,
      h: this.first.units,
      h2: this.second.units,
      relu: this.isRelu(),
      relu2: this.reluInKernel(),
      w1: this.first.kernel,
      w2: w2.dataSync() as Float32Array,
    });
    // A view of the kernel's memory: it grows only in `begin`.
    fill(kernel.z1());
    this.kernel = kernel;
    return kernel;
  }

  /**
   * The second layer's pre-activation on every row, into the kernel's
   * memory: at the first `evaluate` (a suite of groups alone never needs it).
   */
  private fillZ2(kernel: SecondLayerKernel): void {
    const h = this.first.units;
    const h2 = this.second.units;
    const [w2, bias] = this.second.layer.getWeights();
    const pre = kernel.z1();
    const z2 = kernel.z2();
    // Each row's values do not depend on the rows beside it: blocks give the same bits.
    for (let start = 0; start < this.n; start += BLOCK_ROWS) {
      const end = Math.min(this.n, start + BLOCK_ROWS);
      const block = tf.tidy(() => {
        const rows = tf.tensor2d(pre.subarray(start * h, end * h), [end - start, h]);
        const product = tf.matMul(this.first.activation.apply(rows), w2);
        return bias === undefined ? product : tf.add(product, bias);
      });
      readInto(block, z2, start * h2);
      block.dispose();
    }
    this.z2Filled = true;
  }
}

function key(change: ColumnChange): string {
  return `${change.column}:${change.start}:${change.end}`;
}
