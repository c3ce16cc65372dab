import { mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { asyncInputErrorOf, inputErrorOf, spec } from './helpers.js';

// The two-thread read of a large CSV file (src/data/csv-threads.ts), taken here on small files
// (threadBytes: 0): the same dataset, the same messages and lines as the one-thread read.
const dir = mkdtempSync(path.join(tmpdir(), 'csv-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text column t is no feature. */
const FEATURES = { features: ['a', 'b'] };

let written = 0;
/** Writes `content` to a file of its own; its spec, as the user named it `data/t.csv`. */
function fileOf(content: string | Uint8Array): ReturnType<typeof spec> {
  const file = path.join(dir, `t${written++}.csv`);
  writeFileSync(file, content);
  return { ...spec('data/t.csv', FEATURES), path: file };
}

/**
 * Where this process's open descriptors lead: a file read must not be left open (to the garbage
 * collector); other tests' descriptors come and go, so no count is compared.
 */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd').map((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return '';
    }
  });
}

/** Loads on two threads when it can; the threads that read the records. */
async function threaded(
  content: string | Uint8Array,
): Promise<{ dataset: Dataset; threads: number }> {
  let threads = 0;
  const dataset = await loadDataset(fileOf(content), {
    threadBytes: 0,
    onThreads: (count) => (threads = count),
  });
  return { dataset, threads };
}

/** What the comparison reads of a dataset: every field, columns as plain arrays. */
function plain(dataset: Dataset): unknown {
  const columns = [...dataset.columns].map(([name, column]) => [
    name,
    column.kind,
    [...column.values],
  ]);
  return { ...dataset, x: [...dataset.x], y: [...dataset.y], columns };
}

/** `rows` records `i,-i/10,(i%2)` and a text column, with the line breaks `newline`. */
function records(rows: number, newline = '\n', label = (i: number) => String(i % 2)): string {
  const lines = ['a,b,t,y'];
  for (let i = 0; i < rows; i++) lines.push(`${i},${-i / 10},w${i % 3},${label(i)}`);
  return lines.join(newline) + newline;
}

