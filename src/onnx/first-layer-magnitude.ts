/**
 * When the first- and second-layer paths would give other numbers than full passes. The first
 * layer's path takes a changed row's z1 as the baseline's z1 plus the change's rank-one term, so
 * it keeps the float32 rounding of the baseline's sum Σⱼ xⱼ·W[j, u], where a full pass of the
 * changed row rounds its own sum. The rounding grows with the sizes the sum passes through: the
 * result and its partial sums, which a large term makes large. On well-scaled inputs it is far
 * below the results' 1e-5; where one term is large and the ablation removes it, it is not (an
 * unscaled column of values near 10³ set to zero: 4e-5 apart in probabilities, 10⁴: 6e-4,
 * measured on test/fixtures/onnx/edge/plain.onnx). The second layer's path keeps the baseline's
 * z2 likewise (a row of W2 100× the others: 1.5e-4 apart).
 *
 * So each path is taken only while the sizes stay within MAGNITUDE over the eval rows: the
 * largest |z| the layer made, and its largest term |xⱼ|·maxᵤ |W[j, u]| times √(terms) — random
 * signs grow a sum's partial sums as the square root of their count. n × f operations (and
 * n × h for z), where the exact largest partial sum would take n × f × h: computed by the
 * runtime, that added 0.3–0.7 s to the wide suite's 5.5 s on onnxruntime-web.
 */
import type { ModelData } from '../ablation/inputs.js';
import { fillRows } from '../ablation/inputs.js';
import type { FirstLayer } from './first-layer.js';

/**
 * The largest size a path takes. Measured on the edge MLP (float32 spaces numbers of 256 2⁻¹⁵
 * apart): sizes near 1,500 put the first layer's path 5e-6 from full passes, near 15,000 4e-5;
 * 256 keeps a margin of about 6×. The models of the tests and benchmarks measure below 60 (the
 * wide benchmark suite 8, examples/onnx-tabular 37). It bounds the layer the path cuts, not the
 * gain of the layers after it: a W2 with weights near 500 amplifies any float32 difference in z1
 * past 1e-5 (full passes on onnxruntime-node and -web differ there too).
 */
export const MAGNITUDE = 256;

/** Rows filled at once. */
const BLOCK_ROWS = 1024;

/** The first layer's size over the eval rows (NaN when a value is not finite). */
export function firstLayerMagnitude(
  layer: Pick<FirstLayer, 'features' | 'units' | 'kernel' | 'nodes'>,
  data: ModelData,
  z1: Float32Array,
): number {
  const { features: f, units: h, kernel } = layer;
  const scaler = layer.nodes.find((n) => n.opType === 'Scaler');
  const offset = scaler?.attribute.find((a) => a.name === 'offset')?.floats ?? [];
  const offsets = Float64Array.from(
    { length: f },
    (_, j) => offset[offset.length > 1 ? j : 0] ?? 0,
  );
  // The largest |x_j − offset_j| over the rows (the Scaler's scale is in W).
  const inputs = new Float64Array(f);
  const rows = new Float32Array(Math.min(BLOCK_ROWS, data.n) * f);
  for (let start = 0; start < data.n; start += BLOCK_ROWS) {
    const end = Math.min(data.n, start + BLOCK_ROWS);
    fillRows(rows, 0, start, end, data);
    for (let r = 0; r < end - start; r++) {
      for (let j = 0; j < f; j++) {
        const size = Math.abs(rows[r * f + j] - offsets[j]);
        if (!(size <= inputs[j])) inputs[j] = size;
      }
    }
  }
  return sizeOf(z1, inputs, kernel, f, h);
}

/** The second layer's size over the eval rows: relu(z1) its inputs, W2 its kernel, z2 its output. */
export function secondLayerMagnitude(
  z1: Float32Array,
  h: number,
  kernel: Float32Array,
  h2: number,
  z2: Float32Array,
): number {
  const inputs = new Float64Array(h);
  for (let at = 0; at < z1.length; at += h) {
    for (let u = 0; u < h; u++) {
      const z = z1[at + u];
      if (!(z <= inputs[u])) inputs[u] = z;
    }
  }
  return sizeOf(z2, inputs, kernel, h, h2);
}

/** max(largest |output|, √rows · the largest |input_j| · max_u |kernel[j, u]|); NaN if any is. */
function sizeOf(
  output: Float32Array,
  inputs: Float64Array,
  kernel: Float32Array,
  rows: number,
  columns: number,
): number {
  let size = 0;
  for (const value of output) {
    const a = Math.abs(value);
    if (!(a <= size)) size = a;
  }
  let term = 0;
  for (let j = 0; j < rows; j++) {
    let largest = 0;
    for (let u = 0; u < columns; u++)
      largest = Math.max(largest, Math.abs(kernel[j * columns + u]));
    const t = inputs[j] * largest;
    if (!(t <= term)) term = t;
  }
  return Math.max(size, Math.sqrt(rows) * term);
}
