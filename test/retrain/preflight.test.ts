import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { makeRepo, type TempRepo } from '../config/repo.js';
import { captureStream } from '../helpers/streams.js';

// Every retrain setting that would fail, or run wrongly, only after training:
// `validate` (and run's pre-flight, the same loader) refuses it with one line
// naming the file and the key, exit 2, and writes or deletes nothing.

const FILES = {
  'data/eval.csv': 'a,b,y\n1,2,0\n2,1,1\n3,3,0\n',
  'data/train.csv': 'a,b,y\n1,2,0\n2,1,1\n3,3,0\n4,1,1\n',
  'train.ts': 'export async function train() {}\n',
  'retrain/train.py': 'print(1)\n',
};

const MODULE = `suite: s
data:
  eval: data/eval.csv
  train: data/train.csv
  label: y
train:
  module: train.ts
`;

const COMMAND = (inputs: string): string =>
  MODULE.replace(
    '  module: train.ts\n',
    `  command: python3 retrain/train.py\n  inputs: ${inputs}\n`,
  );

let repo: TempRepo;
let outside: string;
beforeEach(() => {
  repo = makeRepo(FILES);
  // A folder outside the repository, holding what a user keeps there.
  outside = mkdtempSync(path.join(tmpdir(), 'ablation-ci-outside-'));
  mkdirSync(path.join(outside, 'work', 'kept'), { recursive: true });
  writeFileSync(path.join(outside, 'work', 'kept', 'notes.txt'), 'mine\n');
});
afterEach(() => {
  repo.remove();
  rmSync(outside, { recursive: true, force: true });
});

async function validate(): Promise<{ code: number; stderr: string; stdout: string }> {
  const [stdout, stderr] = [captureStream(), captureStream()];
  const io = { cwd: repo.dir, env: {}, stdout: stdout.stream, stderr: stderr.stream };
  const code = await cli(['validate'], io);
  return { code, stderr: stderr.text(), stdout: stdout.text() };
}

const LONG = 'v'.repeat(101);

