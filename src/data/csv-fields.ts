import { QUOTE, COMMA, LF, CR, MINUS, PLUS, POINT, DIGIT_0 } from './bytes.js';
import { InputError } from '../errors.js';
import { characterAt, decodeText, fieldText, MAX_TEXT } from './csv-text.js';
import { exactValue, plainDecimal, scanRest } from './decimal.js';

/**
 * Reads CSV records from the file's bytes (valid UTF-8: every
 * delimiter is an ASCII byte, which never occurs inside a multi-byte
 * character, so fields split on bytes as on characters). Field k of the
 * fields read so far gets `values[k]`, its value when it is a decimal the
 * fast path reads exactly (src/data/decimal.ts), else NaN. Only where a
 * field's text is needed is it kept, as `[k, start, end]` in `kept`
 * (`bytes[start, end)`; a quoted field's start follows its opening quote):
 * every field the fast path did not read, every field with `keepAll`, and
 * the fields of the columns `keepColumns` marks. The scan state lives in
 * locals while a record is read: the hot loop touches no object.
 */
export class FieldScanner {
  values: Float64Array;
  /** Fields stored. */
  count = 0;
  /** `[k, start, end]` of each kept field, in field order: `keptCount` of them. */
  kept: Int32Array = new Int32Array(3 * 64);
  keptCount = 0;
  /** Keep every field's text (the header). */
  keepAll = false;
  /** Keep the text of every field j (its position in the record) with `keepColumns[j] === 1`. */
  keepColumns: Uint8Array | undefined;
  /** Where the next record starts, and its 1-based line. */
  at = 0;
  line = 1;
  /** The next record's number in messages: 0 the header, then the data rows from 1. */
  row = 0;

  /** The file's bytes, and a line break after them when they do not end with one. */
  readonly bytes: Uint8Array;

  constructor(
    bytes: Uint8Array,
    private readonly file: string,
    capacity = 1024,
  ) {
    // A last line break adds no record and moves no record's line; with it, the scan of a
    // field's digits needs no end-of-bytes check: it stops at the line break at the latest.
    this.bytes = endsWithLineBreak(bytes) ? bytes : withLineBreak(bytes);
    this.values = new Float64Array(capacity);
  }

  /**
   * Skips blank lines; false at the end of the bytes. Otherwise `at` and
   * `line` are where the next record starts.
   */
  nextRecord(): boolean {
    const { bytes } = this;
    let i = this.at;
    while (i < bytes.length) {
      const first = bytes[i];
      if (first !== LF && first !== CR) break;
      i += first === CR && i + 1 < bytes.length && bytes[i + 1] === LF ? 2 : 1;
      this.line++;
    }
    this.at = i;
    return i < bytes.length;
  }

  /**
   * Reads the record at `at` as a header when its line has no quote: the
   * line decoded once and split on commas (an image's header has a name per
   * pixel), each name trimmed. Undefined, and nothing read, when it has one.
   */
  readPlainHeader(): string[] | undefined {
    const { bytes, at } = this;
    const n = bytes.length;
    // Searched for with memchr, never a loop over bytes: a binary file has no line break.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, n);
    let end = buffer.indexOf(LF, at);
    if (end < 0) end = n;
    const cr = buffer.subarray(at, end).indexOf(CR);
    if (cr >= 0) end = at + cr;
    if (buffer.subarray(at, end).indexOf(QUOTE) >= 0) return undefined;
    const c = end < n ? bytes[end] : -1;
    if (end - at > MAX_TEXT) {
      const what = `a line of ${end - at} bytes, ${TOO_LONG}; is it a CSV file?`;
      this.fail(what, this.row, this.line);
    }
    const names = decodeText(bytes, at, end).split(',');
    for (let h = 0; h < names.length; h++) names[h] = names[h].trim();
    if (end < n) {
      this.at = end + (c === CR && end + 1 < n && bytes[end + 1] === LF ? 2 : 1);
      this.line++;
    } else {
      this.at = n;
    }
    this.row++;
    return names;
  }

