import type { Estimate, Results, SensitivityCurve } from '../../src/results/types.js';
import { rankCurves } from '../../src/sensitivity/curves.js';

export const est = (value: number, half: number): Estimate => ({
  value,
  ci: [value - half, value + half],
});

export function curve(
  id: string,
  area: Estimate,
  values: number[] = [0.9, 0.8],
): Omit<SensitivityCurve, 'rank'> {
  return {
    id,
    kind: 'feature',
    name: id.split(':')[1],
    noise: 'input',
    target: [id.split(':')[1]],
    points: values.map((v, g) => ({ s: [0, 1][g], metrics: { accuracy: est(v, 0.01) } })),
    area: { accuracy: area },
  };
}

/** A results document with only what the comparison reads. */
export function results(curves: Omit<SensitivityCurve, 'rank'>[], failOn: string[]): Results {
  return {
    schemaVersion: 1,
    suite: 's',
    source: { commit: null, ref: null, configHash: 'h', modelHash: 'm', dataHash: 'd' },
    run: {
      seed: 1,
      repeats: 1,
      resamples: 100,
      confidence: 0.95,
      backend: 'cpu',
      shard: null,
      gate: { failOn, regression: { metric: 'accuracy', tolerance: 0.01, alpha: 0.05 } },
    },
    timing: { startedAt: '2026-01-01T00:00:00.000Z', durationMs: 0 },
    task: 'binary',
    classes: null,
    data: { labelCounts: null, duplicateRows: 0 },
    metrics: [{ name: 'accuracy', higherIsBetter: true }],
    baseline: { n: 100, metrics: { accuracy: est(0.9, 0.02) } },
    components: [],
    tests: [],
    sensitivity: {
      grid: [0, 1],
      repeats: 1,
      scale: 'std',
      draws: 'gaussian',
      curves: rankCurves(curves, 'accuracy'),
    },
    predictions: { encoding: 'base64-le', shape: [0, 1], baseline: '', labels: '' },
  } as unknown as Results;
}

/** Main's and this change's curves: feature `a` grew far more sensitive, `b` within noise, `c` is new. */
export function grownPair(failOn: string[]): { base: Results; head: Results } {
  return {
    base: results(
      [
        curve('feature:a:input', est(0.05, 0.01), [0.9, 0.8]),
        curve('feature:b|x:input', est(0.05, 0.01), [0.9, 0.8]),
      ],
      failOn,
    ),
    head: results(
      [
        curve('feature:a:input', est(0.2, 0.01), [0.9, 0.5]),
        curve('feature:b|x:input', est(0.055, 0.01), [0.9, 0.79]),
        curve('feature:c:input', est(0.01, 0.005), [0.9, 0.88]),
      ],
      failOn,
    ),
  };
}
