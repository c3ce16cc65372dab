/**
 * Runs git with these arguments in the repository and resolves with its
 * standard output (the store's `Git` is one: results/ does not depend on
 * the store, the store on results).
 */
export type GitQuery = (args: string[]) => Promise<string>;

/** The commit and ref a results document describes. */
export interface ResultsSourceRef {
  commit: string | null;
  ref: string | null;
}

/**
 * The commit and ref the results describe: GitHub's `GITHUB_SHA` and
 * `GITHUB_REF` when set, else what `git` (run in the repository) says, else null.
 */
export async function sourceOf(git: GitQuery, env: NodeJS.ProcessEnv): Promise<ResultsSourceRef> {
  // Both at once: two git processes in the time of one.
  const [commit, ref] = await Promise.all([
    env.GITHUB_SHA || ask(git, ['rev-parse', 'HEAD']),
    env.GITHUB_REF || ask(git, ['symbolic-ref', '-q', 'HEAD']),
  ]);
  return { commit: commit ?? null, ref: ref ?? null };
}

async function ask(git: GitQuery, args: string[]): Promise<string | undefined> {
  try {
    return (await git(args)).trim() || undefined;
  } catch {
    // Not a repository, or a detached HEAD: the field stays null.
    return undefined;
  }
}
