import { summarize } from '../../src/dashboard/summary.js';
import { trendFacts } from '../../src/dashboard/trend.js';
import { historyRun } from '../dashboard/branch.js';
import { fixture, scenario, type Scenario } from './scenarios.js';

/** Main's stored history for the trend charts: six runs of the real breast-cancer document, newest first. */
function history() {
  return [0, 1, 2, 3, 4, 5]
    .map((k) => {
      const results = historyRun(k);
      return summarize(results, results.source.commit!, results.timing.startedAt);
    })
    .reverse();
}

/** The short commits of {@link history}, oldest first, as the x-axis shows them. */
export function historyCommits(): string[] {
  return history()
    .reverse()
    .map((run) => run.commit.slice(0, 7));
}

/** A scenario's report inputs with main's trends and a Pages URL for the dashboard. */
export function withTrends(name: Scenario) {
  return () => {
    const { comparison, context } = scenario(name);
    return {
      comparison,
      context: {
        ...context,
        trends: trendFacts(history(), fixture(name), comparison.verdict, {
          headLabel: 'PR',
          dashboardUrl: 'https://octo.github.io/models/',
        }),
      },
    };
  };
}
