import { reportState } from '../accept/rules.js';
import { stateLine } from '../accept/state.js';
import type { Comparison } from '../compare/types.js';
import { COMMENT_LIMIT } from '../report/index.js';
import { errorMessage } from '../errors.js';
import { apiFailure, isPermissionFailure } from '../github/client.js';
import { findStickyComment, stickyHeader, upsertStickyComment } from '../github/comment.js';
import type { ActionContext } from './context.js';
import type { CommentPolicy } from './inputs.js';
import type { Published } from './publish.js';

/**
 * Whether the comparison is worth a new comment under `on-change`: a test
 * changed state, a gated check regressed, a contribution flipped sign, or the
 * eval data changed.
 */
function hasChanges(comparison: Comparison): boolean {
  return (
    comparison.tests.some((t) => !['still-passing', 'unchanged'].includes(t.change)) ||
    comparison.verdict.regressions.length > 0 ||
    comparison.components.some((c) => c.signFlip) ||
    comparison.data.changed
  );
}

function wanted(policy: CommentPolicy, comparison: Comparison): boolean {
  switch (policy) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'on-failure':
      return !comparison.verdict.passed;
    case 'on-change':
      return hasChanges(comparison);
  }
}

/**
 * Posts or edits the sticky comment as the `comment` input says. A comment
 * that exists is always kept up to date (so it never shows a stale verdict),
 * even when the policy would not have created it. When the comment cannot
 * be written — a token that may not comment (fork pull requests, missing
 * `pull-requests: write`), GitHub's rate limit after retries, any other API
 * failure — the step warns and the job summary says that a comment on the
 * pull request may show an older run's verdict; the report is in the summary.
 */
export async function postComment(
  context: ActionContext,
  published: Published,
  pull: { number: number; headSha: string; author: string; checkRunId?: number },
): Promise<void> {
  const { comparison } = published;
  const { owner, repo } = context.repository;
  const policy = context.inputs.comment;
  if (policy === 'never') return;
  const target = {
    owner,
    repo,
    issueNumber: pull.number,
    suite: comparison.suite,
    author: pull.author,
  };
  const meta = { sha: pull.headSha, runId: context.runId, runAttempt: context.runAttempt };
  let failure: string;
  try {
    if (!wanted(policy, comparison)) {
      // A token that may not even list comments has none to keep up to date.
      const existing = await findStickyComment(context.octokit, target).catch((error: unknown) => {
        if (isPermissionFailure(apiFailure(error))) return undefined;
        throw error;
      });
      if (existing === undefined) {
        context.sinks.info(`no comment: comment is ${policy} and nothing calls for one`);
        return;
      }
    }
    // The checks of this report, hidden, for the accept command to answer (src/accept/).
    const state = `\n${stateLine(comparison.suite, reportState(comparison, pull.headSha, pull.checkRunId))}`;
    const budget = COMMENT_LIMIT - stickyHeader(comparison.suite, meta).length - state.length;
    const result = await upsertStickyComment(context.octokit, {
      ...target,
      ...meta,
      body: published.within(budget) + state,
    });
    switch (result.action) {
      case 'skipped-older-run':
        context.sinks.info(`a newer run already reported on #${pull.number}: ${result.url}`);
        return;
      case 'created':
      case 'updated':
        context.sinks.setOutput('comment-url', result.url);
        context.sinks.info(`comment ${result.action}: ${result.url}`);
        return;
      case 'rate-limited':
        failure = `could not comment on #${pull.number}: ${result.message}`;
        break;
      case 'forbidden':
        failure =
          `could not comment on #${pull.number} (${result.message}); the report is in the job summary. ` +
          'Grant `pull-requests: write`, or for pull requests from forks use the compute/report pair (docs/action.md).';
        break;
    }
  } catch (error) {
    if (apiFailure(error)?.rateLimited !== true) {
      await staleNotice(context, pull.number, errorMessage(error));
      throw error;
    }
    failure = `could not comment on #${pull.number}: GitHub's rate limit held after retrying (${errorMessage(error)})`;
  }
  context.sinks.warning(failure);
  await staleNotice(context, pull.number, failure);
}

/** Says in the job summary that the sticky comment was not brought up to date. */
async function staleNotice(context: ActionContext, number: number, why: string): Promise<void> {
  const text = why.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`).slice(0, 500);
  await context.sinks.writeSummary(
    `\n> ⚠️ **The sticky comment on #${number} is stale:** it could not be updated by this run ` +
      `(${text}), so any ablation-ci comment there shows an older run's verdict. This job summary is the current report.\n`,
  );
}
