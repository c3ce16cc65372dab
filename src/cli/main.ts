import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKEND_CHOICES, type BackendChoice } from '../backend/resolve.js';
import { InputError, errorMessage } from '../errors.js';
import { compare, verdict as gateVerdict } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { readResultsFile, verdictLines, writeReport } from './compare.js';
import { mergeCommand } from './merge.js';
import { budgetNotice } from '../results/budget-notice.js';
import { parseShard } from '../shard/plan.js';
import type { Results } from '../results/types.js';
import { writeFileAtomic } from '../results/write.js';
import { runEngine, validateConfig } from '../suite/engine.js';
import { progressLine } from './progress.js';
import { sourceOf } from './source.js';

/** Where the command line writes and reads; the process's own by default. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const USAGE = `usage: ablation-ci <command> [options]

commands:
  run       run the suite and write the results document; with --baseline,
            compare with it (gate on regressions) and write the report
            [--config F] [--out F] [--baseline F] [--report F]
            [--shard I/N] [--backend auto|tensorflow|wasm|cpu]
  compare   compare two results documents, gated by HEAD's run.gate
            BASE.json HEAD.json [--report F]
  merge     join the results of every shard of a run into one document
            SHARD.json… --out F
  validate  check the config and the files it names; run nothing
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json)
  --baseline F a results document of main to compare with
  --report F   where to write the markdown report
  --shard I/N  evaluate shard I of N (1 ≤ I ≤ N) of the components; the
               baseline and the model unit tests run in every shard
  --debug      print stack traces
  --help       this text

exit codes: 0 all good, 1 the gate failed, 2 bad usage, config or input`;

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
  if (command === undefined || command === '--help' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
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
        shard: { type: 'string' },
      },
    }),
  );
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  if (shard !== undefined && values.baseline !== undefined) {
    throw new InputError(
      '--shard writes one part of the results: merge the shards, then compare (ablation-ci merge, ablation-ci compare)',
    );
  }
  const out = path.resolve(io.cwd, values.out ?? 'ablation-results.json');
  if (values.report !== undefined && values.baseline === undefined) {
    throw new InputError(
      '--report needs --baseline (or use: ablation-ci compare BASE HEAD --report F)',
    );
  }
  // Read the baseline first: a bad one stops the run before anything is evaluated.
  const base =
    values.baseline === undefined ? undefined : await readResultsFile(values.baseline, io.cwd);
  const progress = progressLine(io.stderr, 'evaluating');
  let results: Results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      source: (root) => sourceOf(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
      onProgress: (fraction) => progress.update(fraction),
      ...(shard === undefined ? {} : { shard }),
    }));
  } finally {
    progress.done();
  }
  await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}\n`);
  if (results.run.budget !== undefined && results.run.budget.notEvaluated > 0) {
    io.stderr.write(`ablation-ci: ${budgetNotice(results.run.budget)}\n`);
  }
  io.stdout.write(`${summary(results)}\nresults: ${path.relative(io.cwd, out) || out}\n`);
  if (base === undefined) {
    const verdict = gateVerdict(results, []);
    if (!verdict.passed) {
      io.stdout.write(
        `gate: failed (${[...verdict.failedTests, ...verdict.inconclusiveTests].join(', ')})\n`,
      );
    }
    return verdict.passed ? 0 : 1;
  }
  return finishComparison(
    compare(base, results),
    results,
    `baseline: ${values.baseline}`,
    values.report,
    io,
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
  const base = await readResultsFile(baseFile, io.cwd);
  const head = await readResultsFile(headFile, io.cwd);
  if (base.suite !== head.suite) {
    throw new InputError(`${baseFile} is suite "${base.suite}" but ${headFile} is "${head.suite}"`);
  }
  return finishComparison(compare(base, head), head, `baseline: ${baseFile}`, values.report, io);
}

async function finishComparison(
  comparison: Comparison,
  head: Results,
  note: string,
  report: string | undefined,
  io: CliIo,
): Promise<number> {
  io.stdout.write(`${verdictLines(comparison)}\n`);
  if (report !== undefined) {
    const file = path.resolve(io.cwd, report);
    await writeReport(file, comparison, head, note);
    io.stdout.write(`report: ${path.relative(io.cwd, file) || file}\n`);
  }
  return comparison.verdict.passed ? 0 : 1;
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const line = await validateConfig(values.config, {
    cwd: io.cwd,
    backend: backendOf(values.backend),
    onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
  });
  io.stdout.write(`${line}\n`);
  return 0;
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
