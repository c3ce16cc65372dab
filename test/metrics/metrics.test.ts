import { describe, expect, it } from 'vitest';
import type { MetricName } from '../../src/config/types.js';
import { InputError } from '../../src/errors.js';
import { computeMetric, prepareMetric } from '../../src/metrics/prepare.js';
import { METRIC_NAMES, metricApplies } from '../../src/metrics/registry.js';
import { toPredictions } from '../../src/metrics/to-predictions.js';
import type { Predictions } from '../../src/metrics/types.js';

const ln = Math.log;

/** Binary: true [0,0,1,1,1], sigmoid outputs; predicted [0,1,0,1,1]; a tie at 0.8. */
const binary = toPredictions(
  'binary',
  [0, 0, 1, 1, 1],
  Float64Array.of(0.1, 0.8, 0.4, 0.8, 0.9),
  5,
  1,
);

/** Three classes: predicted [0,2,2,1,1,0]; every class has P = R = 1, 1/2, 1/2. */
const multiclass = toPredictions(
  'multiclass',
  [0, 1, 2, 2, 1, 0],
  Float64Array.of(
    ...[0.7, 0.2, 0.1],
    ...[0.1, 0.3, 0.6],
    ...[0.2, 0.2, 0.6],
    ...[0.3, 0.4, 0.3],
    ...[0.1, 0.8, 0.1],
    ...[0.5, 0.25, 0.25],
  ),
  6,
  3,
);

/** The examples of class 2 only (a slice): true [2,2], predicted [2,1]. */
const sliceOfClass2 = toPredictions(
  'multiclass',
  [2, 2],
  Float64Array.of(0.2, 0.2, 0.6, 0.3, 0.4, 0.3),
  2,
  3,
);

const regression = toPredictions('regression', [1, 2, 3, 4], Float64Array.of(1.5, 2, 2, 5), 4, 1);

type Row = [string, MetricName, Predictions, { cls?: number; weights?: number[] }, number];

// Hand-computed values (the working is in the comments).
const rows: Row[] = [
  ['binary', 'accuracy', binary, {}, 3 / 5],
  ['binary', 'error_rate', binary, {}, 2 / 5],
  ['binary: of predicted positives 1,3,4', 'precision', binary, {}, 2 / 3],
  ['binary: of positives 2,3,4', 'recall', binary, {}, 2 / 3],
  ['binary', 'f1', binary, {}, 2 / 3],
  ['binary, class 0: of predicted 0,2', 'precision', binary, { cls: 0 }, 1 / 2],
  ['binary, class 0: of true 0,1', 'recall', binary, { cls: 0 }, 1 / 2],
  ['binary, class 0', 'f1', binary, { cls: 0 }, 1 / 2],
  ['binary: (1/2 + 2/3) / 2', 'precision_macro', binary, {}, 7 / 12],
  ['binary', 'recall_macro', binary, {}, 7 / 12],
  ['binary', 'f1_macro', binary, {}, 7 / 12],
  ['binary: (1/2·2 + 2/3·3) / 5', 'f1_weighted', binary, {}, 3 / 5],
  ['binary: pairs won 1 + 1.5 + 2 of 6', 'roc_auc', binary, {}, 4.5 / 6],
  ['binary', 'log_loss', binary, {}, -(ln(0.9) + ln(0.2) + ln(0.4) + ln(0.8) + ln(0.9)) / 5],
  ['binary resample: 0 ×2, 2 ×1, 4 ×3', 'accuracy', binary, { weights: [2, 0, 1, 0, 3] }, 5 / 6],
  ['binary resample', 'precision', binary, { weights: [2, 0, 1, 0, 3] }, 1],
  ['binary resample', 'recall', binary, { weights: [2, 0, 1, 0, 3] }, 3 / 4],
  ['binary resample: 2·1·3/4 / (7/4)', 'f1', binary, { weights: [2, 0, 1, 0, 3] }, 6 / 7],
  ['binary resample: no tie left', 'roc_auc', binary, { weights: [2, 0, 1, 0, 3] }, 1],
  ['binary resample: only a tied pair', 'roc_auc', binary, { weights: [0, 2, 0, 1, 0] }, 1 / 2],
  ['binary resample: positives only', 'roc_auc', binary, { weights: [0, 0, 1, 1, 2] }, NaN],
  ['binary resample: tie, one of each', 'roc_auc', binary, { weights: [1, 1, 0, 1, 0] }, 3 / 4],
  [
    'binary resample',
    'log_loss',
    binary,
    { weights: [2, 0, 1, 0, 3] },
    -(2 * ln(0.9) + ln(0.4) + 3 * ln(0.9)) / 6,
  ],
  ['multiclass', 'accuracy', multiclass, {}, 4 / 6],
  ['multiclass: (1 + 1/2 + 1/2) / 3', 'precision', multiclass, {}, 2 / 3],
  ['multiclass', 'recall', multiclass, {}, 2 / 3],
  ['multiclass', 'f1_weighted', multiclass, {}, 2 / 3],
  ['multiclass, class 1', 'recall', multiclass, { cls: 1 }, 1 / 2],
  ['multiclass, class 0', 'f1', multiclass, { cls: 0 }, 1],
  ['multiclass: (1 + 7/8 + 13/16) / 3', 'roc_auc', multiclass, {}, 43 / 48],
  [
    'multiclass',
    'log_loss',
    multiclass,
    {},
    -(ln(0.7) + ln(0.3) + ln(0.6) + ln(0.3) + ln(0.8) + ln(0.5)) / 6,
  ],
  [
    'multiclass resample without class 2',
    'roc_auc',
    multiclass,
    { weights: [1, 1, 0, 0, 1, 1] },
    NaN,
  ],
  ['slice of class 2: that class recall', 'recall', sliceOfClass2, {}, 1 / 2],
  ['slice of class 2: that class precision', 'precision', sliceOfClass2, {}, 1],
  ['slice: classes 1 (predicted) and 2', 'recall_macro', sliceOfClass2, {}, 1 / 4],
  ['slice: classes 1 (P = 0) and 2 (P = 1)', 'precision_macro', sliceOfClass2, {}, 1 / 2],
  ['slice: one class in y_true', 'roc_auc', sliceOfClass2, {}, NaN],
  ['regression: squared errors .25, 0, 1, 1', 'mse', regression, {}, 0.5625],
  ['regression', 'rmse', regression, {}, 0.75],
  ['regression', 'mae', regression, {}, 0.625],
  ['regression: 1 − 2.25 / 5', 'r2', regression, {}, 0.55],
  [
    'regression resample: y = 2 three times, perfect',
    'r2',
    regression,
    { weights: [0, 3, 0, 0] },
    1,
  ],
  ['regression resample: y = 3 twice, wrong', 'r2', regression, { weights: [0, 0, 2, 0] }, 0],
  ['regression resample: one example once', 'r2', regression, { weights: [0, 0, 1, 0] }, NaN],
  ['regression resample', 'mse', regression, { weights: [2, 0, 1, 1] }, (0.5 + 1 + 1) / 4],
];

