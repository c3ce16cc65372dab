import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { breastCancerResults } from '../helpers/results.js';
import {
  drain,
  expectOneLineError,
  expectUnchanged,
  runCli,
  snapshot,
  suiteRepo,
  type CliRun,
} from './helpers.js';

// Issue 15, items 1–3 and issue 17: every command's output path goes through one resolver
// (src/files/output.ts). Each command below is refused the same paths for the same reasons.

/** The command line of each output flag, given the output path. */
const COMMANDS: Record<string, (out: string) => string[]> = {
  'run --out': (out) => [
    'run',
    '--config',
    'suite/ablation.yml',
    '--backend',
    'wasm',
    '--out',
    out,
  ],
  'run --report': (out) => [
    ...['run', '--config', 'suite/ablation.yml', '--backend', 'wasm'],
    ...['--baseline', 'base.json', '--out', 'r.json', '--report', out],
  ],
  'compare --report': (out) => ['compare', 'base.json', 'head.json', '--report', out],
  'merge --out': (out) => ['merge', 's1.json', 's2.json', '--out', out],
};

/** A file each command reads (so must never write). */
const READS: Record<string, [string, string]> = {
  'run --out': ['suite/ablation.yml', 'the config'],
  'run --report': ['base.json', 'the baseline document'],
  'compare --report': ['head.json', 'the head document'],
  'merge --out': ['s1.json', 'a shard'],
};

/**
 * The breast-cancer suite (see suiteRepo) plus the two shards of one run,
 * `s1.json` and `s2.json`, a file that is no results document and a
 * dangling symlink.
 */
async function repo(): Promise<string> {
  const root = await suiteRepo();
  const whole = breastCancerResults();
  const half = Math.floor(whole.components.length / 2);
  const parts = [whole.components.slice(0, half), whole.components.slice(half)];
  for (const [i, components] of parts.entries()) {
    const shard = {
      ...whole,
      components,
      run: { ...whole.run, shard: { index: i + 1, count: 2 } },
    };
    await writeFile(path.join(root, `s${i + 1}.json`), `${JSON.stringify(shard)}\n`);
  }
  await writeFile(path.join(root, 'notes.txt'), 'keep me\n');
  await symlink(path.join(root, 'gone.json'), path.join(root, 'dangling.json'));
  return root;
}

type Refusal = [string, (command: string) => string, (flag: string) => RegExp];

const refusals: Refusal[] = [
  ['a folder', () => 'suite', (flag) => new RegExp(`^${flag}: "suite" is a folder`)],
  [
    'a path under a file',
    () => 'base.json/x',
    (flag) =>
      new RegExp(`^${flag}: "base\\.json/x" lies under a file: .*base\\.json is not a folder`),
  ],
  [
    'a path in a missing folder',
    () => 'nowhere/x',
    (flag) => new RegExp(`^${flag}: "nowhere/x" is in a folder that does not exist`),
  ],
  [
    'a dangling symlink',
    () => 'dangling.json',
    (flag) => new RegExp(`^${flag}: "dangling\\.json" is a symlink to a file that does not exist`),
  ],
  ['an empty path', () => '', (flag) => new RegExp(`^${flag}: "" is empty`)],
  [
    'a file the command reads',
    (command) => READS[command][0],
    (flag) => new RegExp(`^${flag}: "[^"]+" is (the|a) [a-z ]+ \\([^)]+\\), which this run reads`),
  ],
  [
    'a file the command reads, through a symlink',
    (command) => `<link:${READS[command][0]}>`,
    (flag) => new RegExp(`^${flag}: "link" is (the|a) [a-z ]+ \\([^)]+\\), which this run reads`),
  ],
];

/** The table: every refusal for every command's output flag. */
const table = Object.keys(COMMANDS).flatMap((command) =>
  refusals.map(
    ([name, out, message]) =>
      [command, name, out(command), message(command.split(' ')[1])] as const,
  ),
);

describe('one output resolver for every command (issue 15 items 2–3, issue 17)', () => {
  it.each(table)(
    '%s refuses %s: exit 2, one line, nothing written',
    async (command, _, out, message) => {
      const root = await repo();
      let given = out;
      const link = /^<link:(.*)>$/.exec(out);
      if (link !== null) {
        await symlink(link[1], path.join(root, 'link'));
        given = 'link';
      }
      const before = await snapshot(root);
      const run = await runCli(COMMANDS[command](given), root);
      expectOneLineError(run, message);
      expect(run.stdout).toBe('');
      await expectUnchanged(root, before);
      expect((await snapshot(root)).size).toBe(before.size);
    },
  );

  // A results document's --out replaces only a results document: never a config, notes or code.
  const results: [string, string, RegExp][] = [
    ['run --out', 'notes.txt', /^--out: "notes\.txt" exists and is not a results document/],
    ['merge --out', 'notes.txt', /^--out: "notes\.txt" exists and is not a results document/],
    [
      'merge --out',
      'suite/ablation.yml',
      /^--out: "suite\/ablation\.yml" exists and is not a results document/,
    ],
    [
      'merge --out',
      'suite/model/model.json',
      /^--out: "suite\/model\/model\.json" exists and is not a results document/,
    ],
  ];
  it.each(results)('%s over %s is refused', async (command, out, message) => {
    const root = await repo();
    const before = await snapshot(root);
    expectOneLineError(await runCli(COMMANDS[command](out), root), message);
    await expectUnchanged(root, before);
  });
});

