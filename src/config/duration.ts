import { InputError } from '../errors.js';

/** `10m`, `90s`, `1h30m`, `2.5m` or a number of seconds → seconds. */
export function parseDuration(
  value: string | number,
  location: { file?: string; where: string; line?: number },
): number {
  if (typeof value === 'number') {
    if (value > 0 && Number.isFinite(value)) return value;
  } else if (/^\s*(\d+(\.\d+)?\s*[hms]\s*)+$/.test(value)) {
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)\s*([hms])/g)) {
      seconds += Number(amount) * { h: 3600, m: 60, s: 1 }[unit as 'h' | 'm' | 's'];
    }
    if (seconds > 0) return seconds;
  } else if (/^\s*\d+(\.\d+)?\s*$/.test(value) && Number(value) > 0) {
    return Number(value);
  }
  throw new InputError(
    `expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got ${JSON.stringify(value)}`,
    location,
  );
}
