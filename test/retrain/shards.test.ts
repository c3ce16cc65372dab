import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/results/types.js';
import { resultsProblem } from '../../src/results/validate.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { captureStream } from '../helpers/streams.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CSV = readFileSync(path.join(HERE, '..', 'fixtures', 'data', 'breast_cancer.csv'), 'utf8')
  .trim()
  .split('\n');

/** 120 training rows and 60 eval rows of the breast-cancer data, four features. */
const FILES = {
  'data/train.csv': [CSV[0], ...CSV.slice(1, 121)].join('\n') + '\n',
  'data/eval.csv': [CSV[0], ...CSV.slice(121, 181)].join('\n') + '\n',
};

/** Three variants, told apart in calls.log by a switch the training module ignores. */
function config(seeds = 2): string {
  return `suite: retrain-shards
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture, worst_area, worst_concave_points]
  classes: [benign, malignant]
  scaling: {center: {mean_radius: 14, mean_texture: 19, worst_area: 880, worst_concave_points: 0.11}, scale: {mean_radius: 3.5, mean_texture: 4.3, worst_area: 570, worst_concave_points: 0.066}}
metrics: [accuracy, log_loss]
resamples: 100
train:
  module: train.ts
  seeds: ${seeds}
  time-limit: 60s
ablations:
  layers: []
  features: [mean_radius, mean_texture, worst_area]
  retrain:
    no-texture: {drop-features: [mean_texture], tag: a}
    no-radius: {drop-features: [mean_radius], tag: b}
    no-area: {drop-features: [worst_area], tag: c}
`;
}

let repo: TempRepo;

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await cli(argv, {
    cwd: repo.dir,
    env: {},
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stderr: stderr.text() };
}

function read(file: string): Results {
  return JSON.parse(readFileSync(path.join(repo.dir, file), 'utf8')) as Results;
}

/** The training runs since the log was last cleared, as "tag seed" (the baseline has no tag). */
function trained(): string[] {
  const lines = readFileSync(path.join(repo.dir, 'calls.log'), 'utf8').trim().split('\n');
  writeFileSync(path.join(repo.dir, 'calls.log'), '');
  return lines
    .filter((line) => line !== '')
    .map((line) => {
      const [switches, seed] = line.split(' ');
      const tag = (JSON.parse(switches) as { tag?: string }).tag ?? 'baseline';
      return `${tag} ${seed}`;
    })
    .sort();
}

/**
 * The document with what a merge or a rerun may change blanked: `timing` and
 * `run.shard`, and per training run its times and `cached` (not deterministic
 * by design: a shard finds in the cache what another trained).
 */
function normalised(results: Results): unknown {
  const run = (r: { ms: number; trainMs: number | null; cached: boolean }): unknown => ({
    ...r,
    ms: 0,
    trainMs: r.trainMs === null ? null : 0,
    cached: false,
  });
  return {
    ...results,
    run: { ...results.run, shard: null },
    timing: null,
    components: results.components.map((c) =>
      c.retrain === undefined
        ? c
        : { ...c, retrain: { ...c.retrain, runs: c.retrain.runs.map(run) } },
    ),
    retrain: {
      ...results.retrain!,
      baseline: { ...results.retrain!.baseline, runs: results.retrain!.baseline.runs.map(run) },
    },
  };
}

beforeAll(() => {
  repo = makeRepo(FILES);
  cpSync(path.join(HERE, 'fixtures', 'suite'), repo.dir, { recursive: true });
  repo.write('ablation.yml', config());
  writeFileSync(path.join(repo.dir, 'calls.log'), '');
}, 60_000);
afterAll(() => repo.remove());

