import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

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
