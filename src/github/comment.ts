import { InputError } from '../errors.js';
import { apiFailure, PER_PAGE, refusedWrite, type GitHubClient } from './client.js';
import { COMMENT_LIMIT } from '../report/index.js';
import { isNewerRun, metaLine, parseMeta, stickyMarker, type StickyMeta } from './markers.js';

/** The login GitHub shows for what a workflow's GITHUB_TOKEN writes. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

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
  | { action: 'forbidden' | 'rate-limited'; message: string };

/**
 * The lines every sticky comment starts with: the suite's marker and the meta
 * line of the run writing it. The report gets what is left of
 * {@link COMMENT_LIMIT} after them.
 */
export function stickyHeader(suite: string, meta: StickyMeta): string {
  return `${stickyMarker(suite)}\n${metaLine(meta)}\n\n`;
}

/**
 * The suite's sticky comments: every comment of the issue or pull request
 * (all pages), oldest first, whose body holds the suite's marker and whose
 * author is `author`. A comment by anyone else is never taken, even one that
 * copies the marker. Logins are compared without case, as GitHub treats them.
 */
async function findStickyComments(
  octokit: GitHubClient,
  target: StickyTarget,
): Promise<StickyComment[]> {
  const marker = stickyMarker(target.suite);
  const author = target.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: PER_PAGE,
  });
  const found: StickyComment[] = [];
  for await (const { data } of pages) {
    for (const comment of data) {
      const body = comment.body ?? '';
      if (comment.user?.login.toLowerCase() === author && body.includes(marker)) {
        found.push({ id: comment.id, url: comment.html_url, body, meta: parseMeta(body) });
      }
    }
  }
  return found;
}

/** The suite's sticky comment: the oldest of {@link findStickyComments}, the one every run edits. */
export async function findStickyComment(
  octokit: GitHubClient,
  target: StickyTarget,
): Promise<StickyComment | undefined> {
  return (await findStickyComments(octokit, target))[0];
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
    if (failure?.status === 403 && !failure.rateLimited) return fallback;
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
  /** The report, markdown, already within `COMMENT_LIMIT - stickyHeader(…).length`. */
  body: string;
}

/**
 * Creates the suite's sticky comment, or edits it in place, so that the
 * newest run's report is the one left, as far as GitHub (which has no
 * conditional write) allows:
 * - a comment written by a newer run (greater run id, or the same run's later
 *   attempt) is left alone: `skipped-older-run`;
 * - right before editing, the comment is read again and its run compared, so
 *   a newer run that wrote since the listing is not overwritten;
 * - after writing, the comments are listed again and every duplicate by the
 *   same author is deleted, keeping the newest run's (two first runs that
 *   both created one leave one);
 * - and when the one kept holds an older run's report than this run's (an
 *   older run's edit landed late, over ours), this run writes its report
 *   back and checks again (`settle`).
 * Which of two racing runs reports `skipped-older-run` depends on timing: an
 * older run that created and checked before the newer one wrote says
 * `created`, and the newer run then deletes its comment. What does not
 * depend on timing is what is left: one comment, the newest run's.
 * When the token may not read or write comments (403, or 404 on a private
 * repository) the result is `forbidden`, and when GitHub's rate limit held
 * after the client's retries it is `rate-limited`, each with a one-line
 * message, not a throw, so the caller can warn and still write the job
 * summary. Other API failures throw.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  update: StickyUpdate,
): Promise<UpsertResult> {
  const { owner, repo, issueNumber } = update;
  const meta: StickyMeta = { sha: update.sha, runId: update.runId, runAttempt: update.runAttempt };
  const body = stickyHeader(update.suite, meta) + update.body;
  if (body.length > COMMENT_LIMIT) {
    throw new RangeError(
      `the comment is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}: render it within the budget`,
    );
  }
  const where = `#${issueNumber} in ${owner}/${repo}`;
  let step = 'listing the comments of';
  try {
    const existing = await findStickyComments(octokit, update);
    const newer = existing.find((c) => c.meta !== undefined && isNewerRun(c.meta, meta));
    if (newer !== undefined) return { action: 'skipped-older-run', url: newer.url, id: newer.id };
    let written: { action: 'created' | 'updated'; url: string; id: number } | undefined;
    if (existing.length > 0) {
      step = 'reading the comment on';
      const current = await readComment(octokit, owner, repo, existing[0].id);
      if (current?.meta !== undefined && isNewerRun(current.meta, meta)) {
        return { action: 'skipped-older-run', url: current.url, id: current.id };
      }
      if (current !== undefined) {
        step = 'editing the comment on';
        written = await editComment(octokit, owner, repo, current.id, body);
      }
    }
    if (written === undefined) {
      step = 'commenting on';
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
      });
      written = { action: 'created', url: data.html_url, id: data.id };
    }
    step = 'checking the comments of';
    const kept = await settle(octokit, update, meta, body, written.id);
    // A newer run's report, in another comment or written over ours.
    const superseded =
      kept !== undefined &&
      (kept.id !== written.id || (kept.meta !== undefined && isNewerRun(kept.meta, meta)));
    return superseded ? { action: 'skipped-older-run', url: kept.url, id: kept.id } : written;
  } catch (error) {
    return refusedWrite(
      error,
      `${step} ${where}`,
      'the token needs `pull-requests: write` (or `issues: write`); a pull request from a fork ' +
        'gets a read-only token, so use mode compute with mode report on workflow_run',
    );
  }
}

/** One comment read again right before it is edited; undefined when it was deleted. */
async function readComment(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  id: number,
): Promise<StickyComment | undefined> {
  try {
    const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: id });
    const body = data.body ?? '';
    return { id: data.id, url: data.html_url, body, meta: parseMeta(body) };
  } catch (error) {
    if (apiFailure(error)?.status === 404) return undefined;
    throw error;
  }
}

