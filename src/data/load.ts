import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Task } from './types.js';
import { errorMessage, InputError } from '../errors.js';
import { CR, LF } from './bytes.js';
import { parseCsv } from './csv.js';
import { MAX_TEXT } from './csv-text.js';
import { firstInvalidUtf8, lineOf } from './utf8.js';
import { parseCsvShared, readShared, THREAD_BYTES, type SharedFile } from './csv-threads.js';
import { parseJsonArray, parseJsonLines } from './json.js';
import { DATA_EXTENSIONS_TEXT, dataFormat, type DataFormat } from './formats.js';
import { encodeLabels } from './labels.js';
import { unknownNameHint } from '../pattern/suggest.js';
import { quoteName } from './names.js';
import { expandName, indexNames, quoteFrom } from '../pattern/names.js';
import { checkFeatureCells, featureMatrix } from './features.js';
import { DataColumns, otherColumns, type RawTable } from './table.js';
import type { Dataset } from './types.js';

/** What `loadDataset` needs: `Config.data` plus the names to use in messages. */
export interface DatasetSpec {
  /** Absolute path of the eval file. */
  path: string;
  /** The path as the user wrote it (relative to the repository): used in every message. */
  displayPath: string;
  label: string;
  features?: string[];
  task?: Task;
  classes?: string[];
  /** The config file as the user named it, for errors about its keys. */
  configFile: string;
}

/** How `loadDataset` reads. */
export interface LoadOptions {
  /** A CSV file of this many bytes or more is read on two threads (default THREAD_BYTES). */
  threadBytes?: number;
  /** Told how many threads read the records of a CSV file read in shared memory (tests). */
  onThreads?: (threads: 1 | 2) => void;
}

/**
 * Reads the eval file and builds the `Dataset` (see `parseDataset`); a
 * large CSV file's records are read on two threads, and its hash taken
 * on the second (src/data/csv-threads.ts), with the same result.
 */
