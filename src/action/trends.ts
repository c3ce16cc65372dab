import type { Comparison } from '../compare/types.js';
import { TREND_RUNS, trendFacts } from '../dashboard/trend.js';
import { DASHBOARD_PATH } from '../dashboard/page.js';
import { errorMessage } from '../errors.js';
import type { TrendFacts } from '../report/index.js';
import type { Results } from '../results/types.js';
import { readRecentRuns } from '../store/index.js';
import type { ActionContext } from './context.js';

/** Where a commit's page is: the URL followed by the commit id. */
export function commitUrl(context: ActionContext): string {
  const { owner, repo } = context.repository;
  return `${context.serverUrl}/${owner}/${repo}/commit/`;
}

/** The dashboard's address: `dashboard-url` when given, else the page's file on the results branch. */
export function dashboardUrl(context: ActionContext): string {
  if (context.inputs.dashboardUrl !== undefined) return context.inputs.dashboardUrl;
  const { owner, repo } = context.repository;
  // A branch name may hold characters a markdown link destination cannot.
  const branch = encodeURI(context.inputs.resultsBranch).replace(/[()]/g, (c) =>
    c === '(' ? '%28' : '%29',
  );
  return `${context.serverUrl}/${owner}/${repo}/blob/${branch}/${DASHBOARD_PATH}`;
}

/** How the report's trend charts name this run's point: `PR` on a pull request. */
export function headLabel(context: ActionContext): string {
  return context.event.kind === 'pull_request' ? 'PR' : 'this run';
}

/**
 * The report's trends: main's last stored runs of the suite against this
 * run's values. Reading the store for them never fails the run: a problem
 * is a warning and the report goes without trends.
 */
export async function reportTrends(
  context: ActionContext,
  head: Results,
  comparison: Comparison,
  headLabel: string,
): Promise<TrendFacts | undefined> {
  try {
    const history = await readRecentRuns(
      context.git,
      { remote: 'origin', branch: context.inputs.resultsBranch, suite: head.suite },
      {
        limit: TREND_RUNS + 1,
        // The baseline lookup already warns about a corrupt index or document: a log line here.
        onSkip: (message) => context.sinks.info(`left out of the trends: ${message}`),
      },
    );
    if (history.length === 0) return undefined;
    return trendFacts(history, head, comparison.verdict, {
      headLabel,
      dashboardUrl: dashboardUrl(context),
    });
  } catch (error) {
    context.sinks.warning(`no trends in the report: ${errorMessage(error)}`);
    return undefined;
  }
}