describe('retrain ablations across shards', () => {
  it('each shard trains the baseline and its own variants; merged, they equal the single run', async () => {
    expect((await run('run', '--out', 'single.json')).code).toBe(0);
    expect(trained()).toHaveLength(8);

    // --no-cache: what a shard trains is what it is assigned, not what the cache lacks.
    expect((await run('run', '--shard', '1/2', '--no-cache', '--out', '1.json')).code).toBe(0);
    expect(trained()).toEqual(['a 42', 'a 43', 'baseline 42', 'baseline 43']);
    expect((await run('run', '--shard', '2/2', '--no-cache', '--out', '2.json')).code).toBe(0);
    expect(trained()).toEqual(['b 42', 'b 43', 'baseline 42', 'baseline 43', 'c 42', 'c 43']);

    const single = read('single.json');
    const shards = [read('1.json'), read('2.json')];
    const retrainIds = (r: Results): string[] =>
      r.components.filter((c) => c.kind === 'retrain').map((c) => c.id);
    expect(retrainIds(shards[0])).toEqual(['retrain:no-texture:retrain']);
    expect(retrainIds(shards[1])).toEqual(['retrain:no-radius:retrain', 'retrain:no-area:retrain']);
    for (const shard of shards) expect(resultsProblem(shard)).toBeUndefined();

    const merged = await run('merge', '1.json', '2.json', '--out', 'merged.json');
    expect(merged).toEqual({ code: 0, stderr: '' });
    const result = read('merged.json');
    expect(resultsProblem(result)).toBeUndefined();
    expect(result.run.shard).toBeNull();
    // Evaluation-time components first, then the variants, in the config's order.
    expect(result.components.map((c) => c.id)).toEqual(single.components.map((c) => c.id));
    expect(single.retrain!.variants).toEqual(['no-texture', 'no-radius', 'no-area']);
    expect(normalised(result)).toEqual(normalised(single));
  }, 300_000);

  it('refuses shards whose retrain settings differ, naming the file and the field', async () => {
    const other = read('2.json');
    other.retrain!.seeds = [42, 43, 44];
    writeFileSync(path.join(repo.dir, 'other.json'), JSON.stringify(other));
    const { code, stderr } = await run('merge', '1.json', 'other.json', '--out', 'bad.json');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('other.json');
    expect(stderr).toContain('retrain.seeds');

    const limit = read('2.json');
    limit.retrain!.timeLimitMs = 30_000;
    writeFileSync(path.join(repo.dir, 'limit.json'), JSON.stringify(limit));
    const refused = await run('merge', '1.json', 'limit.json', '--out', 'bad.json');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('retrain.timeLimitMs');

    // Shard 2 of a config with one variant fewer: it trains no-radius alone.
    repo.write('ablation.yml', config().replace(/\n {4}no-area:.*\n/, '\n'));
    expect((await run('run', '--shard', '2/2', '--out', 'fewer.json')).code).toBe(0);
    expect(read('fewer.json').retrain!.variants).toEqual(['no-texture', 'no-radius']);
    const fewer = await run('merge', '1.json', 'fewer.json', '--out', 'bad.json');
    expect(fewer.code).toBe(2);
    expect(fewer.stderr).toMatch(/fewer\.json.*retrain\.variants/);
    repo.write('ablation.yml', config());

    // A shard that lost a variant's component.
    const lost = read('2.json');
    lost.components = lost.components.filter((c) => c.id !== 'retrain:no-area:retrain');
    writeFileSync(path.join(repo.dir, 'lost.json'), JSON.stringify(lost));
    const gone = await run('merge', '1.json', 'lost.json', '--out', 'bad.json');
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('retrain.variants: no shard holds no-area');
    expect(existsSync(path.join(repo.dir, 'bad.json'))).toBe(false);
  });
});

describe('a command suite across shards', () => {
  let command: TempRepo;
  const commandConfig = `suite: command-shards
data:
  eval: data/eval.csv
  train: data/train.csv
  label: diagnosis
  features: [mean_radius, mean_texture, worst_area, worst_concave_points]
  classes: [benign, malignant]
metrics: [accuracy]
resamples: 100
train:
  command: node predict.mjs
  inputs: ["*.mjs"]
  seeds: 2
  time-limit: 30s
ablations:
  retrain:
    no-size: {drop-features: [mean_radius, worst_area]}
    no-texture: {drop-features: [mean_texture]}
`;
  beforeAll(() => {
    command = makeRepo(FILES);
    cpSync(path.join(HERE, 'fixtures', 'command'), command.dir, { recursive: true });
    command.write('ablation.yml', commandConfig);
  });
  afterAll(() => command.remove());

  it('runs the command for the baseline and its own variants only; merged, they equal the single run', async () => {
    const inCommand = async (...argv: string[]): Promise<number> => {
      const stdout = captureStream();
      const stderr = captureStream();
      const env = { cwd: command.dir, env: {}, stdout: stdout.stream, stderr: stderr.stream };
      return cli(argv, env);
    };
    const log = (): string[] => {
      const file = path.join(command.dir, 'calls.log');
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      writeFileSync(file, '');
      return lines.map((line) => line.split(' ').slice(0, 2).join(' ')).sort();
    };
    expect(await inCommand('run', '--out', 'single.json')).toBe(0);
    expect(log()).toHaveLength(6);
    expect(await inCommand('run', '--shard', '1/2', '--no-cache', '--out', '1.json')).toBe(0);
    expect(log()).toEqual(['baseline 42', 'baseline 43', 'no-size 42', 'no-size 43']);
    expect(await inCommand('run', '--shard', '2/2', '--no-cache', '--out', '2.json')).toBe(0);
    expect(log()).toEqual(['baseline 42', 'baseline 43', 'no-texture 42', 'no-texture 43']);
    const readIn = (file: string): Results =>
      JSON.parse(readFileSync(path.join(command.dir, file), 'utf8')) as Results;
    expect(readIn('1.json').run.shard).toEqual({ index: 1, count: 2 });
    expect(await inCommand('merge', '1.json', '2.json', '--out', 'merged.json')).toBe(0);
    expect(normalised(readIn('merged.json'))).toEqual(normalised(readIn('single.json')));
  }, 120_000);
});
