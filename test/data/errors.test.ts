import { describe, expect, it } from 'vitest';
import { inputErrorOf, parse } from './helpers.js';

describe('input errors', () => {
  const cases: {
    name: string;
    text: string | Uint8Array;
    extra?: Parameters<typeof parse>[1];
    file?: string;
    message: string;
    prefix?: boolean;
  }[] = [
    {
      name: 'unknown extension',
      text: 'x,y\n1,2\n',
      file: 'data/t.txt',
      message:
        'ablation.yml: data.eval: data/t.txt: unknown extension .txt; ' +
        'expected .csv, .jsonl, .ndjson or .json',
    },
    {
      name: 'no extension',
      text: 'x,y\n1,2\n',
      file: 'data/eval',
      message:
        'ablation.yml: data.eval: data/eval: no file extension; ' +
        'expected .csv, .jsonl, .ndjson or .json',
    },
    {
      name: 'upper-case extension is fine, but the header must have the label',
      text: 'x,z\n1,2\n',
      file: 'data/t.CSV',
      message: 'ablation.yml: data.label: no column "y" in data/t.CSV; columns: x, z',
    },
    { name: 'header only', text: 'x,y\n', message: 'data/t.csv: no data rows' },
    {
      name: 'empty JSON array',
      text: '[]',
      file: 'data/t.json',
      message: 'data/t.json: no data rows',
    },
    {
      name: 'empty JSONL',
      text: '\n\n',
      file: 'data/t.jsonl',
      message: 'data/t.jsonl: no data rows',
    },
    {
      name: 'unknown label, close name',
      text: 'age,income,target\n1,2,3\n',
      extra: { label: 'targte' },
      message: 'ablation.yml: data.label: no column "targte" in data/t.csv; did you mean "target"?',
    },
    {
      name: 'unknown label, nothing close',
      text: 'age,income,target\n1,2,3\n',
      extra: { label: 'diagnosis' },
      message:
        'ablation.yml: data.label: no column "diagnosis" in data/t.csv; columns: age, income, target',
    },
    {
      name: 'unknown feature',
      text: 'age,income,y\n1,2,0\n3,4,1\n',
      extra: { features: ['income', 'agee'] },
      message:
        'ablation.yml: data.features[1]: no column "agee" in data/t.csv; did you mean "age"?',
    },
    {
      name: 'the label as a feature',
      text: 'age,y\n1,0\n3,1\n',
      extra: { features: ['age', 'y'] },
      message: 'ablation.yml: data.features[1]: "y" is the label column',
    },
    {
      name: 'a feature twice',
      text: 'age,y\n1,0\n3,1\n',
      extra: { features: ['age', 'age'] },
      message: 'ablation.yml: data.features[1]: duplicate feature "age"',
    },
    {
      name: 'no feature column',
      text: 'y\n1\n0\n',
      message: 'data/t.csv: no feature columns: the file has only the label column',
    },
    ...(
      [
        ['', 'an empty cell'],
        ['  ', 'an empty cell'],
        ['abc', '"abc" (non-numeric)'],
        ['1,5', '"1,5" (non-numeric)'],
        ['NaN', '"NaN" (NaN)'],
        ['nan', '"nan" (NaN)'],
        ['Infinity', '"Infinity" (infinite)'],
        ['-inf', '"-inf" (infinite)'],
        ['1e400', '"1e400" (infinite)'],
      ] as const
    ).map(([cell, got]) => ({
      name: `feature cell ${JSON.stringify(cell)}`,
      text: `a,b,y\n1,2,0\n"multi\nline",3,0\n4,"${cell}",1\n5,6,1\n`,
      extra: { features: ['b'] },
      message: `data/t.csv:5: row 3, column "b": expected a number, got ${got}`,
    })),
    {
      name: 'the first bad feature cell by row, then by feature order',
      text: 'a,b,c,y\n1,2,3,0\n4,x,z,1\n?,5,6,1\n',
      message: 'data/t.csv:3: row 2, column "b": expected a number, got "x" (non-numeric)',
    },
    {
      name: 'JSON null feature',
      text: '{"a": 1, "y": 0}\n\n{"a": null, "y": 1}\n',
      file: 'data/t.jsonl',
      message: 'data/t.jsonl:3: row 2, column "a": expected a number, got an empty cell',
    },
    {
      name: 'JSON overflowing number',
      text: '[{"a": 1, "y": 0}, {"a": 1e400, "y": 1}]',
      file: 'data/t.json',
      message: 'data/t.json: row 2, column "a": expected a number, got "Infinity" (infinite)',
    },
    {
      name: 'JSONL missing key',
      text: '{"a": 1, "b": 2, "y": 0}\n\n{"a": 1, "y": 1}\n',
      file: 'data/t.jsonl',
      message: 'data/t.jsonl:3: row 2: missing key "b"',
    },
    {
      name: 'JSONL extra key',
      text: '{"a": 1, "y": 0}\n{"a": 1, "y": 1, "z": 3}\n',
      file: 'data/t.jsonl',
      message: 'data/t.jsonl:2: row 2: unexpected key "z" (not in the first record)',
    },
    {
      name: 'JSON missing key',
      text: '[{"a": 1, "y": 0}, {"y": 1}]',
      file: 'data/t.json',
      message: 'data/t.json: row 2: missing key "a"',
    },
    {
      name: 'JSONL line that is not an object',
      text: '{"a": 1, "y": 0}\n[1, 0]\n',
      file: 'data/t.jsonl',
      message: 'data/t.jsonl:2: row 2: expected an object, got an array',
    },
    {
      name: 'JSONL line that is not JSON',
      text: '{"a": 1, "y": 0}\n{"a": 1, "y": 0\n',
      file: 'data/t.ndjson',
      // The rest is V8's JSON.parse message, which varies between Node versions.
      message: 'data/t.ndjson:2: row 2: invalid JSON: ',
      prefix: true,
    },
    {
      name: 'JSON that is not an array',
      text: '{"a": 1, "y": 0}',
      file: 'data/t.json',
      message: 'data/t.json: expected an array of records, got an object',
    },
    {
      name: 'JSON nested value',
      text: '[{"a": 1, "y": 0}, {"a": {"b": 1}, "y": 1}]',
      file: 'data/t.json',
      message:
        'data/t.json: row 2: key "a": expected a number, string, boolean or null, got an object',
    },
    {
      name: 'invalid UTF-8',
      text: Buffer.from([...Buffer.from('a,y\n1,'), 0xc3, 0x28, 0x0a]),
      message: 'data/t.csv:2: not valid UTF-8 text',
    },
    {
      name: 'empty label',
      text: 'a,y\n1,0\n2,\n',
      message: 'data/t.csv:3: row 2, column "y": the label is empty',
    },
    {
      name: 'label outside the classes',
      text: 'a,y\n1,no\n2,maybe\n',
      extra: { classes: ['no', 'yes'] },
      message:
        'data/t.csv:3: row 2, column "y": label "maybe" is not one of data.classes ("no", "yes")',
    },
    {
      name: 'labels are compared as written',
      text: 'a,y\n1,no\n2,yes \n',
      extra: { classes: ['no', 'yes'] },
      message:
        'data/t.csv:3: row 2, column "y": label "yes " is not one of data.classes ("no", "yes")',
    },
    {
      name: 'binary task with three label values',
      text: 'a,y\n1,a\n2,b\n3,c\n',
      extra: { task: 'binary' },
      message:
        'data/t.csv: a binary task needs 2 classes, but label column "y" has 3 distinct value(s): ' +
        '"a", "b", "c"; check data.task, or set data.classes',
    },
    {
      name: 'binary task with three classes',
      text: 'a,y\n1,a\n2,b\n',
      extra: { task: 'binary', classes: ['a', 'b', 'c'] },
      message: 'ablation.yml: data.classes: a binary task needs exactly 2 classes, got 3',
    },
    {
      name: 'one class given',
      text: 'a,y\n1,a\n2,a\n',
      extra: { classes: ['a'] },
      message: 'ablation.yml: data.classes: expected at least 2 classes, got 1',
    },
    {
      name: 'duplicate classes',
      text: 'a,y\n1,a\n2,b\n',
      extra: { classes: ['a', 'b', 'a'] },
      message: 'ablation.yml: data.classes[2]: duplicate class "a"',
    },
    {
      name: 'numerically duplicate classes',
      text: 'a,y\n1,1\n2,0\n',
      extra: { classes: ['0', '1', '1.0'] },
      message: 'ablation.yml: data.classes[2]: duplicate class "1.0"',
    },
    {
      name: 'a single label value',
      text: 'a,y\n1,a\n2,a\n',
      message:
        'data/t.csv: label column "y" has a single value "a"; set data.task and data.classes',
    },
    {
      name: 'multiclass task with a single label value',
      text: 'a,y\n1,a\n2,a\n',
      extra: { task: 'multiclass' },
      message:
        'data/t.csv: label column "y" has a single value "a"; set data.classes to every class of the model',
    },
    {
      name: 'regression with text labels',
      text: 'a,y\n1,2.5\n2,high\n',
      extra: { task: 'regression' },
      message:
        'data/t.csv:3: row 2, column "y": regression labels must be numbers, got "high" (non-numeric)',
    },
    {
      name: 'regression with classes',
      text: 'a,y\n1,2.5\n2,3\n',
      extra: { task: 'regression', classes: ['2.5', '3'] },
      message: 'ablation.yml: data.classes: not used for a regression task',
    },
  ];

  it.each(cases)('$name', ({ text, extra, file, message, prefix }) => {
    const actual = inputErrorOf(() => parse(text, extra, file));
    if (prefix === true) expect(actual.startsWith(message)).toBe(true);
    else expect(actual).toBe(message);
  });
});