describe('metrics by hand', () => {
  it.each(rows)('%s: %s', (_label, name, preds, { cls, weights }, expected) => {
    const value = computeMetric(name, preds, {
      cls,
      weights: weights === undefined ? undefined : Float64Array.from(weights),
    });
    if (Number.isNaN(expected)) expect(value).toBeNaN();
    else expect(value).toBeCloseTo(expected, 14);
  });

  it('clips log-probabilities to float64 eps, then renormalises each row', () => {
    const exact = toPredictions('binary', [1, 0], Float64Array.of(0, 1), 2, 1);
    expect(computeMetric('log_loss', exact)).toBeCloseTo(52 * Math.LN2, 12);
    const twoOutputs = toPredictions('binary', [1], Float64Array.of(0.3, 0.5), 1, 2);
    expect(computeMetric('log_loss', twoOutputs)).toBeCloseTo(ln(1.6), 14);
  });

  it('gives NaN with no examples, where sklearn raises', () => {
    const zero = new Float64Array(5);
    const empty = toPredictions('binary', [], new Float64Array(0), 0, 1);
    for (const name of METRIC_NAMES.filter((m) => metricApplies(m, 'binary'))) {
      expect(computeMetric(name, binary, { weights: zero }), name).toBeNaN();
      expect(computeMetric(name, empty), name).toBeNaN();
    }
    for (const name of ['mse', 'rmse', 'mae', 'r2'] as const) {
      expect(computeMetric(name, regression, { weights: new Float64Array(4) }), name).toBeNaN();
    }
  });

  it('refuses a metric of another task, a class where none applies, and bad shapes', () => {
    expect(() => prepareMetric('roc_auc', regression)).toThrow(InputError);
    expect(() => prepareMetric('roc_auc', regression)).toThrow(
      'metric roc_auc does not apply to a regression task',
    );
    expect(() => prepareMetric('mse', binary)).toThrow(InputError);
    expect(() => prepareMetric('accuracy', binary, { cls: 1 })).toThrow(
      'metric accuracy cannot score one class',
    );
    expect(() => prepareMetric('recall', multiclass, { cls: 3 })).toThrow(RangeError);
    expect(() => prepareMetric('accuracy', binary)(new Float64Array(4))).toThrow(
      '4 weights for 5 examples',
    );
    expect(() => prepareMetric('accuracy', { ...binary, k: 3 })).toThrow(RangeError);
    const badLabel = { ...binary, yTrue: Float64Array.of(0, 0, 2, 1, 1) };
    expect(() => prepareMetric('accuracy', badLabel)).toThrow(RangeError);
  });
});
