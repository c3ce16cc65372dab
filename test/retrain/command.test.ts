import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { predictionsSchema } from '../../src/retrain/command-predictions.js';
import type { Results } from '../../src/results/types.js';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { resultsProblem } from '../../src/results/validate.js';
import { makeRepo, type TempRepo } from '../config/repo.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '..', '..');
const CSV = readFileSync(path.join(ROOT, 'test', 'fixtures', 'data', 'breast_cancer.csv'), 'utf8')
  .trim()
  .split('\n');

const FILES = {
  'data/train.csv': [CSV[0], ...CSV.slice(1, 201)].join('\n') + '\n',
  'data/eval.csv': [CSV[0], ...CSV.slice(201, 301)].join('\n') + '\n',
};

function config(variants: string, seeds = 3): string {
  return `suite: command-test
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture, worst_area, worst_concave_points]
  classes: [benign, malignant]
metrics: [accuracy]
resamples: 200
train:
  command: node predict.mjs
  inputs: ["*.mjs"]
  seeds: ${seeds}
  time-limit: 30s
ablations:
  retrain:
${variants}
tests:
  - name: malignant-recall
    class: malignant
    metric: recall
    threshold: 0.5
`;
}

async function run(
  repo: TempRepo,
  extra: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let errors = '';
  let output = '';
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const io = { cwd: repo.dir, env: {}, stdout, stderr } as unknown as Parameters<typeof cli>[1];
  const code = await cli(['run', '--out', 'results.json', ...extra], io);
  return { code, stdout: output, stderr: errors };
}

describe('a command suite', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
    cpSync(path.join(HERE, 'fixtures', 'command'), repo.dir, { recursive: true });
  });
  afterAll(() => repo.remove());

  it('runs the command per (variant, seed) and scores its predictions like a model', async () => {
    repo.write('ablation.yml', config('    no-size: {drop-features: [mean_radius, worst_area]}'));
    const { code, stdout, stderr } = await run(repo, ['--report', 'report.md']);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    const results = JSON.parse(
      readFileSync(path.join(repo.dir, 'results.json'), 'utf8'),
    ) as Results;
    expect(resultsProblem(results)).toBeUndefined();
    // The command made every prediction: no TF.js backend is named as if it had (issue 16, item 4).
    expect(results.run.predictionsFrom).toBe('train.command');
    expect(stdout.split('\n')[0]).toMatch(/ on 100 examples \(predictions from train\.command\)$/);
    const report = readFileSync(path.join(repo.dir, 'report.md'), 'utf8');
    expect(report.split('\n').filter((line) => line.startsWith('| Backend |'))).toEqual([
      '| Backend | predictions from train.command |',
    ]);
    // The command saw the variant, the seed and the features left after the drop.
    const calls = readFileSync(path.join(repo.dir, 'calls.log'), 'utf8').trim().split('\n').sort();
    expect(calls).toEqual([
      'baseline 42 4',
      'baseline 43 4',
      'baseline 44 4',
      'no-size 42 2',
      'no-size 43 2',
      'no-size 44 2',
    ]);
    // No TF.js model: the baseline and the tests are the retrained baseline's (seed 42).
    expect(results.components.map((c) => c.id)).toEqual(['retrain:no-size:retrain']);
    expect(results.tests[0]).toMatchObject({ name: 'malignant-recall', status: 'pass' });
    const [variant] = results.components;
    expect(variant.retrain!.runs.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    // The command is deterministic: every seed gives the same predictions, so the
    // seed spread is zero and the interval is the example bootstrap's alone.
    const accuracy = variant.metrics!.accuracy as { contribution: number; ci: [number, number] };
    const perSeed = variant.retrain!.runs.map((r) => r.metrics.accuracy);
    expect(new Set(perSeed).size).toBe(1);
    const base = results.retrain!.baseline.runs[0].metrics.accuracy!;
    expect(accuracy.contribution).toBeCloseTo(base - perSeed[0]!, 12);
    // The headline is Clopper–Pearson, as in every other suite (issue 15, item 33).
    const n = results.baseline.n;
    expect(results.baseline.metrics.accuracy).toEqual({
      value: base,
      ci: clopperPearsonInterval(Math.round(base * n), n),
    });
  }, 120_000);

  const broken: [string, RegExp][] = [
    [
      'rows',
      /^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.broken: retrain broken, seed 42: predictions file \.ablation-ci-cache\/work\/broken-seed-42-[A-Za-z0-9]{6}\/predictions\.json: expected 100 rows of outputs \(one per eval example\), got 99\n$/,
    ],
    [
      'json',
      /^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.broken: retrain broken, seed 42: predictions file \.ablation-ci-cache\/work\/broken-seed-42-[A-Za-z0-9]{6}\/predictions\.json: not JSON \(.+\)\n$/,
    ],
    [
      'nothing',
      /^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.broken: retrain broken, seed 42: the command wrote no predictions file \.ablation-ci-cache\/work\/broken-seed-42-[A-Za-z0-9]{6}\/predictions\.json\n$/,
    ],
    [
      'exit',
      /^ablation-ci: error: ablation\.yml:\d+: ablations\.retrain\.broken: retrain broken, seed 42: the command exited with code 3 \(out of memory \(pretend\)\); predictions file \.ablation-ci-cache\/work\/broken-seed-42-[A-Za-z0-9]{6}\/predictions\.json not read\n$/,
    ],
  ];
  it.each(broken)(
    'a bad run (%s) is one line naming the variant, the seed and the file; exit 2',
    async (how, line) => {
      repo.write('ablation.yml', config(`    broken: {break: ${how}}`, 1));
      const { code, stderr } = await run(repo);
      expect(code).toBe(2);
      expect(stderr.split('\n').filter((l) => l.startsWith('ablation-ci: error'))).toHaveLength(1);
      expect(
        stderr
          .split('\n')
          .filter((l) => l.startsWith('ablation-ci: error'))
          .join('') + '\n',
      ).toMatch(line);
      if (how !== 'nothing' && how !== 'exit') {
        // The file the line names is kept to look at.
        const named = /predictions file (\S+predictions\.json)/.exec(stderr)![1];
        expect(existsSync(path.join(repo.dir, named))).toBe(true);
      }
    },
    60_000,
  );

  it('names an unknown dropped feature with its key and line, before running anything', async () => {
    repo.write('ablation.yml', config('    "7": {drop-features: [mean_radius, radius]}', 1));
    const { code, stderr } = await run(repo);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'ablation-ci: error: ablation.yml:17: ablations.retrain["7"].drop-features[1]: "radius" is not a feature of the data ' +
        '(features: mean_radius, mean_texture, worst_area, worst_concave_points)\n',
    );
  });

  it('publishes the predictions schema it validates with', () => {
    const published: unknown = JSON.parse(
      readFileSync(path.join(ROOT, 'schema', 'predictions.schema.json'), 'utf8'),
    );
    expect(published).toEqual(predictionsSchema);
  });
});
