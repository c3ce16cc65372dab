import type { Column } from './types.js';
import { quoteCell } from './names.js';

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The finite number a cell holds, or NaN when it holds none. Text follows
 * JavaScript's `Number()` on the trimmed text (so `1e3`, `0x1f`, ` 2 `
 * count), except that an empty or blank cell is not a number; NaN and
 * infinities are not numbers either.
 */
export function cellNumber(cell: string | number): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (cell.length === 0) return NaN;
  const value = Number(cell);
  if (!Number.isFinite(value)) return NaN;
  // Number() reads a blank string as 0.
  if (value === 0 && cell.trim() === '') return NaN;
  return value;
}

/**
 * `text[start, end)` as a number when it is a plain decimal (`-12.5`,
 * `.5`, `3.`) of at most 15 digits, else NaN (the caller falls back to
 * `cellNumber`). Such a decimal is m / 10^k with m and 10^k exact doubles,
 * and one division rounds correctly (Clinger's fast path), so the result is
 * exactly what `Number()` gives, without making a string.
 */
export function plainDecimal(text: string, start: number, end: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  const negative = c === 0x2d;
  if (negative || c === 0x2b) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (point) scale++;
    } else if (c === 0x2e && !point) {
      point = true;
    } else {
      return NaN;
    }
  }
  return decimalValue(mantissa, digits, scale, negative);
}

/**
 * The value of a plain decimal read digit by digit: `mantissa` (its
 * `digits` digits as an integer) over 10^`scale`, negated when `negative`;
 * NaN without digits or with more than 15 (see `plainDecimal`).
 */
export function decimalValue(
  mantissa: number,
  digits: number,
  scale: number,
  negative: boolean,
): number {
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -value : value;
}

/** A cell's text: JSON numbers as `String()` gives them, text as written. */
export function cellText(cell: string | number): string {
  return typeof cell === 'number' ? String(cell) : cell;
}

/** Types a column: numeric when every cell holds a finite number, else text. */
export function buildColumn(cells: readonly (string | number)[]): Column {
  const values = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cellNumber(cells[i]);
    if (Number.isNaN(value)) return { kind: 'string', values: cells.map(cellText) };
    values[i] = value;
  }
  return { kind: 'number', values };
}

/** Index of the first cell that is not a finite number, or -1. */
export function firstNonNumber(cells: readonly string[]): number {
  for (let i = 0; i < cells.length; i++) if (Number.isNaN(cellNumber(cells[i]))) return i;
  return -1;
}

/**
 * Says what a non-number cell holds, for `expected a number, got …`:
 * `an empty cell`, `"nan" (NaN)`, `"inf" (infinite)` or `"abc" (non-numeric)`.
 */
export function describeNonNumber(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'an empty cell';
  if (/^[+-]?nan$/i.test(trimmed)) return `${quoteCell(text)} (NaN)`;
  const value = Number(trimmed);
  if (/^[+-]?inf(inity)?$/i.test(trimmed) || value === Infinity || value === -Infinity) {
    return `${quoteCell(text)} (infinite)`;
  }
  return `${quoteCell(text)} (non-numeric)`;
}
