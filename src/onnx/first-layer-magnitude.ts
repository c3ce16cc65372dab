/**
 * When the first-layer path would give other numbers than full passes: its z1 of a changed row
 * is the baseline's z1 plus the change's rank-one term, so it keeps the float32 rounding of the
 * baseline's sum Σⱼ xⱼ·W[j, u] — about 2⁻²⁴ × Σⱼ |xⱼ·W[j, u]| — where a full pass of the changed
 * row rounds its own sum. On well-scaled inputs both are far below the results' 1e-5; on inputs
 * of large magnitude they are not, and differ most where the ablation removes the large term
 * (an unscaled column of values near 10⁴ set to zero: 6e-4 apart in probabilities, measured on
 * test/fixtures/onnx/edge/plain.onnx). So the path is taken only when a bound of every eval
 * row's Σⱼ |xⱼ·W[j, u]| stays within MAGNITUDE: Σⱼ |xⱼ − offsetⱼ| · maxᵤ |W[j, u]| (offset: a
 * Scaler's, whose scale is in W), at most 2× the exact value on the tests' and benchmarks'
 * models, and n × f operations where the exact one takes n × f × h (measured: computing the exact
 * one by the runtime added 0.3–0.7 s to the wide suite's 5.5 s on onnxruntime-web).
 */
import type { ModelData } from '../ablation/inputs.js';
import { fillRows } from '../ablation/inputs.js';
import type { FirstLayer } from './first-layer.js';

/**
 * The largest bound the path takes: float32 spaces numbers of that size 2⁻¹⁶ (1.5e-5) apart, so
 * z1 keeps at most about half of that. The models of the tests and benchmarks stay below 50
 * (the wide benchmark suite 17, examples/onnx-tabular 46).
 */
export const MAGNITUDE = 128;

/** Rows filled at once. */
const BLOCK_ROWS = 1024;

/** max over the eval rows of Σⱼ |xⱼ − offsetⱼ| · maxᵤ |W[j, u]| (NaN when an input is not finite). */
export function firstLayerMagnitude(
  layer: Pick<FirstLayer, 'features' | 'units' | 'kernel' | 'nodes'>,
  data: ModelData,
): number {
  const { features: f, units: h, kernel } = layer;
  const scaler = layer.nodes.find((n) => n.opType === 'Scaler');
  const offset = scaler?.attribute.find((a) => a.name === 'offset')?.floats ?? [];
  const offsets = Float64Array.from(
    { length: f },
    (_, j) => offset[offset.length > 1 ? j : 0] ?? 0,
  );
  const largest = new Float64Array(f);
  for (let j = 0; j < f; j++) {
    for (let u = 0; u < h; u++) largest[j] = Math.max(largest[j], Math.abs(kernel[j * h + u]));
  }
  const rows = new Float32Array(Math.min(BLOCK_ROWS, data.n) * f);
  let bound = 0;
  for (let start = 0; start < data.n; start += BLOCK_ROWS) {
    const end = Math.min(data.n, start + BLOCK_ROWS);
    fillRows(rows, 0, start, end, data);
    for (let r = 0; r < end - start; r++) {
      let sum = 0;
      for (let j = 0; j < f; j++) sum += Math.abs(rows[r * f + j] - offsets[j]) * largest[j];
      if (!(sum <= bound)) bound = sum;
      if (Number.isNaN(sum)) return NaN;
    }
  }
  return bound;
}
