import type { MetricName } from '../../config/types.js';
import { countReader, isCountMetric } from '../../metrics/classification.js';
import type { ClassCounts } from '../../metrics/counts.js';
import type { RankedColumn } from '../../metrics/roc-auc.js';
import type { ResampleBlock } from '../resamples.js';
import { applyScoreChange, blockAuc } from './auc.js';
import { blockCounts, correctDelta, countDeltas, type BlockCounts } from './counts.js';
import {
  ablatedSums,
  fromSum,
  LOSS_KINDS,
  lossKind,
  spreads,
  weightedSums,
  type LossKind,
} from './losses.js';
import { rowOps, type RowOps } from './rows.js';
import type { AblatedVariant, Baseline, BlockState } from './variant.js';

/**
 * Scores the baseline and ablated variants on one block of resamples at a
 * time. `begin` computes what every variant starts from — the baseline's
 * confusion counts, loss sums and (for R²) spreads on each resample — and
 * each variant is then scored from its changes alone:
 *
 * - count metrics: the baseline's counts plus the weights of the flipped
 *   examples (integer adds, exact, so equal to scoring from scratch bit
 *   for bit);
 * - additive metrics: the baseline's loss sums plus weights × loss
 *   differences (equal to scoring from scratch to rounding);
 * - ROC AUC: the variant's scores ranked once, every resample of the block
 *   summed in one pass per example (bit for bit).
 *
 * A variant's numbers depend only on its own changes and the resample, never
 * on the block's size or on which other variants are scored with it.
 */
export class BlockScorer {
  private block: ResampleBlock | undefined;
  private counts: BlockCounts | undefined;
  private sums = new Map<LossKind, Float64Array>();
  private spread: Float64Array | undefined;
  private baseValues = new Map<MetricName, Float64Array>();
  private readonly readers = new Map<MetricName, (counts: ClassCounts) => number>();
  // Per-variant work shared by the metrics that read it, for the last variant scored.
  private last: AblatedVariant | undefined;
  private lastCorrect = false;
  private lastDeltas = false;
  private readonly lastSums = new Set<LossKind>();
  private readonly scratch: ClassCounts;
  private readonly ops: RowOps;

  /** `simd: false` forces the JavaScript row kernels (they give the same numbers). */
  constructor(
    private readonly baseline: Baseline,
    options: { simd?: boolean } = {},
  ) {
    this.ops = rowOps(options.simd ?? true);
    const { k } = baseline.predictions;
    for (const name of baseline.metrics) {
      if (isCountMetric(name))
        this.readers.set(name, countReader(name, baseline.predictions, undefined));
    }
    this.scratch = {
      k,
      total: baseline.predictions.n,
      tp: new Float64Array(k),
      trueSum: new Float64Array(k),
      predSum: new Float64Array(k),
    };
  }

  /** Starts a block: the baseline's state on each of its resamples (kept with the block). */
  begin(block: ResampleBlock): void {
    this.block = block;
    this.last = undefined;
    // Accumulators: ops.int32 = [correct | tp by class | predSum by class] (the
    // baseline's counts first use it for its 3k rows), ops.float64 = sums by loss kind.
    const k = this.baseline.predictions.k;
    this.ops.load(block, block.size * (1 + 3 * k), block.size * LOSS_KINDS.length);
    let state = this.baseline.blockStates.get(block);
    if (state === undefined) {
      state = this.baselineState(block);
      this.baseline.blockStates.set(block, state);
    }
    this.counts = state.counts;
    this.sums = state.sums;
    this.spread = state.spread;
    this.baseValues = state.baseValues;
  }

  private baselineState(block: ResampleBlock): BlockState {
    const { predictions, truth, metrics, losses } = this.baseline;
    const counts = metrics.some(isCountMetric)
      ? blockCounts(this.ops, block.size, truth, predictions.predicted, predictions.k)
      : undefined;
    const sums = new Map<LossKind, Float64Array>();
    for (const [kind, loss] of losses) {
      const into = new Float64Array(block.size);
      weightedSums(block, loss, into);
      sums.set(kind, into);
    }
    let spread: Float64Array | undefined;
    if (metrics.includes('r2')) {
      spread = new Float64Array(block.size);
      spreads(block, predictions.yTrue, spread);
    }
    return { counts, sums, spread, baseValues: new Map() };
  }

  /** The baseline's `name` on each resample of the block, into `out[first + j]`. */
  scoreBaseline(name: MetricName, out: Float64Array): void {
    const reader = this.readers.get(name);
    if (reader !== undefined) {
      const { tp, predSum } = this.counts!;
      this.readCounts(name, reader, tp, predSum, undefined, out);
    } else if (name === 'roc_auc') {
      this.auc(this.baseline.columns!, out);
    } else {
      this.fromSums(name, this.sums.get(lossKind(name)!)!, out);
    }
  }

