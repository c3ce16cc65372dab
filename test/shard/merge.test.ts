import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { captureStream } from '../helpers/streams.js';

const CONFIG = path.resolve('examples/breast-cancer/ablation.yml');
const ENV = { GITHUB_SHA: 'c0ffee', GITHUB_REF: 'refs/heads/main' };

let dir: string;

/** Runs the command line in `dir`; resolves to its exit code and what it printed. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, {
    cwd: dir,
    env: ENV,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function read(file: string): Promise<Results> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Results;
}

/** The document as text with the fields a merge may change (timing, shard) blanked. */
function normalised(results: Results): string {
  return `${JSON.stringify({ ...results, run: { ...results.run, shard: null }, timing: null }, null, 2)}\n`;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-shards-'));
  expect((await run('run', '--config', CONFIG, '--out', 'single.json')).code).toBe(0);
  for (const i of [1, 2, 3]) {
    const result = await run('run', '--config', CONFIG, '--shard', `${i}/3`, '--out', `${i}.json`);
    expect(result.code).toBe(0);
  }
}, 120_000);

describe('three shards of the breast-cancer example, merged', () => {
  it('split the plan into three contiguous, non-empty ranges, each with baseline and tests', async () => {
    const single = await read('single.json');
    const shards = await Promise.all([1, 2, 3].map((i) => read(`${i}.json`)));
    const ids = shards.map((s) => s.components.map((c) => c.id));
    expect(ids.flat()).toEqual(single.components.map((c) => c.id));
    shards.forEach((shard, i) => {
      expect(resultsProblem(shard)).toBeUndefined();
      expect(shard.run.shard).toEqual({ index: i + 1, count: 3 });
      expect(ids[i].length).toBeGreaterThan(0);
      expect(shard.baseline).toEqual(single.baseline);
      expect(shard.tests).toEqual(single.tests);
    });
    // 80 components (2 not applicable), 5 repeats for reinit and permute: 27, 25, 26 evaluated.
    expect(shards.map((s) => s.components.filter((c) => c.metrics).length)).toEqual([27, 25, 26]);
  });

  it('equal the single run byte for byte, timing and shard aside', async () => {
    const merged = await run('merge', '1.json', '2.json', '3.json', '--out', 'merged.json');
    expect(merged).toEqual({
      code: 0,
      stdout:
        'breast-cancer: merged 3 shards, 80 components (78 evaluated)\nresults: merged.json\n',
      stderr: '',
    });
    const single = await read('single.json');
    const result = await read('merged.json');
    expect(resultsProblem(result)).toBeUndefined();
    expect(result.run.shard).toBeNull();
    expect(normalised(result)).toBe(normalised(single));
    // Within a shard, q is adjusted over its own components only; the merge redoes it over all.
    const shard = await read('1.json');
    const qOf = (r: Results, id: string): unknown =>
      r.components.find((c) => c.id === id)?.metrics?.accuracy;
    expect(qOf(shard, shard.components[0].id)).not.toEqual(qOf(single, shard.components[0].id));
  });

  it('in any order of the files', async () => {
    expect((await run('merge', '3.json', '1.json', '2.json', '--out', 'any.json')).code).toBe(0);
    expect(normalised(await read('any.json'))).toBe(normalised(await read('single.json')));
  });
});

type Edit = (r: Results) => void;

