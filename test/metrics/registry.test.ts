import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { computeMetric } from '../../src/metrics/prepare.js';
import { proportionCounts } from '../../src/metrics/proportion.js';
import { METRICS, METRIC_NAMES, isMetricName, metricApplies } from '../../src/metrics/registry.js';
import { toPredictions } from '../../src/metrics/to-predictions.js';
import { casePredictions, golden } from './golden.js';

describe('METRICS', () => {
  it('lists the metrics of DESIGN §1 with their direction and tasks', () => {
    const table = Object.fromEntries(
      METRIC_NAMES.map((name) => {
        const { higherIsBetter, tasks, perClass } = METRICS[name];
        return [
          name,
          `${higherIsBetter ? 'higher' : 'lower'} ${tasks.join('/')}${perClass ? ' class' : ''}`,
        ];
      }),
    );
    expect(table).toEqual({
      accuracy: 'higher binary/multiclass',
      error_rate: 'lower binary/multiclass',
      precision: 'higher binary/multiclass class',
      recall: 'higher binary/multiclass class',
      f1: 'higher binary/multiclass class',
      precision_macro: 'higher binary/multiclass',
      recall_macro: 'higher binary/multiclass',
      f1_macro: 'higher binary/multiclass',
      f1_weighted: 'higher binary/multiclass',
      roc_auc: 'higher binary/multiclass',
      log_loss: 'lower binary/multiclass',
      mse: 'lower regression',
      rmse: 'lower regression',
      mae: 'lower regression',
      r2: 'higher regression',
    });
    expect(isMetricName('f1')).toBe(true);
    expect(isMetricName('toString')).toBe(false);
    expect(metricApplies('r2', 'binary')).toBe(false);
  });

  it('marks the proportions of examples', () => {
    const proportions = METRIC_NAMES.filter((name) => METRICS[name].proportion !== undefined);
    expect(Object.fromEntries(proportions.map((name) => [name, METRICS[name].proportion]))).toEqual(
      {
        accuracy: { of: 'all', success: 'correct' },
        error_rate: { of: 'all', success: 'wrong' },
        precision: { of: 'predicted-class', success: 'correct' },
        recall: { of: 'true-class', success: 'correct' },
      },
    );
  });
});

describe('proportionCounts', () => {
  // true [0,0,1,1,1], predicted [0,1,0,1,1]
  const binary = toPredictions(
    'binary',
    [0, 0, 1, 1, 1],
    Float64Array.of(0.1, 0.8, 0.4, 0.8, 0.9),
    5,
    1,
  );
  const multiclass = toPredictions(
    'multiclass',
    [0, 1, 2, 2],
    Float64Array.of(0.6, 0.3, 0.1, 0.1, 0.1, 0.8, 0.1, 0.2, 0.7, 0.1, 0.6, 0.3),
    4,
    3,
  );

  it.each([
    ['accuracy', {}, undefined, { successes: 3, trials: 5 }],
    ['error_rate', {}, undefined, { successes: 2, trials: 5 }],
    ['recall', {}, undefined, { successes: 2, trials: 3 }],
    ['precision', {}, undefined, { successes: 2, trials: 3 }],
    ['recall', { cls: 0 }, undefined, { successes: 1, trials: 2 }],
    ['accuracy', {}, [2, 0, 1, 0, 3], { successes: 5, trials: 6 }],
    ['recall', {}, [2, 0, 1, 0, 3], { successes: 3, trials: 4 }],
    ['f1', {}, undefined, undefined],
    ['recall_macro', {}, undefined, undefined],
  ] as const)('binary %s %o, weights %o', (name, options, weights, expected) => {
    const w = weights === undefined ? undefined : Float64Array.from(weights);
    expect(proportionCounts(name, binary, options, w)).toEqual(expected);
  });

  it('is a proportion for multiclass precision and recall only when one class is scored', () => {
    expect(proportionCounts('recall', multiclass)).toBeUndefined();
    expect(proportionCounts('recall', multiclass, { cls: 2 })).toEqual({ successes: 1, trials: 2 });
    expect(proportionCounts('precision', multiclass, { cls: 2 })).toEqual({
      successes: 1,
      trials: 2,
    });
    // Weights that leave only class 2 among the true labels: a slice of one class.
    const slice = Float64Array.of(0, 0, 1, 1);
    expect(proportionCounts('recall', multiclass, {}, slice)).toEqual({ successes: 1, trials: 2 });
  });

  it('gives counts whose ratio is the metric, on every golden case', () => {
    const names: MetricName[] = ['accuracy', 'error_rate', 'precision', 'recall'];
    let checked = 0;
    for (const c of golden.cases.filter((g) => g.task !== 'regression')) {
      const preds = casePredictions(c);
      const weights = c.weights === null ? undefined : Float64Array.from(c.weights);
      for (const name of names) {
        const options = c.cls !== null && METRICS[name].perClass ? { cls: c.cls } : {};
        const counts = proportionCounts(name, preds, options, weights);
        if (counts === undefined || counts.trials === 0) continue;
        const value = computeMetric(name, preds, { ...options, weights });
        expect(Math.abs(counts.successes / counts.trials - value)).toBeLessThan(1e-15);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });
});
