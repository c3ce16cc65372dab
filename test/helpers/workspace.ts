import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { GitHubState } from './github-state.js';

const exec = promisify(execFile);

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** Runs git in `cwd` and returns its trimmed stdout. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...IDENTITY } });
  return stdout.trim();
}

/**
 * A runner's checkout: a repository holding the breast-cancer suite under
 * `suite/`, committed on `master` and pushed to a real bare repository that
 * is its `origin`.
 */
export async function checkoutWithOrigin(): Promise<{
  workspace: string;
  origin: string;
  main: string;
}> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-action-'));
  const origin = path.join(root, 'origin.git');
  const workspace = path.join(root, 'work');
  await mkdir(workspace);
  await git(root, 'init', '-q', '--bare', origin);
  await git(workspace, 'init', '-q', '-b', 'master');
  const source = path.resolve('examples/breast-cancer');
  for (const part of ['ablation.yml', 'model', 'data/eval.csv']) {
    await cp(path.join(source, part), path.join(workspace, 'suite', part), { recursive: true });
  }
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '-q', '-m', 'the model');
  await git(workspace, 'remote', 'add', 'origin', origin);
  await git(workspace, 'push', '-q', 'origin', 'master');
  return { workspace, origin, main: await git(workspace, 'rev-parse', 'HEAD') };
}

/** Commits a change to the suite's model that flips its output: a badly regressed model. */
export async function commitRegressedModel(workspace: string): Promise<string> {
  const dir = path.join(workspace, 'suite/model');
  const manifest = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as {
    weightsManifest: { weights: { name: string; shape: number[] }[] }[];
  };
  const bytes = await readFile(path.join(dir, 'weights.bin'));
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  let offset = 0;
  for (const spec of manifest.weightsManifest.flatMap((group) => group.weights)) {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.name.startsWith('output/'))
      for (let i = offset; i < offset + size; i++) weights[i] = -weights[i];
    offset += size;
  }
  await writeFile(path.join(dir, 'weights.bin'), bytes);
  await git(workspace, 'commit', '-q', '-am', 'a regression');
  return git(workspace, 'rev-parse', 'HEAD');
}

/**
 * The pull request the e2e Action tests run on: in `repository` of `state`,
 * issue #1, then branch `feature` of `workspace` with one empty commit on
 * `main`, opened as pull request #2 (as the webhook payloads number it) into
 * `master`, and both commits known to the server. Leaves `feature` checked
 * out; returns its head.
 */
export async function openPullRequest(
  state: GitHubState,
  repository: string,
  workspace: string,
  main: string,
): Promise<string> {
  state.addIssue(repository, { login: 'octocat', title: 'an issue' });
  await git(workspace, 'checkout', '-q', '-b', 'feature');
  await git(workspace, 'commit', '-q', '--allow-empty', '-m', 'a change');
  const head = await git(workspace, 'rev-parse', 'HEAD');
  state.addIssue(repository, {
    login: 'octocat',
    title: 'a pull request',
    head: { sha: head, ref: 'feature' },
    base: { ref: 'master' },
  });
  state.addCommit(repository, { sha: main, branch: 'master' });
  state.addCommit(repository, { sha: head, parents: [main], branch: 'feature' });
  return head;
}
