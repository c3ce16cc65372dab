import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';

const run = promisify(execFile);
const CLI = path.resolve('dist', 'cli.js');

/** A copy of the examples folder in a fresh repository, so the cache starts empty. */
function checkout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ablation-ci-examples-'));
  mkdirSync(path.join(dir, '.git'));
  cpSync(path.resolve('examples'), path.join(dir, 'examples'), {
    recursive: true,
    filter: (source) => !source.includes('.ablation-ci-cache'),
  });
  cpSync(path.resolve('package.json'), path.join(dir, 'package.json'));
  return dir;
}

async function runExample(
  dir: string,
  name: string,
): Promise<{ results: Results; report: string }> {
  const config = `examples/${name}/ablation.yml`;
  await run(process.execPath, [CLI, 'run', '--config', config, '--out', 'results.json'], {
    cwd: dir,
  });
  await run(
    process.execPath,
    [CLI, 'compare', 'results.json', 'results.json', '--report', 'report.md'],
    {
      cwd: dir,
    },
  );
  return {
    results: JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as Results,
    report: readFileSync(path.join(dir, 'report.md'), 'utf8'),
  };
}

function sklearnInstalled(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import sklearn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every variant: 3 ok runs with times, a contribution with its interval across seeds. */
function expectScored(results: Results, variants: string[]): void {
  expect(resultsProblem(results)).toBeUndefined();
  expect(results.retrain!.seeds).toEqual([1, 2, 3]);
  const retrain = results.components.filter((c) => c.kind === 'retrain');
  expect(retrain.map((c) => c.id)).toEqual(variants.map((v) => `retrain:${v}:retrain`));
  for (const c of [...retrain, { retrain: results.retrain!.baseline }]) {
    for (const r of c.retrain!.runs) {
      expect(r.status).toBe('ok');
      expect(r.trainMs).toBeGreaterThan(0);
    }
  }
  for (const c of retrain) {
    const accuracy = c.metrics!.accuracy;
    if (accuracy.value === null) throw new Error(accuracy.reason);
    expect(accuracy.ci[0]).toBeLessThan(accuracy.contribution);
    expect(accuracy.ci[1]).toBeGreaterThan(accuracy.contribution);
    expect(c.repeats).toBe(3);
  }
}

describe('the retrain examples, through the bundled CLI', () => {
  it('breast-cancer-retrain: contributions across 3 seeds with training times', async () => {
    const dir = checkout();
    try {
      const { results, report } = await runExample(dir, 'breast-cancer-retrain');
      expectScored(results, ['no-dropout', 'no-hidden-2', 'no-size-features']);
      // The model evaluated is the retrained baseline of seed 1: its layers were ablated too.
      expect(results.components.filter((c) => c.kind === 'layer').map((c) => c.id)).toEqual([
        'layer:hidden_1:zero',
        'layer:hidden_2:zero',
      ]);
      expect(report).toContain('### Retrain ablations (accuracy)');
      expect(report).toMatch(/\| no-size-features \| mean\\_radius, mean\\_perimeter/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it.skipIf(!sklearnInstalled())(
    'python-sklearn: a command suite run by Debian’s python3',
    async () => {
      const dir = checkout();
      try {
        const { results, report } = await runExample(dir, 'python-sklearn');
        expectScored(results, ['no-scaler', 'no-hidden-2', 'no-worst-features']);
        const scaler = results.components[0].metrics!.accuracy;
        if (scaler.value === null) throw new Error(scaler.reason);
        // An MLP on unscaled features loses several points of accuracy.
        expect(scaler.ci[0]).toBeGreaterThan(0);
        expect(report).toContain('| no-scaler | scaler |');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
