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
 * The columns of every non-feature column of `table` (the label's, the
 * `where` columns'), made now: the table's buffers can then be dropped, or
 * its cells become the feature matrix.
 */
export function otherColumns(table: RawTable, features: readonly number[]): Column[] {
  const isFeature = new Uint8Array(table.names.length);
  for (let f = 0; f < features.length; f++) isFeature[features[f]] = 1;
  const made: Column[] = [];
  for (let j = 0; j < table.names.length; j++) if (isFeature[j] === 0) made[j] = table.column(j);
  return made;
}

/**
 * The eval file's columns by name, feature columns made when first asked
 * for from the feature matrix: an eval file as wide as an image has a
 * column per pixel, while only the label and the `where` columns are
 * usually read.
 */
export class DataColumns implements Columns {
  private readonly made: Column[];
  /** Per column: its position among the features, or -1. */
  private readonly featureAt: Int32Array;
  private index: Map<string, number> | undefined;

  /** `others` holds every column that is not a feature (see `otherColumns`); it is taken over. */
  constructor(
    private readonly names: string[],
    private readonly rows: number,
    others: Column[],
    private readonly features: readonly number[],
    private readonly x: Float64Array,
  ) {
    this.made = others;
    this.featureAt = new Int32Array(names.length).fill(-1);
    for (let f = 0; f < features.length; f++) this.featureAt[features[f]] = f;
  }

  get size(): number {
    return this.names.length;
  }

  get(name: string): Column | undefined {
    const j = this.indexOf(name);
    return j === undefined ? undefined : this.column(j);
  }

  has(name: string): boolean {
    return this.indexOf(name) !== undefined;
  }

  keys(): IterableIterator<string> {
    return this.names.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, Column]> {
    for (let j = 0; j < this.names.length; j++) yield [this.names[j], this.column(j)];
  }

  private column(j: number): Column {
    let column = this.made[j];
    if (column === undefined) {
      const f = this.featureAt[j];
      const d = this.features.length;
      const values = new Float64Array(this.rows);
      for (let i = 0; i < this.rows; i++) values[i] = this.x[i * d + f];
      column = this.made[j] = { kind: 'number', values };
    }
    return column;
  }

  private indexOf(name: string): number | undefined {
    this.index ??= new Map(this.names.map((known, j) => [known, j]));
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
