import { InputError, errorMessage } from '../errors.js';
import { apiFailure, isPermissionFailure, PER_PAGE, type GitHubClient } from './client.js';
import { fitMarkdown } from './fit.js';
import { isNewerRun, metaLine, parseMeta, stickyMarker, type StickyMeta } from './markers.js';

/** GitHub's limit on the body of an issue or pull request comment, in characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** The login GitHub shows for what a workflow's GITHUB_TOKEN writes. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The notice that ends a comment cut to fit {@link COMMENT_MAX_CHARS}. */
export const COMMENT_TRIMMED_NOTICE =
  "\n\n---\n\n**Trimmed:** this report is longer than GitHub's limit of 65,536 characters for a comment, so it is cut off here. The job summary holds more.\n";

/** Where the sticky comment of a suite lives, and whose it is. */
export interface StickyTarget {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  suite: string;
  /** The login the token writes as (see {@link tokenLogin}): only its comments are candidates. */
  author: string;
}

/** A sticky comment found on the pull request. */
export interface StickyComment {
  id: number;
  url: string;
  body: string;
  /** Which run wrote it; undefined when its meta line is missing or malformed. */
  meta: StickyMeta | undefined;
}

/** What {@link upsertStickyComment} did. */
export type UpsertResult =
  | { action: 'created' | 'updated' | 'skipped-older-run'; url: string; id: number }
  | { action: 'forbidden'; message: string };

/**
 * The suite's sticky comment: the oldest comment of the issue or pull request
 * (all pages) whose body holds the suite's marker and whose author is
 * `author`. A comment by anyone else is never taken, even one that copies the
 * marker. Logins are compared without case, as GitHub treats them.
 */
export async function findStickyComment(
  octokit: GitHubClient,
  target: StickyTarget,
): Promise<StickyComment | undefined> {
  const marker = stickyMarker(target.suite);
  const author = target.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: PER_PAGE,
  });
  // Comments come oldest first; the first match is the one every run edits.
  for await (const { data } of pages) {
    for (const comment of data) {
      const body = comment.body ?? '';
      if (comment.user?.login.toLowerCase() === author && body.includes(marker)) {
        return { id: comment.id, url: comment.html_url, body, meta: parseMeta(body) };
      }
    }
  }
  return undefined;
}

/**
 * The login the token writes as: GET /user for a personal token. An
 * installation token (the workflow's GITHUB_TOKEN) is refused there with 403
 * "Resource not accessible by integration"; its comments show as `fallback`,
 * which is `github-actions[bot]` unless the token belongs to another App.
 * A rejected token (401) is an input error.
 */
export async function tokenLogin(
  octokit: GitHubClient,
  fallback: string = ACTIONS_BOT_LOGIN,
): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const failure = apiFailure(error);
    if (failure?.status === 403) return fallback;
    if (failure?.status === 401) {
      throw new InputError(`GitHub rejected the token (401 ${failure.message})`, {
        where: 'input github-token',
      });
    }
    throw error;
  }
}

/** A sticky comment to write, and the run writing it. */
export interface StickyUpdate extends StickyTarget, StickyMeta {
  /** The report, markdown. Cut with a notice if the comment would exceed GitHub's limit. */
  body: string;
}

/**
 * Creates the suite's sticky comment, or edits it in place. A comment written
 * by a newer run (greater run id, or the same run's later attempt) is left
 * alone: `skipped-older-run`. When the token may not read or write comments
 * (403, or 404 on a private repository) the result is `forbidden` with a
 * one-line message, not a throw, so the caller can warn and still write the
 * job summary. Other API failures throw.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  update: StickyUpdate,
): Promise<UpsertResult> {
  const { owner, repo, issueNumber } = update;
  const meta: StickyMeta = { sha: update.sha, runId: update.runId, runAttempt: update.runAttempt };
  const header = `${stickyMarker(update.suite)}\n${metaLine(meta)}\n\n`;
  const body =
    header +
    fitMarkdown(update.body, {
      limit: COMMENT_MAX_CHARS - header.length,
      measure: 'utf16-units',
      notice: COMMENT_TRIMMED_NOTICE,
    });
  let step = 'listing the comments of';
  try {
    const existing = await findStickyComment(octokit, update);
    if (existing?.meta !== undefined && isNewerRun(existing.meta, meta)) {
      return { action: 'skipped-older-run', url: existing.url, id: existing.id };
    }
    if (existing !== undefined) {
      step = 'editing the comment on';
      try {
        const { data } = await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: existing.id,
          body,
        });
        return { action: 'updated', url: data.html_url, id: data.id };
      } catch (error) {
        // Deleted between listing and editing: write a new one instead.
        if (apiFailure(error)?.status !== 404) throw error;
      }
    }
    step = 'commenting on';
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
    });
    return { action: 'created', url: data.html_url, id: data.id };
  } catch (error) {
    const failure = apiFailure(error);
    if (!isPermissionFailure(failure)) {
      throw new Error(`${step} #${issueNumber} in ${owner}/${repo}: ${errorMessage(error)}`, {
        cause: error,
      });
    }
    return {
      action: 'forbidden',
      message:
        `${step} #${issueNumber} in ${owner}/${repo} failed (${failure.status} ${failure.message}): ` +
        'the token needs `pull-requests: write` (or `issues: write`); a pull request from a fork ' +
        'gets a read-only token, so use mode compute with mode report on workflow_run',
    };
  }
}
