import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootstrapCounts, percentileInterval } from '../../src/stats/bootstrap.js';
import { bootstrapT, logMean, logUnexplained } from '../../src/stats/bootstrap-t.js';
import {
  DECIDING_TAIL_DIVISOR,
  MINIMUM_ROWS,
  regressionInterval,
  type RegressionMetric,
} from '../../src/stats/regression-interval.js';
import { Rng } from '../../src/stats/rng.js';
import { expectClose } from './golden.js';

/** test/golden/bootstrap-t.json, written by scripts/golden/bootstrap-t.py (NumPy's own resamples). */
const golden = JSON.parse(
  readFileSync(new URL('../golden/bootstrap-t.json', import.meta.url), 'utf8'),
) as {
  resamples: number;
  datasets: { name: string; y: number[]; predictions: number[] }[];
  cases: {
    dataset: string;
    metric: RegressionMetric;
    tail: number;
    /** Each end's Monte Carlo sd on θ's scale with 20,000 resamples (20 NumPy runs). */
    mc_sd: [number, number];
    theta: number;
    se: number;
    theta_interval: [number, number];
    interval: [number, number];
  }[];
  scipy_percentile_mse: { dataset: string; interval: [number, number] };
};

const RESAMPLES = 20_000;
const draw =
  (seed: number, n: number) =>
  (b: number, weights: Float64Array): void =>
    bootstrapCounts(Rng.stream(seed, 'golden', b), n, weights);

function data(name: string): { y: Float64Array; p: Float64Array } {
  const d = golden.datasets.find((x) => x.name === name)!;
  return { y: Float64Array.from(d.y), p: Float64Array.from(d.predictions) };
}

function statistic(metric: RegressionMetric, y: Float64Array, p: Float64Array) {
  const squared = Float64Array.from(y, (v, i) => (v - p[i]) ** 2);
  if (metric === 'r2') return logUnexplained(y, squared);
  return logMean(metric === 'mae' ? Float64Array.from(y, (v, i) => Math.abs(p[i] - v)) : squared);
}

describe('bootstrap-t against an independent NumPy implementation (200,000 resamples)', () => {
  // 20,000 resamples here, with our own generator: each end of θ's interval must agree within
  // 5 Monte Carlo sds of such a run (measured by the script: 0.02–0.08·se at tail 2.5%,
  // 0.03–0.15·se at 0.25%); the reference's own error, at 200,000 resamples, is a third of one.
  it.each(golden.cases.map((c) => [`${c.metric} at tail ${c.tail}, ${c.dataset}`, c] as const))(
    '%s',
    (_, c) => {
      const { y, p } = data(c.dataset);
      const stat = statistic(c.metric, y, p);
      const own = stat(undefined);
      // θ and its se have no Monte Carlo error: to rounding.
      expectClose(own.estimate, c.theta, 1e-12, 1e-14, 'theta');
      expectClose(own.se, c.se, 1e-12, 0, 'se');
      const t = bootstrapT(stat, y.length, RESAMPLES, c.tail, draw(5, y.length))!;
      expectClose(t.interval[0], c.theta_interval[0], 0, 5 * c.mc_sd[0], 'low end of θ');
      expectClose(t.interval[1], c.theta_interval[1], 0, 5 * c.mc_sd[1], 'high end of θ');
    },
  );

  it('decides a 95% test at a tenth of its tail, on the metric scale', () => {
    for (const c of golden.cases.filter((x) => x.tail === 0.0025)) {
      const { y, p } = data(c.dataset);
      const value = 0; // only shown when degenerate
      const { ci, degenerate } = regressionInterval(c.metric, y, p, value, {
        resamples: RESAMPLES,
        tail: 0.025,
        draw: draw(5, y.length),
      });
      // Below its minimum rows the interval is still shown, but the test is inconclusive.
      if (y.length < MINIMUM_ROWS[c.metric]) expect(degenerate).toMatch(/needs at least/);
      else expect(degenerate).toBeUndefined();
      // Ends mapped from θ's ends by exp, exp(·/2) or 1 − exp: tolerance mapped by the derivative.
      const slope = (x: number): number =>
        c.metric === 'r2' ? 1 - x : c.metric === 'rmse' ? x / 2 : x;
      // R² reverses the order of θ's ends.
      const sd = c.metric === 'r2' ? [c.mc_sd[1], c.mc_sd[0]] : c.mc_sd;
      for (const [i, end] of ci.entries()) {
        const expected = c.interval[i];
        const tolerance = Math.abs(slope(expected)) * 5 * sd[i];
        expectClose(end, expected, 0, tolerance, `${c.metric} ${c.dataset} end ${i}`);
      }
    }
    expect(DECIDING_TAIL_DIVISOR).toBe(10);
  });

  it("resamples as SciPy's bootstrap does: the percentile interval of MSE within Monte Carlo error", () => {
    const { dataset, interval } = golden.scipy_percentile_mse;
    const { y, p } = data(dataset);
    const score = logMean(Float64Array.from(y, (v, i) => (v - p[i]) ** 2));
    const weights = new Float64Array(y.length);
    const samples = Float64Array.from({ length: RESAMPLES }, (_, b) => {
      draw(9, y.length)(b, weights);
      return Math.exp(score(weights).estimate);
    });
    const ours = percentileInterval(samples, 0.95);
    expectClose(ours[0], interval[0], 0.03, 0, 'low');
    expectClose(ours[1], interval[1], 0.03, 0, 'high');
  });
});

