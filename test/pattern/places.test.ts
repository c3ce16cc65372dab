import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exampleRepo, put } from '../helpers/repo.js';
import { expectOneLineError, runCli, runCliChild } from '../hardening/helpers.js';

/**
 * Every config key that names layers, features, columns or files takes the
 * same patterns through the same matcher: a pattern that makes a
 * backtracking regular expression run for ever (13 stars against a name of
 * 40 `a`s) is answered at once, and a malformed one is refused by
 * `validate` in one line naming the file and key (exit code 2).
 *
 * The breast-cancer suite, with one feature (`mean_radius`) and one layer
 * (`hidden_2`) renamed to 40-character names of `a`s.
 */

const FEATURE = 'a'.repeat(40);
const LAYER = `${'a'.repeat(39)}z`;
const STARS = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
/** Far beyond what the matcher needs; a backtracking matcher needs hours. */
const KILL_MS = 60_000;

type Doc = Record<string, Record<string, unknown>>;
let root: string;
/** The data's features but the long one, in file order. */
let others: string[];

beforeAll(async () => {
  root = await exampleRepo('breast-cancer');
  const suite = path.join(root, 'suite');
  for (const file of ['ablation.yml', 'data/eval.csv', 'model/scaling.json', 'model/model.json']) {
    const text = await readFile(path.join(suite, file), 'utf8');
    await writeFile(
      path.join(suite, file),
      text.replaceAll('mean_radius', FEATURE).replaceAll('hidden_2', LAYER),
    );
  }
  const header = (await readFile(path.join(suite, 'data/eval.csv'), 'utf8')).split('\n')[0];
  others = header.split(',').filter((c) => c !== 'diagnosis' && c !== FEATURE);
  expect(header.startsWith(`${FEATURE},`)).toBe(true);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * Writes the suite's config with `edit` applied, as `suite/edited.yml`, and
 * validates it: in a child process killed after KILL_MS when it could hang.
 */
async function validate(edit: (doc: Doc) => void, child = false) {
  const doc = parse(await readFile(path.join(root, 'suite/ablation.yml'), 'utf8')) as Doc;
  edit(doc);
  await writeFile(path.join(root, 'suite/edited.yml'), stringify(doc));
  const argv = ['validate', '--config', 'suite/edited.yml'];
  return child ? runCliChild(argv, root, KILL_MS) : runCli(argv, root);
}

const groups = (members: Record<string, unknown>) => (doc: Doc) => {
  doc.ablations.groups = { g: members };
};

/** Each place a config names layers, features or columns, set to `pattern`. */
const PLACES: [key: string, set: (pattern: string) => (doc: Doc) => void, noun: string][] = [
  [
    'ablations.layers[0]',
    (p) => (doc) => void (doc.ablations.layers = [p]),
    'no layer of the model',
  ],
  [
    'ablations.features[0]',
    (p) => (doc) => void (doc.ablations.features = [p]),
    'no feature of the eval data',
  ],
  ['ablations.groups.g.layers[0]', (p) => groups({ layers: [p] }), 'no layer of the model'],
  [
    'ablations.groups.g.features[0]',
    (p) => groups({ features: [p] }),
    'no feature of the eval data',
  ],
  [
    'data.features[0]',
    (p) => (doc) => void (doc.data.features = [p]),
    'no feature column of suite/data/eval.csv',
  ],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every place a config names layers, features or columns', () => {
  it.each(PLACES)('%s: 13 stars against 40-character names end at once', async (key, set, noun) => {
    const run = await validate(set(STARS), true);
    expectOneLineError(
      run,
      new RegExp(`: ${escape(key)}: ${escape(noun)} matches "${escape(STARS)}"\n$`),
    );
  });

  it.each(PLACES)('%s: a matching pattern of many stars names the long name', async (key, set) => {
    // Every feature or layer but one keeps its name: the pattern adds the long one.
    const run = await validate((doc) => {
      set('*a*a*a*a*a*a*a*a*a*a*a*a*')(doc);
      if (key === 'data.features[0]')
        doc.data.features = [...(doc.data.features as string[]), ...others];
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(PLACES)('%s: a malformed pattern is refused by validate', async (key, set) => {
    const run = await validate(set('{hidden_1,mean_texture'));
    expectOneLineError(
      run,
      new RegExp(
        `^suite/edited\\.yml:\\d+: ${escape(key)}: "\\{hidden_1,mean_texture" has a \\{ without its closing \\}\n$`,
      ),
    );
  });

  it.each([
    ['{a,b', '"{a,b" has a { without its closing }'],
    ['*.py}', '"*.py}" has a } without an opening {'],
    [
      'part[9:1].csv',
      'the range [9:1] in "part[9:1].csv" is empty (END is included and must be at least START)',
    ],
  ])('train.inputs: %s is refused by validate', async (glob, problem) => {
    const run = await validate((doc) => {
      doc.data.train = 'data/eval.csv';
      doc.train = { command: 'true', inputs: ['*.py', glob] };
    });
    expectOneLineError(
      run,
      new RegExp(`^suite/edited\\.yml:\\d+: train\\.inputs\\[1\\]: ${escape(problem)}\n$`),
    );
  });
});

describe('train.inputs', () => {
  const LOADER = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
  const SCRIPT = path.resolve('test/pattern/fixtures/expand-globs.ts');

  /** The files a command suite's inputs match, found in a child process killed after KILL_MS. */
  async function expand(glob: string): Promise<{ code: number | null; stdout: string }> {
    const child = spawn(process.execPath, ['--import', LOADER, SCRIPT, root, glob], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    return { code, stdout };
  }

  it.each([
    [`train/${STARS}`, []],
    ['train/*a*a*a*a*a*a*a*a*a*a*a*a*', [`train/${FEATURE}`]],
    ['train/{x,y}[1:12].py', ['train/x1.py', 'train/x12.py']],
  ])('%s matches %j at once', async (glob, files) => {
    for (const file of [FEATURE, 'x1.py', 'x12.py', 'x13.py', 'y0.py'])
      await put(root, `train/${file}`, '');
    const run = await expand(glob);
    expect(run).toEqual({ code: 0, stdout: `${JSON.stringify(files)}\n` });
    expect(await readdir(path.join(root, 'train'))).toHaveLength(5);
  });
});
