import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { makeRepo, type TempRepo } from '../config/repo.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CSV = readFileSync(path.join(HERE, '..', 'fixtures', 'data', 'breast_cancer.csv'), 'utf8')
  .trim()
  .split('\n');

/** 150 training rows and 80 eval rows of the breast-cancer data, four features. */
const FILES = {
  'data/train.csv': [CSV[0], ...CSV.slice(1, 151)].join('\n') + '\n',
  'data/eval.csv': [CSV[0], ...CSV.slice(151, 231)].join('\n') + '\n',
};

function config(extra: string): string {
  return `suite: retrain-test
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture, worst_area, worst_concave_points]
  classes: [benign, malignant]
  scaling: {center: {mean_radius: 14, mean_texture: 19, worst_area: 880, worst_concave_points: 0.11}, scale: {mean_radius: 3.5, mean_texture: 4.3, worst_area: 570, worst_concave_points: 0.066}}
metrics: [accuracy, log_loss]
resamples: 200
${extra}`;
}

interface Outcome {
  code: number;
  stderr: string;
  results: Results;
  report: string;
}

async function run(repo: TempRepo, ...flags: string[]): Promise<Outcome> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let errors = '';
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  stdout.resume();
  const io = { cwd: repo.dir, env: {}, stdout, stderr } as unknown as Parameters<typeof cli>[1];
  const code = await cli(['run', '--out', 'results.json', ...flags], io);
  expect(errors).not.toContain('error:');
  const results = JSON.parse(readFileSync(path.join(repo.dir, 'results.json'), 'utf8')) as Results;
  // The report: the run compared with itself.
  await cli(['compare', 'results.json', 'results.json', '--report', 'report.md'], io);
  const report = readFileSync(path.join(repo.dir, 'report.md'), 'utf8');
  return { code, stderr: errors, results, report };
}

const calls = (repo: TempRepo): string[] => {
  try {
    return readFileSync(path.join(repo.dir, 'calls.log'), 'utf8').trim().split('\n');
  } catch {
    return [];
  }
};

describe('retrain ablations through the CLI', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
    cpSync(path.join(HERE, 'fixtures', 'suite'), repo.dir, { recursive: true });
  });
  afterAll(() => repo.remove());

  it('ends a train() that never returns and one that busy-loops at the time limit; the job finishes', async () => {
    repo.write(
      'ablation.yml',
      config(`train:
  module: train.ts
  seeds: 1
  time-limit: 20s
ablations:
  layers: []
  features: []
  retrain:
    never: {stall: never}
    busy: {stall: busy}
`),
    );
    const { results, report, stderr } = await run(repo);
    expect(resultsProblem(results)).toBeUndefined();
    const byName = Object.fromEntries(results.components.map((c) => [c.id, c]));
    for (const id of ['retrain:never:retrain', 'retrain:busy:retrain']) {
      const [only] = byName[id].retrain!.runs;
      expect(only).toMatchObject({ seed: 42, status: 'timed-out', trainMs: null, cached: false });
      expect(only.ms).toBeGreaterThanOrEqual(20_000);
      expect(byName[id].metrics!.accuracy).toEqual({
        value: null,
        reason: 'no seed where both the baseline and the variant finished within the time limit',
      });
    }
    expect(results.retrain!.baseline.runs[0].status).toBe('ok');
    expect(stderr).toContain('retrain busy, seed 42: timed out at the 20 s limit');
    expect(report).toContain(
      '⏱️ 2 training runs hit the 20 s limit and were left out of the statistics: never (seed 42), busy (seed 42).',
    );
    expect(report).toContain('⚠️ With 1 seed the interval cannot account for seed variance');
  }, 120_000);

  it('trains nothing on a second run with nothing changed, and again when the training code changes', async () => {
    writeFileSync(path.join(repo.dir, 'calls.log'), '');
    repo.write(
      'ablation.yml',
      config(`train:
  module: train.ts
  seeds: 2
ablations:
  layers: []
  features: []
  retrain:
    no-texture: {drop-features: [mean_texture]}
`),
    );
    const first = await run(repo);
    expect(calls(repo)).toHaveLength(4);
    expect(first.results.retrain!.baseline.runs.map((r) => r.cached)).toEqual([false, false]);

    const second = await run(repo);
    expect(calls(repo)).toHaveLength(4);
    expect(second.results.retrain!.baseline.runs.map((r) => r.cached)).toEqual([true, true]);
    const strip = (r: Results): unknown =>
      r.components.map((c) => ({ ...c, retrain: { ...c.retrain, runs: [] } }));
    expect(strip(second.results)).toEqual(strip(first.results));

    // A file the module imports changes: every run trains again.
    appendFileSync(path.join(repo.dir, 'settings.ts'), '// tuned\n');
    await run(repo);
    expect(calls(repo)).toHaveLength(8);

    // --no-cache trains everything whatever the cache holds.
    await run(repo, '--no-cache');
    expect(calls(repo)).toHaveLength(12);
  }, 300_000);
});
