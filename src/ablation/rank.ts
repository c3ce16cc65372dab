import * as tf from '@tensorflow/tfjs';
import { readInto } from '../backend/read.js';
import { evaluateFrom } from '../model/execute.js';
import type { ModelGraph } from '../model/graph.js';
import { fillRows, type FeatureChange, type ModelData } from './inputs.js';
import { BLOCK_ROWS, findSecondDense, SecondLayerPath, type ColumnChange } from './second-layer.js';
import type { WorkUnit } from './units.js';

interface Activation {
  apply(tensor: tf.Tensor): tf.Tensor;
}

/**
 * The model's first Dense layer when the input feeds it alone (directly or
 * through a Flatten): a change to input columns then changes its
 * pre-activation by a low-rank term, Z' = Z + ΔX[:, cols] · W[cols, :].
 */
export interface FirstDense {
  layer: tf.layers.Layer;
  /** The slot of the Dense layer's output (after its activation). */
  slot: number;
  units: number;
  /** The kernel, inputs × units, row-major. */
  kernel: Float32Array;
  activation: Activation;
}

/** The first Dense layer as `RankOnePath` needs it, or undefined when the model has another shape. */
export function findFirstDense(graph: ModelGraph): FirstDense | undefined {
  if (graph.inputSlots.length !== 1) return undefined;
  let slot = graph.inputSlots[0];
  for (;;) {
    const readers = graph.nodes.filter((node) => node.inputs.includes(slot));
    if (readers.length !== 1 || readers[0].inputs.length !== 1) return undefined;
    const [node] = readers;
    const className = node.layer.getClassName();
    if (className === 'Flatten') {
      slot = node.outputs[0];
      continue;
    }
    if (className !== 'Dense' || graph.slotShapes[slot].length !== 1) return undefined;
    const [kernel] = node.layer.getWeights();
    const activation = (node.layer as unknown as { activation?: Activation }).activation;
    if (kernel === undefined || kernel.shape.length !== 2 || activation === undefined) {
      return undefined;
    }
    return {
      layer: node.layer,
      slot: node.outputs[0],
      units: kernel.shape[1],
      kernel: kernel.dataSync() as Float32Array,
      activation,
    };
  }
}

/**
 * Feature ablations through the first Dense layer: its pre-activation on
 * the unchanged data is computed once; per ablated row only the changed
 * columns' rank-one terms are added, and only rows whose input changed go
 * through the layers above (the others keep the baseline's outputs). When
 * a second Dense layer alone reads the first (`SecondLayerPath`), one-column
 * changes skip both layers' matrix products.
 */
export class RankOnePath {
  private pre: Float32Array | undefined;
  /** The shortcut through the second Dense layer, when the model has one. */
  readonly second: SecondLayerPath | undefined;

  constructor(
    private readonly graph: ModelGraph,
    private readonly dense: FirstDense,
    private readonly data: ModelData,
    private readonly rowsPerPass: number,
    options: { secondLayer?: boolean } = {},
  ) {
    const second = options.secondLayer === false ? undefined : findSecondDense(graph, dense);
    this.second =
      second !== undefined && SecondLayerPath.fits(dense, second, data.n, data.features.length)
        ? new SecondLayerPath(dense, second, data.n)
        : undefined;
  }

  /** The outputs of a feature unit, given each segment's change and the baseline outputs. */
  evaluate(
    unit: WorkUnit,
    changes: FeatureChange[],
    baseline: Float32Array,
    width: number,
  ): Float32Array {
    const pre = this.preActivation();
    const { units: h, kernel } = this.dense;
    const { x, scale } = this.data;
    const f = this.data.features.length;
    const rows = unit.segments.reduce((sum, s) => sum + s.end - s.start, 0);
    // Rows of the segments that take the first-layer update (the others take the shortcut).
    const firstLayerRows = unit.segments.reduce(
      (sum, s, i) => sum + (this.shortcut(changes[i]) ? 0 : s.end - s.start),
      0,
    );
    const stacked = new Float32Array(firstLayerRows * h);
    // Where each changed row's output goes in the unit's result: first layer, second layer.
    const targets = new Int32Array(rows);
    const targets2 = new Int32Array(rows);
    const columnChanges: ColumnChange[] = [];
    const out = new Float32Array(rows * width);
    const delta = new Float64Array(f);
    let changed = 0;
    let changed2 = 0;
    let at = 0;
    // Plain loops over locals: this is the hot loop of a feature suite.
    for (let s = 0; s < unit.segments.length; s++) {
      const segment = unit.segments[s];
      const { columns, source, constants, values } = changes[s];
      out.set(baseline.subarray(segment.start * width, segment.end * width), at * width);
      if (this.shortcut(changes[s])) {
        const change = columnChange(segment, changes[s], this.data);
        for (let p = 0; p < change.count; p++) targets2[changed2++] = at + change.rows[p];
        columnChanges.push(change);
        at += segment.end - segment.start;
        continue;
      }
      for (let row = segment.start; row < segment.end; row++, at++) {
        let any = false;
        const from = source === undefined ? -1 : source[row] * f;
        for (let k = 0; k < columns.length; k++) {
          const j = columns[k];
          const raw =
            values !== undefined
              ? values[row * columns.length + k]
              : from < 0
                ? constants[k]
                : x[from + j];
          const d = (raw - x[row * f + j]) / scale[j];
          delta[k] = d;
          if (d !== 0) any = true;
        }
        if (!any) continue;
        const z = changed * h;
        if (columns.length === 1) {
          // One column (a single feature): copy and update in one pass.
          addRow(stacked, z, pre, row * h, kernel, columns[0] * h, delta[0], h);
        } else {
          addRow(stacked, z, pre, row * h, kernel, 0, 0, h);
          for (let k = 0; k < columns.length; k++) {
            const d = delta[k];
            if (d !== 0) addScaled(stacked, z, kernel, columns[k] * h, d, h);
          }
        }
        targets[changed++] = at;
      }
    }
    const run = (slot: number, value: tf.Tensor): tf.Tensor =>
      evaluateFrom(this.graph, slot, value)[this.graph.outputSlots[0]];
    if (changed > 0) {
      const output = tf.tidy(() => {
        const z = tf.tensor2d(stacked.subarray(0, changed * h), [changed, h]);
        return run(this.dense.slot, this.dense.activation.apply(z));
      });
      place(out, output.dataSync() as Float32Array, targets, changed, width);
      output.dispose();
    }
    if (changed2 > 0) {
      const second = this.second!;
      // `pre` may be a view of the kernel's memory: not read after this.
      const values = second.outputsFrom(second.evaluate(columnChanges), changed2, run);
      place(out, values, targets2, changed2, width);
    }
    return out;
  }