describe('a CSV file read on two threads', () => {
  const same: { name: string; text: string | Uint8Array; threads: number }[] = [
    { name: 'LF', text: records(40), threads: 2 },
    { name: 'CRLF', text: records(40, '\r\n'), threads: 2 },
    { name: 'no last line break', text: records(40).slice(0, -1), threads: 2 },
    { name: 'a byte-order mark', text: '\ufeff' + records(40), threads: 2 },
    {
      name: 'blank lines in the first half (its room partly empty)',
      text: records(10) + '\n\n\n\n\n' + records(30).slice('a,b,t,y\n'.length),
      threads: 2,
    },
    {
      name: 'a lone CR ending a record, and blank lines, in the second half',
      text: records(30) + '7,8,w,1\r9,9,w,0\n\n\n\n' + records(5).slice('a,b,t,y\n'.length),
      threads: 2,
    },
    {
      name: 'more records than line feeds in the second half (lone CRs): read again on one thread',
      text: records(30) + '\n\n' + records(10, '\r').slice('a,b,t,y\r'.length),
      threads: 1,
    },
    {
      name: 'lone CRs only: no line feed to split at',
      text: records(40, '\r'),
      threads: 1,
    },
    {
      name: 'a text column whose cells read as numbers in the second half',
      text: records(40, '\n', (i) => (i === 3 ? 'x' : String(i % 2))),
      threads: 2,
    },
    {
      name: 'a quoted cell: one thread',
      text: records(30) + '1,2,"a\nb",0\n' + records(10).slice('a,b,t,y\n'.length),
      threads: 1,
    },
    {
      name: 'a quoted cell of many lines across the middle: one thread',
      text:
        records(5) + '1,2,"' + 'x,\n'.repeat(100) + '",0\n' + records(5).slice('a,b,t,y\n'.length),
      threads: 1,
    },
    {
      name: 'cells of many characters',
      text: 'a,b,t,y\n' + '1,2,é😀,0\n'.repeat(20) + '3,4,ü,1\n'.repeat(20),
      threads: 2,
    },
  ];
  it.each(same)('$name: the one-thread dataset, read by $threads thread(s)', async (c) => {
    const bytes = typeof c.text === 'string' ? Buffer.from(c.text) : c.text;
    const { dataset, threads } = await threaded(bytes);
    expect(threads).toBe(c.threads);
    const path = dataset.file;
    expect(plain(dataset)).toEqual(
      plain({ ...parseDataset(bytes, spec('data/t.csv', FEATURES)), file: path }),
    );
  });

  it('reads a file below threadBytes on one thread, not in shared memory', async () => {
    let told = false;
    const file = fileOf(records(40));
    const dataset = await loadDataset(file, { threadBytes: 1e9, onThreads: () => (told = true) });
    expect(told).toBe(false);
    expect(dataset.n).toBe(40);
    expect(openFiles()).not.toContain(file.path);
  });

  it('closes the file it read into shared memory', async () => {
    const file = fileOf(records(40));
    await loadDataset(file, { threadBytes: 0 });
    expect(openFiles()).not.toContain(file.path);
  });

  const ERRORS = 'a,b,t,y\n' + '1,2,w,0\n'.repeat(30);
  const errors: { name: string; text: string | Uint8Array; message: string }[] = [
    {
      name: 'a wrong field count in the second half',
      text: ERRORS + '1,2,w\n' + '1,2,w,1\n'.repeat(5),
      message: 'data/t.csv:32: row 31: expected 4 fields (as in the header), got 3',
    },
    {
      name: "a wrong field count in each half: the first half's",
      text: '1,2\n'.replace(/^/, 'a,b,t,y\n1,2,w,0\n1,2\n') + '1,2,w,0\n'.repeat(30) + '9\n',
      message: 'data/t.csv:3: row 2: expected 4 fields (as in the header), got 2',
    },
    {
      name: 'a wrong field count after blank lines, in the second half',
      text: ERRORS + '\r\n\n1,2,w,0\n\n1,2\n',
      message: 'data/t.csv:36: row 32: expected 4 fields (as in the header), got 2',
    },
    {
      name: 'a text cell in a feature column in the second half',
      text: ERRORS + '1,x,w,1\n',
      message: 'data/t.csv:32: row 31, column "b": expected a number, got "x" (non-numeric)',
    },
    {
      name: 'a quoted line break, then a wrong field count',
      text: ERRORS + '1,2,"w\nv",1\n1,2\n',
      message: 'data/t.csv:34: row 32: expected 4 fields (as in the header), got 2',
    },
    {
      name: 'an unterminated quote in the second half',
      text: ERRORS + '1,2,"w,1\n1,2,w,0\n',
      message: 'data/t.csv:32: row 31: unterminated quoted field (no closing ")',
    },
    {
      name: 'a bad UTF-8 byte past the split',
      text: Buffer.concat([
        Buffer.from(ERRORS + '1,2,w'),
        Buffer.from([0xff]),
        Buffer.from(',1\n'),
      ]),
      message: 'data/t.csv:32: not valid UTF-8 text',
    },
    {
      name: 'a non-finite value in the second half',
      text: ERRORS + '1,Infinity,w,1\n',
      message: 'data/t.csv:32: row 31, column "b": expected a number, got "Infinity" (infinite)',
    },
  ];
  it.each(errors)('$name: the one-thread message', async (c) => {
    const bytes = typeof c.text === 'string' ? Buffer.from(c.text) : c.text;
    const one = inputErrorOf(() => parseDataset(bytes, spec('data/t.csv', FEATURES)));
    expect(one).toBe(c.message);
    const file = fileOf(bytes);
    expect(await asyncInputErrorOf(() => loadDataset(file, { threadBytes: 0 }))).toBe(c.message);
  });
});
