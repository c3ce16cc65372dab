import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { FieldScanner } from '../../src/data/csv-fields.js';
import { CellTexts } from '../../src/data/csv-text.js';
import { columnsRead, inputErrorOf, parse, utf8 } from './helpers.js';

/**
 * The CSV reader scans the file's bytes, never a decoded string: text cells
 * and names are decoded one by one, the header line at once, and the file is
 * checked to be UTF-8 before the scan. These are the paths that only bytes
 * have: characters of several bytes, byte-order marks, bad UTF-8.
 */
describe('CSV as bytes', () => {
  const cases: {
    name: string;
    text: string;
    names: string[];
    columns: (number[] | string[])[];
    lines: number[];
  }[] = [
    {
      name: 'characters of 2 and 3 bytes in the header and in quoted and plain cells',
      text: 'naïve,"日本, x"\né,"ü"\n1,"ß""q"\n',
      names: ['naïve', '日本, x'],
      columns: [
        ['é', '1'],
        ['ü', 'ß"q'],
      ],
      lines: [2, 3],
    },
    {
      name: 'characters of 4 bytes',
      text: 'a\n😀\n"😀,1"\n',
      names: ['a'],
      columns: [['😀', '😀,1']],
      lines: [2, 3],
    },
    {
      name: 'a quoted header with a 2-byte character',
      text: '"é,1", b \n1,2\n',
      names: ['é,1', 'b'],
      columns: [[1], [2]],
      lines: [2],
    },
    {
      name: 'a plain header and a quote on a later line',
      text: 'a,b\n"1",2\n',
      names: ['a', 'b'],
      columns: [[1], [2]],
      lines: [2],
    },
    {
      name: 'Unicode blanks around numbers: Number() trims them',
      text: 'a,b\n\u00a05,\ufeff7\n\u20286 ,"\u30008"\n',
      names: ['a', 'b'],
      columns: [
        [5, 6],
        [7, 8],
      ],
      lines: [2, 3],
    },
    {
      name: 'a cell that starts with U+FEFF keeps it',
      text: 'a\n\ufeffx\n"\ufeffy"\n',
      names: ['a'],
      columns: [['\ufeffx', '\ufeffy']],
      lines: [2, 3],
    },
    {
      name: 'a text column whose other cells read as numbers, after a cell of two lines',
      text: 'a,b\r\n"x\r\ny",01\r\n2,abc\r\n\r\n3,"4"\r\n',
      names: ['a', 'b'],
      columns: [
        ['x\r\ny', '2', '3'],
        ['01', 'abc', '4'],
      ],
      lines: [2, 4, 6],
    },
    {
      name: 'a header line with no line break',
      text: 'a,b',
      names: ['a', 'b'],
      columns: [[], []],
      lines: [],
    },
  ];

  it.each(cases)('$name', ({ text, names, columns, lines }) => {
    const table = parseCsv(utf8(text), 't.csv');
    expect(table.names).toEqual(names);
    expect(columnsRead(table)).toEqual(columns);
    expect([...(table.lines ?? [])]).toEqual(lines);
  });

  const errors: { name: string; text: string; message: string }[] = [
    {
      name: 'a 2-byte character after a closing quote',
      text: 'a\n"x"é\n',
      message: 't.csv:2: row 1: unexpected "é" after a closing quote',
    },
    {
      // As the string scan named it: the first UTF-16 unit of the character.
      name: 'a 4-byte character after a closing quote',
      text: 'a\n"x"😀\n',
      message: 't.csv:2: row 1: unexpected "\\ud83d" after a closing quote',
    },
    {
      name: 'text after a closing quote in the header',
      text: '"a"b,c\n',
      message: 't.csv:1: header: unexpected "b" after a closing quote',
    },
    {
      name: 'an unterminated quote in the header',
      text: 'x,"a,b\n1\n',
      message: 't.csv:1: header: unterminated quoted field (no closing ")',
    },
    {
      name: 'an unterminated quote after 2-byte characters',
      text: 'a,b\né,"ü\n',
      message: 't.csv:2: row 1: unterminated quoted field (no closing ")',
    },
    {
      name: 'too many fields in a row of 3-byte characters',
      text: 'a\n日,本\n',
      message: 't.csv:2: row 1: expected 1 fields (as in the header), got 2',
    },
    {
      name: 'an empty name before a repeated one',
      text: ',a,a\n1,2,3\n',
      message: 't.csv:1: header: column 1 has no name',
    },
    {
      name: 'a repeated name before an empty one',
      text: 'a,a,\n1,2,3\n',
      message: 't.csv:1: header: duplicate column name "a"',
    },
    {
      name: 'the first repeat in header order, not in sorted order',
      text: 'b,a,b,a\n1,2,3,4\n',
      message: 't.csv:1: header: duplicate column name "b"',
    },
  ];

  it.each(errors)('rejects: $name', ({ text, message }) => {
    expect(inputErrorOf(() => parseCsv(utf8(text), 't.csv'))).toBe(message);
  });
});

