import { sourceOf as sourceFromGit, type ResultsSourceRef } from '../results/source.js';
import { gitRunner } from '../store/git.js';

/**
 * The commit and ref the results describe: GitHub's `GITHUB_SHA` and
 * `GITHUB_REF` when set, else what git says of the repository, else null.
 */
export async function sourceOf(root: string, env: NodeJS.ProcessEnv): Promise<ResultsSourceRef> {
  return sourceFromGit(gitRunner(root, env), env);
}
