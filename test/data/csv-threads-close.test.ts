import { writeFileSync } from 'node:fs';
import * as crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { asyncInputErrorOf, spec } from './helpers.js';

// The hash of a file read on two threads comes from the CSV thread. When the read fails (a bad
// record), the thread is closed and its hash dropped: this thread must not hash the whole file
// then (a bad 1 GiB file's message waited seconds for a hash no one reads).
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  return { ...actual, createHash: vi.fn(actual.createHash) };
});

const HEADER = 'a,b,y\n';
describe('a failed two-thread read', () => {
  const cases: { name: string; text: string; message: string }[] = [
    {
      name: 'split: a bad record in the first half',
      text: HEADER + '1,2\n' + '1,2,0\n'.repeat(40),
      message: 'data/t.csv:2: row 1: expected 3 fields (as in the header), got 2',
    },
    {
      name: 'split: a bad record in the second half',
      text: HEADER + '1,2,0\n'.repeat(40) + '1,2\n',
      message: 'data/t.csv:42: row 41: expected 3 fields (as in the header), got 2',
    },
    {
      name: 'not split (a quote): a bad record',
      text: HEADER + '"1",2,0\n' + '1,2,0,4\n',
      message: 'data/t.csv:3: row 2: expected 3 fields (as in the header), got 4',
    },
  ];
  it.each(cases)('$name: the message, and no hash taken here', async (c) => {
    const file = path.join(process.env.TMPDIR ?? '/tmp', `close-${cases.indexOf(c)}.csv`);
    writeFileSync(file, c.text);
    vi.mocked(crypto.createHash).mockClear();
    const message = await asyncInputErrorOf(() =>
      loadDataset({ ...spec('data/t.csv'), path: file }, { threadBytes: 0 }),
    );
    expect(message).toBe(c.message);
    // `close` rejects the hash at once: its handler has run by the next turn of the event loop.
    await new Promise(setImmediate);
    expect(vi.mocked(crypto.createHash)).not.toHaveBeenCalled();
  });
});
