import { InputError } from '../errors.js';
import { cellNumber } from './columns.js';
import { FieldScanner } from './csv-fields.js';
import { CellTexts } from './csv-text.js';
import { quoteName } from './names.js';
import type { RawTable } from './table.js';
import type { Column } from './types.js';

/**
 * Parses CSV bytes (RFC 4180; valid UTF-8, checked by the caller) into a
 * typed table. The first record is the header (names trimmed of
 * surrounding whitespace). Quoted fields may hold commas, doubled quotes and
 * line breaks; records end with LF, CRLF or CR; a final line break is
 * optional; blank lines are skipped. A leading byte-order mark must already
 * be removed. Text cells are kept as written.
 *
 * For speed the tokenizer scans the bytes, never a decoded string, and
 * writes the value of a field written as a decimal that reads exactly
 * without `Number()` (src/data/decimal.ts) straight into the row-major
 * cells; only the other cells are decoded and read as text (`cellNumber`),
 * and only text columns make strings.
 */
export function parseCsv(bytes: Uint8Array, file: string): RawTable {
  return typeColumns(bytes, tokenize(bytes, file), file);
}

/**
 * Fields row-major: cell (i, j) is `values[k]`, k = i·m + j, when the fast
 * path read it; `kept` holds `[k, start, end]` of every other cell, where
 * `values[k]` is NaN.
 */
export interface Fields {
  names: string[];
  rows: number;
  values: Float64Array;
  kept: Int32Array;
  lines: Int32Array;
  /** Where the first data record starts, and its line. */
  at: number;
  line: number;
}

function tokenize(bytes: Uint8Array, file: string): Fields {
  const { scanner, names } = readHeaderRecord(bytes, file);
  const m = names.length;
  const { at, line: dataLine } = scanner;
  scanner.restart(m);
  const lines: number[] = [];
  scanner.readRecords(Infinity, m, lines);
  return {
    names,
    rows: lines.length,
    values: scanner.values.subarray(0, scanner.count),
    kept: scanner.kept.subarray(0, 3 * scanner.keptCount),
    lines: Int32Array.from(lines),
    at,
    line: dataLine,
  };
}

/**
 * Reads and checks the header (the first record); the scanner is left at
 * the first data record (`at`, `line`), numbering it row 1.
 */
export function readHeaderRecord(
  bytes: Uint8Array,
  file: string,
): { scanner: FieldScanner; names: string[] } {
  const scanner = new FieldScanner(bytes, file);
  if (!scanner.nextRecord()) throw new InputError('empty file: expected a header row', { file });
  const headerLine = scanner.line;
  const names = readHeader(scanner);
  scanner.row = 1;
  checkHeader(names, file, headerLine);
  return { scanner, names };
}

/**
 * The header's names, trimmed: a line without quotes split on its commas
 * (`readPlainHeader`), any other read by the scanner.
 */
function readHeader(scanner: FieldScanner): string[] {
  const plain = scanner.readPlainHeader();
  if (plain !== undefined) return plain;
  scanner.keepAll = true;
  scanner.readRecords(1, 0, []);
  scanner.keepAll = false;
  const names: string[] = [];
  for (let h = 0; h < scanner.count; h++) names.push(scanner.keptText(h).trim());
  return names;
}

/**
 * Types every column: numeric while every cell reads as a number, else text.
 * The tokenizer read most numbers; the other cells of a column
 * still numeric are read here, in row order. Columns are made on request.
 */
export function typeColumns(bytes: Uint8Array, fields: Fields, file: string): RawTable {
  const { names, rows, values, kept } = fields;
  const m = names.length;
  const numeric = new Uint8Array(m).fill(1);
  const keptCells = new Int32Array(m);
  const cells = new CellTexts(bytes);
  cells.expect(kept.length / 3);
  for (let t = 0; t < kept.length; t += 3) {
    const k = kept[t];
    const j = k % m;
    keptCells[j]++;
    if (numeric[j] === 0) continue;
    const value = cellNumber(cells.field(kept[t + 1], kept[t + 2]));
    if (Number.isNaN(value)) numeric[j] = 0;
    else values[k] = value;
  }
  // Text columns are made now, so the bytes are not kept.
  const made: Column[] = [];
  const texts: string[][] = [];
  let rescan: Uint8Array | undefined;
  for (let j = 0; j < m; j++) {
    if (numeric[j] === 1) continue;
    texts[j] = new Array<string>(rows);
    made[j] = { kind: 'string', values: texts[j] };
    // A cell the fast path read kept no text: such a column's cells are read again.
    if (keptCells[j] < rows) (rescan ??= new Uint8Array(m))[j] = 1;
  }
  for (let t = 0; t < kept.length; t += 3) {
    const k = kept[t];
    const j = k % m;
    if (numeric[j] === 0 && rescan?.[j] !== 1) {
      texts[j][(k - j) / m] = cells.field(kept[t + 1], kept[t + 2]);
    }
  }
  if (rescan !== undefined) readTexts(bytes, file, fields, rescan, texts, cells);
  const column = (j: number): Column => (made[j] ??= numberColumn(values, rows, m, j));
  return { names, numeric, column, rows, lines: fields.lines, cells: values };
}

/** Reads the records again for the text of every cell of the columns `columns` marks. */
function readTexts(
  bytes: Uint8Array,
  file: string,
  fields: Fields,
  columns: Uint8Array,
  texts: string[][],
  cells: CellTexts,
): void {
  let count = 0;
  for (let j = 0; j < columns.length; j++) count += columns[j];
  cells.expect(count * fields.rows);
  // One call reads every record (the loop compiled once); its numbers land in a buffer of their own.
  const scanner = new FieldScanner(bytes, file, Math.max(1, fields.values.length));
  scanner.at = fields.at;
  scanner.line = fields.line;
  scanner.keepColumns = columns;
  scanner.row = 1;
  scanner.readRecords(Infinity, 0, []);
  const m = fields.names.length;
  const { kept } = scanner;
  for (let t = 0; t < 3 * scanner.keptCount; t += 3) {
    const k = kept[t];
    const j = k % m;
    if (columns[j] === 1) texts[j][(k - j) / m] = cells.field(kept[t + 1], kept[t + 2]);
  }
}

function numberColumn(cells: Float64Array, rows: number, m: number, j: number): Column {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = cells[i * m + j];
  return { kind: 'number', values };
}

/**
 * Throws for the first name (in header order) that is empty or repeats an
 * earlier one. A sorted copy, with every repeat next to its twin, finds
 * whether there is one faster than a set of every name (an image has a
 * column per pixel); only then are the names walked in order.
 */
function checkHeader(names: string[], file: string, line: number): void {
  const sorted = names.slice().sort();
  let clean = sorted.length === 0 || sorted[0] !== '';
  for (let h = 1; clean && h < sorted.length; h++) clean = sorted[h] !== sorted[h - 1];
  if (clean) return;
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
