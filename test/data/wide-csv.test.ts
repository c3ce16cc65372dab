import { describe, expect, it } from 'vitest';
import { buildColumn } from '../../src/data/columns.js';
import { parseCsv } from '../../src/data/csv.js';
import type { Column } from '../../src/data/types.js';
import { inputErrorOf, parse, utf8 } from './helpers.js';

/**
 * The CSV reader's fast path (plain decimals read while tokenizing, every
 * numeric cell in one row-major buffer, the columns as views of one
 * column-major buffer) against the general path: a plain character-by-
 * character RFC 4180 split and `buildColumn`, the per-cell typing JSON data
 * gets, on a wide file with every kind of cell.
 */

const COLUMNS = 5_000;

/** Cell (i, j) as written: column j's kind is j mod 16; some kinds make text columns. */
function cell(i: number, j: number): string {
  const v = (i * 7919 + j * 104_729) % 1000;
  switch (j % 16) {
    case 0:
      return String(v);
    case 1:
      return `${-v}.${(v * 37) % 1000}`;
    case 2:
      return `"${v / 8}"`; // a quoted plain decimal
    case 3:
      return i === 1 ? '' : String(v); // a missing cell: a text column
    case 4:
      return `${v}e-3`; // an exponent: the fast path reads it too
    case 5:
      return i === 2 ? '"-0"' : `+.${v}`;
    case 6:
      return `${v}.`;
    case 7:
      return ` ${v} `; // blanks around: Number() trims them
    case 8:
      return `1234567890123${v}`; // up to 16 digits, below 2^53: the fast path reads them
    case 9:
      return `0x${v.toString(16)}`;
    case 10:
      return i === 0 ? 'abc' : String(v); // text in the first row
    case 11:
      return `"text, ${v}"`;
    case 12:
      return i === 2 ? `"two\r\nlines"` : `"say ""${v}"""`;
    case 13:
      return i === 1 ? 'nan' : String(v);
    case 14:
      return `${v}.5.5`; // two points: text
    default:
      return `-${v}`;
  }
}

/** The wide file; with `label`, a last column y of 0s and 1s. */
function wideCsv(rows: number, lineBreak: string, label = false): string {
  const names = Array.from({ length: COLUMNS }, (_, j) => (j === 4 ? ' "c 4" ' : `c${j}`));
  const lines = [[...names, ...(label ? ['y'] : [])].join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = Array.from({ length: COLUMNS }, (_, j) => cell(i, j));
    lines.push([...cells, ...(label ? [String(i % 2)] : [])].join(','));
  }
  return lines.join(lineBreak) + lineBreak;
}

/** RFC 4180 read one character at a time: records of fields, and each record's first line. */
function generalSplit(text: string): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let inRecord = false;
  const endRecord = (): void => {
    fields.push(field);
    records.push(fields);
    lines.push(start);
    fields = [];
    field = '';
    inRecord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (inRecord) endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      continue;
    }
    if (!inRecord) {
      inRecord = true;
      start = line;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (inRecord) endRecord();
  return { records, lines };
}

const plain = (column: Column): (number | string)[] => [...column.values];

