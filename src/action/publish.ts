import path from 'node:path';
import type { Comparison } from '../compare/types.js';
import {
  COMMENT_LIMIT,
  renderReport,
  renderSummary,
  runFacts,
  SUMMARY_LIMIT,
} from '../report/index.js';
import type { ReportContext } from '../report/types.js';
import type { Results } from '../results/types.js';
import { writeFileAtomic } from '../files/atomic.js';
import type { ActionContext } from './context.js';

/**
 * Bytes of GitHub's 1 MiB summary limit kept for what is written after the
 * report: the writer's line break and a notice that the comment is stale.
 */
const SUMMARY_RESERVE = 1024;

/** A rendered comparison, and the report cut to any budget (the comment's, the issue's). */
export interface Published {
  comparison: Comparison;
  /** The report within `budget` UTF-16 units, naming GitHub's 65,536-character limit when trimmed. */
  within(budget: number): string;
}

/** Writes the results document under RUNNER_TEMP and sets `results-path`. */
export async function saveResults(context: ActionContext, results: Results): Promise<string> {
  const file = path.join(context.temp, 'ablation-ci', `${results.suite}.json`);
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
  context.sinks.setOutput('results-path', file);
  return file;
}

/** The report's facts about this run, from the results and the run's environment. */
export function reportContext(
  context: ActionContext,
  head: Results,
  note: string,
  base?: Results,
): ReportContext {
  return {
    runUrl: context.runUrl,
    repository: `${context.repository.owner}/${context.repository.repo}`,
    serverUrl: context.serverUrl,
    ...runFacts(head, base),
    baselineNote: note,
    now: context.now().toISOString(),
  };
}

/**
 * Writes the full report (≤ 1 MiB) to the job summary and to `report-path`,
 * and sets the verdict outputs. The comment's and the report are
 * rendered by the caller through `within`, each to its exact budget.
 */
export async function publishReport(
  context: ActionContext,
  comparison: Comparison,
  report: ReportContext,
): Promise<Published> {
  const full = renderSummary(comparison, report, {
    limit: SUMMARY_LIMIT - SUMMARY_RESERVE,
    labelLimit: SUMMARY_LIMIT,
  });
  const file = path.join(context.temp, 'ablation-ci', `${comparison.suite}.md`);
  await writeFileAtomic(file, full);
  await context.sinks.writeSummary(full);
  const { verdict } = comparison;
  context.sinks.setOutput('report-path', file);
  context.sinks.setOutput('passed', String(verdict.passed));
  context.sinks.setOutput('failed-tests', verdict.failedTests.join(','));
  context.sinks.setOutput('regressions', verdict.regressions.join(','));
  return {
    comparison,
    within: (budget) =>
      renderReport(comparison, report, { limit: budget, labelLimit: COMMENT_LIMIT }),
  };
}

/** Fails the step when the gate fails: a required status check then blocks the merge. */
export function applyVerdict(context: ActionContext, comparison: Comparison): void {
  const { verdict } = comparison;
  if (verdict.passed) {
    context.sinks.info(`ablation-ci: ${comparison.suite} passed`);
    return;
  }
  const reasons = [
    ...verdict.failedTests.map((name) => `test ${name} failed`),
    ...(comparison.gate === undefined
      ? []
      : verdict.regressions.map((name) => `${name} regressed`)),
  ];
  if (verdict.inconclusiveTests.length > 0 && reasons.length === 0) {
    reasons.push(...verdict.inconclusiveTests.map((name) => `test ${name} inconclusive`));
  }
  context.sinks.setFailed(
    `ablation-ci: ${comparison.suite} failed the gate: ${reasons.join('; ')}`,
  );
}
