import { InputError } from '../errors.js';
import { GitError, type Git } from './git.js';

/** Where the store keeps its copy of the results branch: a ref no checkout or branch list shows. */
function privateRef(branch: string): string {
  return `refs/ablation-ci/${branch}`;
}

/** Throws unless `remote` and `branch` can be passed to git as a remote and a branch name. */
export async function checkBranch(git: Git, remote: string, branch: string): Promise<void> {
  if (remote === '' || remote.startsWith('-')) {
    throw new InputError(`"${remote}" is not a git remote`);
  }
  try {
    await git(['check-ref-format', `refs/heads/${branch}`]);
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) {
      throw new InputError(`"${branch}" is not a valid branch name`, {
        where: 'input results-branch',
      });
    }
    throw error;
  }
}

/**
 * Fetches `remote`'s `branch` into {@link privateRef} and returns its tip
 * commit, or undefined when the remote has no such branch. Nothing else
 * changes: no remote-tracking ref, tag, working tree or index. In a shallow
 * repository (a CI checkout) only the tip is fetched, as the store needs no history.
 */
export async function fetchBranch(
  git: Git,
  { remote, branch }: { remote: string; branch: string },
): Promise<string | undefined> {
  const ref = privateRef(branch);
  const shallow = (await git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  try {
    await git([
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      // Only the refspec below: the remote's configured refspecs would also move refs/remotes/*.
      '--refmap=',
      ...(shallow ? ['--depth=1'] : []),
      remote,
      `+refs/heads/${branch}:${ref}`,
    ]);
  } catch (error) {
    // The error of a missing branch is worded per locale; ls-remote's exit code 2 is not.
    const missing = await git(['ls-remote', '--exit-code', remote, `refs/heads/${branch}`]).then(
      () => false,
      (lsError: unknown) => lsError instanceof GitError && lsError.exitCode === 2,
    );
    if (!missing) throw error;
    await git(['update-ref', '-d', ref]);
    return undefined;
  }
  return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
}

/** The text of the file at `path` in commit `tip`, or undefined when there is none. */
export async function readBlob(git: Git, tip: string, path: string): Promise<string | undefined> {
  // One cat-file --batch call both tells a missing path and prints the content.
  const out = await git(['cat-file', '--batch'], { input: `${tip}:${path}\n` });
  const newline = out.indexOf('\n');
  const header = out.slice(0, newline === -1 ? undefined : newline);
  if (header.endsWith(' missing')) return undefined;
  const match = /^[0-9a-f]+ (\w+) \d+$/.exec(header);
  if (match === null || match[1] !== 'blob') {
    throw new Error(`reading ${path} at ${tip}: expected a file, git says "${header}"`);
  }
  // The content is followed by one newline of cat-file's own.
  return out.slice(newline + 1, -1);
}