describe('a wide CSV (3 rows × 5,000 columns)', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads every cell as the general path does (%s)', (_, lineBreak) => {
    const text = wideCsv(3, lineBreak);
    const table = parseCsv(utf8(text), 'wide.csv');
    const { records, lines } = generalSplit(text);
    const [header, ...rows] = records;
    expect(table.names).toEqual(header.map((name) => name.trim()));
    expect(table.names[4]).toBe('"c 4"');
    expect(table.rows).toBe(3);
    expect([...table.lines!]).toEqual(lines.slice(1));
    if (lineBreak !== '\r') expect([...table.lines!]).toEqual([2, 3, 4]);

    const kinds = new Set<string>();
    table.names.forEach((_, j) => {
      const column = table.column(j);
      const general = buildColumn(rows.map((row) => row[j]));
      kinds.add(`${j % 16}:${column.kind}`);
      expect(column.kind, `column ${j}`).toBe(general.kind);
      // toEqual tells -0 from 0, as Object.is does.
      expect(plain(column), `column ${j}`).toEqual(plain(general));
      if (column.kind === 'number') {
        const values = rows.map((_, i) => table.cells![i * COLUMNS + j]);
        expect(values, `cells of column ${j}`).toEqual(plain(column));
      }
    });
    const textKinds = [...kinds]
      .filter((k) => k.endsWith('string'))
      .map((k) => Number(k.split(':')[0]));
    expect(textKinds.sort((a, b) => a - b)).toEqual([3, 10, 11, 12, 13, 14]);
    expect(plain(table.column(5))).toEqual([0.645, 0.564, -0]);
  });

  it('reads 2,000 small random files as the general path does', () => {
    const pool = ['1', '-2.5', '+.5', '3.', '.', '-', '', ' 7 ', '1e3', '0x1f', 'nan', 'inf', '-0'];
    pool.push('"4"', '"a,b"', '"x""y"', '"l1\nl2"', '"1"""', '"-0"', '""', 'abc', '1.2.3');
    pool.push('12345678901234567', '0.000000000000001');
    // Characters of 2, 3 and 4 bytes (the reader scans bytes), Unicode blanks Number() trims.
    pool.push('é', '"日本, x"', '😀', '"ü""1"', '\u00a05', '\ufeff7', '"\u20288"', 'Ü1');
    let state = 12_345;
    const random = (k: number): number => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      return Math.floor((state / 2 ** 32) * k);
    };
    for (let t = 0; t < 2_000; t++) {
      const m = 1 + random(4);
      const lineBreak = ['\n', '\r\n', '\r'][random(3)];
      // Names plain, of 2-byte characters, with blanks, quoted (the scanner reads the header).
      const name = (j: number): string => [`h${j}`, `é${j}`, ` h${j} `, `"h,${j}"`][random(4)];
      const lines = [Array.from({ length: m }, (_, j) => name(j)).join(',')];
      for (let i = random(5); i > 0; i--) {
        lines.push(Array.from({ length: m }, () => pool[random(pool.length)]).join(','));
        if (random(10) === 0) lines.push('');
      }
      const text = lines.join(lineBreak) + (random(2) === 0 ? lineBreak : '');
      const table = parseCsv(utf8(text), 'r.csv');
      const { records, lines: starts } = generalSplit(text);
      const [header, ...rows] = records;
      expect(table.names, JSON.stringify(text)).toEqual(header.map((name) => name.trim()));
      expect(table.rows, JSON.stringify(text)).toBe(rows.length);
      expect([...table.lines!], JSON.stringify(text)).toEqual(starts.slice(1));
      table.names.forEach((_, j) => {
        const general = buildColumn(rows.map((row) => row[j]));
        expect(table.column(j).kind, JSON.stringify(text)).toBe(general.kind);
        expect(plain(table.column(j)), JSON.stringify(text)).toEqual(plain(general));
      });
    }
  });

  it('turns the cells into the feature matrix in place, other columns kept', () => {
    // Features in file order (the in-place path) around a numeric non-feature column and the label.
    const rows = [0, 1, 2, 3].map((i) => [i + 0.5, 10 + i, i % 2, 1 - i, 100 * i, 7]);
    const text = ['a,b,y,c,d,e', ...rows.map((r) => r.join(','))].join('\n');
    const data = parse(text, { features: ['a', 'c', 'd'] });
    expect([...data.x]).toEqual(rows.flatMap((r) => [r[0], r[3], r[4]]));
    expect(data.x).toHaveLength(12);
    expect(data.columns.get('b')).toEqual({
      kind: 'number',
      values: Float64Array.of(10, 11, 12, 13),
    });
    expect(data.columns.get('e')).toEqual({ kind: 'number', values: Float64Array.of(7, 7, 7, 7) });
    expect(data.columns.get('d')).toEqual({
      kind: 'number',
      values: Float64Array.of(0, 100, 200, 300),
    });
    expect([...data.y]).toEqual([0, 1, 0, 1]);
    // Every column but the label, in file order.
    const all = parse(text);
    expect(all.features).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...all.x]).toEqual(rows.flatMap((r) => [r[0], r[1], r[3], r[4], r[5]]));
    expect(all.columns.get('y')).toEqual({ kind: 'number', values: Float64Array.of(0, 1, 0, 1) });
  });

  it('gives the features row-major from the row-major cells', () => {
    // Only columns of numeric kinds, the label last.
    const kept = Array.from({ length: COLUMNS }, (_, j) => j).filter((j) =>
      [0, 1, 2, 4, 5, 6, 7, 9, 15].includes(j % 16),
    );
    const names = kept.map((j) => `c${j}`);
    const rows = [0, 1, 2].map((i) => kept.map((j) => cell(i, j)));
    const text = [[...names, 'y'].join(','), ...rows.map((r, i) => [...r, i % 2].join(','))].join(
      '\n',
    );
    const features = [...names].reverse().filter((_, f) => f % 3 !== 1);
    const data = parse(text, { features });
    const table = parseCsv(utf8(text), 't.csv');
    expect(data.x).toHaveLength(3 * features.length);
    features.forEach((name, f) => {
      const j = table.names.indexOf(name);
      for (let i = 0; i < 3; i++)
        expect(data.x[i * features.length + f]).toBe(table.column(j).values[i]);
    });
  });

  it('gives every column by name, in file order, each made once', () => {
    const data = parse(wideCsv(3, '\n', true), { features: ['c0'] });
    expect(data.columns.size).toBe(COLUMNS + 1);
    expect([...data.columns.keys()].slice(0, 6)).toEqual(['c0', 'c1', 'c2', 'c3', '"c 4"', 'c5']);
    expect(data.columns.has('c4999')).toBe(true);
    expect(data.columns.has('c5000')).toBe(false);
    expect(data.columns.get('c5000')).toBeUndefined();
    // A feature column comes from the feature matrix, the others from the file.
    const c0 = data.columns.get('c0')!;
    expect(c0).toEqual({
      kind: 'number',
      values: Float64Array.from([0, 1, 2], (i) => Number(cell(i, 0))),
    });
    expect([...c0.values]).toEqual([...data.x]);
    expect(data.columns.get('c0')).toBe(c0);
    const c17 = data.columns.get('c17')!;
    expect(data.columns.get('c17')).toBe(c17);
    expect(c17).toEqual({
      kind: 'number',
      values: Float64Array.from([0, 1, 2], (i) => Number(cell(i, 17))),
    });
    expect(data.columns.get('c3')).toEqual({
      kind: 'string',
      values: [cell(0, 3), '', cell(2, 3)],
    });
    const all = [...data.columns];
    expect(all).toHaveLength(COLUMNS + 1);
    expect(all[17]).toEqual(['c17', c17]);
    expect(all[17][1]).toBe(c17);
    expect(all[0]).toEqual(['c0', c0]);
    expect(all[COLUMNS]).toEqual(['y', { kind: 'number', values: Float64Array.of(0, 1, 0) }]);
  });

  it('names the row, line and column of a bad cell', () => {
    const withLabel = wideCsv(3, '\r\n', true);
    expect(inputErrorOf(() => parse(withLabel, { features: ['c0', 'c19', 'c4003'] }))).toBe(
      'data/t.csv:3: row 2, column "c19": expected a number, got an empty cell',
    );
    expect(inputErrorOf(() => parse(withLabel, { features: ['c16', 'c2', 'c4045'] }))).toBe(
      'data/t.csv:3: row 2, column "c4045": expected a number, got "nan" (NaN)',
    );
    expect(inputErrorOf(() => parse(withLabel, { features: ['c4046', 'c1'] }))).toBe(
      'data/t.csv:2: row 1, column "c4046": expected a number, got "534.5.5" (non-numeric)',
    );
  });

  it('names the line of a record with a wrong field count or an unterminated quote', () => {
    const text = wideCsv(3, '\n');
    const short = text.replace(/,[^,\n]*\n$/, '\n');
    // Row 3 starts on line 4; its 312 cells `"two\r\nlines"` take it to line 316.
    expect(inputErrorOf(() => parseCsv(utf8(short), 'w.csv'))).toBe(
      `w.csv:4: row 3: expected ${COLUMNS} fields (as in the header), got ${COLUMNS - 1}`,
    );
    const open = `${text}"open,`;
    expect(inputErrorOf(() => parseCsv(utf8(open), 'w.csv'))).toBe(
      'w.csv:317: row 4: unterminated quoted field (no closing ")',
    );
  });
});
