import type { Comparison } from '../compare/types.js';
import { renderSummary, runFacts } from '../report/index.js';
import type { Results } from '../results/types.js';
import { writeOutput, type OutputTarget } from '../files/output.js';

export { readResultsFile } from '../results/read.js';

/** Writes the markdown report of a comparison (job-summary size: up to 1 MiB). */
export async function writeReport(
  target: OutputTarget,
  comparison: Comparison,
  head: Results,
  baselineNote: string,
  stdout: NodeJS.WritableStream,
  base?: Results,
): Promise<void> {
  const markdown = renderSummary(comparison, {
    ...runFacts(head, base),
    baselineNote,
    now: head.timing.startedAt,
  });
  await writeOutput(target, markdown, stdout);
}

/** The verdict in a few lines for the terminal. */
export function verdictLines(comparison: Comparison): string {
  const { verdict, gate } = comparison;
  const lines = [`gate: ${verdict.passed ? 'passed' : 'failed'}`];
  if (verdict.failedTests.length > 0)
    lines.push(`  failed tests: ${verdict.failedTests.join(', ')}`);
  if (verdict.inconclusiveTests.length > 0) {
    lines.push(`  inconclusive tests: ${verdict.inconclusiveTests.join(', ')}`);
  }
  if (gate === undefined) {
    lines.push('  regressions: not checked (no baseline)');
  } else {
    const how = gate.paired ? 'paired' : 'unpaired: the eval data changed';
    lines.push(
      `  regressions (${how}, tolerance ${gate.tolerance}, alpha ${gate.alpha}): ${
        verdict.regressions.length === 0 ? 'none' : verdict.regressions.join(', ')
      }`,
    );
  }
  return lines.join('\n');
}
