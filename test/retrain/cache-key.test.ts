import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { trainingCodeHash } from '../../src/cache/key.js';
import { loadConfig } from '../../src/config/load.js';
import { loadRetrainData } from '../../src/retrain/data.js';
import { loadEvalData } from '../../src/suite/prepare.js';
import { trainAll } from '../../src/retrain/train-all.js';
import { makeRepo, type TempRepo } from '../config/repo.js';

// Every way the cache key could leave out code that runs: an edit to that code
// must change the key (else the run comes back "(cached)" with the old
// results), or the run must say that it cannot know.

const DATA = {
  'data/eval.csv': 'a,b,y\n1,2,0\n2,1,1\n3,3,0\n',
  'data/train.csv': 'a,b,y\n1,2,0\n2,1,1\n3,3,0\n4,1,1\n',
};

const SUITE = (train: string): string => `suite: s
data:
  eval: ../data/eval.csv
  train: ../data/train.csv
  label: y
train:
${train}
`;
const COMMAND = (inputs: string): string =>
  SUITE(`  command: python3 train.py\n  inputs: ${inputs}`);

const CASES: {
  name: string;
  files: Record<string, string>;
  links?: [link: string, target: string][];
  config: string;
  /** The folder the command line is run from, relative to the repository. */
  cwd: string;
  /** The code that runs, edited between the two keys. */
  edit: string;
}[] = [
  {
    name: 'a script matched through a symlink',
    files: { 'lib/real.py': 'print(1)\n' },
    links: [['retrain/train.py', '../lib/real.py']],
    config: COMMAND('["*.py"]'),
    cwd: '.',
    edit: 'lib/real.py',
  },
  {
    name: 'a script in a folder reached through a symlink',
    files: { 'retrain/train.py': 'import util\n', 'shared/util.py': 'x = 1\n' },
    links: [['retrain/src', '../shared']],
    config: COMMAND('["*.py", "src/**/*.py"]'),
    cwd: '.',
    edit: 'shared/util.py',
  },
  {
    name: 'a glob that climbs out of the config’s folder (../shared/*.py)',
    files: { 'retrain/train.py': 'import util\n', 'shared/util.py': 'x = 1\n' },
    config: COMMAND('["*.py", "../shared/*.py"]'),
    cwd: '.',
    edit: 'shared/util.py',
  },
  {
    name: 'the command line run from the config’s folder (cd retrain && ablation-ci run)',
    files: { 'retrain/train.py': 'print(1)\n' },
    config: COMMAND('["*.py"]'),
    cwd: 'retrain',
    edit: 'retrain/train.py',
  },
  {
    name: 'a module importing a file through a symlink',
    files: {
      'retrain/train.ts': "import { layers } from './model.js';\nexport const train = layers;\n",
      'shared/model.ts': 'export const layers = 1;\n',
    },
    links: [['retrain/model.ts', '../shared/model.ts']],
    config: SUITE('  module: train.ts'),
    cwd: '.',
    edit: 'shared/model.ts',
  },
  {
    name: 'a lock file other than package-lock.json (yarn.lock)',
    files: { 'retrain/train.ts': 'export const train = 1;\n', 'yarn.lock': '# v1\n' },
    config: SUITE('  module: train.ts'),
    cwd: '.',
    edit: 'yarn.lock',
  },
];

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

describe('the cache key covers the code that runs', () => {
  it.each(CASES)('$name', async ({ files, links, config, cwd, edit }) => {
    repo = makeRepo({ ...DATA, ...files, 'retrain/ablation.yml': config });
    for (const [link, target] of links ?? []) symlinkSync(target, path.join(repo.dir, link));
    const folder = path.join(repo.dir, cwd);
    const file = path.relative(folder, path.join(repo.dir, 'retrain', 'ablation.yml'));
    const key = async (): Promise<string> =>
      trainingCodeHash(await loadConfig(file, { cwd: folder }));
    const before = await key();
    expect(await key()).toBe(before);
    writeFileSync(
      path.join(repo.dir, edit),
      `${readFileSync(path.join(repo.dir, edit), 'utf8')}# edited\n`,
    );
    expect(await key()).not.toBe(before);
  });

  it('a command suite without inputs says, on every cached run, that the key cannot see its code', async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    repo = makeRepo({
      ...DATA,
      'retrain/ablation.yml': SUITE('  command: node predict.mjs\n  seeds: 1').replace(
        'label: y',
        'label: y\n  classes: ["0", "1"]',
      ),
    });
    cpSync(
      path.join(here, 'fixtures', 'command', 'predict.mjs'),
      path.join(repo.dir, 'retrain', 'predict.mjs'),
    );
    const config = await loadConfig('retrain/ablation.yml', { cwd: repo.dir });
    const data = await loadRetrainData(config, await loadEvalData(config, repo.dir), repo.dir);
    const warnings: string[] = [];
    const options = {
      backend: 'cpu' as const,
      cwd: repo.dir,
      searchFrom: [repo.dir],
      keepBaselineModel: false,
      onWarning: (message: string) => warnings.push(message),
    };
    await trainAll(config, data, { ...options, useCache: true });
    const cached = await trainAll(config, data, { ...options, useCache: true });
    expect(cached.baseline[0].cached).toBe(true);
    const line =
      "retrain/ablation.yml: train.inputs is not set, so the cache key cannot see the command's code: " +
      'a run after an edit to it can come back (cached) with the old results; ' +
      'list the files it runs in train.inputs, or run with --no-cache';
    expect(warnings).toEqual([line, line]);
    // --no-cache trains again: nothing stale to warn of.
    await trainAll(config, data, { ...options, useCache: false });
    expect(warnings).toHaveLength(2);
  });
});
