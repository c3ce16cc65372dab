import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpNow } from '../../src/process/cleanup.js';
import { killTree, RUN_MARKER, startTree } from '../../src/process/tree.js';
import { alive, until } from '../helpers/processes.js';

// Issue 15 item 7, its last caveat: nothing a training run starts outlives it, by whatever path it
// was started — including a process that starts a session of its own (setsid), a daemon's double
// fork re-parented to init, and a child that dropped its environment while its parent lives.
// Each row's training code leaves one long-lived process (`sleep`) that writes its own pid to a
// file; the run then ends one of three ways, and the process must be gone.

const sh = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** A process that writes its pid to `file`, then sleeps (the same pid: exec). */
const long = (file: string): string => `/bin/sh -c ${sh(`echo $$ > ${file}; exec sleep 300`)}`;

/** Each way training code can leave a process, as shell text given the pid file. */
const PATHS: [string, (file: string) => string][] = [
  // A new session: out of the group and the session the run is started in.
  ['setsid in the background', (f) => `setsid ${long(f)} &`],
  ['setsid -f (it forks itself)', (f) => `setsid -f ${long(f)}`],
  ['nohup setsid', (f) => `nohup setsid ${long(f)} >/dev/null 2>&1 &`],
  ['a daemon: double fork, setsid, re-parented to init', (f) => `( setsid ${long(f)} & ) &`],
  [
    'Node’s detached spawn (setsid), unref’d',
    (f) =>
      `node -e ${sh(`require('child_process').spawn('/bin/sh', ['-c', 'echo $$ > ${f}; exec sleep 300'], {detached: true, stdio: 'ignore'}).unref()`)}`,
  ],
  [
    'setsid, then a child with no environment under a live parent',
    (f) => `setsid /bin/sh -c ${sh(`env -i ${long(f)} & wait`)} &`,
  ],
  // In the run's session (held by the session and group kill before the marker).
  ['background &', (f) => `${long(f)} &`],
  ['nohup', (f) => `nohup ${long(f)} >/dev/null 2>&1 &`],
  ['double fork, re-parented to init', (f) => `( ${long(f)} & ) &`],
  ['a process group of its own', (f) => `perl -e 'setpgrp(0, 0); exec @ARGV' ${long(f)} &`],
];

type Ending = 'exit' | 'time limit' | 'signal';
const ENDINGS: Ending[] = ['exit', 'time limit', 'signal'];

const rows = PATHS.flatMap(([name, start]) =>
  ENDINGS.map((ending) => [name, ending, start] as const),
);

const closed = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => child.on('close', () => resolve()));

let left: number[] = [];
afterEach(() => {
  // What a failing row left (on code that lets it escape) must not outlive the test either.
  for (const pid of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  left = [];
});

const recorded = (file: string): number => Number(readFileSync(file, 'utf8').trim());

describe.skipIf(process.platform !== 'linux')('nothing a training run starts survives it', () => {
  it.each(rows)(
    '%s, the run ended by %s: the process is gone',
    async (_name, ending, start) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tree-'));
      const file = path.join(dir, 'pid');
      // The leader waits until the left process has written its pid, then exits or stays.
      const wait = `while [ ! -s ${file} ]; do sleep 0.05; done`;
      const stay = ending === 'exit' ? '' : '; exec sleep 300';
      const child = startTree('/bin/sh', ['-c', `${start(file)}\n${wait}${stay}`], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        stdio: 'ignore',
      });
      const done = closed(child);
      await until(
        () => readdirSync(dir).includes('pid') && /\d/.test(readFileSync(file, 'utf8')),
        60_000,
        'pid file',
      );
      const pid = recorded(file);
      left.push(pid);
      // (At `exit` the leader may be gone, and its tree with it, already.)
      if (ending !== 'exit') expect(alive(pid)).toBe(true);
      if (ending === 'time limit') killTree(child.pid!);
      if (ending === 'signal') cleanUpNow(); // what SIGINT, SIGTERM and SIGHUP run
      await done;
      await until(() => !alive(pid), 10_000, `process ${pid} ended`);
    },
    90_000,
  );
});

describe.skipIf(process.platform !== 'linux')(
  'a tree that keeps forking while it is killed',
  () => {
    const pidsIn = (file: string): number[] => {
      try {
        return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    };

    it('a loop starting setsid processes, ablation-ci ended by SIGTERM: every one it started is gone', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tree-'));
      const file = path.join(dir, 'pids');
      const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
      const script = path.resolve('test/process/fixtures/fork-loop.ts');
      const owner = spawn(process.execPath, ['--import', loader, script, file], {
        stdio: 'ignore',
      });
      const code = await new Promise<number | null>((resolve) =>
        owner.on('close', (status) => resolve(status)),
      );
      // What was still starting when the sweep ended has written its pid by now.
      await new Promise((resolve) => setTimeout(resolve, 500));
      left.push(...pidsIn(file));
      expect(code).toBe(143);
      expect(pidsIn(file).length).toBeGreaterThanOrEqual(20);
      await until(
        () => pidsIn(file).every((pid) => !alive(pid)),
        10_000,
        'every started process ended',
      );
    }, 90_000);
  },
);

describe.skipIf(process.platform !== 'linux')('the run marker', () => {
  it('is in the environment of the tree, fresh for each run, never in ablation-ci’s', async () => {
    const values: string[] = [];
    for (let run = 0; run < 2; run++) {
      const child = startTree('/bin/sh', ['-c', `printf %s "$${RUN_MARKER}"`], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await closed(child);
      values.push(out);
    }
    expect(values[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(values[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(values[0]).not.toBe(values[1]);
    expect(process.env[RUN_MARKER]).toBeUndefined();
  });

  it('ending one run leaves another run’s processes running', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tree-'));
    const [a, b] = [path.join(dir, 'a'), path.join(dir, 'b')];
    const start = (file: string): ChildProcess =>
      startTree('/bin/sh', ['-c', `setsid ${long(file)} &\nexec sleep 300`], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        stdio: 'ignore',
      });
    const [first, second] = [start(a), start(b)];
    const ready = (file: string): boolean => {
      try {
        return /\d/.test(readFileSync(file, 'utf8'));
      } catch {
        return false;
      }
    };
    await until(() => ready(a) && ready(b), 60_000, 'pid files');
    left.push(recorded(a), recorded(b));
    const done = closed(first);
    killTree(first.pid!);
    await done;
    await until(() => !alive(recorded(a)), 10_000, 'the first run’s process ended');
    expect(alive(recorded(b))).toBe(true);
    expect(alive(second.pid!)).toBe(true);
    const doneSecond = closed(second);
    killTree(second.pid!);
    await doneSecond;
    await until(() => !alive(recorded(b)), 10_000, 'the second run’s process ended');
  });
});
