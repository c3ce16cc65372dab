import { ACCEPT_LABEL } from '../accept/command.js';
import { storedAcceptances } from '../accept/state.js';
import type { Comparison } from '../compare/types.js';
import { InputError } from '../errors.js';
import type { PullRequestEvent } from '../github/event.js';
import { syncTrackingIssue, trackingHeader } from '../github/tracking-issue.js';
import { COMMENT_LIMIT } from '../report/index.js';
import { writeResults } from '../store/index.js';
import { newestStoredRun, previousStoredRun } from './baseline.js';
import { commitUrl } from './trends.js';
import { postComment } from './comment.js';
import type { ActionContext } from './context.js';
import { compute, report } from './fork.js';
import { baselineBranch, preflight } from './preflight.js';
import { applyVerdict, saveResults, type Published } from './publish.js';
import {
  acceptancesOfMerge,
  acceptancesOfPullRequest,
  acceptFromComment,
  acceptFromLabel,
} from './accept.js';
import { compareAndPublish, pullRequestBaseline, runSuite } from './steps.js';
import { runShard } from './shards.js';

/**
 * The Action: what it does depends on `mode` and, under `auto`, on the event
 * (DESIGN §4). Input errors surface before anything is evaluated, posted or
 * stored.
 */
export async function runAction(context: ActionContext): Promise<void> {
  const { mode, shard } = context.inputs;
  const { event } = context;
  if (shard !== undefined) {
    if (mode === 'report' || mode === 'merge') {
      throw new InputError(`shard applies to modes auto, run and compute, not ${mode}`, {
        where: 'input shard',
      });
    }
    return runShard(context, shard);
  }
  if (mode === 'merge' && event.kind === 'workflow_run') {
    throw new InputError('mode merge runs on the events of auto, not workflow_run', {
      where: 'input mode',
    });
  }
  // merge acts as auto, with the shards' merged results in place of a run (see runSuite).
  switch (mode === 'merge' ? 'auto' : mode) {
    case 'compute':
      if (event.kind !== 'pull_request') throw wrongEvent('compute', 'pull_request', event.kind);
      return compute(context, event);
    case 'report':
      if (event.kind !== 'workflow_run') throw wrongEvent('report', 'workflow_run', event.kind);
      return report(context, event);
    case 'run':
      return summaryOnly(context);
    case 'auto':
      switch (event.kind) {
        case 'pull_request':
          return event.action === 'labeled' && event.label === ACCEPT_LABEL
            ? acceptFromLabel(context, { ...event, sender: event.sender ?? '' })
            : pullRequest(context, event);
        case 'pull_request_target':
          // Only the accept label: pull_request_target has a write token, so no pull request code runs.
          if (event.action !== 'labeled')
            throw wrongEvent(
              'auto',
              'pull_request_target labeled',
              `pull_request_target ${event.action}`,
            );
          return acceptFromLabel(context, event);
        case 'issue_comment':
          return acceptFromComment(context, event);
        case 'push':
          return event.branch !== undefined && event.branch === baselineBranch(context)
            ? storeAndCompare(context, false)
            : summaryOnly(context);
        case 'schedule':
          return storeAndCompare(context, true);
        case 'workflow_dispatch':
          return summaryOnly(context);
        case 'workflow_run':
          return report(context, event);
        case 'unsupported':
          throw new InputError(
            `mode auto does not handle the ${event.eventName} event; use pull_request, push, schedule, workflow_dispatch or workflow_run, or set mode: run`,
            { where: 'input mode' },
          );
      }
  }
}

function wrongEvent(mode: string, expected: string, got: string): InputError {
  return new InputError(`mode ${mode} runs on the ${expected} event, not ${got}`, {
    where: 'input mode',
  });
}

/** pull_request: run, compare with the stored baseline, comment, gate. */
async function pullRequest(context: ActionContext, event: PullRequestEvent): Promise<void> {
  const checked = await preflight(context, { usesApi: true });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? (await pullRequestBaseline(context, head, event));
  // With comment: never there is no report to accept from, so no acceptance to read either.
  const accepted =
    context.inputs.comment === 'never'
      ? []
      : await acceptancesOfPullRequest(context, event.number, head.suite, checked.author);
  const published = await compareAndPublish(context, baseline, head, accepted);
  await postComment(context, published, {
    number: event.number,
    headSha: event.headSha,
    author: checked.author!,
  });
  applyVerdict(context, published.comparison);
}

/**
 * A push to the baseline branch, or the nightly schedule: run, compare with
 * the previous stored run, store this run; a scheduled run keeps the
 * tracking issue of regressions in step.
 */
async function storeAndCompare(context: ActionContext, scheduled: boolean): Promise<void> {
  const checked = await preflight(context, { usesApi: scheduled });
  const head = await runSuite(context);
  const commit = head.source.commit ?? context.sha;
  const baseline =
    checked.baselineFile ??
    (await previousStoredRun(context, head.suite, commit, head.timing.startedAt));
  // A push that merged a pull request carries what its maintainers accepted (docs/action.md).
  const accepted = scheduled ? [] : await acceptancesOfMerge(context, commit, head.suite);
  if (accepted.length > 0) {
    head.acceptances = storedAcceptances(accepted);
    await saveResults(context, head);
  }
  const published = await compareAndPublish(context, baseline, head, accepted);
  const stored = await context.sinks.group(
    `Store the results on ${context.inputs.resultsBranch}`,
    () =>
      writeResults(context.git, {
        results: head,
        branch: context.inputs.resultsBranch,
        commit,
        retention: context.inputs.retention,
        onWarning: (message) => context.sinks.warning(message),
        dashboard: { commitUrl: commitUrl(context) },
      }),
  );
  context.sinks.info(
    `stored ${head.suite}/${commit}.json on ${context.inputs.resultsBranch} (${stored.attempts === 1 ? 'first try' : `${stored.attempts} attempts`})`,
  );
  if (scheduled) await syncIssue(context, published, checked.author!);
  applyVerdict(context, published.comparison);
}

async function syncIssue(
  context: ActionContext,
  published: Published,
  author: string,
): Promise<void> {
  const comparison: Comparison = published.comparison;
  const regressed = comparison.verdict.regressions.length > 0;
  const budget = COMMENT_LIMIT - trackingHeader(comparison.suite).length;
  const result = await syncTrackingIssue(context.octokit, {
    ...context.repository,
    suite: comparison.suite,
    regressed,
    title: `ablation-ci: ${comparison.suite} regressed in the nightly run`,
    body: published.within(budget),
    author,
    runUrl: context.runUrl,
    summary: regressed
      ? `Regressed: ${comparison.verdict.regressions.join(', ')}.`
      : 'No regression against the previous stored run.',
  });
  switch (result.action) {
    case 'forbidden':
      context.sinks.warning(
        `could not update the tracking issue (${result.message}); grant issues: write`,
      );
      return;
    case 'rate-limited':
      context.sinks.warning(`could not update the tracking issue: ${result.message}`);
      return;
    case 'none':
      return;
    case 'created':
    case 'updated':
    case 'closed':
      context.sinks.info(`tracking issue #${result.number} ${result.action}: ${result.url}`);
  }
}

/** workflow_dispatch, a push elsewhere, or mode run: run and report to the job summary. */
async function summaryOnly(context: ActionContext): Promise<void> {
  const checked = await preflight(context, { usesApi: false });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? (await newestStoredRun(context, head.suite));
  const { comparison } = await compareAndPublish(context, baseline, head);
  applyVerdict(context, comparison);
}
