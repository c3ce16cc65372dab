import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKEND_CHOICES, type BackendChoice } from '../backend/resolve.js';
import { InputError, errorMessage } from '../errors.js';
import { verdict as gateVerdict } from '../compare/compare.js';
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
  run       run the suite and write the results document
            [--config F] [--out F] [--backend auto|tensorflow|wasm|cpu]
  validate  check the config and the files it names; run nothing
            [--config F] [--backend B]

options:
  --config F   the suite config (default: ablation.yml)
  --out F      where run writes results (default: ablation-results.json)
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
    default:
      throw new InputError(`unknown command "${command}" (commands: run, validate; see --help)`);
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
    parseArgs({ args, strict: true, options: { ...COMMON, out: { type: 'string' } } }),
  );
  const out = path.resolve(io.cwd, values.out ?? 'ablation-results.json');
  const progress = progressLine(io.stderr, 'evaluating');
  let results: Results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      source: (root) => sourceOf(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
      onProgress: (fraction) => progress.update(fraction),
    }));
  } finally {
    progress.done();
  }
  await writeFileAtomic(out, `${JSON.stringify(results, null, 2)}\n`);
  const verdict = gateVerdict(results, []);
  io.stdout.write(`${summary(results)}\nresults: ${path.relative(io.cwd, out) || out}\n`);
  return verdict.passed ? 0 : 1;
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
  const verdict = gateVerdict(results, []);
  if (!verdict.passed)
    lines.push(
      `gate: failed (${[...verdict.failedTests, ...verdict.inconclusiveTests].join(', ')})`,
    );
  return lines.join('\n');
}

function fmt(value: number): string {
  return value.toFixed(4);
}