  /** Frees the tensors it keeps. */
  dispose(): void {
    this.second?.dispose();
  }

  /** Whether a change takes the second-layer shortcut (one column, and the model has one). */
  private shortcut(change: FeatureChange): boolean {
    return this.second !== undefined && change.columns.length === 1;
  }

  /**
   * The first Dense layer's pre-activation on every row, n × units, computed
   * once: with the second-layer shortcut, the kernel's own copy (a view,
   * valid until the shortcut's next `evaluate`), else one kept here.
   */
  private preActivation(): Float32Array {
    if (this.second !== undefined) return this.second.preActivation((pre) => this.fill(pre));
    if (this.pre === undefined) {
      this.pre = new Float32Array(this.data.n * this.dense.units);
      this.fill(this.pre);
    }
    return this.pre;
  }

  /** Computes the first Dense layer's pre-activation on every row into `pre`. */
  private fill(pre: Float32Array): void {
    const { n, features } = this.data;
    const h = this.dense.units;
    const [kernel, bias] = this.dense.layer.getWeights();
    // In blocks (each row's values do not depend on the rows beside it): see BLOCK_ROWS.
    const block = Math.min(this.rowsPerPass, BLOCK_ROWS);
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      const values = new Float32Array((end - start) * features.length);
      fillRows(values, 0, start, end, this.data);
      const z = tf.tidy(() => {
        const input = tf.tensor2d(values, [end - start, features.length]);
        const product = tf.matMul(input, kernel);
        return bias === undefined ? product : tf.add(product, bias);
      });
      readInto(z, pre, start * h);
      z.dispose();
    }
  }
}

/** target[at … at+h) += d · source[from … from+h): one changed input column's rank-one term. */
function addScaled(
  target: Float32Array,
  at: number,
  source: Float32Array,
  from: number,
  d: number,
  h: number,
): void {
  for (let u = 0; u < h; u++) target[at + u] += d * source[from + u];
}

/** target[at … at+h) = base[from … from+h) + d · kernel[w … w+h). */
function addRow(
  target: Float32Array,
  at: number,
  base: Float32Array,
  from: number,
  kernel: Float32Array,
  w: number,
  d: number,
  h: number,
): void {
  for (let u = 0; u < h; u++) target[at + u] = base[from + u] + d * kernel[w + u];
}

/** The rows of a one-column segment whose input changes, and by how much (scaled). */
function columnChange(
  segment: { start: number; end: number },
  change: FeatureChange,
  data: ModelData,
): ColumnChange {
  const { start, end } = segment;
  const { x } = data;
  const f = data.features.length;
  const column = change.columns[0];
  const scale = data.scale[column];
  const { source, values } = change;
  const constant = change.constants[0];
  const rows = new Int32Array(end - start);
  const deltas = new Float32Array(end - start);
  let count = 0;
  for (let row = start; row < end; row++) {
    const raw =
      values !== undefined
        ? values[row]
        : source === undefined
          ? constant
          : x[source[row] * f + column];
    const d = (raw - x[row * f + column]) / scale;
    if (d === 0) continue;
    rows[count] = row - start;
    deltas[count++] = d;
  }
  return { column, start, end, rows, deltas, count };
}

/** Copies `count` rows of `values` (width each) to rows `targets[r]` of `out`. */
function place(
  out: Float32Array,
  values: Float32Array,
  targets: Int32Array,
  count: number,
  width: number,
): void {
  // Element by element: a subarray per row would cost more than the copy.
  for (let r = 0; r < count; r++) {
    const from = r * width;
    const to = targets[r] * width;
    for (let u = 0; u < width; u++) out[to + u] = values[from + u];
  }
}
