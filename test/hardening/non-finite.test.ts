import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkFiniteOutputs } from '../../src/model/finite.js';
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
