import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/data/bytes.ts
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var MINUS = 45;
var PLUS = 43;
var POINT = 46;
var DIGIT_0 = 48;
var DIGIT_9 = 57;
var LOWER_E = 101;
var UPPER_E = 69;

// src/data/csv-text.ts
import { constants } from "node:buffer";
var MAX_TEXT = constants.MAX_STRING_LENGTH;
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function fieldText(bytes, start, end) {
  return unquoted(bytes, start, decodeText(bytes, start, end));
}
function unquoted(bytes, start, raw) {
  return start > 0 && bytes[start - 1] === QUOTE ? raw.replaceAll('""', '"') : raw;
}
function decodeText(bytes, start, end) {
  if (end - start <= 32) {
    let ascii = true;
    for (let i = start; i < end; i++) if (bytes[i] >= 128) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end));
  }
  return decoder.decode(bytes.subarray(start, end));
}
function characterAt(bytes, i) {
  const lead = bytes[i];
  const length = lead < 128 ? 1 : lead < 224 ? 2 : lead < 240 ? 3 : 4;
  return decoder.decode(bytes.subarray(i, i + length))[0];
}
var CellTexts = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  text;
  ascii = false;
  /** The cursor: byte `byte` is UTF-16 unit `unit` of the text. */
  byte = 0;
  unit = 0;
  /**
   * Says that `cells` more cells will be read: the file is decoded once when that pays, and when
   * it fits in one text.
   */
  expect(cells) {
    const { length } = this.bytes;
    if (this.text !== void 0 || cells * 64 <= length || length > MAX_TEXT) return;
    this.text = decoder.decode(this.bytes);
    this.ascii = this.text.length === this.bytes.length;
  }
  /** The field's value, as `fieldText` gives it. */
  field(start, end) {
    const { text } = this;
    if (text === void 0) return fieldText(this.bytes, start, end);
    const raw = this.ascii ? text.slice(start, end) : text.slice(this.unitAt(start), this.unitAt(end));
    return unquoted(this.bytes, start, raw);
  }
  /** The UTF-16 offset of byte `at`, which starts a character (or ends the bytes). */
  unitAt(at) {
    const { bytes } = this;
    if (at < this.byte) this.byte = this.unit = 0;
    let unit = this.unit;
    for (let i = this.byte; i < at; i++) {
      const b = bytes[i];
      if (b < 128 || b >= 192) unit += b >= 240 ? 2 : 1;
    }
    this.byte = at;
    this.unit = unit;
    return unit;
  }
};

// src/data/decimal.ts
var POW10 = Float64Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
var MAX_MANTISSA = 2 ** 53 - 1;
var EXPONENT_CAP = 1e5;
function scanDecimal(bytes, i, end, values, k) {
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
function scanRest(bytes, i, end, values, k, mantissa, digits, scale, negative) {
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
    plain = false;
    for (; i < end; i++) {
      c = bytes[i];
      if (c === COMMA || c === LF || c === CR) break;
    }
  }
  values[k] = plain ? exactValue(mantissa, exponent - scale, negative) : NaN;
  return i;
}
function exactValue(mantissa, e, negative) {
  let value;
  if (mantissa > MAX_MANTISSA) return NaN;
  if (e === 0 || mantissa === 0) value = mantissa;
  else if (e > 0 && e <= 22) value = mantissa * POW10[e];
  else if (e < 0 && e >= -22) value = mantissa / POW10[-e];
  else return NaN;
  return value * (negative ? -1 : 1);
}
function plainDecimal(bytes, start, end) {
  return scanDecimal(bytes, start, end, ONE, 0) === end ? ONE[0] : NaN;
}
var ONE = new Float64Array(1);

