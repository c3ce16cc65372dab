import { applyAcceptances } from '../accept/rules.js';
import type { Acceptance } from '../compare/acceptance.js';
import { compare } from '../compare/compare.js';
import { runMismatches } from '../report/index.js';
import type { Results } from '../results/types.js';
import { baselineForPullRequest, type Baseline } from './baseline.js';
import type { ActionContext } from './context.js';
import { runConfiguredSuite } from './engine.js';
import { publishReport, reportContext, saveResults, type Published } from './publish.js';
import { mergeArtifact } from './shards.js';
import { headLabel, reportTrends } from './trends.js';

/** Runs the suite of the checkout and saves its results. */
export async function runSuite(context: ActionContext): Promise<Results> {
  const { inputs } = context;
  if (inputs.mode === 'merge') {
    const merged = await context.sinks.group('Merge the shards', () => mergeArtifact(context));
    await saveResults(context, merged);
    return merged;
  }
  const { results } = await runConfiguredSuite(
    context,
    `Run the ablation suite (${inputs.config})`,
  );
  await saveResults(context, results);
  return results;
}

/** The stored baseline of a pull request: its merge base's run on the baseline branch. */
export async function pullRequestBaseline(
  context: ActionContext,
  head: Results,
  pull: { baseRef: string; headSha: string },
): Promise<Baseline> {
  return baselineForPullRequest(context, head.suite, {
    baseBranch: context.inputs.baselineBranch ?? pull.baseRef,
    headSha: pull.headSha,
  });
}

/**
 * Compares the head with the baseline, warns when they ran with other
 * settings, and writes the report to the job summary and the outputs.
 */
export async function compareAndPublish(
  context: ActionContext,
  baseline: Baseline,
  head: Results,
  acceptances: Acceptance[] = [],
): Promise<Published> {
  // Checks a maintainer accepted as intended are waived before anything is reported (src/accept/).
  const comparison = applyAcceptances(compare(baseline.results, head), acceptances).comparison;
  const base = baseline.results?.run;
  for (const mismatch of runMismatches(base, head.run)) context.sinks.warning(mismatch);
  const trends = await reportTrends(context, head, comparison, headLabel(context));
  return publishReport(context, comparison, {
    ...reportContext(context, head, baseline.note, baseline.results),
    ...(trends === undefined ? {} : { trends }),
  });
}
