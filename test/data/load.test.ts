import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';
import { asyncInputErrorOf, fixture, parse, spec } from './helpers.js';

const PEOPLE = { label: 'churn', features: ['age', 'income'] };

describe('loadDataset: the same records in every format', () => {
  it.each([
    {
      file: 'people.csv',
      hash: 'sha256:618edd5e9b9fda5be39911182882206e11e0b09b44c8e99eb2a1e750d6d2c920',
    },
    {
      file: 'people.jsonl',
      hash: 'sha256:a123b2ac4bd7818f96cdeff488efab1a1dee5a6dacdf63b39809025ae77b8605',
    },
    {
      file: 'people.json',
      hash: 'sha256:d650b8e2555f4f7959655d36a71b0c315e725cf323dc2e41c0ce45ab8477fd45',
    },
  ])('$file (BOM, CRLF, quotes, embedded newline, blank line)', async ({ file, hash }) => {
    const data = await loadDataset({ ...spec(`data/${file}`, PEOPLE), path: fixture(file) });
    expect(data.file).toBe(`data/${file}`);
    expect(data.hash).toBe(hash);
    expect(data.n).toBe(5);
    expect(data.features).toEqual(['age', 'income']);
    expect([...data.x]).toEqual([34, 52000.5, 71, 31000, 65, 48000, 22, 27000, 80, 39000.25]);
    expect(data.label).toBe('churn');
    expect(data.task).toBe('binary');
    expect(data.classes).toEqual(['no', 'yes']);
    expect([...data.y]).toEqual([0, 1, 1, 0, 0]);
    expect([...data.columns.keys()]).toEqual(['name', 'age', 'income', 'city', 'churn']);
    expect(data.columns.get('name')).toEqual({
      kind: 'string',
      values: ['Alice', 'Bob', 'Carol "CJ"', 'Dan', 'Eve'],
    });
    expect(data.columns.get('city')).toEqual({
      kind: 'string',
      values: ['Paris, FR', 'Lyon', 'New\nYork', 'Lyon', 'Paris'],
    });
    expect(data.columns.get('age')).toEqual({
      kind: 'number',
      values: Float64Array.from([34, 71, 65, 22, 80]),
    });
  });

  it('default features are every column but the label, so a text column is an error', async () => {
    const message = await asyncInputErrorOf(() =>
      loadDataset({
        ...spec('data/people.csv', { label: 'churn' }),
        path: fixture('people.csv'),
      }),
    );
    expect(message).toBe(
      'data/people.csv:2: row 1, column "name": expected a number, got "Alice" (non-numeric)',
    );
  });

  it('a missing file names data.eval in the config', async () => {
    const message = await asyncInputErrorOf(() =>
      loadDataset({ ...spec('data/missing.csv'), path: fixture('missing.csv') }),
    );
    expect(message).toBe('ablation.yml: data.eval: cannot read data/missing.csv: no such file');
  });
});

