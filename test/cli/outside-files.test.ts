import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, suiteRepo } from '../hardening/helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];

/** Copies base.json outside the repository; `link`: leaves a symlink to it in its place. */
async function baseOutside(root: string, link: boolean): Promise<string> {
  const file = path.join(
    await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-outside-')),
    'base.json',
  );
  await copyFile(path.join(root, 'base.json'), file);
  if (!link) return file;
  await rm(path.join(root, 'base.json'));
  await symlink(file, path.join(root, 'base.json'));
  return 'base.json';
}

// One rule (docs/reliability.md): files the config names stay inside the repository; files named
// on the command line are the caller's, anywhere. `run --baseline` refused what `compare` took.
describe('a results document named on the command line may be outside the repository', () => {
  it.each([
    ['run --baseline, a path outside', false, (base: string) => [...RUN, '--baseline', base]],
    ['run --baseline, symlinked outside', true, (base: string) => [...RUN, '--baseline', base]],
    ['compare, a path outside', false, (base: string) => ['compare', base, 'head.json']],
    ['compare, symlinked outside', true, (base: string) => ['compare', base, 'head.json']],
  ])(
    '%s: read and compared',
    async (_, link, argv) => {
      const root = await suiteRepo();
      const run = await runCli(argv(await baseOutside(root, link)), root);
      expect(run.stderr).not.toMatch(/outside|error/);
      expect(run.code).toBeLessThan(2);
      expect(run.stdout + run.stderr).toMatch(/^gate: (passed|failed)/m);
    },
    120_000,
  );
});
