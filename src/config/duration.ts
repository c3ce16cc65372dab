import { InputError } from '../errors.js';

/**
 * The one duration grammar (`time-limit`, `train.time-limit`, the Action's
 * `time-limit` input): one or more amounts with a unit — `ms`, `s`, `m`,
 * `h` — summed (`500ms`, `90s`, `2.5m`, `1h30m`, `1m 30s`), or a number of
 * seconds. In YAML the number is a YAML number: the schema's pattern is
 * the string form with units, and a digits-only string is read only from
 * text inputs.
 */
export const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*)+$';

/** The words a message and the reference use for a duration. */
export const DURATION_WORDS = 'a duration such as 10m, 90s or 1h30m, or a number of seconds';

const WITH_UNITS = new RegExp(DURATION_PATTERN);
const SECONDS_ONLY = /^\s*\d+(\.\d+)?\s*$/;
const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h)/g;
// Exact factors per unit asked for, so that 1.1m is 1.1 × 60 s or 1.1 × 60000 ms.
const FACTOR = {
  s: { h: 3600, m: 60, s: 1 },
  ms: { h: 3_600_000, m: 60_000, s: 1000, ms: 1 },
} as const;

/**
 * A duration of the grammar above in `unit` (seconds or milliseconds), or
 * undefined when `value` is not one. Zero is a duration here; callers bound it.
 */
export function durationIn(value: string | number, unit: 's' | 'ms'): number | undefined {
  if (typeof value === 'number' || SECONDS_ONLY.test(value)) {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds < 0) return undefined;
    return unit === 's' ? seconds : seconds * 1000;
  }
  if (!WITH_UNITS.test(value)) return undefined;
  let total = 0;
  for (const [, text, part] of value.matchAll(PART)) {
    const amount = Number(text);
    // A millisecond part in seconds is divided, not multiplied by 0.001 (which is inexact).
    total +=
      unit === 's'
        ? part === 'ms'
          ? amount / 1000
          : amount * FACTOR.s[part as 'h' | 'm' | 's']
        : amount * FACTOR.ms[part as 'h' | 'm' | 's' | 'ms'];
  }
  return total;
}

/** A duration greater than zero, in seconds; anything else throws an InputError at `location`. */
export function parseDuration(
  value: string | number,
  location: { file?: string; where: string; line?: number },
): number {
  const seconds = durationIn(value, 's');
  if (seconds !== undefined && seconds > 0) return seconds;
  throw new InputError(`expected ${DURATION_WORDS}, got ${JSON.stringify(value)}`, location);
}
