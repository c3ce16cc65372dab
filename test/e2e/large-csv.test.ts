import { execFile } from 'node:child_process';
import { constants } from 'node:buffer';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist', 'cli.js');

/** A copy of the ONNX tabular example, and its eval file's header and data lines. */
function example(): { root: string; eval: string; header: string; rows: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'large-csv-'));
  cpSync(path.resolve('examples/onnx-tabular'), root, { recursive: true });
  const file = path.join(root, 'data/eval.csv');
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  return { root, eval: file, header, rows };
}

/** `validate` of the config in `root` through the bundle: its exit code, stdout and stderr. */
async function validate(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(
    'node',
    [CLI, 'validate', '--config', 'ablation.yml', '--backend', 'onnxruntime-web'],
    { cwd: root },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

// A CSV of 32 MiB or more is read on two threads (src/data/csv-threads.ts): the bundle's thread
// is dist/csv-worker.js, found beside dist/cli.js. The ONNX tabular example with its eval rows
// repeated past that size: the data is read whole, then a test's `where` on an unknown column is
// refused — the one line and exit code 2 of a file read on one thread.
describe('a large CSV through the bundle', () => {
  it('is read on two threads, and the config checked against it', async () => {
    const { root, eval: file, header, rows } = example();
    const body = rows.join('\n') + '\n';
    const copies = Math.ceil((33 * 1024 * 1024) / body.length);
    writeFileSync(file, header + '\n' + body.repeat(copies));
    const config = path.join(root, 'ablation.yml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(/^tests:\n/m, (tests) =>
        [
          tests,
          '  - name: nowhere',
          '    where: { no_such_column: { eq: 1 } }',
          '    metric: accuracy',
          "    threshold: '>= 0.5'",
          '',
        ].join('\n'),
      ),
    );
    const run = await validate(root);
    expect(run.stderr).toMatch(
      /^ablation-ci: error: ablation\.yml:\d+: tests\[\d+\]\.where\.no_such_column: /,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
  });
});

// Files too large for what reads them, made cheaply as sparse files (NUL bytes, valid UTF-8): one
// line naming the file, exit code 2, nothing written — never an internal error or a crash.
const TEXT = constants.MAX_STRING_LENGTH;
describe('an eval file too large for its reader', () => {
  /** Each case writes the eval file, which holds the header line. */
  const cases: { name: string; write: (file: string, first: string) => void; message: string }[] = [
    {
      name: 'a binary file named .csv (no line break, more bytes than a text holds)',
      write: (file) => {
        writeFileSync(file, '');
        truncateSync(file, TEXT + 8);
      },
      message: `data/eval.csv:1: header: a line of ${TEXT + 8} bytes, longer than a text can be (${TEXT} characters); is it a CSV file?`,
    },
    {
      name: 'a label cell of more bytes than a text holds',
      write: (file, first) => {
        const start = first.slice(0, first.lastIndexOf(',') + 1);
        writeFileSync(file, start, { flag: 'a' });
        truncateSync(file, statSync(file).size + TEXT + 1);
        writeFileSync(file, '\n', { flag: 'a' });
      },
      message: `data/eval.csv:2: row 1: a field of ${TEXT + 1} bytes, longer than a text can be (${TEXT} characters)`,
    },
    {
      name: 'a file of 3 GiB',
      write: (file) => truncateSync(file, 3 * 2 ** 30),
      message: `ablation.yml:8: data.eval: cannot read data/eval.csv: File size (${3 * 2 ** 30}) is greater than 2 GiB`,
    },
  ];
  it.each(cases)('$name: one line, exit code 2', async (c) => {
    const { root, eval: file, header, rows } = example();
    writeFileSync(file, header + '\n');
    c.write(file, rows[0]);
    const before = readdirSync(root, { recursive: true }).sort();
    const run = await validate(root);
    const errors = run.stderr.split('\n').filter((line) => !line.startsWith('ablation-ci: valid'));
    expect(errors.join('\n').trim()).toBe(`ablation-ci: error: ${c.message}`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });
});
