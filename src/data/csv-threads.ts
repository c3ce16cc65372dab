/**
 * A large CSV file read on two threads: the file's bytes and the cells
 * live in SharedArrayBuffers; the main thread reads the first half of the
 * data records and a worker thread (src/data/csv-worker.ts) the second,
 * then the file's sha256 while the main thread types the columns. The
 * table, every message and every line number are the one-thread read's
 * (`parseCsv`): the file is split only at a line feed and only when no
 * quote follows the header (a quoted cell may hold line breaks), and when
 * the worker's half has a bad record, or a half holds records that end
 * with a lone CR, the main thread reads the whole file itself, for the
 * message, row and line the one-thread read gives.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { LF, QUOTE } from './bytes.js';
import { parseCsv, readHeaderRecord, typeColumns } from './csv.js';
import { readRange, type CsvReply, type CsvRequest, type RangeRead } from './csv-range.js';
import type { RawTable } from './table.js';
import { workerEntry } from '../process/worker-entry.js';

/**
 * From this size on, a CSV file is read on two threads. Below it the
 * worker's start (about 40 ms from the bundle) and the split cost more than
 * half the scan saves: the scan reads about 4–5 ns per byte, so 32 MiB
 * take about 150 ms on one thread.
 */
export const THREAD_BYTES = 32 * 1024 * 1024;

/** The largest file read this way: Node's own limit for reading a file whole. */
const MAX_BYTES = 2 ** 31 - 1;

/** A file's bytes in shared memory, and the worker thread started for it. */
export interface SharedFile {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The file's bytes, then a line feed (where the file ends without a line break, the scan appends one). */
  withLineFeed: Uint8Array;
  thread: CsvThread;
}

/**
 * The file at `path` read into shared memory, with the CSV thread started
 * before the read (its start overlaps it); undefined, and nothing started,
 * when the file is smaller than `minBytes`, too large, or cannot be read
 * this way (the caller's ordinary read then gives its message).
 */
