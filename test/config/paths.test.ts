import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { DUMMY_FILES, makeRepo, type TempRepo } from './repo.js';

/** A config whose model and eval paths are `model` and `evalPath`, plus `extra` lines. */
function config(model: string, evalPath = 'data/eval.csv', extra = ''): string {
  return `suite: s\nmodel: ${model}\ndata:\n  eval: ${evalPath}\n  label: default\n${extra}`;
}

const repos: TempRepo[] = [];
function repo(files: Record<string, string> = DUMMY_FILES, git = true): TempRepo {
  const made = makeRepo(files, git);
  repos.push(made);
  return made;
}
afterEach(() => {
  for (const made of repos.splice(0)) made.remove();
});

async function failure(file: string, cwd: string): Promise<InputError> {
  const thrown: unknown = await loadConfig(file, { cwd }).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(InputError);
  return thrown as InputError;
}

describe('paths in the config', () => {
  it('resolves paths against the config folder, inside the repository above it', async () => {
    const r = repo();
    r.write('ci/ablation.yml', config('../models/credit/model.json', '../data/eval.csv'));
    const loaded = await loadConfig('ci/ablation.yml', { cwd: r.dir });
    expect([loaded.file, loaded.root, loaded.model, loaded.data.eval]).toStrictEqual([
      'ci/ablation.yml',
      r.dir,
      join(r.dir, 'models/credit/model.json'),
      join(r.dir, 'data/eval.csv'),
    ]);
    // From a working directory below the root, and with the config named by an absolute path.
    const nested = await loadConfig(join(r.dir, 'ci/ablation.yml'), { cwd: join(r.dir, 'ci') });
    expect([nested.file, nested.root]).toStrictEqual(['ablation.yml', r.dir]);
  });

  it('takes the nearest folder with a .git file or folder as the root', async () => {
    const r = repo();
    r.write('proj/.git', 'gitdir: ../.git/worktrees/proj\n');
    r.write('proj/ablation.yml', config('../models/credit/model.json'));
    const error = await failure('proj/ablation.yml', r.dir);
    expect(error.message).toBe(
      `proj/ablation.yml:2: model: "../models/credit/model.json" escapes the repository (${join(r.dir, 'proj')})`,
    );
  });

  it('takes the working directory as the root outside a git checkout', async () => {
    const r = repo(DUMMY_FILES, false);
    r.write('ci/ablation.yml', config('../models/credit/model.json', '../data/eval.csv'));
    const loaded = await loadConfig('ci/ablation.yml', { cwd: r.dir });
    expect(loaded.root).toBe(r.dir);
    const error = await failure('ablation.yml', join(r.dir, 'ci'));
    expect(error.message).toBe(
      `ablation.yml:2: model: "../models/credit/model.json" escapes the repository (${join(r.dir, 'ci')})`,
    );
  });

  it('refuses a path that leaves the repository through a symlink', async () => {
    const outside = repo({ 'model.json': '{}' }, false);
    const r = repo();
    symlinkSync(join(outside.dir, 'model.json'), join(r.dir, 'models/link.json'));
    symlinkSync(outside.dir, join(r.dir, 'elsewhere'));
    r.write('a.yml', config('models/link.json'));
    r.write('b.yml', config('models/credit/model.json', 'elsewhere/eval.csv'));
    writeFileSync(join(outside.dir, 'eval.csv'), 'a,default\n1,0\n');
    expect((await failure('a.yml', r.dir)).message).toBe(
      `a.yml:2: model: "models/link.json" escapes the repository (${r.dir}) through a symlink to ${join(outside.dir, 'model.json')}`,
    );
    expect((await failure('b.yml', r.dir)).message).toBe(
      `b.yml:4: data.eval: "elsewhere/eval.csv" escapes the repository (${r.dir}) through a symlink to ${join(outside.dir, 'eval.csv')}`,
    );
  });

  it('follows a symlink that stays inside, keeping the path as written', async () => {
    const r = repo();
    symlinkSync(join(r.dir, 'models/credit/model.json'), join(r.dir, 'models/alias.json'));
    r.write('ablation.yml', config('models/alias.json'));
    const loaded = await loadConfig('ablation.yml', { cwd: r.dir });
    expect(loaded.model).toBe(join(r.dir, 'models/alias.json'));
  });

  it.each([
    [
      'a model that does not exist, relative to the config folder',
      'ci/ablation.yml',
      config('models/x.json'),
      'ci/ablation.yml:2: model: "models/x.json" not found (looked for ci/models/x.json)',
    ],
    [
      'a model folder instead of its model.json',
      'ablation.yml',
      config('models/credit'),
      'ablation.yml:2: model: "models/credit" is a folder, expected a file; did you mean "models/credit/model.json"?',
    ],
    [
      'eval data that does not exist',
      'ablation.yml',
      config('models/credit/model.json', 'data/missing.csv'),
      'ablation.yml:4: data.eval: "data/missing.csv" not found',
    ],
    [
      'an absolute path outside the repository',
      'ablation.yml',
      config('/etc/hostname'),
      `ablation.yml:2: model: "/etc/hostname" escapes the repository (<root>)`,
    ],
    [
      'a scaling file that does not exist',
      'ablation.yml',
      config('models/credit/model.json', 'data/eval.csv', '  scaling: scaling.json\n'),
      'ablation.yml:6: data.scaling: "scaling.json" not found',
    ],
  ])('%s', async (_, file, text, message) => {
    const r = repo();
    r.write(file, text);
    expect((await failure(file, r.dir)).message).toBe(message.replace('<root>', r.dir));
  });

  it('names a config file that is missing or a folder', async () => {
    const r = repo();
    mkdirSync(join(r.dir, 'ci'));
    expect(await failure('ablation.yml', r.dir)).toMatchObject({
      message: 'ablation.yml: file not found',
      file: 'ablation.yml',
      line: undefined,
    });
    expect((await failure('ci', r.dir)).message).toBe('ci: is a folder, expected a YAML file');
  });
});