// src/data/csv-fields.ts
var FieldScanner = class {
  constructor(bytes, file, capacity = 1024) {
    this.file = file;
    this.bytes = endsWithLineBreak(bytes) ? bytes : withLineBreak(bytes);
    this.values = new Float64Array(capacity);
  }
  file;
  values;
  /** Fields stored. */
  count = 0;
  /** `[k, start, end]` of each kept field, in field order: `keptCount` of them. */
  kept = new Int32Array(3 * 64);
  keptCount = 0;
  /** Keep every field's text (the header). */
  keepAll = false;
  /** Keep the text of every field j (its position in the record) with `keepColumns[j] === 1`. */
  keepColumns;
  /** Where the next record starts, and its 1-based line. */
  at = 0;
  line = 1;
  /** The next record's number in messages: 0 the header, then the data rows from 1. */
  row = 0;
  /** The file's bytes, and a line break after them when they do not end with one. */
  bytes;
  /**
   * Skips blank lines; false at the end of the bytes. Otherwise `at` and
   * `line` are where the next record starts.
   */
  nextRecord() {
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
  readPlainHeader() {
    const { bytes, at } = this;
    const n = bytes.length;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, n);
    let end = buffer.indexOf(LF, at);
    if (end < 0) end = n;
    const cr = buffer.subarray(at, end).indexOf(CR);
    if (cr >= 0) end = at + cr;
    if (buffer.subarray(at, end).indexOf(QUOTE) >= 0) return void 0;
    const c = end < n ? bytes[end] : -1;
    if (end - at > MAX_TEXT) {
      const what = `a line of ${end - at} bytes, ${TOO_LONG}; is it a CSV file?`;
      this.fail(what, this.row, this.line);
    }
    const names = decodeText(bytes, at, end).split(",");
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
  readRecords(limit, m, lines) {
    const { bytes, keepAll, keepColumns } = this;
    const keepAny = keepAll || keepColumns !== void 0;
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
      for (; ; ) {
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
          if (values[k] !== values[k] || keepAny && (keepAll || keepColumns?.[k - first] === 1)) {
            this.keep(k, from, close, row, recordLine);
          }
        } else {
          let c2 = i < n ? bytes[i] : -1;
          const negative = c2 === MINUS;
          if (negative || c2 === PLUS) i++;
          const from = i;
          let mantissa = 0;
          for (; ; i++) {
            c2 = bytes[i];
            const digit = c2 ^ DIGIT_0;
            if (digit > 9) break;
            mantissa = mantissa * 10 + digit;
          }
          let digits = i - from;
          let scale = 0;
          if (c2 === POINT && i < n) {
            const point = ++i;
            for (; ; i++) {
              c2 = bytes[i];
              const digit = c2 ^ DIGIT_0;
              if (digit > 9) break;
              mantissa = mantissa * 10 + digit;
            }
            scale = i - point;
            digits += scale;
          }
          if (i >= n || c2 === COMMA || c2 === LF || c2 === CR) {
            values[k] = digits === 0 ? NaN : scale === 0 && mantissa <= MAX_INTEGER ? (
              // A product, not a negation: the multiplication's type feedback is there from
              // the first field, so a first negative cell does not send the compiled loop back.
              mantissa * (negative ? -1 : 1)
            ) : exactValue(mantissa, -scale, negative);
          } else {
            i = scanRest(bytes, i, n, values, k, mantissa, digits, scale, negative);
          }
          if (values[k] !== values[k] || keepAny && (keepAll || keepColumns?.[k - first] === 1)) {
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
  restart(m) {
    const { bytes, at } = this;
    const count = (byte) => {
      let lines2 = 0;
      for (let i = bytes.indexOf(byte, at); i >= 0; i = bytes.indexOf(byte, i + 1)) lines2++;
      return lines2;
    };
    const lines = count(LF) || count(CR);
    const capacity = Math.max(1, Math.min(m * (lines + 1), bytes.length - at + 1));
    this.values = new Float64Array(capacity);
    this.count = 0;
    this.keptCount = 0;
  }
  /** Throws the InputError for record `row` (0: the header) at `line`. */
  fail(message, row, line) {
    const where = row === 0 ? "header" : `row ${row}`;
    throw new InputError(message, { file: this.file, where, line });
  }
  /** The text of the kept field at `kept[3 * index]`. */
  keptText(index) {
    return fieldText(this.bytes, this.kept[3 * index + 1], this.kept[3 * index + 2]);
  }
  /** Keeps field k's place, bytes[start, end), of record `row` at `line` (for a message). */
  keep(k, start, end, row, line) {
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
  grow() {
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    return values;
  }
};
var TOO_LONG = `longer than a text can be (${MAX_TEXT} characters)`;
var MAX_INTEGER = 2 ** 53 - 1;
function endsWithLineBreak(bytes) {
  const last = bytes.length === 0 ? -1 : bytes[bytes.length - 1];
  return last === LF || last === CR;
}
function withLineBreak(bytes) {
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes);
  copy[bytes.length] = LF;
  return copy;
}
function countLineBreaks(bytes, from, to) {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = bytes[k];
    if (c === LF || c === CR && (k + 1 >= bytes.length || bytes[k + 1] !== LF)) count++;
  }
  return count;
}

// src/data/csv-range.ts
function readRange(bytes, part, m, values, file) {
  const scanner = new FieldScanner(bytes.subarray(0, part.to), file, 1);
  scanner.values = values;
  scanner.at = part.from;
  scanner.line = part.line;
  scanner.row = part.row;
  const lines = [];
  scanner.readRecords(Infinity, m, lines);
  return {
    lines: Int32Array.from(lines),
    kept: scanner.kept.slice(0, 3 * scanner.keptCount),
    endLine: scanner.line,
    overflow: scanner.values !== values
  };
}

export {
  QUOTE,
  LF,
  CR,
  MAX_TEXT,
  CellTexts,
  FieldScanner,
  readRange
};
