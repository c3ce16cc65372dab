import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gitRunner, type Git } from '../../src/store/git.js';
import type { Results } from '../../src/results/types.js';
import { breastCancerResults } from '../helpers/results.js';

/**
 * A real remote for the store tests: a bare repository in a temporary folder
 * with one commit on main, and clones of it acting as runners' checkouts.
 * Git runs with no system or global config but `user.useConfigOnly`, so any
 * commit made without an explicit identity fails, as on a bare CI runner.
 */
export interface Remote {
  root: string;
  /** Path of the bare repository. */
  bare: string;
  /** Environment every git command of the test runs with. */
  env: NodeJS.ProcessEnv;
  /** A git runner inside the bare repository (to inspect what was pushed). */
  inBare: Git;
  /** Clones the remote into `root/name` (a checkout of main) and returns a runner there. */
  clone(name: string, options?: { shallow?: boolean }): Promise<{ dir: string; git: Git }>;
  remove(): Promise<void>;
}

export const TEST_USER = ['-c', 'user.name=Test User', '-c', 'user.email=test@example.com'];

export async function makeRemote(): Promise<Remote> {
  const root = await mkdtemp(path.join(tmpdir(), 'ablation-ci-store-'));
  const home = path.join(root, 'home');
  const globalConfig = path.join(root, 'gitconfig');
  await writeFile(globalConfig, '[user]\n\tuseConfigOnly = true\n[init]\n\tdefaultBranch = main\n');
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')),
  );
  Object.assign(env, {
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    LC_ALL: 'C',
  });
  const inRoot = gitRunner(root, env);
  const bare = path.join(root, 'remote.git');
  await inRoot(['init', '--quiet', '--bare', bare]);
  const seed = path.join(root, 'seed');
  await inRoot(['init', '--quiet', seed]);
  const inSeed = gitRunner(seed, env);
  await writeFile(path.join(seed, 'README.md'), '# project\n');
  await inSeed(['add', 'README.md']);
  await inSeed([...TEST_USER, 'commit', '--quiet', '-m', 'first']);
  await inSeed(['push', '--quiet', bare, 'main']);
  return {
    root,
    bare,
    env,
    inBare: gitRunner(bare, env),
    async clone(name, { shallow = false } = {}) {
      const dir = path.join(root, name);
      const source = shallow ? `file://${bare}` : bare;
      await inRoot(['clone', '--quiet', ...(shallow ? ['--depth=1'] : []), source, dir]);
      return { dir, git: gitRunner(dir, env) };
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A full commit id made of one hex digit. */
export function sha(digit: string): string {
  return digit.repeat(40);
}

/** The real breast-cancer results document, as if run on `commit` at `startedAt`. */
export function resultsOf(commit: string, startedAt: string): Results {
  const results = breastCancerResults();
  results.source.commit = commit;
  results.timing.startedAt = startedAt;
  return results;
}

/** Paths of the files on `branch` of the bare remote, sorted. */
export async function filesOn(remote: Remote, branch = 'ablation-ci-data'): Promise<string[]> {
  const out = await remote.inBare(['ls-tree', '-r', '--name-only', branch]);
  return out.split('\n').filter((line) => line !== '');
}

/** A file's text on `branch` of the bare remote. */
export function fileOn(remote: Remote, file: string, branch = 'ablation-ci-data'): Promise<string> {
  return remote.inBare(['show', `${branch}:${file}`]);
}
