import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/cache/glob.js';
import { matchInputs } from '../../src/cache/inputs.js';
import { localImports } from '../../src/cache/imports.js';
import { trainingCodeHash } from '../../src/cache/key.js';
import { retrainBlocks, type RetrainFacts } from '../../src/report/sections/retrain.js';
import { load, resolve } from '../../src/retrain/strip-types.js';
import { testConfig } from '../helpers/config.js';
import { makeRepo, type TempRepo } from '../config/repo.js';

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo({
    'train.ts':
      "import { a } from './lib/a.js';\nimport type { T } from './types';\nimport * as tf from '@tensorflow/tfjs';\nexport const x: T = a;\n",
    'lib/a.ts':
      "export { b } from '../b.mjs';\nexport const a = 1;\nconst lazy = () => import('./lazy.js');\n",
    'lib/lazy.js': 'export default 1;\n',
    'b.mjs': 'export const b = 2;\n',
    'types.ts': 'export type T = number;\n',
    'unused.ts': 'export const u = 0;\n',
    'py/train.py': 'print(1)\n',
    'py/lib/util.py': 'pass\n',
    'py/README.md': '#\n',
  });
  mkdirSync(path.join(repo.dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(path.join(repo.dir, 'node_modules', 'x', 'y.py'), '');
});
afterAll(() => repo.remove());

describe('the training code of a module', () => {
  it('is the module and every local file it imports, statically followed', async () => {
    const files = await localImports(path.join(repo.dir, 'train.ts'));
    expect(files.map((f) => path.relative(repo.dir, f))).toEqual([
      'b.mjs',
      'lib/a.ts',
      'lib/lazy.js',
      'train.ts',
      'types.ts',
    ]);
  });
});

describe('the training code hash of a module', () => {
  it('changes with the lock file and with an imported file, not with a file not imported', async () => {
    const config = testConfig({
      root: repo.dir,
      file: path.join(repo.dir, 'ablation.yml'),
      train: {
        module: path.join(repo.dir, 'train.ts'),
        inputs: [],
        seeds: 1,
        timeLimitMs: 1000,
        cache: path.join(repo.dir, '.cache'),
        folder: repo.dir,
      },
    });
    const before = await trainingCodeHash(config);
    expect(before).toMatch(/^sha256:[0-9a-f]{64}$/);
    writeFileSync(path.join(repo.dir, 'unused.ts'), 'export const u = 1;\n');
    expect(await trainingCodeHash(config)).toBe(before);
    writeFileSync(path.join(repo.dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    const locked = await trainingCodeHash(config);
    expect(locked).not.toBe(before);
    writeFileSync(path.join(repo.dir, 'types.ts'), 'export type T = string;\n');
    expect(await trainingCodeHash(config)).not.toBe(locked);
    rmSync(path.join(repo.dir, 'package-lock.json'));
    writeFileSync(path.join(repo.dir, 'types.ts'), 'export type T = number;\n');
    expect(await trainingCodeHash(config)).toBe(before);
  });
});

describe('the inputs of a command suite', () => {
  it('are the files the globs match, outside node_modules', async () => {
    const { files } = await matchInputs(repo.dir, ['py/**/*.py']);
    expect(files.map((f) => path.relative(repo.dir, f))).toEqual(['py/lib/util.py', 'py/train.py']);
    expect(globMatcher('*.{ts,py}')('a.py')).toBe(true);
    expect(globMatcher('*.py')('py/a.py')).toBe(false);
  });
});

describe('the TypeScript loader hook', () => {
  it('loads a .ts file with its types stripped, as an ES module', async () => {
    const url = pathToFileURL(path.join(repo.dir, 'train.ts')).href;
    const loaded = await load(url, {}, () => Promise.reject(new Error('not called')));
    expect(loaded.format).toBe('module');
    const source = loaded.source as string;
    expect(source).toContain("import { a } from './lib/a.js';");
    expect(source).not.toContain(': T');
    expect(source).not.toContain('./types');
  });

  it('finds ./x.ts for a missing ./x.js', async () => {
    const tried: string[] = [];
    const next = (specifier: string): Promise<{ url: string }> => {
      tried.push(specifier);
      return specifier.endsWith('.ts')
        ? Promise.resolve({ url: `file:///${specifier}` })
        : Promise.reject(new Error('ERR_MODULE_NOT_FOUND'));
    };
    await expect(resolve('./lib/a.js', {}, next)).resolves.toEqual({ url: 'file:///./lib/a.ts' });
    await expect(resolve('left-pad', {}, next)).rejects.toThrow('ERR_MODULE_NOT_FOUND');
    expect(tried).toEqual(['./lib/a.js', './lib/a.ts', 'left-pad']);
  });
});

describe('the retrain report section', () => {
  const run = (seed: number, accuracy: number | null, status: 'ok' | 'timed-out' = 'ok') => ({
    seed,
    status,
    ms: 2000,
    trainMs: status === 'ok' ? 1500 : null,
    cached: false,
    metrics: { accuracy },
  });
  const facts: RetrainFacts = {
    seeds: [1, 2, 3],
    timeLimitMs: 60_000,
    metric: 'accuracy',
    gate: { metric: 'accuracy', tolerance: 0.01 },
    baseline: {
      runs: [run(1, 0.9), run(2, 0.91), run(3, 0.92)],
      metrics: { accuracy: { value: 0.91, ci: [0.89, 0.93] } },
    },
    variants: [
      {
        name: 'no-dropout',
        target: ['dropout'],
        runs: [run(1, 0.9), run(2, 0.91), run(3, null, 'timed-out')],
        metrics: {
          accuracy: {
            value: 0.905,
            valueCi: [0.88, 0.93],
            contribution: 0.002,
            ci: [-0.006, 0.009],
            p: 0.6,
            q: 0.6,
          },
        },
      },
      {
        name: 'no-<b>size</b>',
        target: ['radius'],
        runs: [run(1, 0.8), run(2, 0.81), run(3, 0.82)],
        metrics: {
          accuracy: {
            value: 0.81,
            valueCi: [0.79, 0.83],
            contribution: 0.1,
            ci: [0.08, 0.12],
            p: 0.001,
            q: 0.002,
          },
        },
      },
    ],
  };

  it('lists per-seed values, times, timed-out runs and the candidates to remove', () => {
    const text = retrainBlocks(facts)
      .map((b) =>
        b.type === 'table'
          ? b.rows.map((r) => r.cells.join(' | ')).join('\n')
          : 'text' in b
            ? b.text
            : '',
      )
      .join('\n');
    expect(text).toContain(
      'no-dropout | dropout | 0.9050 [0.8800, 0.9300] | 0.0020 [-0.0060, 0.0090] | 0.6000 | 0.9000, 0.9100, ⏱️ | 1.5 s, 1.5 s, ⏱️ 2 s',
    );
    expect(text).toContain('no-&lt;b&gt;size&lt;/b&gt;');
    expect(text).toContain(
      '⏱️ 1 training run hit the 60 s limit and was left out of the statistics: no-dropout (seed 3).',
    );
    expect(text).toContain(
      "🧹 **Candidates to remove** (the accuracy contribution's whole interval lies within ±0.0100, the gate's tolerance): no-dropout (dropout).",
    );
    expect(text).not.toContain('cannot account for seed variance');
  });
});
