import { PER_PAGE, refusedWrite, type GitHubClient } from './client.js';
import { COMMENT_LIMIT } from '../report/index.js';
import { trackingMarker } from './markers.js';

/** The line every tracking issue body starts with; the report gets the rest of 65,536 characters. */
export function trackingHeader(suite: string): string {
  return `${trackingMarker(suite)}\n\n`;
}

/** The outcome of a scheduled run, for the suite's tracking issue. */
export interface TrackingUpdate {
  owner: string;
  repo: string;
  suite: string;
  /** Whether this run found a regression against the previous stored run. */
  regressed: boolean;
  /** The issue title (set on creation and on every update). */
  title: string;
  /** The report, the issue body while the regression lasts: within `COMMENT_LIMIT - trackingHeader(suite).length`. */
  body: string;
  /** The login the token writes as: only issues it opened are the suite's. */
  author: string;
  /** This run's page, linked from the comments. */
  runUrl: string;
  /** A few lines about this run (e.g. the verdict), added to the comment. */
  summary?: string;
}

/** What {@link syncTrackingIssue} did. */
export type TrackingResult =
  | { action: 'created' | 'updated' | 'closed'; number: number; url: string }
  | { action: 'none' }
  | { action: 'forbidden' | 'rate-limited'; message: string };

interface OpenIssue {
  number: number;
  url: string;
}

/**
 * Keeps one open issue per suite while the scheduled run of the baseline
 * branch regresses. The issue is the open one (not a pull request) whose body
 * holds `<!-- ablation-ci:tracking:SUITE -->` and that `author` opened.
 *
 * - regressed, none open: open one with the report as body (`created`);
 * - regressed, one open: replace its title and body with this run's report
 *   and comment "Still regressed in this run" plus `summary`, so the issue
 *   shows the latest state and its comments the history (`updated`);
 * - not regressed, one open: comment "Resolved by this run" plus `summary`
 *   and close it as completed (`closed`); duplicates left by racing runs are
 *   closed too;
 * - otherwise nothing (`none`).
 *
 * A token that may not read or write issues (403, 404 on a private
 * repository, 410 issues turned off) gives `forbidden`, not a throw.
 */
export async function syncTrackingIssue(
  octokit: GitHubClient,
  update: TrackingUpdate,
): Promise<TrackingResult> {
  const { owner, repo } = update;
  const marker = trackingMarker(update.suite);
  const link = `[this run](${update.runUrl})`;
  const extra = update.summary === undefined ? '' : `\n\n${update.summary}`;
  let step = 'listing the open issues of';
  try {
    const open = await openTrackingIssues(octokit, owner, repo, marker, update.author);
    const [first] = open;
    if (update.regressed) {
      const body = trackingHeader(update.suite) + update.body;
      if (body.length > COMMENT_LIMIT) {
        throw new RangeError(
          `the issue body is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}: render it within the budget`,
        );
      }
      if (first === undefined) {
        step = 'opening an issue in';
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title: update.title,
          body,
        });
        return { action: 'created', number: data.number, url: data.html_url };
      }
      step = `updating issue #${first.number} of`;
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: first.number,
        title: update.title,
        body,
      });
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: first.number,
        body: `Still regressed in ${link}.${extra}`,
      });
      return { action: 'updated', number: first.number, url: first.url };
    }
    if (first === undefined) return { action: 'none' };
    for (const issue of open) {
      step = `closing issue #${issue.number} of`;
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: `Resolved by ${link}: no regression.${extra}`,
      });
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
      });
    }
    return { action: 'closed', number: first.number, url: first.url };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    return refusedWrite(
      error,
      `${step} ${owner}/${repo}`,
      'the token needs `issues: write`, and the repository must have issues turned on',
    );
  }
}

/** The suite's open tracking issues by `author`, oldest first, over all pages. */
async function openTrackingIssues(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  marker: string,
  author: string,
): Promise<OpenIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: PER_PAGE,
  });
  const login = author.toLowerCase();
  return issues
    .filter(
      (issue) =>
        // The issues list holds pull requests too; they carry `pull_request`.
        !issue.pull_request &&
        issue.user?.login.toLowerCase() === login &&
        (issue.body ?? '').includes(marker),
    )
    .map((issue) => ({ number: issue.number, url: issue.html_url }));
}
