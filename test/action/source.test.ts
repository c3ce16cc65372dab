import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../src/results/source.js';
import { gitRunner, type Git } from '../../src/store/index.js';
import { git } from '../helpers/workspace.js';

describe('sourceOf: the commit and ref the results describe, through the injected git runner', () => {
  it('prefers GITHUB_SHA and GITHUB_REF, asking git nothing', async () => {
    const asked: string[][] = [];
    const runner: Git = (args) => {
      asked.push(args);
      return Promise.resolve('');
    };
    expect(
      await sourceOf(runner, { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/2/merge' }),
    ).toEqual({ commit: 'a'.repeat(40), ref: 'refs/pull/2/merge' });
    expect(asked).toEqual([]);
  });

  it('asks git for the commit and the ref at once, not one after the other', async () => {
    let pending = 0;
    let most = 0;
    const runner: Git = async (args) => {
      most = Math.max(most, ++pending);
      await new Promise((resolve) => setTimeout(resolve, 20));
      pending--;
      return args[0] === 'rev-parse' ? `${'b'.repeat(40)}\n` : 'refs/heads/trunk\n';
    };
    expect(await sourceOf(runner, {})).toEqual({ commit: 'b'.repeat(40), ref: 'refs/heads/trunk' });
    expect(most).toBe(2);
  });

  it('asks the repository otherwise: HEAD and its branch', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-source-'));
    await git(dir, 'init', '-q', '-b', 'trunk');
    await git(dir, 'commit', '-q', '--allow-empty', '-m', 'first');
    const head = await git(dir, 'rev-parse', 'HEAD');
    expect(await sourceOf(gitRunner(dir), {})).toEqual({ commit: head, ref: 'refs/heads/trunk' });
    // A detached HEAD has no branch: the ref is null, the commit still known.
    await git(dir, 'checkout', '-q', '--detach');
    expect(await sourceOf(gitRunner(dir), {})).toEqual({ commit: head, ref: null });
  });

  it('gives nulls outside a repository', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-no-repo-'));
    expect(
      await sourceOf(
        gitRunner(dir, { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: path.dirname(dir) }),
        {},
      ),
    ).toEqual({
      commit: null,
      ref: null,
    });
  });
});
