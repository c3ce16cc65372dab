import type { Comparison } from '../compare/types.js';
import { count } from './format.js';
import { fit, type Block } from './layout.js';
import { acceptanceBlocks } from './sections/acceptance.js';
import { changeBlocks } from './sections/changes.js';
import { componentBlocks } from './sections/components.js';
import { dataBlocks } from './sections/data.js';
import { factBlocks } from './sections/facts.js';
import { gateBlocks } from './sections/gate.js';
import { governanceBlocks } from './sections/governance.js';
import { retrainBlocks } from './sections/retrain.js';
import { sensitivityBlocks } from './sections/sensitivity.js';
import { testBlocks } from './sections/tests.js';
import { trendBlocks } from './sections/trends.js';
import { verdictBlocks } from './sections/verdict.js';
import { runMismatches } from './run-facts.js';
import type { ReportContext, ReportOptions } from './types.js';

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on a step's job summary, in bytes (1 MiB). */
export const SUMMARY_LIMIT = 1_048_576;

/**
 * The report of a comparison as GitHub-flavoured markdown (DESIGN §6): the
 * verdict, the model unit tests, the regression gate, the component
 * contributions with a chart, the data checks and the run facts. Every name
 * from a config or a model is escaped. This is the one place a report is cut
 * to size: the result is at most `limit` long (default 65,536 UTF-16 units,
 * GitHub's comment limit; the caller takes off what it adds, e.g. the sticky
 * comment's marker lines). When the whole report is longer, rows of the least
 * important tables are left out first (components that do not apply, small
 * contributions, tests unchanged since main, checks that did not regress),
 * failures last, each cut table says how many rows it lost, and a notice
 * under the verdict says the report was trimmed; if even the headings and
 * notices exceed the limit, whole lines are cut from the end. Pure:
 * everything comes in as arguments.
 */
export function renderReport(
  comparison: Comparison,
  context: ReportContext,
  options: ReportOptions = {},
): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? 'utf16-units';
  const unit = measure === 'utf8-bytes' ? 'bytes' : 'characters';
  return fit(reportBlocks(comparison, context), {
    limit,
    measure,
    hint:
      measure === 'utf8-bytes'
        ? 'the results artifact holds everything'
        : 'the full report is in the job summary and the results artifact',
    limitLabel: `the limit of ${count(options.labelLimit ?? limit)} ${unit}`,
  });
}

/**
 * The same report for the job summary: limited to 1 MiB in UTF-8 bytes
 * (GitHub's limit on a step summary) unless `limit` says otherwise.
 */
export function renderSummary(
  comparison: Comparison,
  context: ReportContext,
  options: { limit?: number; labelLimit?: number } = {},
): string {
  return renderReport(comparison, context, {
    limit: options.limit ?? SUMMARY_LIMIT,
    measure: 'utf8-bytes',
    ...(options.labelLimit === undefined ? {} : { labelLimit: options.labelLimit }),
  });
}

function reportBlocks(comparison: Comparison, context: ReportContext): Block[] {
  const links = {
    serverUrl: context.serverUrl ?? 'https://github.com',
    ...(context.repository === undefined ? {} : { repository: context.repository }),
  };
  const hasBase = comparison.base !== undefined;
  return [
    ...verdictBlocks(
      comparison,
      links,
      context.baselineNote,
      runMismatches(context.baseRun, context),
    ),
    ...acceptanceBlocks(comparison.acceptance, links),
    ...changeBlocks(comparison),
    ...testBlocks(comparison.tests, hasBase, comparison.confidence),
    ...governanceBlocks(comparison.gate),
    ...gateBlocks(comparison.gate, comparison),
    ...trendBlocks(context.trends),
    // Every configured metric: the primary open, the others collapsed below it.
    ...(
      comparison.metrics ?? [{ name: comparison.metric, components: comparison.components }]
    ).flatMap((m, i) => componentBlocks(m.components, m.name, hasBase, i > 0)),
    ...sensitivityBlocks(comparison.sensitivity),
    ...retrainBlocks(context.retrain),
    ...dataBlocks(comparison.data),
    ...factBlocks(comparison, context, links),
  ];
}
