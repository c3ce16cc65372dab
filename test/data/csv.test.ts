import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';
import { columnsRead, inputErrorOf, utf8 } from './helpers.js';

describe('parseCsv', () => {
  // A column is given as numbers (a numeric column) or as strings (a text column).
  const cases: {
    name: string;
    text: string;
    names: string[];
    columns: (number[] | string[])[];
    lines: number[];
  }[] = [
    {
      name: 'LF with a trailing newline',
      text: 'a,b\n1,2\n3,4\n',
      names: ['a', 'b'],
      columns: [
        [1, 3],
        [2, 4],
      ],
      lines: [2, 3],
    },
    {
      name: 'no trailing newline',
      text: 'a,b\n1,2\n3,4',
      names: ['a', 'b'],
      columns: [
        [1, 3],
        [2, 4],
      ],
      lines: [2, 3],
    },
    {
      name: 'CRLF',
      text: 'a,b\r\n1,2\r\n3,4\r\n',
      names: ['a', 'b'],
      columns: [
        [1, 3],
        [2, 4],
      ],
      lines: [2, 3],
    },
    {
      name: 'lone CR',
      text: 'a,b\r1,2\r3,4',
      names: ['a', 'b'],
      columns: [
        [1, 3],
        [2, 4],
      ],
      lines: [2, 3],
    },
    {
      name: 'quoted commas, doubled quotes and line breaks',
      text: 'id,text\n1,"x, y"\n2,"say ""hi"""\n3,"two\nlines"\n4,"crlf\r\ninside"\n5,last\n',
      names: ['id', 'text'],
      columns: [
        [1, 2, 3, 4, 5],
        ['x, y', 'say "hi"', 'two\nlines', 'crlf\r\ninside', 'last'],
      ],
      lines: [2, 3, 4, 6, 8],
    },
    {
      name: 'empty fields and a trailing comma at the end',
      text: 'a,b,c\n,,\n1,,3\n4,5,',
      names: ['a', 'b', 'c'],
      columns: [
        ['', '1', '4'],
        ['', '', '5'],
        ['', '3', ''],
      ],
      lines: [2, 3, 4],
    },
    {
      name: 'blank lines are skipped',
      text: 'a,b\n\n1,2\r\n\r\n\n3,4\n\n',
      names: ['a', 'b'],
      columns: [
        [1, 3],
        [2, 4],
      ],
      lines: [3, 6],
    },
    {
      name: 'header names trimmed, text cells as written',
      text: ' a ,\tb\n x ,"y "\n',
      names: ['a', 'b'],
      columns: [[' x '], ['y ']],
      lines: [2],
    },
    {
      name: 'numbers: blanks around, signs, exponents, hex, quoted',
      text: 'a,b,c\n -1.5 ,"7",1e3\n+.5,0x1f,-0\n',
      names: ['a', 'b', 'c'],
      columns: [
        [-1.5, 0.5],
        [7, 31],
        [1000, -0],
      ],
      lines: [2, 3],
    },
    {
      name: 'quoted header, empty quoted field and a lone quote',
      text: '"a,1","b"\n"",""""\n',
      names: ['a,1', 'b'],
      columns: [[''], ['"']],
      lines: [2],
    },
    {
      name: 'a quoted number with a doubled quote is text',
      text: 'a\n"1"""\n2\n',
      names: ['a'],
      columns: [['1"', '2']],
      lines: [2, 3],
    },
    {
      name: 'header only',
      text: 'a,b\n',
      names: ['a', 'b'],
      columns: [[], []],
      lines: [],
    },
  ];

  it.each(cases)('$name', ({ text, names, columns, lines }) => {
    const table = parseCsv(utf8(text), 't.csv');
    expect(table.names).toEqual(names);
    expect(columnsRead(table)).toEqual(columns);
    expect(table.rows).toBe(lines.length);
    expect([...(table.lines ?? [])]).toEqual(lines);
  });

  const errors: { name: string; text: string; message: string }[] = [
    {
      name: 'unterminated quote',
      text: 'a,b\n1,2\n3,"abc\n4,5\n',
      message: 't.csv:3: row 2: unterminated quoted field (no closing ")',
    },
    {
      name: 'text after a closing quote',
      text: 'a,b\n"x"y,2\n',
      message: 't.csv:2: row 1: unexpected "y" after a closing quote',
    },
    {
      name: 'too few fields',
      text: 'a,b,c\n1,2,3\n4,5\n',
      message: 't.csv:3: row 2: expected 3 fields (as in the header), got 2',
    },
    {
      name: 'too many fields after a multi-line row',
      text: 'a,b\n"x\ny",1\n1,2,3\n',
      message: 't.csv:4: row 2: expected 2 fields (as in the header), got 3',
    },
    {
      name: 'duplicate column',
      text: 'a,b,a\n1,2,3\n',
      message: 't.csv:1: header: duplicate column name "a"',
    },
    {
      name: 'duplicate column after trimming',
      text: 'a, a\n1,2\n',
      message: 't.csv:1: header: duplicate column name "a"',
    },
    {
      name: 'unnamed column',
      text: 'a,,c\n1,2,3\n',
      message: 't.csv:1: header: column 2 has no name',
    },
    { name: 'empty file', text: '', message: 't.csv: empty file: expected a header row' },
    {
      name: 'only blank lines',
      text: '\n\r\n',
      message: 't.csv: empty file: expected a header row',
    },
  ];

  it.each(errors)('rejects: $name', ({ text, message }) => {
    expect(inputErrorOf(() => parseCsv(utf8(text), 't.csv'))).toBe(message);
  });
});
