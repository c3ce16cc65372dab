import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { CellTexts } from '../../src/data/csv-text.js';
import { parseDataset } from '../../src/data/load.js';
import { inputErrorOf, spec } from './helpers.js';

// A JavaScript string holds at most constants.MAX_STRING_LENGTH characters (512 Mi − 24 on
// 64-bit V8). An eval file of more bytes than that is read (up to 2 GiB); what would need one text
// of more (a header line, a cell, a JSON file, the whole file decoded for its text cells) is refused
// with the file's line, or read another way, never an internal error. Each input is SIZE bytes: a
// zero-filled array (NUL is valid UTF-8) costs no work until read. A cell or quoted name too long
// is refused too (FieldScanner.keep): test/e2e/large-csv.test.ts, through the bundle, since
// scanning such a cell here takes the test runner's uncompiled loop many seconds.
const MAX = constants.MAX_STRING_LENGTH;
const SIZE = MAX + 8;

/** SIZE bytes: `head`, then NUL bytes, then `tail` at the very end. */
function longBytes(head: string, tail = ''): Uint8Array {
  const bytes = new Uint8Array(SIZE);
  bytes.set(Buffer.from(head), 0);
  bytes.set(Buffer.from(tail), bytes.length - tail.length);
  return bytes;
}

describe('texts longer than a string can be', () => {
  const cases: { name: string; file: string; bytes: () => Uint8Array; message: string }[] = [
    {
      name: 'a CSV file with no line break (a binary file named .csv)',
      file: 'data/t.csv',
      bytes: () => longBytes('a,y'),
      message: `data/t.csv:1: header: a line of ${SIZE} bytes, longer than a text can be (${MAX} characters); is it a CSV file?`,
    },
    {
      name: 'a JSON file',
      file: 'data/t.json',
      bytes: () => longBytes('['),
      message: `data/t.json: ${SIZE} bytes, longer than a text can be (${MAX} characters): a .json file is read as one text; write the data as .csv`,
    },
    {
      name: 'a JSON Lines file',
      file: 'data/t.jsonl',
      bytes: () => longBytes('{"a": 1, "y": 0}\n'),
      message: `data/t.jsonl: ${SIZE} bytes, longer than a text can be (${MAX} characters): a .jsonl file is read as one text; write the data as .csv`,
    },
  ];
  it.each(cases)('$name: one message', (c) => {
    expect(inputErrorOf(() => parseDataset(c.bytes(), spec(c.file)))).toBe(c.message);
  });

  it('a file too long to decode whole gives its cells one by one', () => {
    const bytes = longBytes('é,x', '\n"a""b"\n');
    const cells = new CellTexts(bytes);
    cells.expect(bytes.length);
    expect([
      cells.field(0, 2),
      cells.field(3, 4),
      cells.field(bytes.length - 6, bytes.length - 2),
    ]).toEqual(['é', 'x', 'a"b']);
  });
});
