import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';
import { captureStream } from '../helpers/streams.js';

async function call(argv: string[], cwd: string) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, { cwd, env: {}, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('ablation-ci compare', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-compare-'));
    const base = breastCancerResults();
    await writeFile(path.join(dir, 'base.json'), JSON.stringify(base));
    await writeFile(path.join(dir, 'same.json'), JSON.stringify(base));
    const worse = withFlippedRows(base, correctRows(base).slice(0, 15));
    await writeFile(path.join(dir, 'worse.json'), JSON.stringify(worse));
    await writeFile(path.join(dir, 'broken.json'), JSON.stringify({ ...base, schemaVersion: 2 }));
  });

  it('passes a run against itself and writes the report', async () => {
    const result = await call(['compare', 'base.json', 'same.json', '--report', 'r.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('gate: passed');
    expect(result.stdout).toContain('regressions (paired, tolerance 0.01, alpha 0.05): none');
    const report = await readFile(path.join(dir, 'r.md'), 'utf8');
    expect(report).toContain('## ablation-ci · breast-cancer');
    expect(report).toContain('✅');
  });

  it('fails a regressed run with exit code 1 and names the regression', async () => {
    const result = await call(['compare', 'base.json', 'worse.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/regressions \(paired.*\): overall/);
  });

  it.each([
    [['compare', 'base.json'], /compare takes two results documents/],
    [['compare', 'base.json', 'missing.json'], /missing\.json: file not found/],
    [
      ['compare', 'base.json', 'broken.json'],
      /broken\.json: not a results document .*schemaVersion/,
    ],
    [['run', '--baseline', 'broken.json'], /broken\.json: not a results document/],
  ])('%j exits 2 with one line and writes nothing', async (argv, message) => {
    const result = await call(argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'ablation-results.json'))).toBe(false);
  });
});