export async function loadDataset(spec: DatasetSpec, options: LoadOptions = {}): Promise<Dataset> {
  if (formatOf(spec) === 'csv') {
    const shared = await readShared(spec.path, options.threadBytes ?? THREAD_BYTES);
    if (shared !== undefined) {
      try {
        return await parseSharedCsv(shared, spec, options.onThreads);
      } finally {
        shared.thread.close();
      }
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(spec.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : errorMessage(error);
    throw new InputError(`cannot read ${spec.displayPath}: ${reason}`, {
      file: spec.configFile,
      where: 'data.eval',
    });
  }
  return parseDataset(bytes, spec);
}

/**
 * Builds the `Dataset` from the eval file's bytes, in the format its
 * extension names (`.csv`, `.jsonl`/`.ndjson`, `.json`). Every column is
 * kept and typed; features are `spec.features` or every column but the
 * label, in file order, and every feature cell must be a finite number.
 */
export function parseDataset(bytes: Uint8Array, spec: DatasetSpec): Dataset {
  const dataset = readDataset(bytes, spec);
  return { ...dataset, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/** `parseDataset` of a CSV file read into shared memory: the same dataset. */
async function parseSharedCsv(
  shared: SharedFile,
  spec: DatasetSpec,
  onThreads: LoadOptions['onThreads'],
): Promise<Dataset> {
  const { bytes } = shared;
  const file = spec.displayPath;
  // The scan's bytes end with a line break (`withLineFeed`, as the one-thread scan makes them).
  const end = endsWithLineBreak(bytes) ? bytes.length : bytes.length + 1;
  const body = shared.withLineFeed.subarray(textStart(bytes, file), end);
  const read = await parseCsvShared(shared, body, file);
  onThreads?.(read.threads);
  const dataset = datasetOf(read.table, spec);
  return { ...dataset, hash: await read.hash };
}

function readDataset(bytes: Uint8Array, spec: DatasetSpec): Omit<Dataset, 'hash'> {
  return datasetOf(readTable(bytes, formatOf(spec), spec.displayPath), spec);
}

function datasetOf(table: RawTable, spec: DatasetSpec): Omit<Dataset, 'hash'> {
  const file = spec.displayPath;
  if (table.rows === 0) throw new InputError('no data rows', { file });
  const n = table.rows;
  const labelIndex = table.names.indexOf(spec.label);
  if (labelIndex < 0) {
    throw new InputError(
      `no column ${quoteName(spec.label)} in ${file}; ` +
        unknownNameHint(spec.label, table.names, 'columns'),
      { file: spec.configFile, where: 'data.label' },
    );
  }
  const featureIndexes = selectFeatures(table, labelIndex, spec);

  // Plain loops over the columns here and below: an image has one per pixel, and these run
  // once per process, before a callback would be compiled.
  const features = new Array<string>(featureIndexes.length);
  for (let f = 0; f < featureIndexes.length; f++) features[f] = table.names[featureIndexes[f]];
  checkFeatureCells(table, featureIndexes, file);
  // Made before the feature matrix, which may take over the table's cells.
  const others = otherColumns(table, featureIndexes);
  const x = featureMatrix(table, featureIndexes);
  const labels = encodeLabels({
    name: spec.label,
    column: others[labelIndex],
    lines: table.lines,
    task: spec.task,
    classes: spec.classes,
    file,
    configFile: spec.configFile,
  });

  return {
    file,
    n,
    columns: new DataColumns(table.names, n, others, featureIndexes, x),
    features,
    x,
    label: spec.label,
    task: labels.task,
    classes: labels.classes,
    y: labels.y,
  };
}

function formatOf(spec: DatasetSpec): DataFormat {
  const extension = extname(spec.path).toLowerCase();
  const format = dataFormat(extension);
  if (format === undefined) {
    const found = extension === '' ? 'no file extension' : `unknown extension ${extension}`;
    throw new InputError(`${spec.displayPath}: ${found}; expected ${DATA_EXTENSIONS_TEXT}`, {
      file: spec.configFile,
      where: 'data.eval',
    });
  }
  return format;
}

function readTable(bytes: Uint8Array, format: DataFormat, file: string): RawTable {
  const body = bytes.subarray(textStart(bytes, file));
  switch (format) {
    case 'csv':
      return parseCsv(body, file);
    case 'jsonl':
      return parseJsonLines(decodeBody(body, format, file), file);
    case 'json':
      return parseJsonArray(decodeBody(body, format, file), file);
  }
}

function endsWithLineBreak(bytes: Uint8Array): boolean {
  const last = bytes.length === 0 ? -1 : bytes[bytes.length - 1];
  return last === LF || last === CR;
}

/**
 * Where a data file's text starts: after a leading byte-order mark (one, as TextDecoder drops
 * it), once the bytes are checked to be UTF-8.
 */
function textStart(bytes: Uint8Array, file: string): number {
  if (!isUtf8(bytes)) {
    // The line of the first bad byte: a large file's user could not find it otherwise.
    const line = lineOf(bytes, Math.max(0, firstInvalidUtf8(bytes)));
    throw new InputError('not valid UTF-8 text', { file, line });
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? 3 : 0;
}

/**
 * The body's text: its byte-order mark is already gone, and a second one is kept as text. A
 * JSON file is read as one text: one of more bytes than a text holds is refused.
 */
function decodeBody(body: Uint8Array, format: DataFormat, file: string): string {
  if (body.length > MAX_TEXT) {
    throw new InputError(
      `${body.length} bytes, longer than a text can be (${MAX_TEXT} characters): ` +
        `a .${format} file is read as one text; write the data as .csv`,
      { file },
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
}

function selectFeatures(table: RawTable, labelIndex: number, spec: DatasetSpec): number[] {
  if (spec.features === undefined) {
    const all: number[] = [];
    for (let j = 0; j < table.names.length; j++) if (j !== labelIndex) all.push(j);
    if (all.length === 0) {
      throw new InputError(`no feature columns: the file has only the label column`, {
        file: spec.displayPath,
      });
    }
    return all;
  }
  if (spec.features.length === 0) {
    throw new InputError('expected at least one feature', {
      file: spec.configFile,
      where: 'data.features',
    });
  }
  // Patterns match the columns but the label; a lookup per plain name, not a scan.
  const columns = table.names.map((_, j) => j).filter((j) => j !== labelIndex);
  const known = columns.map((j) => table.names[j]);
  const index = indexNames(known);
  const entries = spec.features;
  const chosen: number[] = [];
  const by = new Map<number, number>();
  entries.forEach((entry, i) => {
    const location = { file: spec.configFile, where: `data.features[${i}]` };
    if (entry === spec.label)
      throw new InputError(`${quoteName(entry)} is the label column`, location);
    const result = expandName(entry, known, index, {
      what: `feature column of ${spec.displayPath}`,
      unknown: (name) =>
        `no column ${quoteFrom(name, entry)} in ${spec.displayPath}; ` +
        unknownNameHint(name, table.names, 'columns'),
    });
    if ('problem' in result) throw new InputError(result.problem, location);
    for (const position of result.positions) {
      const first = by.get(position);
      if (first !== undefined) {
        const name = known[position];
        const plain = entry === name && entries[first] === name;
        const also = plain || first === i ? '' : `, already named by data.features[${first}]`;
        throw new InputError(`duplicate feature ${quoteName(name)}${also}`, location);
      }
      by.set(position, i);
      chosen.push(columns[position]);
    }
  });
  return chosen;
}
