import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { plainDecimal } from '../../src/data/decimal.js';
import { utf8 } from './helpers.js';
import { Rng } from '../../src/stats/rng.js';

/**
 * The CSV number fast path (src/data/decimal.ts, and its digits' loop
 * inlined in FieldScanner.readRecord) against `Number()`: the same double,
 * bit for bit, or no value (NaN) so that the caller reads the text.
 */

/** What a CSV cell reads as, through the unquoted (inlined) and the quoted scan. */
function viaCsv(text: string): { unquoted: number; quoted: number } {
  const read = (cell: string): number => {
    const column = parseCsv(utf8(`a,b\n${cell},1\n`), 't.csv').column(0);
    return column.kind === 'number' ? column.values[0] : NaN;
  };
  return { unquoted: read(text), quoted: read(`"${text}"`) };
}

describe('the CSV number fast path', () => {
  // [text, value as Number() reads it (NaN: not a number), whether the fast path reads it]
  const table: [string, number, boolean][] = [
    ['0', 0, true],
    ['-0', -0, true],
    ['+7', 7, true],
    ['.5', 0.5, true],
    ['5.', 5, true],
    ['-.25', -0.25, true],
    ['00012.50', 12.5, true],
    ['0.1', 0.1, true],
    // 3 × 0.1 is 0.30000000000000004: the division by an exact 10 is what rounds right.
    ['0.3', 0.3, true],
    ['0.009', 0.009, true],
    ['255', 255, true],
    ['123456789012345', 123456789012345, true],
    ['1234567890123456', 1234567890123456, true],
    ['9007199254740991', 9007199254740991, true],
    // From 2^53 on, an integer mantissa may already be rounded: Number() reads these.
    ['9007199254740992', 9007199254740992, false],
    ['9007199254740993', 9007199254740992, false],
    ['12345678901234567890', 12345678901234567168, false],
    ['0.30000000000000004', 0.30000000000000004, false],
    ['3.141592653589793', 3.141592653589793, true],
    ['3.14159265358979', 3.14159265358979, true],
    ['0000000000000000000001', 1, true],
    ['1e3', 1000, true],
    ['1E+3', 1000, true],
    ['2.5e-3', 0.0025, true],
    ['-1.5E-7', -1.5e-7, true],
    ['0.1e1', 1, true],
    ['5.e3', 5000, true],
    ['1e22', 1e22, true],
    ['123456789e-22', 1.23456789e-14, true],
    ['9007199254740991e22', 9.00719925474099e37, true],
    // 10^23 is no double: m × 10^23 and m / 10^23 would round twice.
    ['3e23', 3e23, false],
    ['1e-23', 1e-23, false],
    ['0.000000000000000000000001', 1e-24, false],
    ['1.7976931348623157e308', 1.7976931348623157e308, false],
    ['5e-324', 5e-324, false],
    ['0e999', 0, true],
    ['-0e-999', -0, true],
    ['0x1f', 31, false],
    [' 7 ', 7, false],
    ['1e400', NaN, false],
    ['1e', NaN, false],
    ['1e+', NaN, false],
    ['e5', NaN, false],
    ['.e1', NaN, false],
    ['1e5.5', NaN, false],
    ['1.2.3', NaN, false],
    ['--1', NaN, false],
    ['+-1', NaN, false],
    ['.', NaN, false],
    ['-', NaN, false],
    ['1_000', NaN, false],
    ['Infinity', NaN, false],
  ];

  it.each(table)('%j reads as %d (fast path: %s)', (text, value, fast) => {
    expect(Object.is(plainDecimal(utf8(text), 0, text.length), fast ? value : NaN)).toBe(true);
    const { unquoted, quoted } = viaCsv(text);
    expect(Object.is(unquoted, value)).toBe(true);
    expect(Object.is(quoted, value)).toBe(true);
  });

  it('equals Number() on 100,000 random decimals, quoted or not', () => {
    const rng = Rng.stream(11, 'data', 'decimal fast path');
    const pick = (n: number): number => Math.floor(rng.next() * n);
    const texts: string[] = [];
    for (let t = 0; t < 100_000; t++) {
      const digits = 1 + pick(20);
      const point = pick(digits + 2) - 1; // -1: no point; digits: a trailing point
      let text = ['', '', '-', '+'][pick(4)];
      for (let k = 0; k < digits; k++) {
        if (k === point) text += '.';
        text += String(k === 0 && pick(4) === 0 ? 0 : pick(10));
      }
      if (point === digits) text += '.';
      if (pick(2) === 0)
        text += `${pick(2) === 0 ? 'e' : 'E'}${['', '-', '+'][pick(3)]}${pick(40)}`;
      texts.push(text);
    }
    let fast = 0;
    for (const text of texts) {
      const value = plainDecimal(utf8(text), 0, text.length);
      if (Number.isNaN(value)) continue;
      fast++;
      expect(Object.is(value, Number(text))).toBe(true);
    }
    expect(fast).toBeGreaterThan(50_000);
    const csv = `a,b\n${texts.map((text, i) => (i % 2 === 0 ? text : `"${text}"`) + ',1').join('\n')}\n`;
    const column = parseCsv(utf8(csv), 't.csv').column(0);
    expect(column.kind).toBe('number');
    const wrong = texts.filter((text, i) => !Object.is(column.values[i], Number(text)));
    expect(wrong).toEqual([]);
  });
});
