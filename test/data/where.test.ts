import { beforeAll, describe, expect, it } from 'vitest';
import type { Where } from '../../src/config/types.js';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { selectRows } from '../../src/data/where.js';
import { fixture, inputErrorOf, parse, spec } from './helpers.js';

const AT = { file: 'ablation.yml', key: 'tests[2].where' };
const rows = (data: Dataset, where: Where): number[] => [...selectRows(data, where, AT)];

describe('selectRows on people.csv', () => {
  let people: Dataset;
  beforeAll(async () => {
    people = await loadDataset({
      ...spec('data/people.csv', { label: 'churn', features: ['age', 'income'] }),
      path: fixture('people.csv'),
    });
  });

  // ages: 34, 71, 65, 22, 80; cities: "Paris, FR", Lyon, "New\nYork", Lyon, Paris; churn: no, yes, yes, no, no
  const cases: { name: string; where: Where; rows: number[] }[] = [
    { name: 'no condition', where: {}, rows: [0, 1, 2, 3, 4] },
    { name: 'eq number', where: { age: { eq: 65 } }, rows: [2] },
    { name: 'eq numeric text', where: { age: { eq: '65' } }, rows: [2] },
    { name: 'eq a fraction', where: { income: { eq: 52000.5 } }, rows: [0] },
    { name: 'ne', where: { age: { ne: 65 } }, rows: [0, 1, 3, 4] },
    { name: 'in numbers and numeric text', where: { age: { in: [22, '80', 99] } }, rows: [3, 4] },
    { name: 'lt', where: { age: { lt: 34 } }, rows: [3] },
    { name: 'lte', where: { age: { lte: 34 } }, rows: [0, 3] },
    { name: 'gt', where: { age: { gt: 71 } }, rows: [4] },
    { name: 'gte', where: { age: { gte: 65 } }, rows: [1, 2, 4] },
    { name: 'between is inclusive', where: { age: { between: [34, 65] } }, rows: [0, 2] },
    { name: 'several operators on one column', where: { age: { gte: 30, lt: 70 } }, rows: [0, 2] },
    {
      name: 'conditions on several columns are ANDed',
      where: { age: { gte: 65 }, city: { eq: 'Lyon' } },
      rows: [1],
    },
    { name: 'text eq', where: { city: { eq: 'Lyon' } }, rows: [1, 3] },
    { name: 'text eq with a quoted line break', where: { city: { eq: 'New\nYork' } }, rows: [2] },
    { name: 'text ne', where: { city: { ne: 'Lyon' } }, rows: [0, 2, 4] },
    { name: 'text in', where: { city: { in: ['Paris', 'Lyon'] } }, rows: [1, 3, 4] },
    { name: 'text is compared whole', where: { city: { eq: 'Paris' } }, rows: [4] },
    { name: 'label text eq', where: { churn: { eq: 'yes' } }, rows: [1, 2] },
    { name: 'label text in', where: { churn: { in: ['no'] }, age: { lt: 50 } }, rows: [0, 3] },
    { name: 'nothing matches', where: { age: { gt: 100 } }, rows: [] },
  ];

  it.each(cases)('$name', ({ where, rows: expected }) => {
    expect(rows(people, where)).toEqual(expected);
  });

  const errors: { name: string; where: Where; message: string }[] = [
    {
      name: 'unknown column, close name',
      where: { agee: { gte: 1 } },
      message:
        'ablation.yml: tests[2].where.agee: no column "agee" in data/people.csv; did you mean "age"?',
    },
    {
      name: 'unknown column, nothing close',
      where: { diagnosis: { eq: 'x' } },
      message:
        'ablation.yml: tests[2].where.diagnosis: no column "diagnosis" in data/people.csv; ' +
        'columns: name, age, income, city, churn',
    },
    {
      name: 'unknown column with a space',
      where: { 'mean radius': { eq: 1 } },
      message:
        'ablation.yml: tests[2].where["mean radius"]: no column "mean radius" in data/people.csv; ' +
        'columns: name, age, income, city, churn',
    },
    ...(['lt', 'lte', 'gt', 'gte'] as const).map((op) => ({
      name: `${op} on a text column`,
      where: { city: { [op]: 3 } },
      message:
        `ablation.yml: tests[2].where.city.${op}: ${op} needs a numeric column, but column "city" ` +
        'is not numeric: row 1 holds "Paris, FR" (non-numeric)',
    })),
    {
      name: 'between on the label column',
      where: { churn: { between: [0, 1] } },
      message:
        'ablation.yml: tests[2].where.churn.between: between needs a numeric column, but column ' +
        '"churn" is not numeric: row 1 holds "no" (non-numeric)',
    },
    {
      name: 'eq text on a numeric column',
      where: { age: { eq: 'old' } },
      message: 'ablation.yml: tests[2].where.age.eq: expected a number, got "old"',
    },
    {
      name: 'in with a boolean on a numeric column',
      where: { age: { in: [1, true] } },
      message: 'ablation.yml: tests[2].where.age.in[1]: expected a number, got true',
    },
    {
      name: 'in that is not a list',
      where: { city: { in: 'Lyon' as unknown as string[] } },
      message: 'ablation.yml: tests[2].where.city.in: expected a list of values',
    },
    {
      name: 'between reversed',
      where: { age: { between: [65, 34] } },
      message: 'ablation.yml: tests[2].where.age.between: low 65 is greater than high 34',
    },
    {
      name: 'between of three',
      where: { age: { between: [1, 2, 3] as unknown as [number, number] } },
      message: 'ablation.yml: tests[2].where.age.between: expected [low, high]',
    },
    {
      name: 'unknown operator',
      where: { age: { ge: 3 } as never },
      message:
        'ablation.yml: tests[2].where.age.ge: unknown operator; expected one of eq, ne, in, lt, lte, gt, gte, between',
    },
  ];

  it.each(errors)('rejects: $name', ({ where, message }) => {
    expect(inputErrorOf(() => selectRows(people, where, AT))).toBe(message);
  });
});

