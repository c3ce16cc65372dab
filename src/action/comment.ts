import type { Comparison } from '../compare/types.js';
import { apiFailure, isPermissionFailure } from '../github/client.js';
import { findStickyComment, tokenLogin, upsertStickyComment } from '../github/comment.js';
import type { ActionContext } from './context.js';
import type { CommentPolicy } from './inputs.js';

/**
 * Whether the comparison is worth a new comment under `on-change`: a test
 * changed state, a gated check regressed, a contribution flipped sign, or the
 * eval data changed.
 */
export function hasChanges(comparison: Comparison): boolean {
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
 * even when the policy would not have created it. A token that may not
 * comment (fork pull requests, missing `pull-requests: write`) is a warning:
 * the report is in the job summary anyway.
 */
export async function postComment(
  context: ActionContext,
  comparison: Comparison,
  body: string,
  pull: { number: number; headSha: string },
): Promise<void> {
  const { owner, repo } = context.repository;
  const policy = context.inputs.comment;
  if (policy === 'never') return;
  const author = await tokenLogin(context.octokit);
  const target = { owner, repo, issueNumber: pull.number, suite: comparison.suite, author };
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
  const result = await upsertStickyComment(context.octokit, {
    ...target,
    body,
    sha: pull.headSha,
    runId: context.runId,
    runAttempt: context.runAttempt,
  });
  switch (result.action) {
    case 'forbidden':
      context.sinks.warning(
        `could not comment on #${pull.number} (${result.message}); the report is in the job summary. ` +
          'Grant `pull-requests: write`, or for pull requests from forks use the compute/report pair (README).',
      );
      return;
    case 'skipped-older-run':
      context.sinks.info(`a newer run already reported on #${pull.number}: ${result.url}`);
      return;
    case 'created':
    case 'updated':
      context.sinks.setOutput('comment-url', result.url);
      context.sinks.info(`comment ${result.action}: ${result.url}`);
  }
}
