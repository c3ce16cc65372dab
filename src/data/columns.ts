import type { Column } from './types.js';
import { quoteCell } from './names.js';

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
