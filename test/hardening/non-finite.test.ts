import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { toPredictions } from '../../src/metrics/index.js';
import { undefinedReason } from '../../src/metrics/reason.js';
import { checkFiniteOutputs } from '../../src/model/finite.js';
import { baselineEstimate, scoreBaseline } from '../../src/stats/contributions.js';
import { Resamples } from '../../src/stats/resamples.js';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];

/** Sets the output layer's bias (the last float32 of weights.bin) and its activation. */
function outputBias(value: number, activation = 'sigmoid') {
  return async (root: string): Promise<void> => {
    const shard = path.join(root, 'suite/model/weights.bin');
    const bytes = await readFile(shard);
    bytes.writeFloatLE(value, bytes.length - 4);
    await writeFile(shard, bytes);
    const model = path.join(root, 'suite/model/model.json');
    const text = await readFile(model, 'utf8');
    await writeFile(model, text.replace('"activation":"sigmoid"', `"activation":"${activation}"`));
  };
}

/** Sets data row `row` (1-based), column `column` (0-based) of the eval CSV. */
function cell(row: number, column: number, value: string) {
  return async (root: string): Promise<void> => {
    const file = path.join(root, 'suite/data/eval.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const cells = lines[row].split(',');
    cells[column] = value;
    lines[row] = cells.join(',');
    await writeFile(file, lines.join('\n'));
  };
}

const e2e: [string, (root: string) => Promise<void>, RegExp][] = [
  [
    'a NaN bias: every output NaN',
    outputBias(NaN),
    /^suite\/model\/model\.json: the model's output for row 1 of the eval data is NaN; a model must output finite numbers/,
  ],
  [
    'an infinite bias with a linear output',
    outputBias(Infinity, 'linear'),
    /^suite\/model\/model\.json: the model's output for row 1 of the eval data is Infinity;/,
  ],
  [
    'a -Infinity bias with a linear output',
    outputBias(-Infinity, 'linear'),
    /row 1 of the eval data is -Infinity;/,
  ],
  // 1e300 is a finite number in the CSV but Infinity as the model's float32 input.
  [
    'one huge input cell (row 7) overflows float32',
    cell(7, 0, '1e300'),
    /^suite\/model\/model\.json: the model's output for row 7 of the eval data is NaN;/,
  ],
  [
    'one huge input cell (row 120)',
    cell(120, 3, '-1e300'),
    /row 120 of the eval data is (NaN|-?Infinity);/,
  ],
];

// Class 4 of issue 8: garbage is never scored as if valid.
describe('non-finite model outputs are refused (issue 8, class 4)', () => {
  it.each(e2e)('%s: exit 2 naming the model and the first row', async (_, change, message) => {
    const root = await suiteRepo();
    await change(root);
    const before = await snapshot(root);
    const run = await runCli(RUN, root);
    expectOneLineError(run, message);
    expect(run.stdout).toBe('');
    await expectUnchanged(root, before);
    expect(before.has('r.json')).toBe(false);
    expect((await snapshot(root)).has('r.json')).toBe(false);
  });

  it.each([
    [[0.1, 0.9, NaN], 1, /row 3 of the eval data is NaN;/],
    [[0.1, 0.9, 0.2, Infinity], 2, /row 2 of the eval data is Infinity \(output 2 of 2\)/],
    [[-Infinity, NaN], 2, /row 1 of the eval data is -Infinity \(output 1 of 2\)/],
    [[0.3, 0.2, 0.5, 0.1, 0.1, NaN], 3, /row 2 of the eval data is NaN \(output 3 of 3\)/],
  ])('checkFiniteOutputs(%j, width %i)', (values, width, message) => {
    const outputs = Float32Array.from(values);
    expect(() => checkFiniteOutputs(outputs, width, 'm/model.json')).toThrow(InputError);
    expect(() => checkFiniteOutputs(outputs, width, 'm/model.json')).toThrow(message);
  });

  it('passes finite outputs, extremes included', () => {
    const outputs = Float32Array.from([0, 1, -3.4e38, 3.4e38, 1e-45]);
    expect(() => checkFiniteOutputs(outputs, 1, 'm.json')).not.toThrow();
  });
});

describe("a metric's reason is true of the predictions (issue 8, class 4)", () => {
  const binary = (labels: number[]) =>
    toPredictions(
      'binary',
      labels,
      Float32Array.from(labels.map((_, i) => (i % 10) / 10)),
      labels.length,
      1,
    );
  const three = (labels: number[]) =>
    toPredictions(
      'multiclass',
      labels,
      new Float32Array(labels.length * 3).fill(1 / 3),
      labels.length,
      3,
    );

  it.each([
    [
      'roc_auc, labels of one class',
      'roc_auc',
      binary([1, 1, 1, 1]),
      'undefined: the true labels hold a single class',
    ],
    [
      'roc_auc, multiclass with a class missing',
      'roc_auc',
      three([0, 1, 1, 0]),
      'undefined: 1 of the 3 classes have no examples among the true labels (one-vs-rest needs each)',
    ],
    [
      'roc_auc, both classes present (a resample lacks one)',
      'roc_auc',
      binary([0, 1, 1, 1]),
      'undefined on some bootstrap resamples (a resample without every class)',
    ],
    ['f1', 'f1', binary([1, 1, 0, 0]), 'undefined on these predictions'],
  ] as const)('%s', (_, name, predictions, reason) => {
    expect(undefinedReason(name, predictions)).toBe(reason);
  });

  it('the baseline estimate of AUC says "single class" only when the labels hold one', () => {
    // 2 positives in 40: many resamples draw none; the estimate still stands on the rest.
    const labels = Array.from({ length: 40 }, (_, i) => (i < 2 ? 1 : 0));
    const two = baselineEstimate(
      scoreBaseline('roc_auc', binary(labels), new Resamples(1, 40, 200)),
      0.95,
    );
    expect(two.value).toBeCloseTo(0.0789, 4);
    const one = binary(labels.map(() => 0));
    const single = baselineEstimate(scoreBaseline('roc_auc', one, new Resamples(1, 40, 200)), 0.95);
    expect(single).toEqual({
      value: null,
      reason: 'undefined: the true labels hold a single class',
    });
    const loss = baselineEstimate(scoreBaseline('log_loss', one, new Resamples(1, 40, 200)), 0.95);
    expect(loss.value).not.toBeNull();
  });
});
