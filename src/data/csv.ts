import { InputError } from '../errors.js';
import { cellNumber } from './columns.js';
import { FieldScanner, fieldText } from './csv-fields.js';
import { quoteName } from './names.js';
import type { RawTable } from './table.js';
import type { Column } from './types.js';

/**
 * Parses CSV text (RFC 4180) into a typed table. The first record is the
 * header (names trimmed of surrounding whitespace). Quoted fields may hold
 * commas, doubled quotes and line breaks; records end with LF, CRLF or CR;
 * a final line break is optional; blank lines are skipped. A leading
 * byte-order mark must already be removed (TextDecoder does). Text cells are
 * kept as written.
 *
 * For speed the tokenizer records where each field is and, in the same scan,
 * the value of a field written as a decimal that reads exactly without
 * `Number()` (src/data/decimal.ts); only the other cells are read as text
 * (`cellNumber`), and only text columns make strings.
 */
export function parseCsv(text: string, file: string): RawTable {
  return typeColumns(text, tokenize(text, file));
}

/**
 * Fields row-major: cell (i, j) is `text[starts[k], ends[k])`, k = i·m + j,
 * and `values[k]` its value when the fast path read it, else NaN.
 */
interface Fields {
  names: string[];
  rows: number;
  starts: Int32Array;
  ends: Int32Array;
  values: Float64Array;
  lines: Int32Array;
}

function tokenize(text: string, file: string): Fields {
  const scanner = new FieldScanner(text, file);
  if (!scanner.nextRecord()) throw new InputError('empty file: expected a header row', { file });
  const headerLine = scanner.line;
  const count = scanner.readRecord(0);
  const names: string[] = [];
  for (let h = 0; h < count; h++) {
    names.push(fieldText(text, scanner.starts[h], scanner.ends[h]).trim());
  }
  checkHeader(names, file, headerLine);
  const m = names.length;
  scanner.restart(m);
  const lines: number[] = [];
  while (scanner.nextRecord()) {
    const line = scanner.line;
    const count = scanner.readRecord(lines.length + 1);
    if (count !== m) {
      scanner.fail(`expected ${m} fields (as in the header), got ${count}`, lines.length + 1, line);
    }
    lines.push(line);
  }
  const k = scanner.count;
  return {
    names,
    rows: lines.length,
    starts: scanner.starts.subarray(0, k),
    ends: scanner.ends.subarray(0, k),
    values: scanner.values.subarray(0, k),
    lines: Int32Array.from(lines),
  };
}

/**
 * Types every column: numeric while every cell reads as a number, else text.
 * The tokenizer read most numbers; the other cells of a column
 * still numeric are read here, in row order. Columns are made on request.
 */
function typeColumns(text: string, fields: Fields): RawTable {
  const { names, rows, starts, ends, values } = fields;
  const m = names.length;
  const numeric = new Uint8Array(m).fill(1);
  for (let k = 0; k < values.length; k++) {
    if (values[k] === values[k]) continue;
    const j = k % m;
    if (numeric[j] === 0) continue;
    const value = cellNumber(fieldText(text, starts[k], ends[k]));
    if (Number.isNaN(value)) numeric[j] = 0;
    else values[k] = value;
  }
  // Text columns are made now, so the text is not kept.
  const made: Column[] = [];
  for (let j = 0; j < m; j++) {
    if (numeric[j] === 1) continue;
    const texts = new Array<string>(rows);
    for (let i = 0, k = j; i < rows; i++, k += m) texts[i] = fieldText(text, starts[k], ends[k]);
    made[j] = { kind: 'string', values: texts };
  }
  const column = (j: number): Column => (made[j] ??= numberColumn(values, rows, m, j));
  return { names, numeric, column, rows, lines: fields.lines, cells: values };
}

function numberColumn(cells: Float64Array, rows: number, m: number, j: number): Column {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = cells[i * m + j];
  return { kind: 'number', values };
}

function checkHeader(names: string[], file: string, line: number): void {
  const seen = new Set<string>();
  names.forEach((name, j) => {
    if (name === '') {
      throw new InputError(`column ${j + 1} has no name`, { file, where: 'header', line });
    }
    // One set operation per name: a name already there leaves the size as it was.
    const size = seen.size;
    if (seen.add(name).size === size) {
      throw new InputError(`duplicate column name ${quoteName(name)}`, {
        file,
        where: 'header',
        line,
      });
    }
  });
}
