import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitError, gitRunner, type Git } from '../../src/store/git.js';

let dir: string;
let git: Git;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ablation-ci-git-'));
  git = gitRunner(dir, {
    PATH: process.env.PATH,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: dir,
  });
  await git(['init', '--quiet', '--bare', '.']);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gitRunner', () => {
  it('passes input on stdin and returns stdout as is', async () => {
    const blob = await git(['hash-object', '-w', '--stdin'], { input: 'héllo\n' });
    expect(blob).toBe('5fb50d3c93474f139362304b663fe44e9d17a26e\n');
    expect(await git(['cat-file', 'blob', blob.trim()])).toBe('héllo\n');
  });

  it('adds env for one command only', async () => {
    const env = { GIT_AUTHOR_NAME: 'Someone', GIT_AUTHOR_EMAIL: 'someone@example.com' };
    expect(
      (await git(['var', 'GIT_AUTHOR_IDENT'], { env })).startsWith(
        'Someone <someone@example.com> ',
      ),
    ).toBe(true);
    const without = await git(['var', 'GIT_AUTHOR_IDENT']).catch((error: Error) => error.message);
    expect(without).not.toContain('Someone');
  });

  it('fails with the command, exit code and stderr on one line', async () => {
    const failure = git(['rev-parse', '--verify', 'no-such-ref']);
    await expect(failure).rejects.toThrow(
      'git rev-parse --verify no-such-ref failed (exit 128): fatal: Needed a single revision',
    );
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toMatchObject({ exitCode: 128, stdout: '' });
  });
});
