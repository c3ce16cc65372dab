import { InputError } from '../errors.js';
import { cellNumber, plainDecimal } from './columns.js';
import { quoteName } from './names.js';
import type { RawTable } from './table.js';
import type { Column } from './types.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parses CSV text (RFC 4180) into a typed table. The first record is the
 * header (names trimmed of surrounding whitespace). Quoted fields may hold
 * commas, doubled quotes and line breaks; records end with LF, CRLF or CR;
 * a final line break is optional; blank lines are skipped. A leading
 * byte-order mark must already be removed (TextDecoder does). Text cells are
 * kept as written.
 *
 * For speed the tokenizer only records where each field is; numeric columns
 * are then read straight from the text, and only text columns make strings.
 */
export function parseCsv(text: string, file: string): RawTable {
  const fields = tokenize(text, file);
  const columns = typeColumns(text, fields);
  return { names: fields.names, columns, rows: fields.rows, lines: fields.lines };
}

/** Field positions, row-major: cell (i, j) is `text[starts[k], ends[k])`, k = i·m + j. */
interface Fields {
  names: string[];
  rows: number;
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
}

function tokenize(text: string, file: string): Fields {
  const n = text.length;
  let names: string[] | undefined;
  let m = 0;
  const starts = new Growable();
  const ends = new Growable();
  const lines = new Growable();
  let i = 0;
  let line = 1;

  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const rowLine = line;
    const where = names === undefined ? 'header' : `row ${lines.length + 1}`;
    let count = 0;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const start = ++i;
        let close = text.indexOf('"', i);
        while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
          close = text.indexOf('"', close + 2);
        }
        if (close < 0) {
          throw new InputError('unterminated quoted field (no closing ")', {
            file,
            where,
            line: openLine,
          });
        }
        line += countLineBreaks(text, start, close);
        starts.push(start);
        ends.push(close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== LF && next !== CR) {
          throw new InputError(`unexpected ${JSON.stringify(text[i])} after a closing quote`, {
            file,
            where,
            line,
          });
        }
      } else {
        starts.push(i);
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i++;
        }
        ends.push(i);
      }
      count++;

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

    if (names === undefined) {
      names = [];
      for (let k = 0; k < count; k++) {
        names.push(fieldText(text, starts.data[k], ends.data[k]).trim());
      }
      checkHeader(names, file, rowLine);
      m = names.length;
      starts.length = ends.length = 0;
    } else {
      if (count !== m) {
        throw new InputError(`expected ${m} fields (as in the header), got ${count}`, {
          file,
          where,
          line: rowLine,
        });
      }
      lines.push(rowLine);
    }
  }

  if (names === undefined) throw new InputError('empty file: expected a header row', { file });
  return {
    names,
    rows: lines.length,
    starts: starts.toArray(),
    ends: ends.toArray(),
    lines: lines.toArray(),
  };
}

/**
 * Types every column: numeric while every cell reads as a number, else text.
 * Cells are read in row order, the order the positions are stored in: a
 * column-by-column walk would stride through them and miss the cache.
 */
function typeColumns(text: string, fields: Fields): Column[] {
  const { rows, starts, ends } = fields;
  const m = fields.names.length;
  const numbers = fields.names.map(() => new Float64Array(rows));
  const numeric = fields.names.map(() => true);
  for (let i = 0, k = 0; i < rows; i++) {
    for (let j = 0; j < m; j++, k++) {
      if (!numeric[j]) continue;
      let value = plainDecimal(text, starts[k], ends[k]);
      if (Number.isNaN(value)) value = cellNumber(fieldText(text, starts[k], ends[k]));
      if (Number.isNaN(value)) numeric[j] = false;
      else numbers[j][i] = value;
    }
  }
  return numbers.map((values, j): Column => {
    if (numeric[j]) return { kind: 'number', values };
    const texts = new Array<string>(rows);
    for (let i = 0, k = j; i < rows; i++, k += m) texts[i] = fieldText(text, starts[k], ends[k]);
    return { kind: 'string', values: texts };
  });
}

/** A field's value: a quoted field (its start follows the opening quote) has `""` undoubled. */
function fieldText(text: string, start: number, end: number): string {
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

function checkHeader(names: string[], file: string, line: number): void {
  const seen = new Set<string>();
  names.forEach((name, j) => {
    if (name === '') {
      throw new InputError(`column ${j + 1} has no name`, { file, where: 'header', line });
    }
    if (seen.has(name)) {
      throw new InputError(`duplicate column name ${quoteName(name)}`, {
        file,
        where: 'header',
        line,
      });
    }
    seen.add(name);
  });
}

/** An Int32Array that grows as values are pushed. */
class Growable {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
