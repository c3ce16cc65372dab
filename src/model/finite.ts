import { InputError } from '../errors.js';

/**
 * Refuses model outputs that hold NaN or ±Infinity: scored, they would
 * count as a class or poison every metric. `outputs` is row-major, `width`
 * values per example; `file` is the model as the user named it. The error
 * names the first example (1-based row of the eval data, as data errors do)
 * and its value.
 */
export function checkFiniteOutputs(outputs: ArrayLike<number>, width: number, file: string): void {
  for (let i = 0; i < outputs.length; i++) {
    const value = outputs[i];
    if (Number.isFinite(value)) continue;
    const row = Math.floor(i / Math.max(1, width)) + 1;
    const output = width > 1 ? ` (output ${(i % width) + 1} of ${width})` : '';
    throw new InputError(
      `the model's output for row ${row} of the eval data is ${String(value)}${output}; ` +
        'a model must output finite numbers (check its weights and the input scaling)',
      { file },
    );
  }
}
