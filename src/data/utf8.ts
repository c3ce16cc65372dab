import { CR, LF } from './bytes.js';

/**
 * Where the first byte sequence that is not UTF-8 starts in `bytes` (as
 * TextDecoder's `fatal` mode refuses it: overlong forms, surrogates, code
 * points past U+10FFFF, a lone continuation byte, a character cut off at
 * the end), or -1. Called only once `isUtf8` refused the bytes, to name the
 * line: a plain loop, never on a good file's path.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The second byte's range depends on the lead (Unicode's table 3-7); the others are 80-BF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + 1 >= n || bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) {
      const b = i + k < n ? bytes[i + k] : 0;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** The 1-based line of byte `at`: LF, CRLF and a lone CR each end a line, as the CSV scan counts them. */
export function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = bytes[i];
    if (c === LF || (c === CR && (i + 1 >= bytes.length || bytes[i + 1] !== LF))) line++;
  }
  return line;
}
