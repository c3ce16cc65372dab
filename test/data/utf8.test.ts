import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, lineOf } from '../../src/data/utf8.js';

/** Random bytes, mostly from UTF-8's lead and continuation ranges (a linear congruential draw). */
function randomBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const pool = [0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef];
  pool.push(0xf0, 0xf4, 0xf5, 0xff);
  return Uint8Array.from({ length }, () => pool[next() % pool.length]);
}

describe('the first byte that is not UTF-8', () => {
  it.each([
    ['plain ASCII', [0x61, 0x0a], -1],
    ['é, €, 😀', [...Buffer.from('é€😀')], -1],
    ['an overlong 2-byte form', [0x61, 0xc0, 0xaf], 1],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['U+110000', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a character cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['a lead followed by ASCII', [0xc3, 0x28], 0],
    ['0xff', [0xff], 0],
  ])('%s', (_, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('agrees with isUtf8 on 5,000 random byte strings: it finds the first bad byte', () => {
    let bad = 0;
    for (let seed = 1; seed <= 5000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 7));
      const at = firstInvalidUtf8(bytes);
      expect(at < 0).toBe(isUtf8(bytes));
      if (at >= 0) {
        bad++;
        // The bytes before it are good; what starts there is not.
        expect(isUtf8(bytes.subarray(0, at))).toBe(true);
        expect(isUtf8(bytes.subarray(0, Math.min(bytes.length, at + 4)))).toBe(false);
      }
    }
    expect(bad).toBeGreaterThan(1000);
  });

  it.each([
    ['a', 0, 1],
    ['a\nb', 2, 2],
    ['a\r\nb', 3, 2],
    ['a\rb\n\nc', 5, 4],
  ])('%j: byte %i is on line %i', (text, at, line) => {
    expect(lineOf(Buffer.from(text), at)).toBe(line);
  });
});
