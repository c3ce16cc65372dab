import { InputError } from '../errors.js';

/** The first value of `outputs` that is NaN or ±Infinity: its 1-based row and output, or undefined. */
export function firstNonFinite(
  outputs: ArrayLike<number>,
  width: number,
): { row: number; output: number; value: number } | undefined {
  for (let i = 0; i < outputs.length; i++) {
    if (Number.isFinite(outputs[i])) continue;
    const w = Math.max(1, width);
    return { row: Math.floor(i / w) + 1, output: (i % w) + 1, value: outputs[i] };
  }
  return undefined;
}

/** `row 3 of the eval data is NaN (output 2 of 3)`: where a non-finite output is, in the user's words. */
export function describeNonFinite(
  found: { row: number; output: number; value: number },
  width: number,
): string {
  const output = width > 1 ? ` (output ${found.output} of ${width})` : '';
  return `the model's output for row ${found.row} of the eval data is ${String(found.value)}${output}`;
}

/**
 * Refuses model outputs that hold NaN or ±Infinity: scored, they would
 * count as a class or poison every metric. `outputs` is row-major, `width`
 * values per example; `file` is the model as the user named it. The error
 * names the first example (1-based row of the eval data, as data errors do)
 * and its value.
 */
export function checkFiniteOutputs(outputs: ArrayLike<number>, width: number, file: string): void {
  const found = firstNonFinite(outputs, width);
  if (found === undefined) return;
  throw new InputError(
    `${describeNonFinite(found, width)}; ` +
      'a model must output finite numbers (check its weights and the input scaling)',
    { file },
  );
}
