import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * Blanks this process's initial environment block, which Linux shows to
 * any process of the same user as /proc/PID/environ: training code could
 * otherwise read the Action's tokens from its parent there, whatever
 * environment it was itself given. Every variable is first set again
 * (`setenv` copies it to the heap), so `process.env` keeps every value;
 * then the block, between `env_start` and `env_end` of /proc/self/stat,
 * is overwritten with zeros through /proc/self/mem. Elsewhere than on
 * Linux, or if /proc is not there, nothing happens. Returns whether the
 * block was blanked.
 */
export function blankEnvironBlock(): boolean {
  let start: number;
  let end: number;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields 50 and 51 of stat (env_start, env_end); comm, field 2, may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    [start, end] = [Number(fields[47]), Number(fields[48])];
  } catch {
    return false;
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return false;
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) process.env[name] = value;
  }
  let fd: number | undefined;
  try {
    fd = openSync('/proc/self/mem', 'r+');
    writeSync(fd, Buffer.alloc(end - start), 0, end - start, start);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
