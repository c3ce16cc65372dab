/**
 * The shapes of the estimates statistics hand to the results document:
 * intervals, undefined metrics, estimates, contributions and the methods of
 * the unit tests' intervals. results/types.ts re-exports them, so a reader of
 * the document finds them there too.
 */

/** A 95% (by default) interval: [low, high]. */
export type Interval = [number, number];

/** A metric that could not be computed (e.g. AUC on data of one class). */
export interface Undefined {
  value: null;
  reason: string;
}

export type Estimate = { value: number; ci: Interval } | Undefined;

/** A component's effect on one metric. */
export type Contribution =
  | {
      /** The metric with the component ablated. */
      value: number;
      valueCi: Interval;
      /** Positive means the component helps. */
      contribution: number;
      ci: Interval;
      /** p-value that the contribution is zero. */
      p: number;
      /** Benjamini–Hochberg adjusted p over all components, per metric. */
      q: number;
    }
  | Undefined;

/**
 * How a unit test's interval was made: Clopper–Pearson on a proportion, on
 * F1's Jaccard ratio, or on ROC AUC's effective pairs; a studentized
 * bootstrap (`bootstrap-t`: MSE, RMSE, MAE, R²); a percentile bootstrap;
 * `wilson` only in documents written before Clopper–Pearson.
 */
export type TestMethod =
  | 'clopper-pearson'
  | 'clopper-pearson-f1'
  | 'clopper-pearson-auc'
  | 'bootstrap'
  | 'bootstrap-t'
  | 'wilson';
