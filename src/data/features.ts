import { InputError } from '../errors.js';
import { describeNonNumber, firstNonNumber } from './columns.js';
import { rowLocation, type RawTable } from './table.js';

/** Throws for the first feature cell (by row, then feature) that is not a finite number. */
export function checkFeatureCells(table: RawTable, featureIndexes: number[], file: string): void {
  let bad: { row: number; j: number; text: string } | undefined;
  for (let f = 0; f < featureIndexes.length; f++) {
    const j = featureIndexes[f];
    if (table.numeric[j] === 1) continue;
    const column = table.column(j);
    if (column.kind === 'number') continue;
    const row = firstNonNumber(column.values);
    if (bad === undefined || row < bad.row) bad = { row, j, text: column.values[row] };
  }
  if (bad !== undefined) {
    throw new InputError(`expected a number, got ${describeNonNumber(bad.text)}`, {
      file,
      ...rowLocation(table, bad.row, table.names[bad.j]),
    });
  }
}

/**
 * The features (every one numeric: see `checkFeatureCells`) as a row-major
 * n × d matrix. A CSV's row-major cells become it in place when the
 * features are in file order — each row moves its features to the front,
 * never over a cell still to be moved — so no second copy of the data is
 * made; the table's cells are then no longer its own.
 */
export function featureMatrix(table: RawTable, featureIndexes: number[]): Float64Array {
  const n = table.rows;
  const d = featureIndexes.length;
  const { cells } = table;
  if (cells !== undefined) {
    const runs = columnRuns(featureIndexes);
    const m = table.names.length;
    let inFileOrder = true;
    for (let f = 1; f < d && inFileOrder; f++)
      inFileOrder = featureIndexes[f] > featureIndexes[f - 1];
    if (inFileOrder) {
      for (let i = 0; i < n; i++) {
        for (const [from, to, length] of runs) {
          cells.copyWithin(i * d + to, i * m + from, i * m + from + length);
        }
      }
      // A view of a buffer much larger than the matrix would keep the rest alive.
      return cells.buffer.byteLength > 1.25 * n * d * 8
        ? cells.slice(0, n * d)
        : cells.subarray(0, n * d);
    }
    const x = new Float64Array(n * d);
    for (let i = 0; i < n; i++) {
      for (const [from, to, length] of runs) {
        x.set(cells.subarray(i * m + from, i * m + from + length), i * d + to);
      }
    }
    return x;
  }
  const x = new Float64Array(n * d);
  const sources = featureIndexes.map((j) => table.column(j).values as Float64Array);
  // Filled in row order: writes that stride through x would miss the cache.
  for (let i = 0, k = 0; i < n; i++) for (let f = 0; f < d; f++, k++) x[k] = sources[f][i];
  return x;
}

/** Runs of consecutive column indexes: [first column, its feature position, length]. */
function columnRuns(indexes: number[]): [from: number, to: number, length: number][] {
  const runs: [number, number, number][] = [];
  for (let f = 0; f < indexes.length;) {
    let length = 1;
    while (f + length < indexes.length && indexes[f + length] === indexes[f] + length) length++;
    runs.push([indexes[f], f, length]);
    f += length;
  }
  return runs;
}
