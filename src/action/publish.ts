import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Comparison } from '../compare/types.js';
import { COMMENT_MAX_CHARS } from '../github/comment.js';
import { fitSummary } from '../github/summary.js';
import { renderReport, renderSummary, runFacts } from '../report/index.js';
import type { ReportContext } from '../report/types.js';
import type { Results } from '../results/types.js';
import { writeFileAtomic } from '../files/atomic.js';
import type { ActionContext } from './context.js';

/** Writes the results document under RUNNER_TEMP and sets `results-path`. */
export async function saveResults(context: ActionContext, results: Results): Promise<string> {
  const file = path.join(context.temp, 'ablation-ci', `${results.suite}.json`);
  await writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
  context.sinks.setOutput('results-path', file);
  return file;
}

/** The report's facts about this run, from the head results and the run's environment. */
export function reportContext(context: ActionContext, head: Results, note: string): ReportContext {
  return {
    runUrl: context.runUrl,
    repository: `${context.repository.owner}/${context.repository.repo}`,
    ...runFacts(head),
    baselineNote: note,
    now: context.now().toISOString(),
    marker: '',
  };
}

/**
 * Renders the report for a comment (65,536 characters) and writes the full
 * one (≤ 1 MiB) to the job summary and to `report-path`; sets the verdict
 * outputs. Returns the comment-sized body.
 */
export async function publishReport(
  context: ActionContext,
  comparison: Comparison,
  report: ReportContext,
): Promise<string> {
  const full = fitSummary(renderSummary(comparison, report));
  const file = path.join(context.temp, 'ablation-ci', `${comparison.suite}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, full);
  await context.sinks.writeSummary(full);
  const { verdict } = comparison;
  context.sinks.setOutput('report-path', file);
  context.sinks.setOutput('passed', String(verdict.passed));
  context.sinks.setOutput('failed-tests', verdict.failedTests.join(','));
  context.sinks.setOutput('regressions', verdict.regressions.join(','));
  // The sticky comment adds its marker and run line (well under 512 characters).
  return renderReport(comparison, report, { limit: COMMENT_MAX_CHARS - 512 });
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
