import { readFileSync } from 'node:fs';

/**
 * Whether a process runs. A zombie (killed, not yet reaped) does not: a
 * killed grandchild is re-parented to PID 1, and where PID 1 reaps nothing
 * (a container whose first process is not an init) it stays a zombie for
 * good, while `process.kill(pid, 0)` still finds it.
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2)[0] ?? '');
  } catch {
    return false;
  }
}

/** Resolves once `check` holds, polling; rejects after `ms` (a generous bound, not a timing). */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`still waiting after ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
