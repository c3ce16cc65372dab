import { InputError } from '../errors.js';
import { exactValue, plainDecimal, scanRest } from './decimal.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const POINT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * Reads CSV records one at a time into typed arrays: where each field is
 * and, in the same scan, its value when it is a decimal the fast path reads
 * exactly (`scanDecimal`; NaN otherwise). Field k of the fields read so far is
 * `text[starts[k], ends[k])`; a quoted field's start follows its opening
 * quote. The scan state lives in locals while a record is read: the hot loop
 * touches no object.
 */
export class FieldScanner {
  starts: Int32Array;
  ends: Int32Array;
  values: Float64Array;
  /** Fields stored. */
  count = 0;
  /** Where the next record starts, and its 1-based line. */
  at = 0;
  line = 1;

  constructor(
    private readonly text: string,
    private readonly file: string,
    capacity = 1024,
  ) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  /**
   * Skips blank lines; false at the end of the text. Otherwise `at` and
   * `line` are where the next record starts.
   */
  nextRecord(): boolean {
    const { text } = this;
    let i = this.at;
    while (i < text.length) {
      const first = text.charCodeAt(i);
      if (first !== LF && first !== CR) break;
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      this.line++;
    }
    this.at = i;
    return i < text.length;
  }

  /**
   * Reads the record at `at`, appending its fields; returns how many it has.
   * `row` names it in messages: 0 the header, else the data row's number.
   */
  readRecord(row: number): number {
    const { text } = this;
    const n = text.length;
    let { starts, ends, values } = this;
    let k = this.count;
    const first = k;
    let i = this.at;
    let line = this.line;
    for (;;) {
      if (k === starts.length) ({ starts, ends, values } = this.grow());
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const start = ++i;
        let close = text.indexOf('"', i);
        while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
          close = text.indexOf('"', close + 2);
        }
        if (close < 0) this.fail('unterminated quoted field (no closing ")', row, openLine);
        line += countLineBreaks(text, start, close);
        starts[k] = start;
        ends[k] = close;
        values[k] = plainDecimal(text, start, close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          this.fail(`unexpected ${JSON.stringify(text[i])} after a closing quote`, row, line);
        }
      } else {
        // scanDecimal's digits (src/data/decimal.ts), inlined: the scan for the field's end
        // reads every character anyway. An exponent or anything else goes to scanRest.
        starts[k] = i;
        let c = text.charCodeAt(i);
        const negative = c === MINUS;
        if (negative || c === PLUS) i++;
        let mantissa = 0;
        let digits = 0;
        let scale = 0;
        let point = false;
        for (; i < n; i++) {
          c = text.charCodeAt(i);
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
        if (i >= n || c === COMMA || c === LF || c === CR) {
          values[k] = digits === 0 ? NaN : exactValue(mantissa, -scale, negative);
        } else {
          i = scanRest(text, i, n, values, k, mantissa, digits, scale, negative);
        }
        ends[k] = i;
      }
      k++;

      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    this.count = k;
    this.at = i;
    this.line = line;
    return k - first;
  }

  /**
   * Drops the stored fields and makes room for those of the rest of the
   * text, in records of m fields: m per line left (lines counted by LF, or
   * by CR in a file without LF), and never more than one per character
   * left (every field but the last ends with a delimiter).
   */
  restart(m: number): void {
    const { text, at } = this;
    const count = (char: string): number => {
      let lines = 0;
      for (let i = text.indexOf(char, at); i >= 0; i = text.indexOf(char, i + 1)) lines++;
      return lines;
    };
    const lines = count('\n') || count('\r');
    const capacity = Math.max(1, Math.min(m * (lines + 1), text.length - at + 1));
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.count = 0;
  }

  /** Throws the InputError for record `row` (0: the header) at `line`. */
  fail(message: string, row: number, line: number): never {
    const where = row === 0 ? 'header' : `row ${row}`;
    throw new InputError(message, { file: this.file, where, line });
  }

  /** Doubles the capacity, keeping what is stored. */
  private grow(): this {
    const length = this.starts.length * 2;
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const values = new Float64Array(length);
    starts.set(this.starts);
    ends.set(this.ends);
    values.set(this.values);
    this.starts = starts;
    this.ends = ends;
    this.values = values;
    return this;
  }
}

/** A field's value: a quoted field (its start follows the opening quote) has `""` undoubled. */
export function fieldText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return start > 0 && text.charCodeAt(start - 1) === QUOTE ? raw.replaceAll('""', '"') : raw;
}

/** Line breaks in text[from, to): LF, CRLF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
