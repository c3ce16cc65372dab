import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { cellNumber } from '../../src/data/columns.js';
import { plainDecimal } from '../../src/data/decimal.js';
import { utf8 } from './helpers.js';
import { Rng } from '../../src/stats/rng.js';

describe('reading numbers', () => {
  const texts = [
    '0',
    '-0',
    '+7',
    '.5',
    '5.',
    '-.25',
    '00012.50',
    '0.1',
    '0.3',
    '123456789012345',
    '1234567890123456',
    '12345678901234567890',
    '9007199254740993',
    '3.141592653589793',
    '0.000000000000000000000001',
    '1.7976931348623157e308',
    '5e-324',
    '1e3',
    '0x1f',
    '0b101',
    ' 7 ',
    '\t-2.5\t',
  ];

  it.each(texts)('%j reads as Number() reads it', (text) => {
    const column = parseCsv(utf8(`a\n"${text}"\n`), 't.csv').column(0);
    expect(column.kind).toBe('number');
    expect(Object.is(column.values[0], Number(text))).toBe(true);
    expect(Object.is(cellNumber(text), Number(text))).toBe(true);
  });

  it.each(['', ' ', 'abc', '1,5', '1.2.3', '-', '.', '+', 'NaN', 'Infinity', '-inf', '1e400'])(
    '%j is not a number',
    (text) => {
      expect(cellNumber(text)).toBeNaN();
      expect(plainDecimal(utf8(text), 0, text.length)).toBeNaN();
    },
  );

  it('the fast path equals Number() on 20,000 random decimals', () => {
    const rng = Rng.stream(7, 'data', 'decimals');
    let fast = 0;
    for (let t = 0; t < 20_000; t++) {
      const digits = 1 + Math.floor(rng.next() * 18);
      let text = rng.next() < 0.3 ? '-' : '';
      const point = Math.floor(rng.next() * (digits + 1));
      for (let k = 0; k < digits; k++) {
        if (k === point) text += '.';
        text += String(Math.floor(rng.next() * 10));
      }
      const value = plainDecimal(utf8(text), 0, text.length);
      if (!Number.isNaN(value)) {
        fast++;
        expect(Object.is(value, Number(text))).toBe(true);
      }
    }
    expect(fast).toBeGreaterThan(15_000);
  });
});