describe('regressionInterval: when a regression test cannot decide', () => {
  const options = (n: number) => ({ resamples: 500, tail: 0.025, draw: draw(1, n) });
  const rows = (n: number, error: (i: number) => number) => {
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    return { y, p: Float64Array.from(y, (v, i) => v + error(i)) };
  };
  const cases: {
    what: string;
    metric: RegressionMetric;
    n: number;
    error: (i: number) => number;
    y?: (i: number) => number;
    reason: RegExp | undefined;
  }[] = [
    { what: 'every error 0', metric: 'mse', n: 80, error: () => 0, reason: /no spread/ },
    { what: 'every error 0 (MAE)', metric: 'mae', n: 80, error: () => 0, reason: /no spread/ },
    {
      what: 'equal absolute errors',
      metric: 'mae',
      n: 80,
      error: (i) => (i % 2 ? 0.1 : -0.1),
      reason: /no spread/,
    },
    {
      what: 'constant targets (R²)',
      metric: 'r2',
      n: 80,
      error: (i) => Math.cos(i),
      y: () => 2,
      reason: /no spread/,
    },
    {
      what: 'MSE below its minimum rows',
      metric: 'mse',
      n: MINIMUM_ROWS.mse - 1,
      error: Math.cos,
      reason: /needs at least 100/,
    },
    {
      what: 'RMSE below its minimum rows',
      metric: 'rmse',
      n: MINIMUM_ROWS.rmse - 1,
      error: Math.cos,
      reason: /needs at least 100/,
    },
    {
      what: 'MSE at its minimum rows',
      metric: 'mse',
      n: MINIMUM_ROWS.mse,
      error: Math.cos,
      reason: undefined,
    },
    { what: 'MAE at 20 rows', metric: 'mae', n: 20, error: Math.cos, reason: undefined },
    { what: 'R² at 20 rows', metric: 'r2', n: 20, error: Math.cos, reason: undefined },
  ];
  it.each(cases.map((c) => [c.what, c] as const))('%s', (_, c) => {
    const { y: base, p } = rows(c.n, c.error);
    const y = c.y === undefined ? base : Float64Array.from(base, (_, i) => c.y!(i));
    const out = regressionInterval(
      c.metric,
      y,
      c.y === undefined ? p : Float64Array.from(y, (v, i) => v + c.error(i)),
      0.5,
      options(c.n),
    );
    if (c.reason === undefined) {
      expect(out.degenerate).toBeUndefined();
      expect(out.ci[0]).toBeLessThan(out.ci[1]);
    } else {
      expect(out.degenerate).toMatch(c.reason);
    }
  });

  it('gives RMSE the square roots of MSE’s ends on the same resamples', () => {
    const { y, p } = rows(60, Math.cos);
    const mse = regressionInterval('mse', y, p, 0, options(60)).ci;
    const rmse = regressionInterval('rmse', y, p, 0, options(60)).ci;
    expectClose(rmse[0], Math.sqrt(mse[0]), 1e-12, 0, 'low');
    expectClose(rmse[1], Math.sqrt(mse[1]), 1e-12, 0, 'high');
  });
});
