import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset, parseDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { spec } from './helpers.js';

// A file replaced between the two-thread read's `stat` of its path and its `open` (an editor's
// save, a data step writing it again): what is read is the file opened, whole — never the first
// `stat`-size bytes of another file (a cut last record, a number cut short, and their hash). The
// replacement is simulated: `stat` reports another size than the file has.
const reported = new Map<string, number>();
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const stat = async (file: string): Promise<import('node:fs').Stats> => {
    const info = await actual.stat(file);
    const size = reported.get(file);
    if (size !== undefined) info.size = size;
    return info;
  };
  return { ...actual, stat };
});

/** What the comparison reads of a dataset: every field, columns as plain arrays. */
function plain(dataset: Dataset): unknown {
  const columns = [...dataset.columns].map(([name, column]) => [name, [...column.values]]);
  return { ...dataset, x: [...dataset.x], y: [...dataset.y], columns };
}

const TEXT =
  'a,b,y\n' + Array.from({ length: 40 }, (_, i) => `${i},${i * 1.25},${i % 2}\n`).join('');
describe('a file replaced since its stat', () => {
  it.each([
    ['a longer file (stat saw 7 bytes fewer)', -7],
    ['a shorter file (stat saw 100 bytes more)', 100],
  ])('%s: the file opened, read whole', async (_, change) => {
    const file = path.join(process.env.TMPDIR ?? '/tmp', `replaced${change}.csv`);
    writeFileSync(file, TEXT);
    reported.set(file, TEXT.length + change);
    const dataset = await loadDataset({ ...spec('data/t.csv'), path: file }, { threadBytes: 0 });
    const expected = parseDataset(readFileSync(file), { ...spec('data/t.csv'), path: file });
    expect(plain(dataset)).toEqual(plain(expected));
    expect(dataset.n).toBe(40);
  });
});
