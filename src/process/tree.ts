import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { untilReleased } from './cleanup.js';
import { processTable, type ProcessEntry } from './table.js';

/**
 * The variable that marks every process of one training run: ablation-ci
 * sets it, to a value of its own for each run, in the environment of the
 * run's first process, and every process that starts from there inherits
 * it, whatever session or group it moves to and whoever it is re-parented
 * to. Documented in docs/retrain.md.
 */
export const RUN_MARKER = 'ABLATION_CI_RUN_ID';

/** The marker of each started tree, by its leader's process id, while the tree is ours. */
const markers = new Map<number, string>();

/**
 * Starts user code (a training command, a training module's process) in a
 * session and process group of its own, its environment marked with a
 * {@link RUN_MARKER} of its own, so that everything it starts can be found
 * and ended: when it exits (a background process it left), when the caller
 * stops it (the time limit), and on a signal or exit of ablation-ci. The
 * returned process's `close` comes after its tree is gone.
 */
export function startTree(file: string, args: string[], options: SpawnOptions): ChildProcess {
  const marker = randomBytes(16).toString('hex');
  const env = { ...(options.env ?? process.env), [RUN_MARKER]: marker };
  // detached: setsid(), a new session and process group led by the child.
  const child = spawn(file, args, { ...options, env, detached: true });
  const pid = child.pid;
  if (pid === undefined) return child; // not started: `error` follows
  markers.set(pid, marker);
  const release = untilReleased(() => killTree(pid));
  // At the leader's exit: whatever it left running goes too (and its pipes close).
  child.on('exit', () => killTree(pid));
  child.on('close', () => {
    // Once more, for what started between the exit and the pipes' close.
    killTree(pid);
    markers.delete(pid);
    release();
  });
  return child;
}

/**
 * Sends `signal` (SIGKILL by default) to the process group led by `leader`
 * and, on Linux (found in /proc), to every process of its session, every
 * process carrying its tree's {@link RUN_MARKER} (one that started a
 * session of its own, `setsid`, a daemon's double fork re-parented to init)
 * and every descendant of those (one that dropped its environment, while
 * its parent lives). The table is read again until a reading finds no
 * process not yet signalled, so a child forked during the sweep goes too.
 * Synchronous: it runs in signal handlers too.
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
  const marker = markers.get(leader);
  const signalled = new Set<number>();
  // Bounded: a tree that forks faster than it can be swept would otherwise keep this loop going.
  for (let sweep = 0; sweep < 100; sweep++) {
    const fresh = treeMembers(leader, marker).filter((pid) => !signalled.has(pid));
    if (fresh.length === 0) return;
    for (const pid of fresh) {
      signalled.add(pid);
      send(pid);
    }
  }
}

/**
 * The live processes of the tree led by `leader` (Linux's /proc; elsewhere
 * none): its group, its session, the processes whose environment holds
 * `RUN_MARKER=marker`, and every descendant of any of them.
 */
export function treeMembers(leader: number, marker?: string): number[] {
  const table = processTable(marker === undefined ? undefined : `${RUN_MARKER}=${marker}`);
  const members = new Set<number>();
  for (const entry of table) {
    if (entry.group === leader || entry.session === leader || entry.marked) members.add(entry.pid);
  }
  // Descendants: a child of a member is a member, to any depth.
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of table) {
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  const queue = [...members];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (members.has(child.pid)) continue;
      members.add(child.pid);
      queue.push(child.pid);
    }
  }
  const zombies = new Set(table.filter((entry) => entry.zombie).map((entry) => entry.pid));
  members.delete(process.pid);
  return [...members].filter((pid) => !zombies.has(pid)).sort((a, b) => a - b);
}
