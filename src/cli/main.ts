import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKEND_CHOICES, type BackendChoice } from '../backend/resolve.js';
import { InputError, errorMessage } from '../errors.js';
import { checkDocument, checkPair } from '../compare/check.js';
import { compare, verdict as gateVerdict } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { readResultsFile, verdictLines, writeReport } from './compare.js';
import { mergeCommand } from './merge.js';
import { budgetNotice } from '../results/budget-notice.js';
import { parseShard } from '../shard/plan.js';
import { runMismatches } from '../report/index.js';
import type { Results } from '../results/types.js';
import { checkOutputs, resolveOutput, writeOutput, type OutputTarget } from '../files/output.js';
import { runEngine, validateConfig } from '../suite/engine.js';
import { checkReadable, runInputs } from './inputs.js';
import { routeConsoleWarnings } from './console.js';
import { progressLine } from './progress.js';
import { COMMAND_HELP, USAGE, VERSION } from './usage.js';
import { sourceOf } from './source.js';

/** Where the command line writes and reads; the process's own by default. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the command line; resolves to the exit code (DESIGN §3). */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (debug && error instanceof Error) io.stderr.write(`${error.stack ?? error.message}\n`);
    const prefix = error instanceof InputError ? 'error' : 'internal error';
    io.stderr.write(`ablation-ci: ${prefix}: ${errorMessage(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const help = COMMAND_HELP.get(rest[0] ?? '') ?? USAGE;
    (command === undefined ? io.stderr : io.stdout).write(`${help}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === 'version') {
    io.stdout.write(`ablation-ci ${VERSION}\n`);
    return 0;
  }
  const help = COMMAND_HELP.get(command);
  if (help !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  switch (command) {
    case 'run':
      return runCommand(rest, io);
    case 'validate':
      return validateCommand(rest, io);
    case 'compare':
      return compareCommand(rest, io);
    case 'merge':
      return mergeCommand(rest, io);
    default:
      throw new InputError(
        `unknown command "${command}" (commands: run, compare, merge, validate; see --help)`,
      );
  }
}

const COMMON = {
  config: { type: 'string', default: 'ablation.yml' },
  backend: { type: 'string', default: 'auto' },
  debug: { type: 'boolean', default: false },
} as const;

function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InputError(`${errorMessage(error)} (see --help)`);
  }
}

function backendOf(value: unknown): BackendChoice {
  if (!BACKEND_CHOICES.includes(value as BackendChoice)) {
    throw new InputError(
      `--backend must be one of ${BACKEND_CHOICES.join(', ')}, got "${String(value)}"`,
    );
  }
  return value as BackendChoice;
}

function workersOf(value: string): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 256) {
    throw new InputError(`--workers must be a whole number from 1 to 256, got "${value}"`);
  }
  return workers;
}

async function runCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        ...COMMON,
        out: { type: 'string' },
        baseline: { type: 'string' },
        report: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        workers: { type: 'string' },
        shard: { type: 'string' },
      },
    }),
  );
  const backend = backendOf(values.backend);
  const workers = values.workers === undefined ? undefined : workersOf(values.workers);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  if (shard !== undefined && values.baseline !== undefined) {
    throw new InputError(
      '--shard writes one part of the results: merge the shards, then compare (ablation-ci merge, ablation-ci compare)',
    );
  }
  if (values.report !== undefined && values.baseline === undefined) {
    throw new InputError(
      '--report needs --baseline (or use: ablation-ci compare BASE HEAD --report F)',
    );
  }
  // Every check on inputs and outputs comes before anything is evaluated.
  const out = await resolveOutput('--out', values.out ?? 'ablation-results.json', io.cwd);
  const report =
    values.report === undefined
      ? undefined
      : await resolveOutput('--report', values.report, io.cwd);
  let base: Results | undefined;
  if (values.baseline !== undefined) {
    await checkReadable(values.baseline, io.cwd);
    base = await readResultsFile(values.baseline, io.cwd);
    checkDocument(base, values.baseline);
  }
  const { config, files } = await runInputs(values.config, io.cwd, values.baseline);
  await checkOutputs([out, ...(report === undefined ? [] : [report])], files);
  if (base !== undefined && base.suite !== config.suite) {
    throw new InputError(
      `is suite ${JSON.stringify(base.suite)} but ${config.file} runs ${JSON.stringify(config.suite)}`,
      { file: values.baseline, where: 'suite' },
    );
  }
  const progress = progressLine(io.stderr, 'evaluating');
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}\n`));
  let results: Results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend,
      ...(workers === undefined ? {} : { workers }),
      source: (root) => sourceOf(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
      onProgress: (fraction) => progress.update(fraction),
      ...(shard === undefined ? {} : { shard }),
      useCache: values['no-cache'] !== true,
      onRetrainRun: (line) => io.stderr.write(`ablation-ci: ${line}\n`),
    }));
  } finally {
    restore();
    progress.done();
  }
  // The task and classes come from the data: known only now, still before anything is written.
  if (base !== undefined) checkPair(base, results, [values.baseline ?? '', config.file]);
  await writeOutput(out, `${JSON.stringify(results, null, 2)}\n`, io.stdout);
  if (results.run.budget !== undefined && results.run.budget.notEvaluated > 0) {
    io.stderr.write(`ablation-ci: ${budgetNotice(results.run.budget)}\n`);
  }
  // Standard output carries a document: the lines for people go to stderr.
  const human = out.kind === 'stdout' || report?.kind === 'stdout' ? io.stderr : io.stdout;
  human.write(`${summary(results)}\nresults: ${shownTarget(out, io.cwd)}\n`);
  if (base === undefined) {
    const verdict = gateVerdict(results, []);
    if (!verdict.passed) {
      human.write(
        `gate: failed (${[...verdict.failedTests, ...verdict.inconclusiveTests].join(', ')})\n`,
      );
    }
    return verdict.passed ? 0 : 1;
  }
  return finishComparison(
    compare(base, results),
    { base, head: results },
    `baseline: ${values.baseline}`,
    report,
    io,
    human,
  );
}

async function compareCommand(args: string[], io: CliIo): Promise<number> {
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

async function finishComparison(
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

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}\n`));
  let line: string;
  try {
    line = await validateConfig(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
    });
  } finally {
    restore();
  }
  io.stdout.write(`${line}\n`);
  return 0;
}

/** A target as the terminal shows it: relative to cwd, or `standard output`. */
function shownTarget(target: OutputTarget, cwd: string): string {
  if (target.kind === 'stdout') return 'standard output';
  const relative = path.relative(cwd, target.path);
  return target.kind === 'device' || relative === '' || relative.startsWith('..')
    ? target.path
    : relative;
}

/** A few lines for the terminal: baseline, components, tests. */
function summary(results: Results): string {
  const primary = results.metrics[0].name;
  const base = results.baseline.metrics[primary];
  const baseText =
    base.value === null
      ? 'undefined'
      : `${fmt(base.value)} [${fmt(base.ci[0])}, ${fmt(base.ci[1])}]`;
  const count = (status: string): number => results.tests.filter((t) => t.status === status).length;
  const applicable = results.components.filter((c) => c.metrics !== undefined).length;
  const lines = [
    `${results.suite}: ${primary} ${baseText} on ${results.baseline.n} examples (${results.run.backend})`,
    `components: ${applicable} evaluated, ${results.components.length - applicable} not applicable`,
    `tests: ${count('pass')} pass, ${count('fail')} fail, ${count('inconclusive')} inconclusive, ${count('skipped')} skipped`,
  ];
  return lines.join('\n');
}

function fmt(value: number): string {
  return value.toFixed(4);
}
