import { readdirSync, readFileSync } from 'node:fs';

/** One process as Linux's /proc shows it. */
export interface ProcessEntry {
  pid: number;
  parent: number;
  group: number;
  session: number;
  /** Ended, not yet reaped: it runs nothing and can be signalled no further. */
  zombie: boolean;
  /** Whether its environment holds the variable asked about (`NAME=value`, whole). */
  marked: boolean;
}

/**
 * Every process /proc shows (an empty list where there is no /proc: macOS,
 * Windows), with, when `variable` (`NAME=value`) is given, whether its
 * initial environment block (/proc/PID/environ, readable for the processes
 * of this user, or every process for root) holds it. Synchronous: it runs
 * in signal handlers.
 */
export function processTable(variable?: string): ProcessEntry[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const wanted = variable === undefined ? undefined : Buffer.from(`${variable}\0`);
  const table: ProcessEntry[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    // pid (comm) state ppid pgrp session …: comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.push({
      pid: Number(entry),
      parent: Number(fields[1]),
      group: Number(fields[2]),
      session: Number(fields[3]),
      zombie: fields[0] === 'Z' || fields[0] === 'X',
      marked: wanted !== undefined && holds(entry, wanted),
    });
  }
  return table;
}

/** Whether /proc/PID/environ holds `wanted` (`NAME=value\0`) as a whole entry. */
function holds(pid: string, wanted: Buffer): boolean {
  let environ: Buffer;
  try {
    environ = readFileSync(`/proc/${pid}/environ`);
  } catch {
    return false; // another user's process, or gone
  }
  for (let at = environ.indexOf(wanted); at !== -1; at = environ.indexOf(wanted, at + 1)) {
    if (at === 0 || environ[at - 1] === 0) return true;
  }
  return false;
}
