import { link, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

// The baseline document was made on wasm: the same backend keeps stderr free of the mismatch warning.
const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'wasm'];

/** A change to the repository before the command (links, folders), then the command line. */
type Case = [string, (root: string) => Promise<void> | void, string[], RegExp];

const none = (): void => undefined;

// Class 1 of issue 8: an output path that is, or resolves to, a file the run reads, or
// that cannot be written, is refused before anything is evaluated.
const cases: Case[] = [
  [
    '--out is the config',
    none,
    [...RUN, '--out', 'suite/ablation.yml'],
    /^--out: "suite\/ablation\.yml" is the config \(suite\/ablation\.yml\), which this run reads/,
  ],
  [
    '--out is model.json',
    none,
    [...RUN, '--out', 'suite/model/model.json'],
    /^--out: .* is the model \(suite\/model\/model\.json\)/,
  ],
  [
    '--out is the weight shard',
    none,
    [...RUN, '--out', 'suite/model/weights.bin'],
    /^--out: .* is a weight shard of the model \(suite\/model\/weights\.bin\)/,
  ],
  [
    '--out is the eval data',
    none,
    [...RUN, '--out', 'suite/data/eval.csv'],
    /^--out: .* is the eval data \(suite\/data\/eval\.csv\)/,
  ],
  [
    '--out is the scaling file',
    none,
    [...RUN, '--out', 'suite/model/scaling.json'],
    /^--out: .* is the scaling file/,
  ],
  [
    '--out reaches model.json through ..',
    none,
    [...RUN, '--out', 'suite/data/../model/model.json'],
    /^--out: "suite\/data\/\.\.\/model\/model\.json" is the model/,
  ],
  [
    '--out is a symlink to model.json',
    (r) => symlink(path.join(r, 'suite/model/model.json'), path.join(r, 'out.json')),
    [...RUN, '--out', 'out.json'],
    /^--out: "out\.json" is the model/,
  ],
  [
    '--out is a symlinked folder holding the data',
    (r) => symlink(path.join(r, 'suite/data'), path.join(r, 'linked')),
    [...RUN, '--out', 'linked/eval.csv'],
    /^--out: "linked\/eval\.csv" is the eval data/,
  ],
  [
    '--out is a hard link of the eval data (same inode, another name)',
    (r) => link(path.join(r, 'suite/data/eval.csv'), path.join(r, 'EVAL.CSV')),
    [...RUN, '--out', 'EVAL.CSV'],
    /^--out: "EVAL\.CSV" is the eval data/,
  ],
  [
    '--out is the config by absolute path',
    none,
    [...RUN, '--out', '<root>/suite/ablation.yml'],
    /^--out: ".*\/suite\/ablation\.yml" is the config/,
  ],
  [
    '--out is the baseline document',
    none,
    [...RUN, '--baseline', 'base.json', '--out', 'base.json'],
    /^--out: "base\.json" is the baseline document \(base\.json\)/,
  ],
  [
    '--report is the baseline document',
    none,
    [...RUN, '--baseline', 'base.json', '--report', 'base.json'],
    /^--report: "base\.json" is the baseline document/,
  ],
  [
    '--report is the config',
    none,
    [...RUN, '--baseline', 'base.json', '--report', 'suite/ablation.yml'],
    /^--report: .* is the config/,
  ],
  [
    '--out and --report are one file',
    none,
    [...RUN, '--baseline', 'base.json', '--out', 'r.json', '--report', './r.json'],
    /^--report: "\.\/r\.json" is the same file as --out "r\.json"/,
  ],
  ['--out is a folder', none, [...RUN, '--out', 'suite'], /^--out: "suite" is a folder/],
  [
    '--out lies under a file',
    none,
    [...RUN, '--out', 'suite/ablation.yml/results.json'],
    /^--out: "suite\/ablation\.yml\/results\.json" lies under a file: .*suite\/ablation\.yml is not a folder/,
  ],
  [
    '--out is in a missing folder',
    none,
    [...RUN, '--out', 'nowhere/results.json'],
    /^--out: "nowhere\/results\.json" is in a folder that does not exist/,
  ],
  [
    '--out is in a folder no file can be created in (even as root)',
    none,
    [...RUN, '--out', '/sys/ablation-results.json'],
    /^--out: "\/sys\/ablation-results\.json" cannot be written: cannot create files in \/sys/,
  ],
  [
    '--out is a dangling symlink',
    (r) => symlink(path.join(r, 'gone.json'), path.join(r, 'dangling.json')),
    [...RUN, '--out', 'dangling.json'],
    /^--out: "dangling\.json" is a symlink to a file that does not exist/,
  ],
  [
    'compare --report is the head document',
    none,
    ['compare', 'base.json', 'head.json', '--report', 'head.json'],
    /^--report: "head\.json" is the head document \(head\.json\)/,
  ],
  [
    'compare --report is a symlink to the base document',
    (r) => symlink('base.json', path.join(r, 'report.md')),
    ['compare', 'base.json', 'head.json', '--report', 'report.md'],
    /^--report: "report\.md" is the baseline document/,
  ],
  [
    'compare --report is a folder',
    (r) => mkdir(path.join(r, 'reports')),
    ['compare', 'base.json', 'head.json', '--report', 'reports'],
    /^--report: "reports" is a folder/,
  ],
  [
    'compare --report lies under a file',
    none,
    ['compare', 'base.json', 'head.json', '--report', 'base.json/r.md'],
    /^--report: .* lies under a file/,
  ],
];

describe('outputs never overwrite what a run reads (issue 8, class 1)', () => {
  it.each(cases)('%s: exit 2, one line, every file unchanged', async (_, setup, argv, message) => {
    const root = await suiteRepo();
    await setup(root);
    const before = await snapshot(root);
    const run = await runCli(
      argv.map((a) => a.replace('<root>', root)),
      root,
    );
    expectOneLineError(run, message);
    // Nothing was evaluated: the summary a run prints never appeared.
    expect(run.stdout).toBe('');
    await expectUnchanged(root, before);
    expect((await snapshot(root)).size).toBe(before.size);
  });

  it('the same command lines with a free output path run (each case fails for its own reason)', async () => {
    const root = await suiteRepo();
    const before = await snapshot(root);
    const run = await runCli(
      [...RUN, '--baseline', 'base.json', '--out', 'r.json', '--report', 'r.md'],
      root,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectUnchanged(root, before);
  });
});
