import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** One process run to the end (or stopped at its time cap), timed from outside. */
export interface ProcessRun {
  /** Wall seconds from spawn to exit. */
  seconds: number;
  /** Peak resident set size, MiB (`/usr/bin/time -v`), or NaN where that is missing. */
  rssMiB: number;
  /** CPU seconds, user + system, of all its threads (`/usr/bin/time -v`), or NaN. */
  cpuSeconds: number;
  stdout: string;
  status: number | null;
  /** Whether the cap stopped it. */
  stopped: boolean;
}

/**
 * Runs `command args` from `cwd` under `/usr/bin/time -v` (when present) and
 * returns its wall time and peak RSS. A process still running after
 * `capSeconds` is killed and reported as stopped. Exit codes other than 0
 * and 1 (a failed gate) are errors.
 */
export function runProcess(
  command: string,
  args: string[],
  cwd: string,
  capSeconds = 900,
): ProcessRun {
  const timed = existsSync(TIME);
  // coreutils' timeout kills the command itself at the cap (status 137).
  const capped = ['-s', 'KILL', String(capSeconds), command, ...args];
  const started = performance.now();
  const child = spawnSync(timed ? TIME : 'timeout', timed ? ['-v', 'timeout', ...capped] : capped, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  // Killed at the cap: timeout's status, or /usr/bin/time's report of it (its RSS is then lost).
  const stopped = child.status === 137 || /Command terminated by signal 9/.test(child.stderr ?? '');
  if (!stopped && child.status !== 0 && child.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr ?? '');
  return {
    seconds,
    rssMiB: rss === null || stopped ? NaN : Number(rss[1]) / 1024,
    cpuSeconds:
      user === null || system === null || stopped ? NaN : Number(user[1]) + Number(system[1]),
    stdout: child.stdout ?? '',
    status: child.status,
    stopped,
  };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