describe('a scaling file', () => {
  it('is read, validated and given its defaults', async () => {
    const r = repo();
    r.write('ci/scaling/credit.json', '{"center": {"age": 50, "income": 2}}\n');
    r.write(
      'ci/ablation.yml',
      config('../models/credit/model.json', '../data/eval.csv', '  scaling: scaling/credit.json\n'),
    );
    const loaded = await loadConfig('ci/ablation.yml', { cwd: r.dir });
    expect(loaded.data).toStrictEqual({
      eval: join(r.dir, 'data/eval.csv'),
      label: 'default',
      scaling: { center: { age: 50, income: 2 }, scale: 1 },
      scalingFile: join(r.dir, 'ci/scaling/credit.json'),
    });
  });

  it.each([
    [
      'a value out of range',
      '{\n  "center": 0,\n  "scale": {"age": 0}\n}\n',
      'ci/scaling.json:3: scale.age: expected a positive number, got 0',
    ],
    [
      'a misspelt key',
      '{"centre": 1}',
      'ci/scaling.json:1: centre: unknown key "centre", did you mean "center"?',
    ],
    ['a list', '[1, 2]', 'ci/scaling.json: expected a mapping with center and scale, got [1, 2]'],
    [
      'a trailing comma',
      '{\n  "center": 1,\n}\n',
      'ci/scaling.json:3: invalid JSON: Expected double-quoted property name',
    ],
    ['nothing', '\n', 'ci/scaling.json: the file is empty'],
  ])('with %s is an error naming the JSON file', async (_, json, message) => {
    const r = repo();
    r.write('ci/scaling.json', json);
    r.write(
      'ci/ablation.yml',
      config('../models/credit/model.json', '../data/eval.csv', '  scaling: scaling.json\n'),
    );
    expect((await failure('ci/ablation.yml', r.dir)).message).toBe(message);
  });
});
