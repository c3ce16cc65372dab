import { parseRecord } from './state.js';
import type { Acceptance } from '../compare/acceptance.js';
import { apiFailure, PER_PAGE, type GitHubClient } from '../github/client.js';

/** Where: a repository, and a login when it matters. */
interface Repository {
  owner: string;
  repo: string;
}

/** A user's permission on the repository, as GitHub reports it. */
export interface Permission {
  /** `admin`, `maintain`, `write`, `triage`, `read` or `none` (GitHub's role name, else its legacy permission). */
  role: string;
  /** Write or more: may accept. */
  canWrite: boolean;
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

/**
 * The user's permission through the API
 * (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`), never
 * from the event's `author_association`. A user GitHub does not know (404)
 * has none.
 */
export async function collaboratorPermission(
  octokit: GitHubClient,
  where: Repository & { username: string },
): Promise<Permission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: where.owner,
      repo: where.repo,
      username: where.username,
    });
    const role = (data as { role_name?: string }).role_name ?? data.permission;
    return { role, canWrite: WRITE_ROLES.has(role) || WRITE_ROLES.has(data.permission) };
  } catch (error) {
    if (apiFailure(error)?.status === 404) return { role: 'none', canWrite: false };
    throw error;
  }
}

/** A pull request as acceptance needs it. */
export interface PullRequestFacts {
  number: number;
  author: string;
  headSha: string;
  /** `owner/repo` of the head; undefined when the fork was deleted. */
  headRepo: string | undefined;
  /** True when the head is in another repository than the base. */
  fromFork: boolean;
}

/** The pull request, through the API. */
export async function pullRequestFacts(
  octokit: GitHubClient,
  where: Repository & { number: number },
): Promise<PullRequestFacts> {
  const { data } = await octokit.rest.pulls.get({
    owner: where.owner,
    repo: where.repo,
    pull_number: where.number,
  });
  const headRepo = data.head.repo?.full_name;
  const base = `${where.owner}/${where.repo}`.toLowerCase();
  return {
    number: data.number,
    author: data.user?.login ?? '',
    headSha: data.head.sha,
    headRepo,
    fromFork: headRepo === undefined || headRepo.toLowerCase() !== base,
  };
}

/**
 * Every acceptance recorded on the pull request for the suite, oldest
 * first: only records in comments `author` wrote (the Action's own), so
 * nobody can forge one by copying the marker.
 */
export async function listAcceptances(
  octokit: GitHubClient,
  where: Repository & { number: number; suite: string; author: string },
): Promise<Acceptance[]> {
  const author = where.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    per_page: PER_PAGE,
  });
  const found: Acceptance[] = [];
  for await (const { data } of pages) {
    for (const comment of data) {
      if (comment.user?.login.toLowerCase() !== author) continue;
      for (const record of parseRecord(where.suite, comment.body ?? '')) found.push(record);
    }
  }
  return found;
}

/** Posts a comment on the pull request; returns its URL and id. */
export async function postNote(
  octokit: GitHubClient,
  where: Repository & { number: number },
  body: string,
): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.issues.createComment({
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    body,
  });
  return { id: data.id, url: data.html_url };
}

/** Re-runs the failed jobs of a workflow run (`POST …/actions/runs/{id}/rerun-failed-jobs`, needs `actions: write`). */
export async function rerunFailedJobs(
  octokit: GitHubClient,
  where: Repository & { runId: number },
): Promise<void> {
  await octokit.rest.actions.reRunWorkflowFailedJobs({
    owner: where.owner,
    repo: where.repo,
    run_id: where.runId,
  });
}

/**
 * The pull request a commit of the baseline branch merged
 * (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`): the merged one whose
 * merge commit is `sha`, else the first merged one; undefined when none.
 */
export async function mergedPullRequest(
  octokit: GitHubClient,
  where: Repository & { sha: string },
): Promise<number | undefined> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: where.owner,
    repo: where.repo,
    commit_sha: where.sha,
    per_page: PER_PAGE,
  });
  const merged = data.filter((pull) => pull.merged_at !== null);
  return (merged.find((pull) => pull.merge_commit_sha === where.sha) ?? merged[0])?.number;
}
