import type { Column, Columns } from './types.js';

/** The eval file as read and typed: column names, columns, and where each row starts. */
export interface RawTable {
  names: string[];
  /** Per name: 1 when every cell of the column is a finite number, else 0. */
  numeric: Uint8Array;
  /** Column j, typed; the same object on every call (a CSV makes it on the first). */
  column(j: number): Column;
  /** Number of data rows. */
  rows: number;
  /** 1-based line of each row's first character, when the format has lines. */
  lines: Int32Array | undefined;
  /**
   * Every cell's number, row-major (rows × names.length), when the format
   * reads them so (CSV): an entry is meaningful only in a numeric column.
   */
  cells?: Float64Array;
}

/** A table of columns made up front (JSON data: records are read as objects anyway). */
export function tableOf(
  names: string[],
  columns: Column[],
  rows: number,
  lines: Int32Array | undefined,
): RawTable {
  return {
    names,
    numeric: Uint8Array.from(columns, (column) => (column.kind === 'number' ? 1 : 0)),
    column: (j) => columns[j],
    rows,
    lines,
  };
}

/**
 * A table's columns by name, each made when first asked for: an eval file
 * as wide as an image has a column per pixel, while only the label and the
 * `where` columns are usually read (the features go to the model as one
 * row-major matrix).
 */
export class TableColumns implements Columns {
  private index: Map<string, number> | undefined;

  constructor(private readonly table: RawTable) {}

  get size(): number {
    return this.table.names.length;
  }

  get(name: string): Column | undefined {
    const j = this.indexOf(name);
    return j === undefined ? undefined : this.table.column(j);
  }

  has(name: string): boolean {
    return this.indexOf(name) !== undefined;
  }

  keys(): IterableIterator<string> {
    return this.table.names.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, Column]> {
    const { names } = this.table;
    for (let j = 0; j < names.length; j++) yield [names[j], this.table.column(j)];
  }

  private indexOf(name: string): number | undefined {
    this.index ??= new Map(this.table.names.map((known, j) => [known, j]));
    return this.index.get(name);
  }
}

/** Where row i (0-based) is, for `InputError`: its 1-based number and its line. */
export function rowLocation(
  table: Pick<RawTable, 'lines'>,
  i: number,
  column?: string,
): { where: string; line: number | undefined } {
  const where =
    column === undefined ? `row ${i + 1}` : `row ${i + 1}, column ${JSON.stringify(column)}`;
  return { where, line: table.lines?.[i] };
}