describe('selectRows: column types', () => {
  it('a text column compares numbers and booleans as text', () => {
    const data = parse('x,code,flag,y\n1,7,true,a\n2,07,false,b\n3,A1,true,a\n', {
      features: ['x'],
    });
    expect(data.columns.get('code')?.kind).toBe('string');
    expect(rows(data, { code: { eq: 7 } })).toEqual([0]);
    expect(rows(data, { code: { in: ['07', 'A1'] } })).toEqual([1, 2]);
    expect(rows(data, { flag: { eq: true } })).toEqual([0, 2]);
    expect(rows(data, { flag: { ne: true } })).toEqual([1]);
  });

  it('a column with an empty cell is text, so numeric operators name the empty row', () => {
    const data = parse('x,age,y\n1,70,a\n2,,b\n', { features: ['x'] });
    expect(rows(data, { age: { eq: 70 } })).toEqual([0]);
    expect(inputErrorOf(() => selectRows(data, { age: { gte: 65 } }, AT))).toBe(
      'ablation.yml: tests[2].where.age.gte: gte needs a numeric column, but column "age" is not ' +
        'numeric: row 2 holds an empty cell',
    );
  });

  it('a numeric label column compares numbers', () => {
    const data = parse('x,y\n1,0\n2,1.0\n3,1\n', { features: ['x'] });
    expect(rows(data, { y: { eq: '1' } })).toEqual([1, 2]);
    expect(rows(data, { y: { in: [0] } })).toEqual([0]);
  });
});

describe('selectRows on iris.csv (counts cross-checked with Python)', () => {
  let iris: Dataset;
  beforeAll(async () => {
    iris = await loadDataset({
      ...spec('data/iris.csv', { label: 'species' }),
      path: fixture('iris.csv'),
    });
  });

  const cases: { where: Where; n: number; first: number[] }[] = [
    { where: { sepal_length: { between: [5, 6] } }, n: 67, first: [0, 4, 5, 7, 10, 14, 15, 16] },
    {
      where: { species: { in: ['setosa', 'virginica'] }, sepal_width: { lt: 3 } },
      n: 23,
      first: [8, 41, 101, 103, 106, 107, 108, 111],
    },
    {
      where: { petal_length: { gt: 5, lte: 6 } },
      n: 33,
      first: [83, 100, 101, 102, 103, 104, 108, 110],
    },
    {
      where: { species: { ne: 'setosa' }, petal_width: { gte: 2 } },
      n: 29,
      first: [100, 102, 104, 105, 109, 110, 112, 113],
    },
    { where: { sepal_length: { eq: 5 } }, n: 10, first: [4, 7, 25, 26, 35, 40, 43, 49] },
    { where: { sepal_length: { in: [4.4, 7.7] } }, n: 7, first: [8, 38, 42, 117, 118, 122, 135] },
  ];

  it.each(cases)('$where', ({ where, n, first }) => {
    const selected = selectRows(iris, where, AT);
    expect(selected.length).toBe(n);
    expect([...selected.subarray(0, 8)]).toEqual(first);
  });
});