/** What the document written looks like, per command. */
const WRITTEN: Record<string, RegExp> = {
  'compare --report': /^## ablation-ci · breast-cancer/m,
  'merge --out': /^\{\n {2}"schemaVersion": 1,\n {2}"suite": "breast-cancer"/,
};

// The cases that run the suite for `run` are in special-paths.test.ts; these commands run nothing.
// (No /dev/null or /dev/stdout here: on a build without the resolver, as root, they would
// replace the machine's entries; special-paths.test.ts runs those through the same resolver.)
describe.each(Object.keys(WRITTEN))('%s: special output paths', (command) => {
  const check = (run: CliRun, text: string): void => {
    expect(run.code).toBe(0);
    expect(text).toMatch(WRITTEN[command]);
  };

  it.each(['-', '/dev/fd/1'])(
    '%s is standard output: the document on stdout, no file, the lines for people on stderr',
    async (out) => {
      const root = await repo();
      const before = await snapshot(root);
      const run = await runCli(COMMANDS[command](out), root);
      check(run, run.stdout);
      expect(run.stderr).toMatch(/: standard output\n$/);
      await expectUnchanged(root, before);
      expect((await snapshot(root)).size).toBe(before.size);
    },
  );

  it('a symlink is written through: the link stays, the file it points at gets the document', async () => {
    const root = await repo();
    await mkdir(path.join(root, 'out'));
    // An earlier output of the same command: a results document, or a report.
    const earlier =
      command === 'merge --out' ? await readFile(path.join(root, 'base.json')) : '#\n';
    await writeFile(path.join(root, 'out', 'old'), earlier);
    await symlink('out/old', path.join(root, 'latest'));
    const run = await runCli(COMMANDS[command]('latest'), root);
    check(run, await readFile(path.join(root, 'out', 'old'), 'utf8'));
    expect(await readlink(path.join(root, 'latest'))).toBe('out/old');
    expect(run.stdout).toMatch(new RegExp(`\\n\\w+: out/old\\n$`));
  });

  it('a FIFO is written in place, not replaced by a file', async () => {
    const root = await repo();
    const fifo = path.join(root, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reading = drain(fifo);
    const run = await runCli(COMMANDS[command]('out.fifo'), root);
    check(run, await reading);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });
});

describe('merge --out replaces an earlier results document', () => {
  it('an existing results document is replaced by the merge', async () => {
    const root = await repo();
    const run = await runCli(COMMANDS['merge --out']('base.json'), root);
    expect(run.code).toBe(0);
    const merged = JSON.parse(await readFile(path.join(root, 'base.json'), 'utf8')) as Results;
    expect(merged.run.shard).toBeNull();
  });
});

/** A module suite (train.ts importing layers.ts) and a command suite (inputs: *.py), with a lock file. */
async function retrainRepo(): Promise<string> {
  const root = await repo();
  const suite = (train: string): string =>
    [
      'suite: retrained',
      'data: {eval: ../suite/data/eval.csv, train: ../suite/data/eval.csv, label: diagnosis}',
      'metrics: [accuracy]',
      `train: ${train}`,
      'ablations: {retrain: {small: {hidden: false}}}',
      '',
    ].join('\n');
  const files: Record<string, string> = {
    'module/ablation.yml': suite('{module: train.ts}'),
    'module/train.ts': "import { layers } from './layers.js';\nexport const train = layers;\n",
    'module/layers.ts': 'export function layers(): void {}\n',
    'command/ablation.yml': suite("{command: 'python3 train.py', inputs: ['*.py']}"),
    'command/train.py': 'print(1)\n',
    'package-lock.json': '{}\n',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

// Issue 15 item 1: the training code a run executes is a file the run reads.
const code: [string, string, RegExp][] = [
  [
    'module',
    'module/train.ts',
    /^--out: "module\/train\.ts" is the training module \(module\/train\.ts\)/,
  ],
  [
    'module',
    'module/layers.ts',
    /^--out: "module\/layers\.ts" is training code \(module\/layers\.ts\)/,
  ],
  [
    'module',
    'package-lock.json',
    /^--out: "package-lock\.json" is the lock file \(package-lock\.json\)/,
  ],
  [
    'command',
    'command/train.py',
    /^--out: "command\/train\.py" is training code \(command\/train\.py\)/,
  ],
  ['command', 'package-lock.json', /^--out: "package-lock\.json" is the lock file/],
];

describe('run --out never overwrites the training code (issue 15 item 1)', () => {
  it.each(code)('a %s suite: --out %s is refused', async (kind, out, message) => {
    const root = await retrainRepo();
    const before = await snapshot(root);
    const run = await runCli(['run', '--config', `${kind}/ablation.yml`, '--out', out], root);
    expectOneLineError(run, message);
    await expectUnchanged(root, before);
  });
});
