import { describe, expect, it } from 'vitest';
import type { MetricName, Threshold } from '../../src/config/types.js';
import type { Predictions } from '../../src/metrics/types.js';
import { Rng } from '../../src/stats/rng.js';
import { runUnitTest } from '../../src/suite/unit-tests.js';

/** n regression rows: targets N(0, 1), predictions off by `scale` times a normal error. */
function regression(n: number, scale: number, seed: number): Predictions {
  const rng = Rng.stream(seed, 'rows');
  const y = Float64Array.from({ length: n }, () => rng.normal());
  return {
    task: 'regression',
    n,
    k: 1,
    yTrue: y,
    scores: Float64Array.from(y, (v) => v + scale * rng.normal()),
    predicted: new Int32Array(0),
  };
}

const options = { seed: 3, resamples: 1000, confidence: 0.95 };

describe('model unit tests on MSE, RMSE, MAE and R² decide by the bootstrap-t', () => {
  // Each row: a slice, the test's threshold, and the verdict; MSE of `scale` errors is about scale².
  const cases: {
    what: string;
    metric: MetricName;
    n: number;
    scale: number;
    threshold: Threshold;
    status: 'pass' | 'fail' | 'inconclusive';
    reason?: RegExp;
  }[] = [
    {
      what: 'MSE well under its threshold',
      metric: 'mse',
      n: 200,
      scale: 0.3,
      threshold: { op: '<=', value: 0.25 },
      status: 'pass',
    },
    {
      what: 'MSE well over its threshold',
      metric: 'mse',
      n: 200,
      scale: 0.8,
      threshold: { op: '<=', value: 0.25 },
      status: 'fail',
    },
    {
      what: 'MSE at its threshold',
      metric: 'mse',
      n: 200,
      scale: 0.5,
      threshold: { op: '<=', value: 0.25 },
      status: 'inconclusive',
    },
    {
      what: 'MSE on 40 rows, however clear',
      metric: 'mse',
      n: 40,
      scale: 0.1,
      threshold: { op: '<=', value: 0.25 },
      status: 'inconclusive',
      reason: /40 rows: a test on mse needs at least 100/,
    },
    {
      what: 'RMSE on 40 rows, however clear',
      metric: 'rmse',
      n: 40,
      scale: 0.1,
      threshold: { op: '<', value: 0.5 },
      status: 'inconclusive',
      reason: /needs at least 100/,
    },
    {
      what: 'RMSE well under its threshold',
      metric: 'rmse',
      n: 100,
      scale: 0.3,
      threshold: { op: '<', value: 0.5 },
      status: 'pass',
    },
    {
      what: 'MAE on 20 rows, clear',
      metric: 'mae',
      n: 20,
      scale: 0.1,
      threshold: { op: '<=', value: 0.4 },
      status: 'pass',
    },
    {
      what: 'MAE well over its threshold',
      metric: 'mae',
      n: 100,
      scale: 1,
      threshold: { op: '<=', value: 0.4 },
      status: 'fail',
    },
    {
      what: 'R² well over its threshold',
      metric: 'r2',
      n: 100,
      scale: 0.3,
      threshold: { op: '>=', value: 0.8 },
      status: 'pass',
    },
    {
      what: 'R² well under its threshold',
      metric: 'r2',
      n: 100,
      scale: 1,
      threshold: { op: '>', value: 0.8 },
      status: 'fail',
    },
  ];
  it.each(cases.map((c) => [c.what, c] as const))('%s', (_, c) => {
    const slice = regression(c.n, c.scale, 7);
    const rows = Int32Array.from({ length: c.n }, (_, i) => i);
    const test = {
      name: c.what,
      where: {},
      metric: c.metric,
      threshold: c.threshold,
      minExamples: 1,
    };
    const result = runUnitTest(test, rows, slice, options);
    expect(result.method).toBe('bootstrap-t');
    expect(result.status).toBe(c.status);
    if (c.reason !== undefined) expect(result.reason).toMatch(c.reason);
    else expect(result.reason).toBeUndefined();
    const [low, high] = result.ci!;
    expect(low).toBeLessThanOrEqual(result.value!);
    expect(high).toBeGreaterThanOrEqual(result.value!);
  });

  it('calls a slice without errors inconclusive, with the reason', () => {
    const slice = regression(80, 0, 1);
    const rows = Int32Array.from({ length: 80 }, (_, i) => i);
    const test = {
      name: 'perfect',
      where: {},
      metric: 'mse' as const,
      threshold: { op: '<=' as const, value: 0.1 },
      minExamples: 1,
    };
    const result = runUnitTest(test, rows, slice, options);
    expect(result).toMatchObject({
      status: 'inconclusive',
      value: 0,
      ci: [0, 0],
      method: 'bootstrap-t',
    });
    expect(result.reason).toMatch(/mse = 0 with no spread to studentize/);
  });
});