describe('loadDataset: real data', () => {
  it('iris.csv', async () => {
    const data = await loadDataset({
      ...spec('data/iris.csv', { label: 'species' }),
      path: fixture('iris.csv'),
    });
    expect(data.hash).toBe(
      'sha256:91eb642c3adbc7bad8e99c930c11fa3a5cc8a07262c7a753b4e6ecf405f2e05e',
    );
    expect(data.n).toBe(150);
    expect(data.features).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(data.task).toBe('multiclass');
    expect(data.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(data.x.length).toBe(600);
    expect([...data.x.subarray(0, 4)]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect([...data.x.subarray(400, 404)]).toEqual([6.3, 3.3, 6, 2.5]);
    expect([...data.x.subarray(596, 600)]).toEqual([5.9, 3, 5.1, 1.8]);
    expect([data.y[0], data.y[50], data.y[100], data.y[149]]).toEqual([0, 1, 2, 2]);
    expect(counts(data.y)).toEqual([50, 50, 50]);
  });

  it('breast_cancer.csv', async () => {
    const data = await loadDataset({
      ...spec('data/breast_cancer.csv', { label: 'diagnosis' }),
      path: fixture('breast_cancer.csv'),
    });
    expect(data.hash).toBe(
      'sha256:518936fa92ca3d8a78c420aee22030c4e519ffcba3be15dd23e83f2fc22e20e5',
    );
    expect(data.n).toBe(569);
    expect(data.features.length).toBe(30);
    expect(data.features.slice(0, 2)).toEqual(['mean_radius', 'mean_texture']);
    expect(data.features[29]).toBe('worst_fractal_dimension');
    expect(data.task).toBe('binary');
    expect(data.classes).toEqual(['benign', 'malignant']);
    expect([...data.x.subarray(0, 3)]).toEqual([17.99, 10.38, 122.8]);
    expect([...data.x.subarray(100 * 30, 100 * 30 + 3)]).toEqual([13.61, 24.98, 88.05]);
    expect([...data.x.subarray(568 * 30 + 28, 569 * 30)]).toEqual([0.2871, 0.07039]);
    expect([data.y[0], data.y[100], data.y[568]]).toEqual([1, 1, 0]);
    expect(counts(data.y)).toEqual([357, 212]);
  });
});

describe('task and classes', () => {
  const labels = (values: string[]): string =>
    `x,y\n${values.map((v, i) => `${i},${v}`).join('\n')}\n`;
  const cases: {
    name: string;
    text: string;
    extra?: Parameters<typeof parse>[1];
    file?: string;
    task: string;
    classes: string[] | undefined;
    y: number[];
  }[] = [
    {
      name: 'two integers: binary',
      text: labels(['1', '0', '1']),
      task: 'binary',
      classes: ['0', '1'],
      y: [1, 0, 1],
    },
    {
      name: 'three integers: multiclass, sorted numerically',
      text: labels(['10', '9', '2', '9']),
      task: 'multiclass',
      classes: ['2', '9', '10'],
      y: [2, 1, 0, 1],
    },
    {
      name: '"1.0" and "1" are one class, named by the number',
      text: labels(['1.0', '0', '1']),
      task: 'binary',
      classes: ['0', '1'],
      y: [1, 0, 1],
    },
    {
      name: 'a non-integer: regression',
      text: labels(['0.5', '1', '2']),
      task: 'regression',
      classes: undefined,
      y: [0.5, 1, 2],
    },
    {
      name: '11 distinct integers: regression',
      text: labels(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
      task: 'regression',
      classes: undefined,
      y: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    },
    {
      name: '10 distinct integers: multiclass',
      text: labels(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']),
      task: 'multiclass',
      classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
      y: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    },
    {
      name: 'text labels sorted by code point',
      text: labels(['b', 'a', 'B', 'c', '\u{1F600}', '\uFFFF']),
      task: 'multiclass',
      classes: ['B', 'a', 'b', 'c', '\uFFFF', '\u{1F600}'],
      y: [2, 1, 0, 3, 5, 4],
    },
    {
      name: 'JSON booleans are text',
      text: '[{"x": 1, "y": true}, {"x": 2, "y": false}]',
      file: 'data/t.json',
      task: 'binary',
      classes: ['false', 'true'],
      y: [1, 0],
    },
    {
      name: 'JSON numbers: their String()',
      text: '{"x": 1, "y": 2.0}\n{"x": 2, "y": 3}\n{"x": 3, "y": 1}\n',
      file: 'data/t.jsonl',
      task: 'multiclass',
      classes: ['1', '2', '3'],
      y: [1, 2, 0],
    },
    {
      name: 'given classes keep their order and infer binary',
      text: labels(['no', 'yes', 'no']),
      extra: { classes: ['yes', 'no'] },
      task: 'binary',
      classes: ['yes', 'no'],
      y: [1, 0, 1],
    },
    {
      name: 'given classes match numbers numerically',
      text: labels(['1.0', '0', '1', '+1']),
      extra: { classes: ['0', '1'] },
      task: 'binary',
      classes: ['0', '1'],
      y: [1, 0, 1, 1],
    },
    {
      name: 'given classes need not all occur',
      text: labels(['a', 'b', 'a']),
      extra: { classes: ['a', 'b', 'c'] },
      task: 'multiclass',
      classes: ['a', 'b', 'c'],
      y: [0, 1, 0],
    },
    {
      name: 'given task regression on integer labels',
      text: labels(['0', '1', '1']),
      extra: { task: 'regression' },
      task: 'regression',
      classes: undefined,
      y: [0, 1, 1],
    },
    {
      name: 'given task multiclass on two values',
      text: labels(['0', '1', '1']),
      extra: { task: 'multiclass' },
      task: 'multiclass',
      classes: ['0', '1'],
      y: [0, 1, 1],
    },
  ];

  it.each(cases)('$name', ({ text, extra, file, task, classes, y }) => {
    const data = parse(text, { features: ['x'], ...extra }, file);
    expect(data.task).toBe(task);
    expect(data.classes).toEqual(classes);
    expect([...data.y]).toEqual(y);
  });
});

function counts(y: Float64Array): number[] {
  const out: number[] = [];
  for (const k of y) out[k] = (out[k] ?? 0) + 1;
  return out;
}