async function editComment(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  id: number,
  body: string,
): Promise<{ action: 'updated'; url: string; id: number } | undefined> {
  try {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    return { action: 'updated', url: data.html_url, id: data.id };
  } catch (error) {
    // Deleted between reading and editing: the caller writes a new one instead.
    if (apiFailure(error)?.status === 404) return undefined;
    throw error;
  }
}

/** How often a run puts its report back after an older run's late edit replaced it. */
const REPAIRS = 3;

/**
 * After writing: lists the sticky comments again and deletes all but one,
 * the newest run's (among equals, ours, else the oldest comment), and
 * returns the one kept. When that one holds an older run's report than
 * ours — an older run's edit, sent before we wrote, landed after (on a loaded
 * runner a process can stall between reading and editing) — this run is the
 * newest and its report is gone, so it writes it back and checks again.
 */
async function settle(
  octokit: GitHubClient,
  target: StickyTarget,
  meta: StickyMeta,
  body: string,
  ours: number,
): Promise<StickyComment | undefined> {
  for (let repair = 0; ; repair++) {
    const keep = await removeDuplicates(octokit, target, ours);
    const replaced = keep !== undefined && (keep.meta === undefined || isNewerRun(meta, keep.meta));
    if (!replaced || repair === REPAIRS) return keep;
    const rewritten = await editComment(octokit, target.owner, target.repo, keep.id, body);
    if (rewritten === undefined) return keep;
    ours = rewritten.id;
  }
}

/**
 * Lists the sticky comments again and deletes all but one: the newest run's
 * (among equals, ours, else the oldest comment). Returns the one kept.
 */
async function removeDuplicates(
  octokit: GitHubClient,
  target: StickyTarget,
  ours: number,
): Promise<StickyComment | undefined> {
  const comments = await findStickyComments(octokit, target);
  if (comments.length <= 1) return comments[0];
  let keep = comments.find((c) => c.id === ours) ?? comments[0];
  for (const comment of comments) {
    if (comment.meta === undefined) continue;
    if (keep.meta === undefined || isNewerRun(comment.meta, keep.meta)) keep = comment;
  }
  for (const comment of comments) {
    if (comment.id === keep.id) continue;
    try {
      await octokit.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
      });
    } catch (error) {
      // Another run deleted it first.
      if (apiFailure(error)?.status !== 404) throw error;
    }
  }
  return keep;
}
