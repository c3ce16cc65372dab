import { execFile } from 'node:child_process';

/**
 * Runs one git command and resolves with its stdout, or rejects with a
 * {@link GitError}. `input` is written to stdin; `env` is added to the
 * runner's environment for this command only.
 */
export type Git = (
  args: string[],
  options?: { input?: string; env?: Record<string, string> },
) => Promise<string>;

/** A git command that failed: the command and its stderr on one line, plus its exit code and output. */
export class GitError extends Error {
  /** The exit code, or undefined when git could not be started or was killed. */
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;

  constructor(
    args: string[],
    exitCode: number | undefined,
    stdout: string,
    stderr: string,
    cause?: unknown,
  ) {
    const detail = oneLine(stderr) || (cause instanceof Error ? cause.message : 'failed');
    const status = exitCode === undefined ? '' : ` (exit ${exitCode})`;
    super(`git ${args.join(' ')} failed${status}: ${detail}`, { cause });
    this.name = 'GitError';
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

/**
 * A {@link Git} that runs the `git` executable in `cwd` with `baseEnv` (by
 * default the process's environment). Git never prompts for credentials
 * (`GIT_TERMINAL_PROMPT=0`): a run in CI fails instead of hanging.
 */
export function gitRunner(cwd: string, baseEnv: NodeJS.ProcessEnv = process.env): Git {
  return (args, options = {}) =>
    new Promise((resolve, reject) => {
      const env = { ...baseEnv, GIT_TERMINAL_PROMPT: '0', ...options.env };
      const child = execFile(
        'git',
        args,
        { cwd, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error === null) {
            resolve(stdout);
            return;
          }
          const code = typeof error.code === 'number' ? error.code : undefined;
          reject(new GitError(args, code, stdout, stderr, error));
        },
      );
      // Git may exit before reading its input (e.g. on a bad argument); its exit code tells.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input);
    });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