describe('the eval file as bytes', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p))));
  const BOM = [0xef, 0xbb, 0xbf];

  // Each is refused by TextDecoder too (checked below): the verdict is the decoder's.
  it.each([
    ['an overlong encoding', bytes('a,y\n1,', [0xc0, 0xaf], '\n'), 2],
    ['a UTF-16 surrogate', bytes('a,y\n1,', [0xed, 0xa0, 0x80], '\n'), 2],
    ['past U+10FFFF', bytes('a,y\n1,', [0xf4, 0x90, 0x80, 0x80], '\n'), 2],
    ['a lone continuation byte', bytes('a,y\n', [0x80], ',1\n'), 2],
    ['a truncated character at the end', bytes('a,y\n1,0\r\n2,', [0xe2, 0x82]), 3],
    ['inside a quoted cell, after its line break', bytes('a,y\n1,"x\r', [0xff], '"\n'), 3],
    ['in the header', bytes('a', [0xc3], ',y\n1,0\n'), 1],
    ['right after a byte-order mark', bytes(BOM, [0xbb], 'a,y\n1,0\n'), 1],
  ])('refuses bad UTF-8, naming its line: %s', (_, content, line) => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(content)).toThrow();
    expect(inputErrorOf(() => parse(content))).toBe(`data/t.csv:${line}: not valid UTF-8 text`);
  });

  it.each([
    ['a byte-order mark', bytes(BOM, 'a,y\n1,0\n2,1\n'), 'a'],
    ['a byte-order mark before a quoted header', bytes(BOM, '"a",y\n1,0\n2,1\n'), 'a'],
    // One mark is dropped; a second is the name's first character, which trim() removes.
    ['two byte-order marks', bytes(BOM, BOM, 'a,y\n1,0\n2,1\n'), 'a'],
    ['a 2-byte name after a byte-order mark', bytes(BOM, 'é,y\n1,0\n2,1\n'), 'é'],
  ])('reads %s', (_, content, feature) => {
    const data = parse(content);
    expect(data.features).toEqual([feature]);
    expect([...data.x]).toEqual([1, 2]);
    expect([...data.y]).toEqual([0, 1]);
  });

  it('keeps a second byte-order mark of a JSON file as text', () => {
    const json = '[{"a": 1, "y": 0}, {"a": 2, "y": 1}]';
    expect([...parse(bytes(BOM, json), {}, 'data/t.json').x]).toEqual([1, 2]);
    // The JSON parser's own words follow (they vary with Node's version).
    expect(inputErrorOf(() => parse(bytes(BOM, BOM, json), {}, 'data/t.json'))).toMatch(
      /^data\/t\.json: invalid JSON: Unexpected token '\ufeff'/,
    );
  });
});

describe('FieldScanner', () => {
  // Which fields keep their text: those the fast path did not read, unless told to keep more.
  it.each([
    { text: '1,2.5,-3,1e3,+.5,"4",-0\n', keep: {}, kept: [] },
    { text: '0x1f, 7 ,abc,"x",,1.2.3\n', keep: {}, kept: ['0x1f', ' 7 ', 'abc', 'x', '', '1.2.3'] },
    {
      text: '1e400,12345678901234567890,"1e-400"\n',
      keep: {},
      kept: ['1e400', '12345678901234567890', '1e-400'],
    },
    { text: '1,a,"2"\n', keep: { keepAll: true }, kept: ['1', 'a', '2'] },
    { text: '1,a,"2"\n', keep: { keepColumns: Uint8Array.of(0, 0, 1) }, kept: ['a', '2'] },
  ])('$text keeps $kept', ({ text, keep, kept }) => {
    const scanner = new FieldScanner(utf8(text), 't.csv');
    Object.assign(scanner, keep);
    expect(scanner.readRecords(1, 0, [])).toBe(1);
    const texts = Array.from({ length: scanner.keptCount }, (_, t) => scanner.keptText(t));
    expect(texts).toEqual(kept);
  });

  it.each([
    { text: 'a, b ,é\nc,"d"\n', names: ['a', 'b', 'é'], at: 9, line: 2 },
    { text: 'a,b\r\n1', names: ['a', 'b'], at: 5, line: 2 },
    { text: 'a,b\r1', names: ['a', 'b'], at: 4, line: 2 },
    // The scanner's bytes end with a line break: one is added when the file has none.
    { text: 'a,b', names: ['a', 'b'], at: 4, line: 2 },
    { text: 'a,"b"\n1,2\n', names: undefined, at: 0, line: 1 },
  ])('reads the header $text by splitting it: $names', ({ text, names, at, line }) => {
    const scanner = new FieldScanner(utf8(text), 't.csv');
    expect(scanner.readPlainHeader()).toEqual(names);
    expect([scanner.at, scanner.line]).toEqual([at, line]);
  });
});

describe('CellTexts', () => {
  // Cells as [start, end) of bytes; every field's text is the same whether the file is decoded
  // once (its offsets found by the cursor, also after a jump back) or each cell alone.
  const text = 'a,"b ""q"""\né😀x,"日本"\nplain,😀\n';
  const bytes = utf8(text);
  const fields: [number, number][] = [];
  for (let i = 0, start = 0; i <= bytes.length; i++) {
    const c = bytes[i];
    if (i === bytes.length || c === 0x2c || c === 0x0a) {
      const quoted = bytes[start] === 0x22;
      fields.push(quoted ? [start + 1, i - 1] : [start, i]);
      start = i + 1;
    }
  }
  const expected = ['a', 'b "q"', 'é😀x', '日本', 'plain', '😀', ''];

  it.each([
    ['each cell alone', 0],
    ['the file decoded once', bytes.length],
  ])('%s', (_, expect_) => {
    const cells = new CellTexts(bytes);
    cells.expect(expect_);
    expect(fields.map(([s, e]) => cells.field(s, e))).toEqual(expected);
    // Back to an earlier cell, then on again.
    expect([cells.field(...fields[1]), cells.field(...fields[5])]).toEqual(['b "q"', '😀']);
  });
});