const CASES: {
  name: string;
  yaml: string;
  setup?: (repo: TempRepo, outside: string) => void;
  line: string;
}[] = [
  {
    name: 'a variant name over 100 characters (the file name it becomes would be too long)',
    yaml: `${MODULE}ablations:\n  retrain:\n    ${LONG}: {x: 1}\n`,
    line: `ablation.yml:10: ablations.retrain.${LONG}: expected a variant name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git"), got "${LONG.slice(0, 39)}…"`,
  },
  {
    name: 'a variant named baseline (the retrained baseline’s slot)',
    yaml: `${MODULE}ablations:\n  retrain:\n    baseline: {x: 1}\n`,
    line: 'ablation.yml:10: ablations.retrain.baseline: "baseline" is the retrained baseline\'s name; give this variant another',
  },
  {
    name: 'a time limit past what a timer holds',
    yaml: `${MODULE}  time-limit: 597h\n`,
    line: 'ablation.yml:8: train.time-limit: expected a time limit from 1ms to 596h (Node.js cannot time a longer run), got "597h"',
  },
  {
    name: 'a time limit of zero',
    yaml: `${MODULE}  time-limit: 0s\n`,
    line: 'ablation.yml:8: train.time-limit: expected a time limit from 1ms to 596h (Node.js cannot time a longer run), got "0s"',
  },
  {
    name: 'a seed whose K seeds collide past 2^53',
    yaml: `${MODULE}  seeds: 3\nseed: 9007199254740990\n`,
    line: 'ablation.yml:9: seed: with train.seeds 3, expected a seed of at most 9007199254740989 (the seeds seed … seed + 2 must be distinct whole numbers), got 9007199254740990',
  },
  {
    name: 'a cache naming an existing file',
    yaml: `${MODULE}  cache: train.ts\n`,
    line: 'ablation.yml:8: train.cache: "train.ts" is a file, expected a folder',
  },
  {
    name: 'a cache under a file',
    yaml: `${MODULE}  cache: train.ts/cache\n`,
    line: 'ablation.yml:8: train.cache: "train.ts/cache" has train.ts, which is a file, expected a folder',
  },
  {
    name: 'a cache folder that is a symlink out of the repository',
    yaml: `${MODULE}  cache: ci-cache\n`,
    setup: (repo, outside) => symlinkSync(outside, path.join(repo.dir, 'ci-cache')),
    line: 'ablation.yml:8: train.cache: "ci-cache" escapes the repository (ROOT) through a symlink to OUTSIDE',
  },
  {
    name: 'a cache whose work folder is a symlink out of the repository',
    yaml: MODULE,
    setup: (repo, outside) => {
      mkdirSync(path.join(repo.dir, '.ablation-ci-cache'));
      symlinkSync(path.join(outside, 'work'), path.join(repo.dir, '.ablation-ci-cache', 'work'));
    },
    line: 'ablation.yml:6: train.cache: ".ablation-ci-cache" escapes the repository (ROOT) through a symlink to OUTSIDE/work',
  },
  {
    name: 'a cache under a symlinked folder out of the repository',
    yaml: `${MODULE}  cache: link/cache\n`,
    setup: (repo, outside) => symlinkSync(outside, path.join(repo.dir, 'link')),
    line: 'ablation.yml:8: train.cache: "link/cache" escapes the repository (ROOT) through a symlink to OUTSIDE',
  },
  {
    name: 'a cache that is a dangling symlink',
    yaml: `${MODULE}  cache: ci-cache\n`,
    setup: (repo, outside) =>
      symlinkSync(path.join(outside, 'gone'), path.join(repo.dir, 'ci-cache')),
    line: 'ablation.yml:8: train.cache: "ci-cache" is a dangling symlink',
  },
  {
    name: 'a cache whose runs folder is a dangling symlink',
    yaml: MODULE,
    setup: (repo, outside) => {
      mkdirSync(path.join(repo.dir, '.ablation-ci-cache'));
      symlinkSync(path.join(outside, 'gone'), path.join(repo.dir, '.ablation-ci-cache', 'runs'));
    },
    line: 'ablation.yml:6: train.cache: ".ablation-ci-cache" has .ablation-ci-cache/runs, a dangling symlink',
  },
  {
    name: 'an input glob that matches nothing',
    yaml: COMMAND('["retrain/*.py", "retrain/lib/*.py"]'),
    line: 'ablation.yml:8: train.inputs[1]: "retrain/lib/*.py" matches no file (searched from retrain/lib/); the cache key must cover the training code: list the files the command runs',
  },
  {
    name: 'an input glob out of the repository',
    yaml: COMMAND('["../*/*.py"]'),
    line: 'ablation.yml:8: train.inputs[0]: "../*/*.py" escapes the repository (ROOT)',
  },
];

describe('validate refuses a retrain setting that would break only after training', () => {
  it.each(CASES)('$name', async ({ yaml, setup, line }) => {
    repo.write('ablation.yml', yaml);
    setup?.(repo, outside);
    const before = readdirSync(repo.dir, { recursive: true }).sort();
    const { code, stderr, stdout } = await validate();
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const expected = `ablation-ci: error: ${line.replaceAll('ROOT', repo.dir).replaceAll('OUTSIDE', outside)}\n`;
    expect(stderr).toBe(expected);
    // Nothing written or deleted, in the repository or outside it.
    expect(readdirSync(repo.dir, { recursive: true }).sort()).toEqual(before);
    expect(readdirSync(outside, { recursive: true }).sort()).toEqual([
      'work',
      'work/kept',
      'work/kept/notes.txt',
    ]);
  });

  it('accepts the same suites set right (the table’s cases are not refused for another reason)', async () => {
    repo.write('ablation.yml', `${MODULE}  time-limit: 596h\n  seeds: 3\nseed: 9007199254740989\n`);
    expect((await validate()).code).toBe(0);
    repo.write('ablation.yml', COMMAND('["retrain/*.py"]'));
    expect((await validate()).code).toBe(0);
  });
});
