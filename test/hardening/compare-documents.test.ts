import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { breastCancerResults } from '../helpers/results.js';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

type Change = (doc: Results) => void;

const b64 = (values: Float32Array | Float64Array): string =>
  Buffer.from(values.buffer).toString('base64');
const labels = (doc: Results): Float64Array => {
  const bytes = Buffer.from(doc.predictions.labels, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};
const setLabel =
  (row: number, value: number): Change =>
  (doc) => {
    const y = labels(doc);
    y[row] = value;
    doc.predictions.labels = b64(y);
  };
const setOutput =
  (row: number, value: number): Change =>
  (doc) => {
    const bytes = Buffer.from(doc.predictions.baseline, 'base64');
    bytes.writeFloatLE(value, row * 4);
    doc.predictions.baseline = bytes.toString('base64');
  };

// Class 10 of issue 8 (compare and run --baseline): documents a comparison cannot trust or pair.
const cases: [string, 'base' | 'head', Change, RegExp][] = [
  [
    'stored outputs that are not base64',
    'head',
    (d) => (d.predictions.baseline = '!!' + d.predictions.baseline.slice(2)),
    /^head\.json: predictions\.baseline: is not valid base64/,
  ],
  [
    'stored outputs with the padding cut',
    'base',
    (d) => (d.predictions.baseline = d.predictions.baseline.replace(/=+$/, '')),
    /^base\.json: predictions\.baseline: is not valid base64/,
  ],
  [
    'stored outputs one example short',
    'head',
    (d) =>
      (d.predictions.baseline = Buffer.from(d.predictions.baseline, 'base64')
        .subarray(4)
        .toString('base64')),
    /^head\.json: predictions\.baseline: holds 792 bytes, but predictions\.shape and baseline\.n need 796/,
  ],
  [
    'stored labels of the wrong length',
    'base',
    (d) => (d.predictions.labels = Buffer.alloc(16).toString('base64')),
    /^base\.json: predictions\.labels: holds 16 bytes, but .* need 1592/,
  ],
  [
    'baseline.n that does not match the shape',
    'head',
    (d) => (d.baseline.n = 198),
    /^head\.json: predictions\.shape: holds 199 rows but baseline\.n is 198/,
  ],
  [
    'a label outside the classes',
    'head',
    setLabel(5, 2),
    /^head\.json: predictions\.labels: row 6 holds 2, not a class index from 0 to 1/,
  ],
  [
    'a negative label',
    'base',
    setLabel(0, -1),
    /^base\.json: predictions\.labels: row 1 holds -1, not a class index/,
  ],
  [
    'a fractional label',
    'head',
    setLabel(198, 0.5),
    /^head\.json: predictions\.labels: row 199 holds 0\.5/,
  ],
  [
    'a NaN stored output',
    'head',
    setOutput(3, NaN),
    /^head\.json: predictions\.baseline: row 4 holds NaN, not a finite output/,
  ],
  [
    'three outputs per example for a binary task',
    'head',
    (d) => (d.predictions.shape = [199, 3]),
    /^head\.json: predictions\.shape: has 3 outputs per example; a binary task with 2 classes has 1 or 2/,
  ],
  [
    'a test slice of the wrong length',
    'head',
    (d) => (d.tests[0].slice = 'AAAA'),
    /^head\.json: tests\[0\]\.slice: holds 3 bytes, .* need 25/,
  ],
  [
    'another suite',
    'head',
    (d) => (d.suite = 'credit-risk'),
    /^head\.json: suite: "credit-risk" differs from base\.json's "breast-cancer": a comparison needs the same suite, task and classes/,
  ],
  [
    'other classes (was exit 0 and "passed")',
    'head',
    (d) => (d.classes = ['benign', 'cancer']),
    /^head\.json: classes: \["benign","cancer"\] differs from base\.json's \["benign","malignant"\]/,
  ],
  [
    'classes in another order',
    'base',
    (d) => (d.classes = ['malignant', 'benign']),
    /^head\.json: classes: \["benign","malignant"\] differs from base\.json's \["malignant","benign"\]/,
  ],
  [
    'another task',
    'head',
    (d) => {
      d.task = 'multiclass';
      d.classes = ['benign', 'malignant', 'unknown'];
      d.predictions.shape = [199, 3];
      d.predictions.baseline = b64(new Float32Array(199 * 3));
    },
    /^head\.json: task: "multiclass" differs from base\.json's "binary"/,
  ],
];

describe('compare refuses documents it cannot trust or pair (issue 8, class 10)', () => {
  it.each(cases)('%s: exit 2, one line naming file and key', async (_, which, change, message) => {
    const root = await suiteRepo();
    const document = breastCancerResults();
    change(document);
    await writeFile(path.join(root, `${which}.json`), JSON.stringify(document));
    const before = await snapshot(root);
    const run = await runCli(['compare', 'base.json', 'head.json', '--report', 'r.md'], root);
    expectOneLineError(run, message);
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(root, 'r.md'))).toBe(false);
    await expectUnchanged(root, before);
  });

  const RUN = [
    'run',
    '--config',
    'suite/ablation.yml',
    '--backend',
    'cpu',
    '--out',
    'r.json',
    '--baseline',
    'base.json',
  ];
  const runCases: [string, Change, RegExp][] = [
    [
      'run --baseline with stored outputs that are not base64',
      (d) => (d.predictions.baseline = '####'),
      /^base\.json: predictions\.baseline: is not valid base64/,
    ],
    [
      'run --baseline with a label out of range',
      setLabel(10, 7),
      /^base\.json: predictions\.labels: row 11 holds 7/,
    ],
    [
      'run --baseline of another suite (before evaluating)',
      (d) => (d.suite = 'digits'),
      /^base\.json: suite: is suite "digits" but suite\/ablation\.yml runs "breast-cancer"/,
    ],
    [
      'run --baseline with other classes',
      (d) => (d.classes = ['b', 'm']),
      /^suite\/ablation\.yml: classes: \["benign","malignant"\] differs from base\.json's \["b","m"\]/,
    ],
  ];

  it.each(runCases)('%s: exit 2, one line, no results written', async (_, change, message) => {
    const root = await suiteRepo();
    const document = breastCancerResults();
    change(document);
    await writeFile(path.join(root, 'base.json'), JSON.stringify(document));
    const before = await snapshot(root);
    const run = await runCli(RUN, root);
    expectOneLineError(run, message);
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(root, 'r.json'))).toBe(false);
    await expectUnchanged(root, before);
  });
});
