import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { captureStream } from '../helpers/streams.js';
import { exampleRepo, put } from '../helpers/repo.js';

/** Whether tfjs-node can load here (it cannot be installed on this project's machines). */
function hasTfjsNode(): boolean {
  try {
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
    return true;
  } catch {
    return false;
  }
}

/** A change to a fresh copy of the breast-cancer suite that makes it bad. */
type Breakage = (root: string) => Promise<void>;

const config = 'suite/ablation.yml';

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

const editConfig =
  (change: (text: string) => string): Breakage =>
  (root) =>
    edit(root, config, change);
const editData =
  (change: (text: string) => string): Breakage =>
  (root) =>
    edit(root, 'suite/data/eval.csv', change);
/** Replaces cell `column` (0-based) of data row 3 (line 4 of the file). */
const setCell = (column: number, value: string) =>
  editData((text) => {
    const lines = text.split('\n');
    const cells = lines[3].split(',');
    cells[column] = value;
    lines[3] = cells.join(',');
    return lines.join('\n');
  });

const cases: [string, Breakage, RegExp][] = [
  [
    'malformed YAML',
    editConfig((t) => t.replace('suite: breast-cancer', 'suite: [breast')),
    /^suite\/ablation\.yml:\d+: /,
  ],
  [
    'an unknown key',
    editConfig((t) => t.replace('seed: 42', 'sed: 42')),
    /^suite\/ablation\.yml:13: sed: unknown key.*did you mean "seed"/,
  ],
  [
    'a missing model file',
    (r) => rm(path.join(r, 'suite/model/model.json')),
    /^suite\/ablation\.yml:4: model: .*(not found|no such file)/,
  ],
  [
    'a missing data file',
    (r) => rm(path.join(r, 'suite/data/eval.csv')),
    /^suite\/ablation\.yml:6: data\.eval: /,
  ],
  [
    'a corrupt model.json',
    (r) => put(r, 'suite/model/model.json', '{"modelTopology": {'),
    /^suite\/model\/model\.json: .*JSON/,
  ],
  [
    'a missing weight shard',
    (r) => rm(path.join(r, 'suite/model/weights.bin')),
    /^suite\/model\/weights\.bin: weight shard/,
  ],
  [
    'an unknown label column',
    editConfig((t) => t.replace('label: diagnosis', 'label: diagnosys')),
    /^suite\/ablation\.yml:7: data\.label: no column "diagnosys"/,
  ],
  ['a label outside classes', setCell(30, 'maybe'), /^suite\/data\/eval\.csv:4: row 3.*"maybe"/],
  [
    'a non-numeric cell',
    setCell(1, 'abc'),
    /^suite\/data\/eval\.csv:4: row 3, column "mean_texture": expected a number, got "abc"/,
  ],
  [
    'a NaN cell',
    setCell(2, 'NaN'),
    /^suite\/data\/eval\.csv:4: row 3, column "mean_perimeter": .*NaN/,
  ],
  [
    'an empty cell',
    setCell(0, ''),
    /^suite\/data\/eval\.csv:4: row 3, column "mean_radius": .*empty/,
  ],
  [
    'header-only data',
    editData((t) => t.split('\n')[0] + '\n'),
    /^suite\/data\/eval\.csv: no data rows/,
  ],
  [
    'an unknown layer',
    editConfig((t) => t.replace('layers: all', 'layers: [hidden_9]')),
    /^suite\/ablation\.yml:17: ablations\.layers\[0\]: no layer of the model is named "hidden_9"/,
  ],
  [
    'an unknown feature',
    editConfig((t) => t.replace('features: all', 'features: [mean_radius, radius_mean]')),
    /^suite\/ablation\.yml:\d+: ablations\.features\[1\]: "radius_mean" is not a feature/,
  ],
  [
    'an unknown metric',
    editConfig((t) => t.replace('metrics: [accuracy,', 'metrics: [acuracy,')),
    /^suite\/ablation\.yml:12: metrics\[0\]: /,
  ],
  [
    'a metric of another task',
    editConfig((t) => t.replace('metrics: [accuracy,', 'metrics: [accuracy, mse,')),
    /^suite\/ablation\.yml:12: metrics\[1\]: mse does not apply to a binary task/,
  ],
  [
    'a bad threshold',
    editConfig((t) => t.replace("threshold: '>= 0.85'", "threshold: '=> 0.85'")),
    /^suite\/ablation\.yml:\d+: tests\[0\]\.threshold: /,
  ],
  [
    'features not matching the model input',
    editConfig((t) =>
      t.replace('  task: binary', '  task: binary\n  features: [mean_radius, mean_texture]'),
    ),
    /^suite\/ablation\.yml:\d+: data\.features: the model suite\/model\/model\.json takes 30 values per example .* but the data has 2 features/,
  ],
  [
    'a where on an unknown column',
    editConfig((t) => t.replace('{ mean_radius: { gte: 15 } }', '{ radius: { gte: 15 } }')),
    /^suite\/ablation\.yml:\d+: tests\[3\]\.where\.radius: /,
  ],
  [
    'a path outside the repository',
    editConfig((t) => t.replace('eval: data/eval.csv', 'eval: ../../outside.csv')),
    /^suite\/ablation\.yml:6: data\.eval: .*escapes the repository/,
  ],
  [
    'a class a test names that the data lacks',
    editConfig((t) => t.replace('class: benign', 'class: benigne')),
    /^suite\/ablation\.yml:\d+: tests\[1\]\.class: /,
  ],
];

