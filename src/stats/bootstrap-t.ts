/**
 * The studentized (bootstrap-t) interval of a statistic θ that comes with its
 * own standard error (Efron & Tibshirani 1993, §12.5; Hall 1992): on every
 * resample b, T*_b = (θ*_b − θ) / se*_b; the interval is
 * [θ − q(1 − tail)·se, θ − q(tail)·se] with q the quantiles of T*. Unlike
 * the percentile interval, it widens on the side where the estimate's
 * spread grows with the estimate — the upper side of a mean of skewed
 * losses, where the percentile bootstrap passed tests falsely.
 */

import { percentileInterval } from './bootstrap.js';

/** A statistic and its standard error under resample weights (undefined: every row once). */
export type Studentized = (weights: Float64Array | undefined) => { estimate: number; se: number };

export interface BootstrapT {
  /** The interval of θ, before any back-transformation. */
  interval: [number, number];
  estimate: number;
  se: number;
}

/**
 * The bootstrap-t interval of `statistic`, `tail` on each side, over
 * `resamples` resamples drawn by `draw(b, weights)`. A resample whose se is 0
 * gives T* = ±∞ when θ* differs from θ (kept: it makes the interval
 * unbounded on that side, which is conservative) and is left out when θ*
 * equals θ (0/0). Returns undefined when θ or its se is not finite or the se
 * is 0: the data cannot say how far the statistic may be from θ.
 */
export function bootstrapT(
  statistic: Studentized,
  n: number,
  resamples: number,
  tail: number,
  draw: (b: number, weights: Float64Array) => void,
): BootstrapT | undefined {
  if (!(tail > 0 && tail < 0.5))
    throw new RangeError(`bootstrapT: tail must be in (0, 0.5), got ${tail}`);
  const { estimate, se } = statistic(undefined);
  if (!Number.isFinite(estimate) || !Number.isFinite(se) || se <= 0) return undefined;
  const weights = new Float64Array(n);
  const t = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    draw(b, weights);
    const star = statistic(weights);
    t[b] = (star.estimate - estimate) / star.se;
  }
  const [qLow, qHigh] = percentileInterval(t, 1 - 2 * tail);
  if (Number.isNaN(qLow) || Number.isNaN(qHigh)) return undefined;
  return { interval: [estimate - qHigh * se, estimate - qLow * se], estimate, se };
}

/**
 * log of the weighted mean of non-negative losses, with its delta-method
 * standard error s / (√n · mean) (s the weighted sample sd, n − 1 in the
 * denominator): the studentized statistic of MSE, RMSE and MAE. The log
 * keeps the interval's ends positive and steadies the se.
 */
export function logMean(losses: Float64Array): Studentized {
  const n = losses.length;
  return (weights) => {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += (weights === undefined ? 1 : weights[i]) * losses[i];
    mean /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === undefined ? 1 : weights[i];
      if (w !== 0) squares += w * (losses[i] - mean) ** 2;
    }
    return { estimate: Math.log(mean), se: Math.sqrt(squares / (n - 1) / n) / mean };
  };
}

/**
 * log(SSE / SST) = log(1 − R²) of targets y and squared errors, with the
 * delta-method se of a log ratio of means: the sd of
 * e²ᵢ / mean(e²) − (yᵢ − ȳ)² / mean((y − ȳ)²), over √n. R² = 1 − exp(θ).
 */
export function logUnexplained(y: Float64Array, squaredErrors: Float64Array): Studentized {
  const n = y.length;
  const spread = new Float64Array(n);
  return (weights) => {
    const w = (i: number): number => (weights === undefined ? 1 : weights[i]);
    let meanY = 0;
    let sse = 0;
    for (let i = 0; i < n; i++) {
      meanY += w(i) * y[i];
      sse += w(i) * squaredErrors[i];
    }
    meanY /= n;
    sse /= n;
    let sst = 0;
    for (let i = 0; i < n; i++) {
      spread[i] = (y[i] - meanY) ** 2;
      sst += w(i) * spread[i];
    }
    sst /= n;
    // The influence terms average to 0 under the same weights.
    let squares = 0;
    for (let i = 0; i < n; i++) {
      if (w(i) !== 0) squares += w(i) * (squaredErrors[i] / sse - spread[i] / sst) ** 2;
    }
    return { estimate: Math.log(sse / sst), se: Math.sqrt(squares / (n - 1) / n) };
  };
}
