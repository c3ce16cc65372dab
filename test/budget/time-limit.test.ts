import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { exampleRepo } from '../helpers/repo.js';
import { captureStream } from '../helpers/streams.js';

let root: string;

/** Runs `ablation-ci run` on the breast-cancer suite with `time-limit` set to `limit`. */
async function runWithLimit(
  limit: string | undefined,
  out: string,
): Promise<{ code: number; stdout: string; stderr: string; results: Results }> {
  const config = path.join(root, 'suite/ablation.yml');
  const text = await readFile(path.join(root, 'suite/original.yml'), 'utf8');
  await writeFile(
    config,
    limit === undefined ? text : text.replace('seed: 42', `seed: 42\ntime-limit: ${limit}`),
  );
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(['run', '--config', 'suite/ablation.yml', '--out', out], {
    cwd: root,
    env: { GITHUB_SHA: 'c0ffee', GITHUB_REF: 'refs/heads/main' },
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  const results = JSON.parse(await readFile(path.join(root, out), 'utf8')) as Results;
  return { code, stdout: stdout.text(), stderr: stderr.text(), results };
}

beforeAll(async () => {
  root = await exampleRepo('breast-cancer');
  const text = await readFile(path.join(root, 'suite/ablation.yml'), 'utf8');
  await writeFile(path.join(root, 'suite/original.yml'), text);
});

describe('time-limit', () => {
  it('too tight: says so up front, reduces repeats and rows, and reports what the deadline left out', async () => {
    // Loading and timing the sample alone take longer than 0.01 s, on any machine: nothing can be evaluated.
    const { code, stdout, stderr, results } = await runWithLimit('0.01', 'tight.json');
    expect(code).toBe(0);
    // Not "80 not applicable": two are, the deadline left the others out.
    expect(stdout).toContain(
      '\ncomponents: 0 evaluated, 78 not evaluated (time limit), 2 not applicable\n',
    );
    expect(resultsProblem(results)).toBeUndefined();
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^ablation-ci: time limit 0\.01 s: the plan as configured needs an estimated [\d.]+ (s|min); reduced repeats 5 → 2 and rows 199 → 50 \(a stratified, seeded subsample\); even so it may not fit: components the deadline reaches are reported as not evaluated$/,
    );
    expect(lines[1]).toMatch(/; 78 components not evaluated before the deadline$/);
    const { budget } = results.run;
    expect(budget).toMatchObject({
      limit: 0.01,
      repeats: { from: 5, to: 2 },
      rows: { from: 199, to: 50 },
      notEvaluated: 78,
    });
    expect(budget!.estimate).toBeGreaterThan(0.01);
    expect(results.run.repeats).toBe(2);
    // 50 rows, stratified: 125 and 74 of 199 → 31.4 and 18.6 → 31 and 19.
    expect(results.baseline.n).toBe(50);
    expect(results.data.labelCounts).toEqual({ benign: 31, malignant: 19 });
    expect(results.predictions.shape).toEqual([50, 1]);
    // Every component is listed: none evaluated, each with the reason.
    expect(results.components).toHaveLength(80);
    const late = results.components.filter((c) => c.notApplicable?.startsWith('not evaluated'));
    expect(late).toHaveLength(78);
    for (const component of late) {
      expect(component).toMatchObject({
        repeats: 0,
        notApplicable: 'not evaluated: the time limit of 0.01 s was reached',
      });
    }
    expect(results.components.filter((c) => c.metrics !== undefined)).toHaveLength(0);
    // The tests still ran, on the subsample.
    expect(results.tests.map((t) => t.status)).not.toContain(undefined);
  }, 60_000);

  it('generous: records the limit and its estimate, and changes nothing else', async () => {
    const plain = await runWithLimit(undefined, 'plain.json');
    const { stderr, results } = await runWithLimit('1h', 'generous.json');
    expect(stderr).toBe('');
    expect(results.run.budget).toMatchObject({
      limit: 3600,
      repeats: null,
      rows: null,
      notEvaluated: 0,
    });
    const strip = (r: Results) => ({
      ...r,
      run: { ...r.run, budget: undefined },
      timing: null,
      source: null,
    });
    expect(JSON.stringify(strip(results))).toBe(JSON.stringify(strip(plain.results)));
  }, 60_000);

  it('the report says what the time limit changed, in the run facts', async () => {
    const stdout = captureStream();
    const code = await cli(['compare', 'plain.json', 'tight.json', '--report', 'report.md'], {
      cwd: root,
      env: {},
      stdout: stdout.stream,
      stderr: captureStream().stream,
    });
    expect(code).toBeLessThan(2);
    const report = await readFile(path.join(root, 'report.md'), 'utf8');
    expect(report).toMatch(
      /\| Time limit +\| time limit 0\.01 s: the plan as configured needs an estimated [\d.]+ (s|min); reduced repeats 5 → 2 and rows 199 → 50 \(a stratified, seeded subsample\); 78 components not evaluated before the deadline \|/,
    );
  });

  it('a bad value is a config error on its line', async () => {
    const config = path.join(root, 'suite/ablation.yml');
    const text = await readFile(path.join(root, 'suite/original.yml'), 'utf8');
    await writeFile(config, text.replace('seed: 42', 'seed: 42\ntime-limit: 0s'));
    const stderr = captureStream();
    const code = await cli(['validate', '--config', 'suite/ablation.yml'], {
      cwd: root,
      env: {},
      stdout: captureStream().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(2);
    expect(stderr.text()).toBe(
      'ablation-ci: error: suite/ablation.yml:14: time-limit: expected a duration such as 10m, 90s or 1h30m, or a number of seconds, got "0s"\n',
    );
  });
});
