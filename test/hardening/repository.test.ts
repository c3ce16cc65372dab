import { mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];

/** A folder outside the repository. */
const outside = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'ablation-ci-outside-'));

/** Moves `file` (below root) outside the repository and leaves a symlink to it in its place. */
function moveOut(file: string, change?: (bytes: Buffer) => Buffer) {
  return async (root: string): Promise<void> => {
    const target = path.join(await outside(), path.basename(file));
    const bytes = await readFile(path.join(root, file));
    await writeFile(target, change === undefined ? bytes : change(bytes));
    await rm(path.join(root, file));
    await symlink(target, path.join(root, file));
  };
}

// Class 6 of issue 8: every file read on behalf of the config stays inside the repository.
const cases: [string, (root: string) => Promise<void>, string[], RegExp][] = [
  [
    'a right-sized shard symlinked outside (would load silently)',
    moveOut('suite/model/weights.bin'),
    RUN,
    /^suite\/model\/weights\.bin: weight shard escapes the repository through a symlink/,
  ],
  [
    'a wrong-sized shard symlinked outside (its size would leak)',
    moveOut('suite/model/weights.bin', (b) => b.subarray(0, 1234)),
    RUN,
    /^suite\/model\/weights\.bin: weight shard escapes the repository through a symlink \(listed in model\.json's weightsManifest\)$/m,
  ],
  [
    'a shard symlinked to /etc/hostname',
    async (r) => {
      await rm(path.join(r, 'suite/model/weights.bin'));
      await symlink('/etc/hostname', path.join(r, 'suite/model/weights.bin'));
    },
    RUN,
    /^suite\/model\/weights\.bin: weight shard escapes the repository/,
  ],
  [
    'the model folder symlinked outside',
    async (r) => {
      const dir = await outside();
      await rename(path.join(r, 'suite/model'), path.join(dir, 'model'));
      await symlink(path.join(dir, 'model'), path.join(r, 'suite/model'));
    },
    RUN,
    /^suite\/ablation\.yml:\d+: model: "model\/model\.json" escapes the repository .* through a symlink/,
  ],
  [
    'model.json symlinked outside',
    moveOut('suite/model/model.json'),
    RUN,
    /model: "model\/model\.json" escapes the repository/,
  ],
  [
    'the eval data symlinked outside',
    moveOut('suite/data/eval.csv'),
    RUN,
    /data\.eval: "data\/eval\.csv" escapes the repository/,
  ],
  [
    'the scaling file symlinked outside',
    moveOut('suite/model/scaling.json'),
    RUN,
    /data\.scaling: "model\/scaling\.json" escapes the repository/,
  ],
  [
    'a shard path with ..',
    async (r) => {
      const f = path.join(r, 'suite/model/model.json');
      await writeFile(
        f,
        (await readFile(f, 'utf8')).replace('"weights.bin"', '"../data/weights.bin"'),
      );
    },
    RUN,
    /weight shard path "\.\.\/data\/weights\.bin" points outside the model's folder/,
  ],
];

describe('files read for the config stay inside the repository (issue 8, class 6)', () => {
  it.each(cases)(
    '%s: exit 2, one line, nothing read from outside',
    async (_, setup, argv, message) => {
      const root = await suiteRepo();
      await setup(root);
      const before = await snapshot(root);
      const where = await readFile(path.join(root, 'where'), 'utf8').catch(() => '');
      const run = await runCli(
        argv.map((a) => a.replace('<outside>', where)),
        root,
      );
      expectOneLineError(run, message);
      // No size of a file outside the repository shows (1234 bytes, or the real shard's 3204).
      expect(run.stderr).not.toMatch(/\d+ bytes/);
      await expectUnchanged(root, before);
    },
  );

  it('a symlink to a file inside the repository is followed', async () => {
    const root = await suiteRepo();
    await rename(path.join(root, 'suite/model/weights.bin'), path.join(root, 'weights.bin'));
    await symlink(path.join(root, 'weights.bin'), path.join(root, 'suite/model/weights.bin'));
    const run = await runCli(RUN, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
