import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('dist', 'cli.js');

// A CSV of 32 MiB or more is read on two threads (src/data/csv-threads.ts): the bundle's thread
// is dist/csv-worker.js, found beside dist/cli.js. The ONNX tabular example with its eval rows
// repeated past that size: the data is read whole, then a test's `where` on an unknown column is
// refused — the one line and exit code 2 of a file read on one thread.
describe('a large CSV through the bundle', () => {
  it('is read on two threads, and the config checked against it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'large-csv-'));
    cpSync(path.resolve('examples/onnx-tabular'), root, { recursive: true });
    const [header, ...rows] = readFileSync(path.join(root, 'data/eval.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const body = rows.join('\n') + '\n';
    const copies = Math.ceil((33 * 1024 * 1024) / body.length);
    writeFileSync(path.join(root, 'data/eval.csv'), header + '\n' + body.repeat(copies));
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
    const run = await promisify(execFile)(
      'node',
      [CLI, 'validate', '--config', 'ablation.yml', '--backend', 'onnxruntime-web'],
      { cwd: root },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(run.stderr).toMatch(
      /^ablation-ci: error: ablation\.yml:\d+: tests\[\d+\]\.where\.no_such_column: /,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(2);
  });
});
