import type { Verdict } from '../compare/types.js';
import type { TrendFacts } from '../report/sections/trends.js';
import type { Results } from '../results/types.js';
import type { RunSummary } from './summary.js';

/** How many of main's stored runs the report's trend charts show. */
export const TREND_RUNS = 20;

/**
 * The report's trends: main's newest `runs` stored runs (given newest
 * first, as the index lists them; the head's own commit left out) for the
 * primary metric and each failing test and regressed check of `verdict`,
 * with the head's value. The check `overall` is the gate metric on all eval
 * data; another check is the model unit test of that name.
 */
export function trendFacts(
  history: RunSummary[],
  head: Results,
  verdict: Verdict,
  options: { headLabel: string; dashboardUrl: string; runs?: number },
): TrendFacts {
  const shown = history
    .filter((run) => run.commit !== head.source.commit)
    .slice(0, options.runs ?? TREND_RUNS)
    .reverse();
  const primary = head.metrics[0].name;
  const gateMetric = head.run.gate.regression.metric;
  const estimate = (metric: string): number | null => head.baseline.metrics[metric]?.value ?? null;
  const series: TrendFacts['series'] = [
    {
      label: primary,
      main: shown.map((run) => (run.metric === primary ? run.primary.value : null)),
      head: estimate(primary),
    },
  ];
  const names = [...new Set([...verdict.failedTests, ...verdict.regressions])];
  for (const name of names) {
    if (name === 'overall') {
      if (gateMetric === primary) continue;
      series.push({
        label: `${gateMetric} overall`,
        main: shown.map((run) => (run.gate.metric === gateMetric ? run.gateValue : null)),
        head: estimate(gateMetric),
      });
      continue;
    }
    const test = head.tests.find((t) => t.name === name);
    const stored = shown.map((run) => run.tests.find((t) => t.name === name));
    const metric = test?.metric ?? stored.find((t) => t !== undefined)?.metric ?? '';
    series.push({
      label: `${name} (${metric})`,
      main: stored.map((t) => t?.point.value ?? null),
      head: test?.value ?? null,
    });
  }
  return {
    commits: shown.map((run) => run.commit.slice(0, 7)),
    headLabel: options.headLabel,
    series,
    dashboardUrl: options.dashboardUrl,
  };
}
