import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkDocument, checkPair } from '../compare/check.js';
import { compare } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { InputError } from '../errors.js';
import {
  metricChangeWithInterval,
  renderSummary,
  runFacts,
  runMismatches,
  zeroToleranceNote,
} from '../report/index.js';
import { readResultsFile } from '../results/read.js';
import type { Results } from '../results/types.js';
import { checkOutputs, resolveOutput, writeOutput, type OutputTarget } from '../files/output.js';
import { parse } from './args.js';
import { checkReadable } from './inputs.js';
import type { CliIo } from './main.js';

export { readResultsFile };

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
  // Every configured metric, main → this run, with the change's interval.
  for (const metric of comparison.metrics ?? []) {
    if (metric.change === undefined) continue;
    const { base, head, value, ci } = metric.change;
    lines.push(
      `  ${metric.name}: ${base.toFixed(4)} → ${head.toFixed(4)}, ${metricChangeWithInterval(value, ci, metric.name)}`,
    );
  }
  if (verdict.failedTests.length > 0)
    lines.push(`  failed tests: ${verdict.failedTests.join(', ')}`);
  if (verdict.inconclusiveTests.length > 0) {
    lines.push(`  inconclusive tests: ${verdict.inconclusiveTests.join(', ')}`);
  }
  if (verdict.sensitivity !== undefined) {
    lines.push(`  more sensitive than main: ${verdict.sensitivity.join(', ')}`);
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
    const zero = zeroToleranceNote(gate);
    if (zero !== undefined) lines.push(`  note: ${zero}`);
  }
  return lines.join('\n');
}

/** `ablation-ci compare BASE HEAD`: the gate's verdict on two results documents. */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { report: { type: 'string' }, debug: { type: 'boolean', default: false } },
    }),
  );
  if (positionals.length !== 2) {
    throw new InputError('compare takes two results documents: BASE.json HEAD.json (see --help)');
  }
  const [baseFile, headFile] = positionals;
  const report =
    values.report === undefined
      ? undefined
      : await resolveOutput('--report', values.report, io.cwd);
  for (const file of positionals) await checkReadable(file, io.cwd);
  if (report !== undefined) {
    await checkOutputs(
      [report],
      positionals.map((file, i) => ({
        path: path.resolve(io.cwd, file),
        role: `the ${i === 0 ? 'baseline' : 'head'} document (${file})`,
      })),
    );
  }
  const base = await readResultsFile(baseFile, io.cwd);
  const head = await readResultsFile(headFile, io.cwd);
  checkDocument(base, baseFile);
  checkDocument(head, headFile);
  checkPair(base, head, [baseFile, headFile]);
  const human = report?.kind === 'stdout' ? io.stderr : io.stdout;
  return finishComparison(
    compare(base, head),
    { base, head },
    `baseline: ${baseFile}`,
    report,
    io,
    human,
  );
}

/** Warns of run mismatches, prints the verdict, writes the report; the verdict's exit code. */
export async function finishComparison(
  comparison: Comparison,
  { base, head }: { base: Results; head: Results },
  note: string,
  report: OutputTarget | undefined,
  io: CliIo,
  human: NodeJS.WritableStream,
): Promise<number> {
  for (const mismatch of runMismatches(base.run, head.run)) {
    io.stderr.write(`ablation-ci: warning: ${mismatch}\n`);
  }
  human.write(`${verdictLines(comparison)}\n`);
  if (report !== undefined) {
    await writeReport(report, comparison, head, note, io.stdout, base);
    human.write(`report: ${shownTarget(report, io.cwd)}\n`);
  }
  return comparison.verdict.passed ? 0 : 1;
}

/** A target as the terminal shows it: relative to cwd, or `standard output`. */
export function shownTarget(target: OutputTarget, cwd: string): string {
  if (target.kind === 'stdout') return 'standard output';
  const relative = path.relative(cwd, target.path);
  return target.kind === 'device' || relative === '' || relative.startsWith('..')
    ? target.path
    : relative;
}
