import { errorMessage, InputError } from '../errors.js';
import { buildColumn } from './columns.js';
import { quoteName } from './names.js';
import { tableOf, type RawTable } from './table.js';

/**
 * Parses JSON Lines: one JSON object per line, blank lines ignored. The
 * first record's keys, in order, are the columns.
 */
export function parseJsonLines(text: string, file: string): RawTable {
  const builder = new RecordTable(file, true);
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (source === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(source);
    } catch (error) {
      throw new InputError(`invalid JSON: ${errorMessage(error)}`, {
        file,
        where: `row ${builder.rows + 1}`,
        line,
      });
    }
    builder.add(record, line);
  }
  return builder.table();
}

/** Parses a JSON array of records (objects with the same keys). */
export function parseJsonArray(text: string, file: string): RawTable {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${errorMessage(error)}`, { file });
  }
  if (!Array.isArray(records)) {
    throw new InputError(`expected an array of records, got ${describeValue(records)}`, { file });
  }
  const builder = new RecordTable(file, false);
  for (const record of records) builder.add(record, undefined);
  return builder.table();
}

/** Collects records into columns, checking every record has the first one's keys. */
class RecordTable {
  rows = 0;
  private names: string[] | undefined;
  private index = new Map<string, number>();
  private cells: (string | number)[][] = [];
  private lines: number[] = [];

  constructor(
    private readonly file: string,
    private readonly hasLines: boolean,
  ) {}

  add(record: unknown, line: number | undefined): void {
    const where = `row ${this.rows + 1}`;
    const location = { file: this.file, where, line };
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputError(`expected an object, got ${describeValue(record)}`, location);
    }
    const entries = Object.entries(record as Record<string, unknown>);
    if (this.names === undefined) {
      this.names = entries.map(([key]) => key);
      this.names.forEach((name, j) => {
        if (name.trim() === '') throw new InputError('a key is empty', location);
        this.index.set(name, j);
      });
      this.cells = this.names.map(() => []);
    }
    if (entries.length < this.names.length) {
      const missing = this.names.find((name) => !Object.hasOwn(record, name)) ?? '';
      throw new InputError(`missing key ${quoteName(missing)}`, location);
    }
    for (const [key, value] of entries) {
      const j = this.index.get(key);
      if (j === undefined) {
        throw new InputError(
          `unexpected key ${quoteName(key)} (not in the first record)`,
          location,
        );
      }
      this.cells[j].push(cellOf(value, key, location));
    }
    if (line !== undefined) this.lines.push(line);
    this.rows++;
  }

  table(): RawTable {
    return tableOf(
      this.names ?? [],
      this.cells.map(buildColumn),
      this.rows,
      this.hasLines ? Int32Array.from(this.lines) : undefined,
    );
  }
}

function cellOf(
  value: unknown,
  key: string,
  location: { file: string; where: string; line: number | undefined },
): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return '';
  throw new InputError(
    `key ${quoteName(key)}: expected a number, string, boolean or null, got ${describeValue(value)}`,
    location,
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
