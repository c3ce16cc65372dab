import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { computeMetric, prepareMetric, type MetricOptions } from '../../src/metrics/prepare.js';
import { METRICS, METRIC_NAMES, metricApplies } from '../../src/metrics/registry.js';
import { Rng } from '../../src/stats/rng.js';
import { casePredictions, expand, golden, type GoldenCase } from './golden.js';

function optionsFor(name: MetricName, c: GoldenCase): MetricOptions {
  return c.cls !== null && METRICS[name].perClass ? { cls: c.cls } : {};
}

function expectClose(actual: number, expected: number | null, tolerance: number): void {
  if (expected === null) {
    expect(actual).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
}

function bootstrapCounts(rng: Rng, n: number): Float64Array {
  const counts = new Float64Array(n);
  for (let j = 0; j < n; j++) counts[rng.int(n)]++;
  return counts;
}

describe('golden values from scikit-learn', () => {
  it('covers every metric on many cases made by scikit-learn 1.2.1', () => {
    expect(golden.sklearn).toBe('1.2.1');
    expect(golden.cases.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(golden.cases.flatMap((c) => Object.keys(c.expected)));
    expect([...covered].sort()).toEqual([...METRIC_NAMES].sort());
  });

  it.each(golden.cases)('$name equals sklearn', (c) => {
    const preds = casePredictions(c);
    const weights = c.weights === null ? undefined : Float64Array.from(c.weights);
    const tolerance = c.float32 ? 1e-6 : 1e-9;
    const names = METRIC_NAMES.filter((name) => metricApplies(name, c.task));
    expect(Object.keys(c.expected).sort()).toEqual([...names].sort());
    for (const name of names) {
      const actual = computeMetric(name, preds, { ...optionsFor(name, c), weights });
      try {
        expectClose(actual, c.expected[name] ?? null, tolerance);
      } catch (error) {
        throw new Error(`${name}: got ${actual}, sklearn ${c.expected[name]}`, { cause: error });
      }
    }
  });
});

describe('prepared metrics', () => {
  // Resampled cases with many examples and ties: where reused state would show.
  const cases = golden.cases.filter((c) => c.yTrue.length >= 8).slice(0, 60);

  it.each(cases)('$name: one preparation serves many resamples', (c) => {
    const preds = casePredictions(c);
    const rng = Rng.stream(7, 'metrics-test', c.name);
    const resamples = [
      undefined,
      ...Array.from({ length: 4 }, () => bootstrapCounts(rng, preds.n)),
      undefined,
    ];
    for (const name of METRIC_NAMES.filter((m) => metricApplies(m, c.task))) {
      const options = optionsFor(name, c);
      const prepared = prepareMetric(name, preds, options);
      for (const weights of resamples) {
        expect(prepared(weights), name).toBe(computeMetric(name, preds, { ...options, weights }));
      }
    }
  });

  it.each(cases)('$name: weights equal repeating the examples', (c) => {
    const preds = casePredictions(c);
    const rng = Rng.stream(11, 'metrics-test', c.name);
    for (let r = 0; r < 3; r++) {
      const weights = bootstrapCounts(rng, preds.n);
      const copies = expand(preds, weights);
      for (const name of METRIC_NAMES.filter((m) => metricApplies(m, c.task))) {
        const options = optionsFor(name, c);
        const expected = computeMetric(name, copies, options);
        expectClose(
          prepareMetric(name, preds, options)(weights),
          Number.isNaN(expected) ? null : expected,
          1e-12,
        );
      }
    }
  });
});
