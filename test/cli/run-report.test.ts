import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { compare } from '../../src/compare/compare.js';
import { renderSummary, runFacts } from '../../src/report/index.js';
import type { Results } from '../../src/results/types.js';
import { captureStream } from '../helpers/streams.js';

async function call(argv: string[], cwd: string) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, { cwd, env: {}, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// The breast-cancer example run for real in a copy, as a user on day one would: no baseline.
describe('run --report without a baseline writes the report of the run alone', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-run-report-'));
    await cp('examples/breast-cancer', dir, { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the single-run report of the results it wrote, and says where', async () => {
    const result = await call(
      ['run', '--out', 'r.json', '--report', 'r.md', '--workers', '1', '--backend', 'wasm'],
      dir,
    );
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)]);
    expect(result.stdout).toContain('report: r.md\n');
    // Every configured metric in the terminal summary, the primary first.
    expect(result.stdout).toMatch(
      /^breast-cancer: accuracy 0\.9648 \[[\d., ]+\] on 199 examples \(wasm\)\nother metrics: f1 0\.9530 \[[\d., ]+\], roc_auc 0\.9905 \[[\d., ]+\], log_loss 0\.1531 \[[\d., ]+\]\n/,
    );
    const results = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8')) as Results;
    const report = await readFile(path.join(dir, 'r.md'), 'utf8');
    expect(report).toBe(
      renderSummary(compare(undefined, results), {
        ...runFacts(results),
        baselineNote:
          'No baseline: the report of this run alone. Pass --baseline with a results document of main to compare with it.',
        now: results.timing.startedAt,
      }),
    );
    expect(report.split('\n')[2]).toMatch(
      /^✅ \*\*Passed\*\* · accuracy 0\.9648 \[[\d., ]+\] on 199 examples · no baseline\\$/,
    );
    for (const section of [
      '### Metrics on all eval data',
      '### Model unit tests',
      '### Component contributions (accuracy)',
      '### Data checks',
      '<details><summary>Run facts</summary>',
    ]) {
      expect(report).toContain(section);
    }
  });

  it('refuses a report of one shard before anything runs', async () => {
    const result = await call(['run', '--shard', '1/2', '--report', 's.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--shard writes one part of the results, too little for a report/,
    );
    expect(existsSync(path.join(dir, 's.md'))).toBe(false);
  });
});

describe('compare prints every configured metric, main → head, with the change and its interval', () => {
  it('names all four metrics of the breast-cancer suite', async () => {
    const result = await call(
      [
        'compare',
        'test/fixtures/results/reports/main.json',
        'test/fixtures/results/reports/log-loss-only.json',
      ],
      process.cwd(),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5).map((line) => line.replace(/ \[.*\]$/, ''))).toEqual([
      'gate: passed',
      '  accuracy: 0.9648 → 0.9648, 0.0 pts',
      '  f1: 0.9530 → 0.9530, 0.0 pts',
      '  roc_auc: 0.9905 → 0.9905, 0.0 pts',
      '  log_loss: 0.1531 → 0.1195, -0.0336',
    ]);
  });
});
