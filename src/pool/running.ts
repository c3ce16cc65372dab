import { readFileSync } from 'node:fs';

/** Readings of /proc/loadavg per sample, and the milliseconds between them. */
const READINGS = 5;
const APART_MS = 2;

/**
 * Threads running right now on this machine, other than the one reading:
 * the median of a few readings of /proc/loadavg's runnable count, a few
 * milliseconds apart (one reading catches whatever woke for an instant).
 * Undefined where there is no /proc/loadavg (macOS, Windows).
 */
export function othersRunning(): number | undefined {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const counts: number[] = [];
  for (let i = 0; i < READINGS; i++) {
    if (i > 0) Atomics.wait(pause, 0, 0, APART_MS);
    let text: string;
    try {
      text = readFileSync('/proc/loadavg', 'utf8');
    } catch {
      return undefined;
    }
    const running = runnableOf(text);
    if (running === undefined) return undefined;
    counts.push(Math.max(0, running - 1));
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(READINGS / 2)];
}

/**
 * The runnable count of /proc/loadavg's text ("0.54 1.39 1.67 2/117 3353":
 * its fourth field is runnable/total scheduling entities, the reader
 * included), or undefined when it does not read so.
 */
export function runnableOf(text: string): number | undefined {
  const field = /^\S+ \S+ \S+ (\d+)\/\d+ /.exec(text);
  return field === null ? undefined : Number(field[1]);
}