describe('merge refuses, with one line naming the file and the field, and writes nothing', () => {
  const changed = (file: string, edit: Edit) => async (): Promise<string[]> => {
    const results = await read(file);
    edit(results);
    await writeFile(path.join(dir, 'changed.json'), JSON.stringify(results));
    return [1, 2, 3].map((i) => (`${i}.json` === file ? 'changed.json' : `${i}.json`));
  };
  const files =
    (...names: string[]) =>
    (): Promise<string[]> =>
      Promise.resolve(names);
  const cases: [string, () => Promise<string[]>, string][] = [
    [
      'another suite',
      changed('2.json', (r) => (r.suite = 'other')),
      'changed.json: suite: differs from 1.json ("other" vs "breast-cancer"): shards of different runs',
    ],
    [
      'another config',
      changed('3.json', (r) => (r.source.configHash = `sha256:${'0'.repeat(64)}`)),
      'changed.json: source.configHash: differs from 1.json',
    ],
    [
      'another model',
      changed('2.json', (r) => (r.source.modelHash = `sha256:${'1'.repeat(64)}`)),
      'changed.json: source.modelHash: differs from 1.json',
    ],
    [
      'other data',
      changed('2.json', (r) => (r.source.dataHash = `sha256:${'2'.repeat(64)}`)),
      'changed.json: source.dataHash: differs from 1.json',
    ],
    [
      'another commit',
      changed('3.json', (r) => (r.source.commit = 'deadbeef')),
      'changed.json: source.commit: differs from 1.json ("deadbeef" vs "c0ffee")',
    ],
    ['another seed', changed('2.json', (r) => (r.run.seed = 7)), 'changed.json: run.seed: differs'],
    [
      'other repeats',
      changed('2.json', (r) => (r.run.repeats = 3)),
      'changed.json: run.repeats: differs from 1.json (3 vs 5)',
    ],
    [
      'other resamples',
      changed('2.json', (r) => (r.run.resamples = 500)),
      'changed.json: run.resamples: differs from 1.json (500 vs 1000)',
    ],
    [
      'another backend',
      changed('3.json', (r) => (r.run.backend = 'cpu')),
      'changed.json: run.backend: differs from 1.json ("cpu" vs "wasm")',
    ],
    [
      'another shard count',
      changed('2.json', (r) => (r.run.shard = { index: 2, count: 4 })),
      'changed.json: run.shard.count: differs from 1.json (4 vs 3)',
    ],
    [
      'other baseline predictions',
      changed('2.json', (r) => {
        const text = r.predictions.baseline;
        r.predictions.baseline = `${text[0] === 'A' ? 'B' : 'A'}${text.slice(1)}`;
      }),
      'changed.json: predictions: differs from 1.json',
    ],
    [
      'a duplicated shard',
      files('1.json', '2.json', '2.json'),
      '2.json: run.shard.index: shard 2/3 again (also 2.json)',
    ],
    [
      'a shard given twice under another name',
      changed('3.json', (r) => (r.run.shard = { index: 1, count: 3 })),
      'changed.json: run.shard.index: shard 1/3 again (also 1.json)',
    ],
    [
      'a missing shard',
      files('1.json', '3.json'),
      'run.shard: missing shard 2/3 (given: 1.json, 3.json)',
    ],
    [
      'a whole run',
      files('1.json', 'single.json'),
      'single.json: run.shard: not a shard: run.shard is null (a whole run needs no merge)',
    ],
    [
      'a component in two shards',
      changed('2.json', (r) =>
        r.components.push({ ...r.components[0], id: 'layer:hidden_1:zero' }),
      ),
      'changed.json: components: component layer:hidden_1:zero is also in 1.json',
    ],
    ['a missing file', files('1.json', 'nope.json'), 'nope.json: file not found'],
  ];

  it.each(cases)('%s', async (_, given, message) => {
    await rm(path.join(dir, 'refused.json'), { force: true });
    const result = await run('merge', ...(await given()), '--out', 'refused.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^ablation-ci: error: /);
    expect(result.stderr).toContain(message);
    expect(existsSync(path.join(dir, 'refused.json'))).toBe(false);
  });

  it('and asks for --out and for the files', async () => {
    expect((await run('merge', '1.json')).stderr).toContain('merge needs --out F');
    expect((await run('merge', '--out', 'x.json')).stderr).toContain('SHARD.json');
  });
});

describe('--shard', () => {
  it.each(['0/3', '4/3', '1/0', 'two/3', '1'])('refuses %s', async (value) => {
    const result = await run('run', '--config', CONFIG, '--shard', value, '--out', 'bad.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ablation-ci: error: --shard: expected I/N with 1 ≤ I ≤ N (e.g. 2/3), got "${value}"\n`,
    );
  });
});
