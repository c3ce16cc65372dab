import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Comparison } from '../compare/types.js';
import { InputError, errorMessage } from '../errors.js';
import { renderSummary, runFacts } from '../report/index.js';
import type { Results } from '../results/types.js';
import { resultsProblem } from '../results/validate.js';
import { writeOutput, type OutputTarget } from '../files/output.js';

/** Reads a results document; a missing, unreadable or invalid one is an input error naming it. */
export async function readResultsFile(file: string, cwd: string): Promise<Results> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : errorMessage(error), { file });
  }
  const problem = resultsProblem(document);
  if (problem !== undefined) {
    throw new InputError(`not a results document (schemaVersion 1): ${problem}`, { file });
  }
  return document as Results;
}

/** Writes the markdown report of a comparison (job-summary size: up to 1 MiB). */
export async function writeReport(
  target: OutputTarget,
  comparison: Comparison,
  head: Results,
  baselineNote: string,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const markdown = renderSummary(comparison, {
    ...runFacts(head),
    baselineNote,
    now: head.timing.startedAt,
    marker: '',
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
