import type { Column } from './types.js';

/** The eval file as read and typed: column names, columns, and where each row starts. */
export interface RawTable {
  names: string[];
  /** One per name, same order. */
  columns: Column[];
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

/**
 * A numeric column of row-major cells (m per row), gathered on first use:
 * an eval file as wide as an image has a column per pixel, and copying
 * them all up front costs a pass over every cell and as much memory again
 * while only the label and `where` columns are read. `values` is an own
 * enumerable getter, so a spread or a deep comparison reads it as a value.
 */
export function cellColumn(cells: Float64Array, rows: number, m: number, j: number): Column {
  let gathered: Float64Array | undefined;
  return {
    kind: 'number',
    get values(): Float64Array {
      if (gathered === undefined) {
        gathered = new Float64Array(rows);
        for (let i = 0; i < rows; i++) gathered[i] = cells[i * m + j];
      }
      return gathered;
    },
  };
}
