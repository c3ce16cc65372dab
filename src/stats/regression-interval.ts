import { bootstrapT, logMean, logUnexplained, type Studentized } from './bootstrap-t.js';

/** The regression metrics a unit test decides by `regressionInterval`. */
export type RegressionMetric = 'mse' | 'rmse' | 'mae' | 'r2';

/** The metrics a unit test decides by a studentized bootstrap: the regression ones and log loss. */
export type StudentizedMetric = RegressionMetric | 'log_loss';

/**
 * The bootstrap-t tail that decides a test at nominal tail α (2.5% for 95%):
 * α / DECIDING_TAIL_DIVISOR on each side. The studentized interval at its
 * nominal level still passed MSE falsely 7–10% of the time with t₅ errors
 * (a mean of squares is skewed: a sample short of large errors has a small
 * mean and a small sd at once); a tenth of the tail brings every metric
 * of the calibrated family under α from the minimum slice size up
 * (bench/results/stats.md, "Unit tests on regression metrics").
 */
export const DECIDING_TAIL_DIVISOR = 10;

/**
 * Below these slice sizes a regression test is inconclusive whatever its
 * interval: no interval for a mean is valid over every distribution
 * (Bahadur & Savage 1956), and over the calibrated family (errors normal or
 * Student t₅; t₃ too for MAE) the simulation found MSE and RMSE with t₅
 * errors passing falsely above 2.5% at 20 rows at every level tried, and
 * 3.3% [2.0%, 5.1%] at 50 rows (600 trials; 1.3% at 100 in a NumPy check).
 */
export const MINIMUM_ROWS: Record<StudentizedMetric, number> = {
  mse: 100,
  rmse: 100,
  mae: 20,
  r2: 20,
  log_loss: 20,
};

export interface RegressionIntervalOptions {
  resamples: number;
  /** The test's nominal tail on each side, (1 − confidence) / 2. */
  tail: number;
  /** Resample b's multiplicity counts of the slice's rows, written into `weights`. */
  draw: (b: number, weights: Float64Array) => void;
}

/**
 * The interval that decides a model unit test on MSE, RMSE, MAE or R²: a
 * bootstrap-t on log(mean loss) (MSE, MAE; RMSE the square root of MSE's)
 * or on log(1 − R²), at tail `tail / DECIDING_TAIL_DIVISOR`, mapped back to
 * the metric's scale. `degenerate` (the test is inconclusive) below
 * `MINIMUM_ROWS` and when the slice cannot support a studentized interval
 * (every error 0, constant targets).
 */
export function regressionInterval(
  metric: RegressionMetric,
  y: Float64Array,
  predictions: Float64Array,
  value: number,
  options: RegressionIntervalOptions,
): { ci: [number, number]; degenerate?: string } {
  const squared = Float64Array.from(y, (v, i) => (v - predictions[i]) ** 2);
  const statistic: Studentized =
    metric === 'r2'
      ? logUnexplained(y, squared)
      : logMean(
          metric === 'mae' ? Float64Array.from(y, (v, i) => Math.abs(predictions[i] - v)) : squared,
        );
  return studentized(metric, statistic, y.length, value, options);
}

/**
 * The interval that decides a model unit test on log loss: the same
 * bootstrap-t on log(mean loss) as MAE's, over each example's loss (a mean
 * of non-negative losses, skewed the same way), at the same deciding tail.
 */
export function logLossInterval(
  losses: Float64Array,
  value: number,
  options: RegressionIntervalOptions,
): { ci: [number, number]; degenerate?: string } {
  return studentized('log_loss', logMean(losses), losses.length, value, options);
}

function studentized(
  metric: StudentizedMetric,
  statistic: Studentized,
  n: number,
  value: number,
  options: RegressionIntervalOptions,
): { ci: [number, number]; degenerate?: string } {
  // The se is relative (θ is a log): below 1e-12 the losses differ only by rounding.
  const own = statistic(undefined);
  const t =
    own.se > 1e-12
      ? bootstrapT(
          statistic,
          n,
          options.resamples,
          options.tail / DECIDING_TAIL_DIVISOR,
          options.draw,
        )
      : undefined;
  if (t === undefined) {
    return {
      ci: [value, value],
      degenerate: `${metric} = ${value} with no spread to studentize: too little variation to decide`,
    };
  }
  const back = metricScale(metric);
  const [low, high] = t.interval.map(back).sort((a, b) => a - b);
  return {
    ci: [low, high],
    ...(n < MINIMUM_ROWS[metric]
      ? {
          degenerate: `${n} rows: a test on ${metric} needs at least ${MINIMUM_ROWS[metric]} for a calibrated interval`,
        }
      : {}),
  };
}

/** θ back to the metric: exp(θ) for MSE, MAE and log loss, exp(θ / 2) for RMSE, 1 − exp(θ) for R². */
function metricScale(metric: StudentizedMetric): (theta: number) => number {
  switch (metric) {
    case 'mse':
    case 'mae':
    case 'log_loss':
      return Math.exp;
    case 'rmse':
      return (theta) => Math.exp(theta / 2);
    case 'r2':
      return (theta) => 1 - Math.exp(theta);
  }
}
