import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The commit and ref the results describe: GitHub's `GITHUB_SHA` and
 * `GITHUB_REF` when set, else what git says of the repository, else null.
 */
export async function sourceOf(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{ commit: string | null; ref: string | null }> {
  const commit = env.GITHUB_SHA || (await git(root, ['rev-parse', 'HEAD']));
  const ref = env.GITHUB_REF || (await git(root, ['symbolic-ref', '-q', 'HEAD']));
  return { commit: commit ?? null, ref: ref ?? null };
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
