/**
 * One part of a CSV file's data records, read by either thread of a
 * two-thread read (src/data/csv-threads.ts), and what the two threads say
 * to each other.
 */
import { FieldScanner } from './csv-fields.js';

/** What a part's read gives back: the scan's fields of `bytes[from, to)`. */
export interface RangeRead {
  /** The 1-based line of each record, counted from `line` at `from`. */
  lines: Int32Array;
  /** `[k, start, end]` of every kept field (`FieldScanner.kept`), k from 0 at the part's first field. */
  kept: Int32Array;
  /** The line at `to`. */
  endLine: number;
  /** True when the records held more fields than `values` has room for: the part is read again whole. */
  overflow: boolean;
}

/**
 * Reads the records of `bytes[from, to)` (`to` just after a line break) of
 * m fields each into `values`, which has room for the records the part's
 * line feeds end; `line` is the line at `from`, `row` the first record's
 * number in messages. Throws the scan's InputError for a bad record.
 */
export function readRange(
  bytes: Uint8Array,
  part: { from: number; to: number; line: number; row: number },
  m: number,
  values: Float64Array,
  file: string,
): RangeRead {
  const scanner = new FieldScanner(bytes.subarray(0, part.to), file, 1);
  scanner.values = values;
  scanner.at = part.from;
  scanner.line = part.line;
  scanner.row = part.row;
  const lines: number[] = [];
  scanner.readRecords(Infinity, m, lines);
  return {
    lines: Int32Array.from(lines),
    kept: scanner.kept.slice(0, 3 * scanner.keptCount),
    endLine: scanner.line,
    overflow: scanner.values !== values,
  };
}

/** What the main thread asks the CSV thread: a part's records, then the file's hash. */
export type CsvRequest =
  | {
      type: 'range';
      bytes: Uint8Array;
      from: number;
      to: number;
      m: number;
      values: Float64Array;
    }
  | { type: 'hash'; bytes: Uint8Array };

/** The CSV thread's answers, in the order of the requests. */
export type CsvReply =
  | ({ type: 'range' } & RangeRead)
  /** The part has a bad record: the main thread reads the file alone, for the message the one-thread read gives. */
  | { type: 'failed' }
  | { type: 'hash'; hash: string };