describe('bad input', () => {
  let original: string;
  beforeAll(async () => {
    original = await exampleRepo('breast-cancer');
  });

  it.each(cases)(
    '%s: exit 2, one line naming file and key or row, no results',
    async (_, breakage, message) => {
      const root = await exampleRepo('breast-cancer');
      await breakage(root);
      const stdout = captureStream();
      const stderr = captureStream();
      const out = path.join(root, 'results.json');
      const code = await cli(['run', '--config', config, '--out', out, '--backend', 'cpu'], {
        cwd: root,
        env: {},
        stdout: stdout.stream,
        stderr: stderr.stream,
      });
      const text = stderr.text();
      expect(code).toBe(2);
      expect(text.split('\n')).toHaveLength(2); // one line and its newline
      expect(text).toMatch(/^ablation-ci: error: /);
      expect(text.replace('ablation-ci: error: ', '')).toMatch(message);
      expect(text).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(stdout.text()).toBe('');
    },
  );

  it('the unbroken copy runs (so each case above fails for its own reason)', async () => {
    const stderr = captureStream();
    const code = await cli(['validate', '--config', config, '--backend', 'cpu'], {
      cwd: original,
      env: {},
      stdout: captureStream().stream,
      stderr: stderr.stream,
    });
    expect(stderr.text()).toBe('');
    expect(code).toBe(0);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [
      ['run', '--backend', 'gpu'],
      /--backend must be one of auto, tensorflow, wasm, cpu, onnxruntime-node, onnxruntime-web, got "gpu"/,
    ],
    [['run', '--nope'], /Unknown option '--nope'/],
    [['run', '--config', 'missing.yml'], /^ablation-ci: error: missing\.yml: file not found/],
    ...(hasTfjsNode()
      ? []
      : [
          [
            ['validate', '--config', config, '--backend', 'tensorflow'],
            /backend: "tensorflow" needs @tensorflow\/tfjs-node installed in the repository/,
          ] as [string[], RegExp],
        ]),
  ])('usage error %j exits 2', async (argv, message) => {
    const stderr = captureStream();
    const code = await cli(argv, {
      cwd: original,
      env: {},
      stdout: captureStream().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(2);
    expect(stderr.text()).toMatch(message);
  });
});