  /**
   * Reads up to `limit` records from `at` (blank lines skipped), appending
   * their fields and pushing each record's line to `lines`; returns how
   * many records it read. With `m` > 0 a record of another number of fields
   * fails. Records are numbered for messages from `row` (0: the header).
   * One call reads every record of a file: the loop is compiled once, early.
   */
  readRecords(limit: number, m: number, lines: number[]): number {
    const { bytes, keepAll, keepColumns } = this;
    const keepAny = keepAll || keepColumns !== undefined;
    const n = bytes.length;
    let { values } = this;
    let k = this.count;
    let i = this.at;
    let line = this.line;
    let records = 0;
    for (; records < limit; records++) {
      while (i < n) {
        const c = bytes[i];
        if (c !== LF && c !== CR) break;
        i += c === CR && i + 1 < n && bytes[i + 1] === LF ? 2 : 1;
        line++;
      }
      if (i >= n) break;
      const row = this.row++;
      const recordLine = line;
      const first = k;
      for (;;) {
        if (k === values.length) values = this.grow();
        const start = i;
        if (i < n && bytes[i] === QUOTE) {
          const openLine = line;
          const from = ++i;
          let close = bytes.indexOf(QUOTE, i);
          while (close >= 0 && close + 1 < n && bytes[close + 1] === QUOTE) {
            close = bytes.indexOf(QUOTE, close + 2);
          }
          if (close < 0) this.fail('unterminated quoted field (no closing ")', row, openLine);
          line += countLineBreaks(bytes, from, close);
          values[k] = plainDecimal(bytes, from, close);
          i = close + 1;
          if (i < n) {
            const next = bytes[i];
            if (next !== COMMA && next !== LF && next !== CR) {
              const character = JSON.stringify(characterAt(bytes, i));
              this.fail(`unexpected ${character} after a closing quote`, row, line);
            }
          }
          if (values[k] !== values[k] || (keepAny && (keepAll || keepColumns?.[k - first] === 1))) {
            this.keep(k, from, close, row, recordLine);
          }
        } else {
          // scanDecimal (src/data/decimal.ts), inlined and split into a loop for the digits
          // before the point and one for those after it: the scan for the field's end reads
          // every byte anyway. An exponent or anything else goes to scanRest.
          let c = i < n ? bytes[i] : -1;
          const negative = c === MINUS;
          if (negative || c === PLUS) i++;
          const from = i;
          let mantissa = 0;
          // No `i < n`: the bytes end with a line break (see the constructor), a non-digit.
          for (; ; i++) {
            c = bytes[i];
            // The byte's digit when it is one: 0x30-0x39 xor 0x30 are 0-9, every other byte > 9.
            const digit = c ^ DIGIT_0;
            if (digit > 9) break;
            mantissa = mantissa * 10 + digit;
          }
          let digits = i - from;
          let scale = 0;
          if (c === POINT && i < n) {
            const point = ++i;
            for (; ; i++) {
              c = bytes[i];
              // The byte's digit when it is one: 0x30-0x39 xor 0x30 are 0-9, every other byte > 9.
              const digit = c ^ DIGIT_0;
              if (digit > 9) break;
              mantissa = mantissa * 10 + digit;
            }
            scale = i - point;
            digits += scale;
          }
          if (i >= n || c === COMMA || c === LF || c === CR) {
            values[k] =
              digits === 0
                ? NaN
                : scale === 0 && mantissa <= MAX_INTEGER
                  ? // A product, not a negation: the multiplication's type feedback is there from
                    // the first field, so a first negative cell does not send the compiled loop back.
                    mantissa * (negative ? -1 : 1)
                  : exactValue(mantissa, -scale, negative);
          } else {
            i = scanRest(bytes, i, n, values, k, mantissa, digits, scale, negative);
          }
          if (values[k] !== values[k] || (keepAny && (keepAll || keepColumns?.[k - first] === 1))) {
            this.keep(k, start, i, row, recordLine);
          }
        }
        k++;

        if (i >= n) break;
        const c = bytes[i];
        if (c === COMMA) {
          i++;
          continue;
        }
        i += c === CR && i + 1 < n && bytes[i + 1] === LF ? 2 : 1;
        line++;
        break;
      }
      if (m > 0 && k - first !== m) {
        this.fail(`expected ${m} fields (as in the header), got ${k - first}`, row, recordLine);
      }
      lines.push(recordLine);
    }
    this.values = values;
    this.count = k;
    this.at = i;
    this.line = line;
    return records;
  }

  /**
   * Drops the stored fields and kept texts and makes room for the fields of
   * the rest of the bytes, in records of m fields: m per line left (lines
   * counted by LF, or by CR in a file without LF), and never more than one
   * per byte left (every field but the last ends with a delimiter).
   */
  restart(m: number): void {
    const { bytes, at } = this;
    const count = (byte: number): number => {
      let lines = 0;
      for (let i = bytes.indexOf(byte, at); i >= 0; i = bytes.indexOf(byte, i + 1)) lines++;
      return lines;
    };
    const lines = count(LF) || count(CR);
    const capacity = Math.max(1, Math.min(m * (lines + 1), bytes.length - at + 1));
    this.values = new Float64Array(capacity);
    this.count = 0;
    this.keptCount = 0;
  }

  /** Throws the InputError for record `row` (0: the header) at `line`. */
  fail(message: string, row: number, line: number): never {
    const where = row === 0 ? 'header' : `row ${row}`;
    throw new InputError(message, { file: this.file, where, line });
  }

  /** The text of the kept field at `kept[3 * index]`. */
  keptText(index: number): string {
    return fieldText(this.bytes, this.kept[3 * index + 1], this.kept[3 * index + 2]);
  }

  /** Keeps field k's place, bytes[start, end), of record `row` at `line` (for a message). */
  private keep(k: number, start: number, end: number, row: number, line: number): void {
    // Its text is read later, as one string.
    if (end - start > MAX_TEXT)
      this.fail(`a field of ${end - start} bytes, ${TOO_LONG}`, row, line);
    if (3 * this.keptCount === this.kept.length) {
      const kept = new Int32Array(2 * this.kept.length);
      kept.set(this.kept);
      this.kept = kept;
    }
    const at = 3 * this.keptCount++;
    this.kept[at] = k;
    this.kept[at + 1] = start;
    this.kept[at + 2] = end;
  }

  /** Doubles the capacity, keeping what is stored. */
  private grow(): Float64Array {
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    return values;
  }
}

/** Why a longer field or line is refused. */
const TOO_LONG = `longer than a text can be (${MAX_TEXT} characters)`;

/** The largest integer every smaller one of is a double (decimal.ts reads the same). */
const MAX_INTEGER = 2 ** 53 - 1;

function endsWithLineBreak(bytes: Uint8Array): boolean {
  const last = bytes.length === 0 ? -1 : bytes[bytes.length - 1];
  return last === LF || last === CR;
}

function withLineBreak(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes);
  copy[bytes.length] = LF;
  return copy;
}

/** Line breaks in bytes[from, to): LF, CRLF and a lone CR each count once. */
function countLineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = bytes[k];
    if (c === LF || (c === CR && (k + 1 >= bytes.length || bytes[k + 1] !== LF))) count++;
  }
  return count;
}
