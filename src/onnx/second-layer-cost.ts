/**
 * Which path a feature component takes after the first layer: the plain tail (one dense
 * product of h × h2 per changed row) or the second layer (src/onnx/second-layer.ts: P per
 * column, then passes over z1 and z2 rows and a sparse correction per flipped ReLU unit). ONNX
 * Runtime runs a graph op by op, so every elementwise op, Gather and ScatterND is a pass over
 * memory, while the dense product runs near the core's multiply-add rate. Costs are in element
 * passes. The constants were measured on onnxruntime-node, 2 cores (see docs/onnx.md): the
 * runtime's per-op profiler on the wide suite's tail (100-128-128-2, 15,000 stacked rows) gave
 * about 20 multiply-adds of the 128 × 128 product per element pass of a Gather or Add; timing
 * both paths end to end (10 permutations, about 0.1 % of units flipped) gave a break-even at
 * 20-512-512-2 and the second layer 1.85× faster at 4-1024-1024-2, which sets the per-row
 * overhead of the second layer at 12 passes per unit of z1 and z2; on the wide suite (about 4 %
 * of units flipped) the second layer was 3.4× slower.
 */

/** Multiply-adds of a dense product per element pass. */
export const MACS_PER_PASS = 20;
/** Element passes per unit of z1 and z2 of each changed row through the second layer. */
export const ROW_PASSES = 12;

export interface PathSizes {
  /** Eval rows, first- and second-layer units, changed columns. */
  n: number;
  h: number;
  h2: number;
  columns: number;
  /** Changed rows over every repeat of the component. */
  changedRows: number;
  /** Fraction of (changed row, unit) pairs whose ReLU side flips. */
  flipFraction: number;
}

/** The estimated cost of each path, in element passes. */
export function pathCosts(s: PathSizes): { first: number; second: number } {
  const product = (s.h * s.h2) / MACS_PER_PASS;
  // The tail: Gather and Gemm of the z1 rows, then the product.
  const first = s.changedRows * (2 * s.h + product);
  // P of each column over every row (a masked product); per changed row: Gather, Gemm, two
  // compares, Xor and NonZero over z1's units, two Gathers, Mul, Add and ScatterND's copy over
  // z2's, the copies between the correction and the rest (measured: 12 passes per unit); per
  // flipped pair: a Gather, a Mul and a ScatterND-add of a W2 row.
  const p = s.columns * s.n * (product + s.h);
  const perRow = ROW_PASSES * (s.h + s.h2) + 3 * s.flipFraction * s.h * s.h2;
  return { first, second: p + s.changedRows * perRow };
}

/** Whether the second layer costs less for this component. */
export function prefersSecondLayer(s: PathSizes): boolean {
  const { first, second } = pathCosts(s);
  return second < first;
}