export async function readShared(path: string, minBytes: number): Promise<SharedFile | undefined> {
  let size: number;
  let handle: FileHandle;
  const fits = (info: Stats): boolean =>
    info.isFile() && info.size >= minBytes && info.size <= MAX_BYTES;
  try {
    // stat before open: opening a FIFO would wait for a writer.
    if (!fits(await stat(path))) return undefined;
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    // The size of the file opened: one that replaced the path since the stat is read whole.
    const info = await handle.stat();
    if (!fits(info)) throw new Error('not read in shared memory');
    size = info.size;
  } catch {
    await handle.close().catch(() => undefined);
    return undefined;
  }
  // Started before the read; a thread that cannot start is an error of the build, not of the file.
  const thread = new CsvThread();
  try {
    const memory = Buffer.from(new SharedArrayBuffer(size + 1));
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(memory, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    // The file changed while it was read: the ordinary read takes it.
    if (read !== size) {
      thread.close();
      return undefined;
    }
    memory[size] = LF;
    return { bytes: memory.subarray(0, size), withLineFeed: memory, thread };
  } catch {
    thread.close();
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** How a two-thread read went: the table, the file's hash, and the threads that read its records. */
export interface ThreadedRead {
  table: RawTable;
  hash: Promise<string>;
  threads: 1 | 2;
}

/**
 * Reads the CSV body (`body`: the file's bytes after its byte-order mark,
 * ending with a line break; see `SharedFile`) as `parseCsv` does, its
 * second half on `file.thread`; `hash` is the whole file's sha256 (hex),
 * from the same thread. The caller closes the thread.
 */
export async function parseCsvShared(
  shared: SharedFile,
  body: Uint8Array,
  file: string,
): Promise<ThreadedRead> {
  const { thread } = shared;
  const { scanner, names } = readHeaderRecord(body, file);
  const m = names.length;
  const { at, line } = scanner;
  const split = splitAt(body, at);
  if (split === undefined) {
    // The hash first: it runs while this thread reads the file.
    const hash = hashOf(shared);
    return { table: parseCsv(body, file), hash, threads: 1 };
  }
  // Room for each half's fields: m per line feed, and never more than one per byte (every field
  // ends with a delimiter), as `FieldScanner.restart` makes for the whole file.
  const room1 = Math.min(m * lineFeeds(body, at, split), split - at);
  const room2 = Math.min(m * lineFeeds(body, split, body.length), body.length - split);
  const cells = new Float64Array(new SharedArrayBuffer(8 * Math.max(1, room1 + room2)));
  const second = thread
    .range({
      type: 'range',
      bytes: body,
      from: split,
      to: body.length,
      m,
      values: cells.subarray(room1),
    })
    .catch(() => undefined);
  const hash = hashOf(shared);
  const part = { from: at, to: split, line, row: 1 };
  const first = readRange(body, part, m, cells.subarray(0, room1), file);
  const last = await second;
  if (first.overflow || last === undefined || last.overflow) {
    return { table: parseCsv(body, file), hash, threads: 1 };
  }
  const r1 = first.lines.length;
  const r2 = last.lines.length;
  // Blank lines left the first half's room partly empty: the second half's cells move up.
  if (m * r1 < room1) cells.copyWithin(m * r1, room1, room1 + m * r2);
  const lines = new Int32Array(r1 + r2);
  lines.set(first.lines);
  for (let i = 0; i < r2; i++) lines[r1 + i] = last.lines[i] + first.endLine - 1;
  const kept = new Int32Array(first.kept.length + last.kept.length);
  kept.set(first.kept);
  for (let t = 0; t < last.kept.length; t += 3) {
    const at2 = first.kept.length + t;
    kept[at2] = last.kept[t] + m * r1;
    kept[at2 + 1] = last.kept[t + 1];
    kept[at2 + 2] = last.kept[t + 2];
  }
  const table = typeColumns(
    body,
    { names, rows: r1 + r2, values: cells.subarray(0, m * (r1 + r2)), kept, lines, at, line },
    file,
  );
  return { table, hash, threads: 2 };
}

/**
 * The file's hash from the CSV thread; from this one should that thread
 * have stopped, unless the read is over (the thread closed: an error was
 * thrown, and no one waits for the hash).
 */
function hashOf(shared: SharedFile): Promise<string> {
  const { thread, bytes } = shared;
  return thread
    .hash(bytes)
    .catch(() =>
      thread.closed ? '' : `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    );
}

/**
 * Where the second half of the records starts: just after the first line
 * feed past the middle of the data; undefined when a quote follows the
 * header or no line feed leaves a second half.
 */
function splitAt(body: Uint8Array, at: number): number | undefined {
  const bytes = asBuffer(body);
  if (bytes.indexOf(QUOTE, at) >= 0) return undefined;
  const feed = bytes.indexOf(LF, at + Math.floor((body.length - at) / 2));
  return feed < 0 || feed + 1 >= body.length ? undefined : feed + 1;
}

/** Line feeds in bytes[from, to). */
function lineFeeds(body: Uint8Array, from: number, to: number): number {
  const bytes = asBuffer(body);
  let count = 0;
  for (let i = bytes.indexOf(LF, from); i >= 0 && i < to; i = bytes.indexOf(LF, i + 1)) count++;
  return count;
}

/** A Buffer over the same memory: its indexOf is a memchr, a Uint8Array's a loop. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The worker thread of a two-thread read: requests answered in order; a crash fails every one. */
export class CsvThread {
  private readonly worker: Worker;
  private readonly waiting: {
    resolve: (reply: CsvReply) => void;
    reject: (error: Error) => void;
  }[] = [];
  private failure: Error | undefined;
  private isClosed = false;

  constructor() {
    const entry = workerEntry(import.meta.url, './csv-worker.ts', 'csv-worker.js');
    this.worker =
      entry.eval === true ? new Worker(entry.code, { eval: true }) : new Worker(entry.url);
    // It never keeps the process alive: every read awaits its answers, and `close` ends it.
    this.worker.unref();
    this.worker.on('message', (reply: CsvReply) => this.waiting.shift()?.resolve(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) =>
      this.fail(new Error(`the CSV thread exited with code ${code}`)),
    );
  }

  /** The records of a part; undefined when the part has a bad record. */
  async range(request: Extract<CsvRequest, { type: 'range' }>): Promise<RangeRead | undefined> {
    const reply = await this.ask(request);
    return reply.type === 'range' ? reply : undefined;
  }

  /** The sha256 of `bytes`, as `sha256:<hex>`. */
  async hash(bytes: Uint8Array): Promise<string> {
    const reply = await this.ask({ type: 'hash', bytes });
    if (reply.type !== 'hash') throw new Error(`the CSV thread answered ${reply.type} to hash`);
    return `sha256:${reply.hash}`;
  }

  /** True once `close` was called. */
  get closed(): boolean {
    return this.isClosed;
  }

  close(): void {
    this.isClosed = true;
    this.fail(new Error('the CSV thread was closed'));
    void this.worker.terminate();
  }

  private ask(request: CsvRequest): Promise<CsvReply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
}
