import type { MetricName } from '../../config/types.js';
import { isCountMetric } from '../../metrics/classification.js';
import { prepareMetric } from '../../metrics/index.js';
import { aucOfColumns, rankedColumns, type RankedColumn } from '../../metrics/roc-auc.js';
import type { Predictions } from '../../metrics/types.js';
import { scoreChange, type ScoreChange } from './auc.js';
import type { ResampleBlock } from '../resamples.js';
import { flips, type BlockCounts, type Flips } from './counts.js';
import { exampleLosses, lossChange, lossKind, type LossChange, type LossKind } from './losses.js';

/**
 * One ablated prediction of the eval set, held as what it changed against
 * the baseline rather than as n × k Float64 scores: the examples whose
 * predicted class flipped, the examples whose loss changed (for additive
 * metrics), and the changed scores (for ROC AUC) — only what the run's
 * metrics read. Usually a small fraction of n, which is what keeps a chunk
 * of hundreds of components in memory at 100k rows.
 */
export interface AblatedVariant {
  /** Each metric on the whole eval set (the point estimate). */
  points: Map<MetricName, number>;
  /** Set when a count metric is scored. */
  flips?: Flips;
  /** Per loss an additive metric averages. */
  losses: Map<LossKind, LossChange>;
  /** Set when ROC AUC is scored. */
  scores?: ScoreChange;
}

/** What every variant of a block starts from: the baseline on each of its resamples. */
export interface BlockState {
  counts: BlockCounts | undefined;
  sums: Map<LossKind, Float64Array>;
  spread: Float64Array | undefined;
  /** The baseline's metrics on the block's resamples, as far as asked for. */
  baseValues: Map<MetricName, Float64Array>;
}

/** The baseline, and what of it the changes are taken against. */
export class Baseline {
  /** True classes as integers (classification). */
  readonly truth: Int32Array;
  /** Per loss kind the metrics need: every example's baseline loss. */
  readonly losses = new Map<LossKind, Float64Array>();
  /** Per block of resamples, its {@link BlockState} (computed by BlockScorer, dropped with the block). */
  readonly blockStates = new WeakMap<ResampleBlock, BlockState>();
  /** Each metric on the whole eval set. */
  readonly points = new Map<MetricName, number>();
  /** ROC AUC's ranked score columns, when it is scored. */
  readonly columns: RankedColumn[] | undefined;

  constructor(
    readonly metrics: readonly MetricName[],
    readonly predictions: Predictions,
  ) {
    this.truth =
      predictions.task === 'regression' ? new Int32Array(0) : Int32Array.from(predictions.yTrue);
    if (metrics.includes('roc_auc')) {
      this.columns = rankedColumns(predictions.scores, this.truth, predictions.k);
    }
    for (const name of metrics) {
      this.points.set(name, prepareMetric(name, predictions)());
      const kind = lossKind(name);
      if (kind !== undefined && !this.losses.has(kind)) {
        this.losses.set(kind, exampleLosses(kind, predictions));
      }
    }
  }

  /** An ablated prediction, recorded as its changes (the predictions can then be dropped). */
  record(ablated: Predictions): AblatedVariant {
    const base = this.predictions;
    if (ablated.n !== base.n || ablated.k !== base.k || ablated.task !== base.task) {
      throw new RangeError(
        `ablated predictions of ${ablated.n} × ${ablated.k} against ${base.n} × ${base.k}`,
      );
    }
    const points = new Map<MetricName, number>();
    for (const name of this.metrics) {
      // ROC AUC ranks the ablated scores from the baseline's order: the same ranks, sooner.
      const columns = name === 'roc_auc' ? this.rank(ablated.scores) : undefined;
      points.set(name, columns ? aucOfColumns(columns) : prepareMetric(name, ablated)());
    }
    const variant: AblatedVariant = { points, losses: new Map() };
    if (this.metrics.some(isCountMetric)) variant.flips = flips(base.predicted, ablated.predicted);
    for (const [kind, loss] of this.losses) {
      variant.losses.set(kind, lossChange(loss, exampleLosses(kind, ablated)));
    }
    if (this.metrics.includes('roc_auc')) {
      variant.scores = scoreChange(base.scores, ablated.scores, base.k);
    }
    return variant;
  }

  /** ROC AUC's columns of n × k scores, ranked from the baseline's order. */
  rank(scores: Float64Array): RankedColumn[] {
    return rankedColumns(scores, this.truth, this.predictions.k, this.columns);
  }
}
