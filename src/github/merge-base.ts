import { errorMessage } from '../errors.js';
import { apiFailure, type GitHubClient } from './client.js';

/** The commit where a pull request's branch left the baseline branch. */
export interface MergeBase {
  sha: string;
  /** Its committer date (ISO 8601), or the author date when GitHub gives no committer. */
  date: string | undefined;
}

/**
 * The merge base of `base` and `head` (branch names, tags or shas; a fork's
 * branch as `owner:branch`), from GET /repos/{owner}/{repo}/compare/{base}...{head}.
 * Undefined when GitHub answers 404: an unknown ref, or no common ancestor.
 * Other failures throw with the refs named.
 */
export async function mergeBase(
  octokit: GitHubClient,
  { owner, repo, base, head }: { owner: string; repo: string; base: string; head: string },
): Promise<MergeBase | undefined> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      // Only the merge base is read: keep the commit list GitHub sends back short.
      per_page: 1,
    });
    const commit = data.merge_base_commit;
    return { sha: commit.sha, date: commit.commit.committer?.date ?? commit.commit.author?.date };
  } catch (error) {
    if (apiFailure(error)?.status === 404) return undefined;
    throw new Error(`comparing ${base}...${head} in ${owner}/${repo}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}
