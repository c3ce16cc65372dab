import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { toPredictions } from '../../src/metrics/to-predictions.js';

describe('toPredictions', () => {
  it('turns one sigmoid output into [1 − p, p], the first class winning a tie', () => {
    const preds = toPredictions('binary', [0, 1, 1], Float32Array.of(0.25, 0.5, 0.75), 3, 1);
    expect(preds).toEqual({
      task: 'binary',
      n: 3,
      k: 2,
      yTrue: Float64Array.of(0, 1, 1),
      scores: Float64Array.of(0.75, 0.25, 0.5, 0.5, 0.25, 0.75),
      predicted: Int32Array.of(0, 0, 1),
    });
  });

  it('keeps float32 outputs exactly and computes 1 − p in float64', () => {
    const preds = toPredictions('binary', [1], Float32Array.of(0.1), 1, 1);
    expect(preds.scores[1]).toBe(Math.fround(0.1));
    expect(preds.scores[0]).toBe(1 - Math.fround(0.1));
  });

  it('takes k outputs as they are and predicts the arg-max, first on ties', () => {
    const outputs = Float64Array.of(0.4, 0.4, 0.2, 0.2, 0.4, 0.4, 0.1, 0.2, 0.7);
    const preds = toPredictions('multiclass', [2, 1, 0], outputs, 3, 3);
    expect(preds.k).toBe(3);
    expect(preds.scores).toEqual(outputs);
    expect(preds.predicted).toEqual(Int32Array.of(0, 1, 2));
    const two = toPredictions('binary', [0], Float64Array.of(0.3, 0.5), 1, 2);
    expect(two.scores).toEqual(Float64Array.of(0.3, 0.5));
    expect(two.predicted).toEqual(Int32Array.of(1));
  });

  it('takes one regression output as the prediction', () => {
    const preds = toPredictions('regression', [1.5, -2], Float32Array.of(1.25, -1), 2, 1);
    expect(preds).toEqual({
      task: 'regression',
      n: 2,
      k: 1,
      yTrue: Float64Array.of(1.5, -2),
      scores: Float64Array.of(1.25, -1),
      predicted: new Int32Array(0),
    });
  });

  it.each([
    ['binary', 3, 'a binary task needs 1 (sigmoid) or 2'],
    ['multiclass', 1, 'a multiclass task needs one per class'],
    ['regression', 2, 'a regression task needs 1'],
  ] as const)('refuses a %s task with %i outputs', (task, width, message) => {
    const call = () => toPredictions(task, [0, 0], new Float64Array(2 * width), 2, width);
    expect(call).toThrow(InputError);
    expect(call).toThrow(message);
  });

  it('refuses a class index the outputs do not cover', () => {
    const call = () => toPredictions('multiclass', [0, 3], new Float64Array(6), 2, 3);
    expect(call).toThrow(InputError);
    expect(call).toThrow("example 2: class index 3 is not one of the model's 3 classes (0..2)");
    expect(() => toPredictions('binary', [0.5], new Float64Array(1), 1, 1)).toThrow(InputError);
  });

  it('refuses arrays whose lengths do not match n', () => {
    expect(() => toPredictions('binary', [0, 1], new Float64Array(3), 2, 1)).toThrow(RangeError);
    expect(() => toPredictions('binary', [0], new Float64Array(2), 2, 1)).toThrow(RangeError);
  });
});
