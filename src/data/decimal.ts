/**
 * Reading a number from CSV bytes (UTF-8) without making a string: the fast path of
 * `cellNumber` (JavaScript's `Number()`), taken only where it gives the same
 * double bit for bit.
 *
 * A field written `[+-]digits[.digits][(e|E)[+-]digits]` is m × 10^e with
 * m the integer its digits spell and e its exponent less the digits after
 * the point. When m < 2^53 and |e| ≤ 22, m and 10^|e| are both exact
 * doubles, so one multiplication or division rounds the exact value
 * correctly, as `Number()` does (Clinger's fast path). Anything else — more
 * significant digits, a larger exponent, blanks, hexadecimal — is left to
 * `Number()`: the scan reports NaN and the caller reads the text.
 */

import { COMMA, LF, CR, MINUS, PLUS, POINT, DIGIT_0, DIGIT_9, LOWER_E, UPPER_E } from './bytes.js';

/** 10^0 … 10^22: the powers of ten that are exact doubles (10^23 is not). */
const POW10 = Float64Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** The largest mantissa read exactly: every integer up to it is a double. */
const MAX_MANTISSA = 2 ** 53 - 1;
/** An exponent past any the fast path reads: larger ones stop growing here. */
const EXPONENT_CAP = 100_000;

/**
 * Scans the field that starts at `i` up to the first comma or line break
 * (or `end`), writes its value to `values[k]` when it is a decimal the fast
 * path reads exactly (else NaN), and returns where the field ends.
 * (`FieldScanner.readRecords` has the digits' loop inlined, then calls
 * `scanRest`.)
 */
export function scanDecimal(
  bytes: Uint8Array,
  i: number,
  end: number,
  values: Float64Array,
  k: number,
): number {
  let c = i < end ? bytes[i] : -1;
  const negative = c === MINUS;
  if (negative || c === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < end; i++) {
    c = bytes[i];
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      mantissa = mantissa * 10 + (c - DIGIT_0);
      digits++;
      if (point) scale++;
    } else if (c === POINT && !point) {
      point = true;
    } else {
      break;
    }
  }
  return scanRest(bytes, i, end, values, k, mantissa, digits, scale, negative);
}

/**
 * The rest of a field after its digits and point (`mantissa`, `digits` of
 * them, `scale` after the point): an optional exponent, then the field's
 * end. Writes the value as `scanDecimal` does; returns where the field ends.
 */
export function scanRest(
  bytes: Uint8Array,
  i: number,
  end: number,
  values: Float64Array,
  k: number,
  mantissa: number,
  digits: number,
  scale: number,
  negative: boolean,
): number {
  let plain = digits > 0;
  let exponent = 0;
  let c = i < end ? bytes[i] : -1;
  if (c === LOWER_E || c === UPPER_E) {
    c = ++i < end ? bytes[i] : -1;
    const negativeExponent = c === MINUS;
    if (negativeExponent || c === PLUS) i++;
    let exponentDigits = 0;
    c = -1;
    for (; i < end; i++) {
      c = bytes[i];
      if (c < DIGIT_0 || c > DIGIT_9) break;
      if (exponent < EXPONENT_CAP) exponent = exponent * 10 + (c - DIGIT_0);
      exponentDigits++;
    }
    if (exponentDigits === 0) plain = false;
    if (negativeExponent) exponent = -exponent;
  }
  if (i < end && c !== COMMA && c !== LF && c !== CR) {
    // Not a decimal: the field runs on to its delimiter, and Number() reads it.
    plain = false;
    for (; i < end; i++) {
      c = bytes[i];
      if (c === COMMA || c === LF || c === CR) break;
    }
  }
  values[k] = plain ? exactValue(mantissa, exponent - scale, negative) : NaN;
  return i;
}

/**
 * m × 10^e, negated when `negative`, when one rounding gives it exactly
 * (m < 2^53, |e| ≤ 22; or m = 0); else NaN.
 */
export function exactValue(mantissa: number, e: number, negative: boolean): number {
  let value: number;
  if (mantissa > MAX_MANTISSA) return NaN;
  if (e === 0 || mantissa === 0) value = mantissa;
  else if (e > 0 && e <= 22) value = mantissa * POW10[e];
  else if (e < 0 && e >= -22) value = mantissa / POW10[-e];
  else return NaN;
  // A product, not a negation: see FieldScanner.readRecords.
  return value * (negative ? -1 : 1);
}

/**
 * `bytes[start, end)` as a number when the fast path reads it (see above),
 * else NaN (the caller falls back to `cellNumber`).
 */
export function plainDecimal(bytes: Uint8Array, start: number, end: number): number {
  return scanDecimal(bytes, start, end, ONE, 0) === end ? ONE[0] : NaN;
}

/** plainDecimal's one value (no array per call). */
const ONE = new Float64Array(1);
