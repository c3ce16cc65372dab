import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { untilReleased } from './cleanup.js';

/**
 * Starts user code (a training command, a training module's process) in a
 * session and process group of its own, so that everything it starts can be
 * found and ended: when it exits (a background process it left), when the
 * caller stops it (the time limit), and on a signal or exit of ablation-ci.
 * The returned process's `close` comes after its tree is gone.
 */
export function startTree(file: string, args: string[], options: SpawnOptions): ChildProcess {
  // detached: setsid(), a new session and process group led by the child.
  const child = spawn(file, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid === undefined) return child; // not started: `error` follows
  const release = untilReleased(() => killTree(pid));
  // At the leader's exit: whatever it left running goes too (and its pipes close).
  child.on('exit', () => killTree(pid));
  child.on('close', release);
  return child;
}

/**
 * Sends `signal` (SIGKILL by default) to the process group led by `leader`
 * and to every process of its session (on Linux, found in /proc: a process
 * that moved to a group of its own is still in the session). Synchronous:
 * it runs in signal handlers too.
 */
export function killTree(leader: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  const send = (target: number): void => {
    try {
      process.kill(target, signal);
    } catch {
      // Gone already.
    }
  };
  send(-leader);
  for (const pid of sessionMembers(leader)) send(pid);
}

/** The processes whose session id is `session` (Linux's /proc; elsewhere none). */
export function sessionMembers(session: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp session …: comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[3]) === session) members.push(Number(entry));
  }
  return members;
}
