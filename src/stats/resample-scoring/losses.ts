import type { MetricName } from '../../config/types.js';
import { exampleLogLosses } from '../../metrics/log-loss.js';
import type { Predictions } from '../../metrics/types.js';
import type { ResampleBlock } from '../resamples.js';
import type { RowOps } from './rows.js';

/** The per-example losses that additive metrics average. */
export const LOSS_KINDS = ['log', 'squared', 'absolute'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

/** The loss a metric is the (weighted) mean of, or a function of that mean. */
export function lossKind(name: MetricName): LossKind | undefined {
  return METRIC_LOSSES[name];
}

const METRIC_LOSSES: Partial<Record<MetricName, LossKind>> = {
  log_loss: 'log',
  mse: 'squared',
  rmse: 'squared',
  r2: 'squared',
  mae: 'absolute',
};

/** Each example's loss, computed as the metrics compute it (src/metrics). */
export function exampleLosses(kind: LossKind, preds: Predictions): Float64Array {
  if (kind === 'log') return exampleLogLosses(preds);
  const { n, yTrue, scores } = preds;
  const loss = new Float64Array(n);
  if (kind === 'squared') for (let i = 0; i < n; i++) loss[i] = (yTrue[i] - scores[i]) ** 2;
  else for (let i = 0; i < n; i++) loss[i] = Math.abs(scores[i] - yTrue[i]);
  return loss;
}

/**
 * How an ablation changed one kind of loss: the examples whose loss differs
 * (ascending) and ablated minus baseline loss there. When a loss is not
 * finite (a NaN or infinite output), a difference would turn the zero
 * weight of an undrawn example into NaN, so the ablated losses are kept
 * whole instead (`all`) and summed the straightforward way.
 */
export type LossChange = { rows: Int32Array; delta: Float64Array } | { all: Float64Array };

/** The change from `base` to `ablated` losses. */
export function lossChange(base: Float64Array, ablated: Float64Array): LossChange {
  let changed = 0;
  let finite = true;
  for (let i = 0; i < base.length; i++) {
    if (!Number.isFinite(base[i]) || !Number.isFinite(ablated[i])) finite = false;
    if (ablated[i] !== base[i]) changed++;
  }
  if (!finite) return { all: ablated };
  const rows = new Int32Array(changed);
  const delta = new Float64Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    delta[j++] = ablated[i] - base[i];
  }
  return { rows, delta };
}

/**
 * Σᵢ wᵢ·lossᵢ on every resample of a block, into `out[0..size)`, in the
 * order of the examples (so equal to the straightforward weighted sum bit
 * for bit). Undrawn examples are skipped, as the metrics skip zero weights,
 * so that a NaN loss only counts where it is drawn.
 */
export function weightedSums(block: ResampleBlock, loss: Float64Array, out: Float64Array): void {
  const { size, weights } = block;
  out.fill(0, 0, size);
  for (let i = 0; i < loss.length; i++) {
    const l = loss[i];
    const offset = i * size;
    if (Number.isFinite(l)) {
      for (let j = 0; j < size; j++) out[j] += weights[offset + j] * l;
    } else {
      for (let j = 0; j < size; j++)
        if (weights[offset + j] !== 0) out[j] += weights[offset + j] * l;
    }
  }
}

/**
 * The weighted loss sums of an ablated prediction on a block, into
 * `ops.float64[at..at + size)`: the baseline's sums plus Σ over the changed
 * examples of wᵢ·Δlossᵢ — one weights × loss differences product,
 * O(changed × size).
 */
export function ablatedSums(
  ops: RowOps,
  block: ResampleBlock,
  baseSums: Float64Array,
  change: LossChange,
  at: number,
): void {
  const { size } = block;
  const out = ops.float64.subarray(at, at + size);
  if ('all' in change) {
    weightedSums(block, change.all, out);
    return;
  }
  out.fill(0);
  const { rows, delta } = change;
  for (let r = 0; r < rows.length; r++) ops.axpy(rows[r], delta[r], at);
  for (let j = 0; j < size; j++) out[j] += baseSums[j];
}

/**
 * R²'s denominator on every resample of a block: Σ wᵢ(yᵢ − ȳ_w)², exactly
 * 0 when the drawn targets are all equal (sklearn's `force_finite`), in the
 * order `src/metrics/regression.ts` computes it.
 */
export function spreads(block: ResampleBlock, y: Float64Array, out: Float64Array): void {
  const { size, weights } = block;
  const n = y.length;
  for (let j = 0; j < size; j++) {
    let total = 0;
    let weightedY = 0;
    let first = NaN;
    let constant = true;
    for (let i = 0; i < n; i++) {
      const w = weights[i * size + j];
      if (w === 0) continue;
      if (total === 0) first = y[i];
      else if (y[i] !== first) constant = false;
      total += w;
      weightedY += w * y[i];
    }
    let spread = 0;
    if (!constant) {
      const meanY = weightedY / total;
      for (let i = 0; i < n; i++) {
        const w = weights[i * size + j];
        if (w !== 0) spread += w * (y[i] - meanY) ** 2;
      }
    }
    out[j] = spread;
  }
}

/**
 * An additive metric from its weighted loss sum on a resample of total
 * weight n (a bootstrap resample always weighs n): the mean, its root, or
 * R² with the resample's spread (as src/metrics/regression.ts).
 */
export function fromSum(name: MetricName, sum: number, n: number, spread: number): number {
  if (name === 'r2') {
    if (!(n >= 2) || Number.isNaN(sum)) return NaN;
    if (sum === 0) return 1;
    if (spread === 0) return 0;
    return 1 - sum / spread;
  }
  const mean = n === 0 ? NaN : sum / n;
  return name === 'rmse' ? Math.sqrt(mean) : mean;
}
