import { InputError, errorMessage } from '../errors.js';
import { runCommand } from './run.js';
import { COMMAND_HELP, USAGE, VERSION } from './usage.js';

/** Where the command line writes and reads; the process's own by default. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Where phases, progress and heartbeats go (the real command line: stderr); none when absent. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
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
    // Each command loads its own modules: `--version` and `--help` load none of them.
    case 'run':
      return runCommand(rest, io);
    case 'validate':
      return (await import('./validate.js')).validateCommand(rest, io);
    case 'compare':
      return (await import('./compare.js')).compareCommand(rest, io);
    case 'merge':
      return (await import('./merge.js')).mergeCommand(rest, io);
    default:
      throw new InputError(
        `unknown command "${command}" (commands: run, compare, merge, validate; see --help)`,
      );
  }
}