  /** A variant's `name` on each resample of the block, into `out[first + j]`. */
  scoreVariant(name: MetricName, variant: AblatedVariant, out: Float64Array): void {
    const block = this.current();
    if (this.last !== variant) {
      this.last = variant;
      this.lastCorrect = false;
      this.lastDeltas = false;
      this.lastSums.clear();
    }
    const { truth, predictions } = this.baseline;
    const { size, first } = block;
    const { k } = predictions;
    if (unchanged(name, variant)) {
      // Nothing this metric reads changed: the baseline's numbers, which the
      // kernels below would reproduce bit for bit.
      out.set(this.baselineValues(name), first);
      return;
    }
    const reader = this.readers.get(name);
    const ops = this.ops;
    if (name === 'accuracy' || name === 'error_rate') {
      if (!this.lastCorrect) {
        correctDelta(ops, size, variant.flips!, truth, predictions.predicted, 0);
        this.lastCorrect = true;
      }
      const { correct } = this.counts!;
      const delta = ops.int32;
      const n = predictions.n;
      // As src/metrics/classification.ts: correct / total, and 1 − that.
      for (let j = 0; j < size; j++) {
        const accuracy = (correct[j] + delta[j]) / n;
        out[first + j] = name === 'accuracy' ? accuracy : 1 - accuracy;
      }
    } else if (reader !== undefined) {
      const at = { tp: size, predSum: size * (1 + k) };
      if (!this.lastDeltas) {
        countDeltas(ops, size, k, variant.flips!, truth, predictions.predicted, at);
        this.lastDeltas = true;
      }
      const deltas = {
        tp: ops.int32.subarray(at.tp, at.tp + k * size),
        predSum: ops.int32.subarray(at.predSum, at.predSum + k * size),
      };
      const { tp, predSum } = this.counts!;
      this.readCounts(name, reader, tp, predSum, deltas, out);
    } else if (name === 'roc_auc') {
      const scores = applyScoreChange(predictions.scores, variant.scores!, predictions.k);
      this.auc(this.baseline.rank(scores), out);
    } else {
      const kind = lossKind(name)!;
      const at = LOSS_KINDS.indexOf(kind) * size;
      if (!this.lastSums.has(kind)) {
        ablatedSums(ops, block, this.sums.get(kind)!, variant.losses.get(kind)!, at);
        this.lastSums.add(kind);
      }
      this.fromSums(name, ops.float64.subarray(at, at + size), out);
    }
  }

  private baselineValues(name: MetricName): Float64Array {
    const { first, size } = this.current();
    let values = this.baseValues.get(name);
    if (values === undefined) {
      const into = new Float64Array(first + size);
      this.scoreBaseline(name, into);
      values = into.subarray(first);
      this.baseValues.set(name, values);
    }
    return values;
  }

  private current(): ResampleBlock {
    if (this.block === undefined) throw new Error('BlockScorer: begin a block first');
    return this.block;
  }

  private readCounts(
    name: MetricName,
    reader: (counts: ClassCounts) => number,
    tp: Int32Array,
    predSum: Int32Array,
    deltas: { tp: Int32Array; predSum: Int32Array } | undefined,
    out: Float64Array,
  ): void {
    const { size, first } = this.current();
    const { trueSum } = this.counts!;
    const counts = this.scratch;
    const k = counts.k;
    const base = deltas === undefined ? undefined : this.baselineValues(name);
    for (let j = 0; j < size; j++) {
      if (deltas !== undefined) {
        let touched = false;
        for (let c = 0; c < k && !touched; c++) {
          touched = deltas.tp[c * size + j] !== 0 || deltas.predSum[c * size + j] !== 0;
        }
        // No flipped example drawn (or their changes cancel): the baseline's counts.
        if (!touched) {
          out[first + j] = base![j];
          continue;
        }
      }
      for (let c = 0; c < k; c++) {
        const at = c * size + j;
        counts.tp[c] = deltas === undefined ? tp[at] : tp[at] + deltas.tp[at];
        counts.predSum[c] = deltas === undefined ? predSum[at] : predSum[at] + deltas.predSum[at];
        counts.trueSum[c] = trueSum[at];
      }
      out[first + j] = counts.total === 0 ? NaN : reader(counts);
    }
  }

  private auc(columns: RankedColumn[], out: Float64Array): void {
    const { size, first } = this.current();
    const values = new Float64Array(size);
    blockAuc(this.current(), columns, values);
    out.set(values, first);
  }

  private fromSums(name: MetricName, sums: Float64Array, out: Float64Array): void {
    const { size, first } = this.current();
    const n = this.baseline.predictions.n;
    for (let j = 0; j < size; j++)
      out[first + j] = fromSum(name, sums[j], n, this.spread?.[j] ?? 0);
  }
}

/** Whether a variant left everything `name` reads as the baseline had it. */
function unchanged(name: MetricName, variant: AblatedVariant): boolean {
  if (isCountMetric(name)) return variant.flips!.rows.length === 0;
  if (name === 'roc_auc') return variant.scores!.rows.length === 0;
  const change = variant.losses.get(lossKind(name)!)!;
  return 'rows' in change && change.rows.length === 0;
}
