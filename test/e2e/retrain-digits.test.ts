/**
 * examples/digits-retrain end to end through the bundled CLI on the wasm
 * backend: a conv net trained again without batch normalisation, without
 * pooling and without the central pixels. To keep CI short it runs a reduced
 * copy of the suite: 2 seeds and the first 400 of the 1198 training rows.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { duration } from '../../src/report/format.js';
import type { ComponentResult, Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';

const run = promisify(execFile);
const CLI = path.resolve('dist', 'cli.js');
const EVAL_ROWS = 599;
const TRAIN_ROWS = 400;
const VARIANTS = ['no-batchnorm', 'no-pooling', 'no-center-pixels'];

let dir: string;
let results: Results;
let report: string;

/** The example and the digits data it reads, in a fresh repository, reduced. */
function checkout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ablation-ci-digits-retrain-'));
  mkdirSync(path.join(root, '.git'));
  cpSync(path.resolve('package.json'), path.join(root, 'package.json'));
  cpSync(path.resolve('examples', 'split.ts'), path.join(root, 'examples', 'split.ts'));
  cpSync(
    path.resolve('examples', 'digits', 'data'),
    path.join(root, 'examples', 'digits', 'data'),
    {
      recursive: true,
    },
  );
  const example = path.join(root, 'examples', 'digits-retrain');
  cpSync(path.resolve('examples', 'digits-retrain'), example, {
    recursive: true,
    filter: (source) => !source.includes('.ablation-ci-cache'),
  });
  const train = path.join(example, 'data', 'train.csv');
  const lines = readFileSync(train, 'utf8').split('\n');
  writeFileSync(train, lines.slice(0, 1 + TRAIN_ROWS).join('\n') + '\n');
  const configFile = path.join(example, 'ablation.yml');
  const config = parse(readFileSync(configFile, 'utf8')) as { train: { seeds: number } };
  config.train.seeds = 2;
  writeFileSync(configFile, stringify(config));
  return root;
}

const accuracyOf = (metrics: Record<string, number | null> | undefined): number => {
  const value = metrics?.accuracy;
  if (typeof value !== 'number') throw new Error('no accuracy');
  return value;
};

function scored(c: ComponentResult): { contribution: number; ci: [number, number] } {
  const accuracy = c.metrics!.accuracy;
  if (accuracy.value === null) throw new Error(accuracy.reason);
  return accuracy;
}

beforeAll(async () => {
  dir = checkout();
  const config = 'examples/digits-retrain/ablation.yml';
  const args = ['run', '--config', config, '--backend', 'wasm', '--out', 'results.json'];
  await run(process.execPath, [CLI, ...args], { cwd: dir });
  await run(
    process.execPath,
    [CLI, 'compare', 'results.json', 'results.json', '--report', 'report.md'],
    { cwd: dir },
  );
  results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as Results;
  report = readFileSync(path.join(dir, 'report.md'), 'utf8');
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('digits-retrain through the bundled CLI on wasm', () => {
  it('trains every (variant, seed) on wasm within the limit and times each run', () => {
    expect(resultsProblem(results)).toBeUndefined();
    expect(results.run.backend).toBe('wasm');
    expect(results.retrain!.seeds).toEqual([1, 2]);
    expect(results.retrain!.timeLimitMs).toBe(60_000);
    const retrain = results.components.filter((c) => c.kind === 'retrain');
    expect(retrain.map((c) => c.id)).toEqual(VARIANTS.map((v) => `retrain:${v}:retrain`));
    expect(retrain.map((c) => c.retrain!.switches)).toEqual([
      { batchnorm: false },
      { pooling: false },
      {},
    ]);
    expect(retrain[2].retrain!.dropFeatures).toHaveLength(16);
    for (const runs of [results.retrain!.baseline.runs, ...retrain.map((c) => c.retrain!.runs)]) {
      expect(runs.map((r) => [r.seed, r.status, r.cached])).toEqual([
        [1, 'ok', false],
        [2, 'ok', false],
      ]);
      for (const r of runs) {
        expect(r.trainMs).toBeGreaterThan(0);
        expect(r.trainMs).toBeLessThanOrEqual(r.ms);
        expect(r.ms).toBeLessThan(60_000);
        // Accuracy on the 599 eval rows: a whole number of them.
        const correct = accuracyOf(r.metrics) * EVAL_ROWS;
        expect(Math.abs(correct - Math.round(correct))).toBeLessThan(1e-9);
      }
    }
  });

  it('the conv net learns the digits on wasm, and the suite evaluates the seed-1 baseline', () => {
    const baseline = results.retrain!.baseline;
    for (const r of baseline.runs) expect(accuracyOf(r.metrics)).toBeGreaterThan(0.85);
    const evaluated = results.baseline.metrics.accuracy;
    if (evaluated.value === null) throw new Error(evaluated.reason);
    expect(evaluated.value).toBe(accuracyOf(baseline.runs[0].metrics));
  });

  it('a contribution is the seed mean of the paired per-seed differences, inside its interval', () => {
    const base = results.retrain!.baseline.runs.map((r) => accuracyOf(r.metrics));
    for (const c of results.components.filter((c) => c.kind === 'retrain')) {
      const without = c.retrain!.runs.map((r) => accuracyOf(r.metrics));
      const { contribution, ci } = scored(c);
      expect(contribution).toBeCloseTo((base[0] - without[0] + base[1] - without[1]) / 2, 12);
      expect(c.repeats).toBe(2);
      expect(ci[0]).toBeLessThan(contribution);
      expect(ci[1]).toBeGreaterThan(contribution);
    }
  });

  it('a net retrained without the centre loses less than erasing it from the trained one', () => {
    const erased = scored(results.components.find((c) => c.id === 'group:center:zero')!);
    const retrained = scored(
      results.components.find((c) => c.id === 'retrain:no-center-pixels:retrain')!,
    );
    // Erasing the central 4 × 4 block at eval time breaks most predictions;
    // a net trained without it learns from the other pixels instead.
    expect(erased.contribution).toBeGreaterThan(0.4);
    expect(retrained.contribution).toBeGreaterThan(0.02);
    expect(retrained.contribution).toBeLessThan(erased.contribution / 2);
  });

  it('reports contributions, per-seed values and training times', () => {
    expect(report).toContain('### Retrain ablations (accuracy)');
    expect(report).toContain(
      'With 2 seeds the seed spread has one degree of freedom (its t quantile is 12.7, 4.3 with 3 seeds)',
    );
    for (const c of results.components.filter((c) => c.kind === 'retrain')) {
      const name = c.id.split(':')[1];
      const row = report.split('\n').find((line) => line.startsWith(`| ${name} |`));
      expect(row, name).toBeDefined();
      const perSeed = c.retrain!.runs.map((r) => accuracyOf(r.metrics).toFixed(4)).join(', ');
      const times = c.retrain!.runs.map((r) => duration(r.trainMs!)).join(', ');
      expect(row).toContain(`| ${perSeed} |`);
      expect(row).toContain(`| ${times} |`);
      expect(row).toContain(`${scored(c).contribution.toFixed(4)} [`);
    }
  });
});
