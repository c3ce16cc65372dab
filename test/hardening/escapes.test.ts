import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliChild, spawnCli, suiteRepo } from './helpers.js';
import { alive, until } from '../helpers/processes.js';

// Issue 15 item 7, its last caveat: a process training code starts outlives the run by no path —
// not even one that starts a session of its own (setsid), or a daemon's double fork re-parented to
// init. The CLI runs in a child process, as a user or the Action runs it; the training code (a
// module's process, a command) leaves one long-lived process per variant, which writes its pid.

const FIXTURES = path.resolve('test/hardening/fixtures/escapes');

type Kind = 'module' | 'command';

/** Every path a process can be left by (test/hardening/fixtures/escapes/escape.mjs). */
const HOWS = [
  'background',
  'nohup',
  'double-fork',
  'setsid',
  'nohup-setsid',
  'daemon',
  'detached',
] as const;

/** The breast-cancer suite with the escaping training code under `user/` and `user/KIND.yml`. */
async function escapeRepo(kind: Kind, variants: string, limit = '120s'): Promise<string> {
  const root = await suiteRepo();
  const dir = path.join(root, 'user');
  await cp(FIXTURES, dir, { recursive: true });
  const train =
    kind === 'module'
      ? `{module: train.ts, seeds: 1, time-limit: ${limit}}`
      : `{command: 'node command.mjs', inputs: ['*.mjs'], seeds: 1, time-limit: ${limit}}`;
  const ablations = kind === 'module' ? '{layers: [], features: [], retrain: ' : '{retrain: ';
  await writeFile(
    path.join(dir, `${kind}.yml`),
    [
      'suite: escapes',
      'data: {eval: ../suite/data/eval.csv, train: ../suite/data/eval.csv, label: diagnosis, classes: [benign, malignant]}',
      'metrics: [accuracy]',
      'resamples: 100',
      `train: ${train}`,
      `ablations: ${ablations}${variants}}`,
      '',
    ].join('\n'),
  );
  return root;
}

const argv = (kind: Kind): string[] => [
  ...['run', '--config', `user/${kind}.yml`, '--backend', 'cpu'],
  ...['--out', 'r.json', '--workers', '1'],
];

/** Every pid a test saw, killed after the file (on code that lets one escape). */
const seen: number[] = [];
afterAll(() => {
  for (const pid of seen) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

/** The pid the process left by `tag` wrote. */
function leftPid(root: string, tag: string): number {
  const pid = Number(readFileSync(path.join(root, 'user', 'pids', tag), 'utf8').trim());
  seen.push(pid);
  return pid;
}

describe.skipIf(process.platform !== 'linux')(
  'nothing training code leaves survives a run that ends normally (issue 15 item 7)',
  () => {
    const runs = new Map<Kind, Promise<string>>();
    const ran = (kind: Kind): Promise<string> => {
      if (!runs.has(kind)) {
        runs.set(
          kind,
          (async () => {
            // One variant per path; the run trains them one after another.
            const variants = `{${HOWS.map((how) => `${how}: {how: ${how}}`).join(', ')}}`;
            const root = await escapeRepo(kind, variants);
            const run = await runCliChild(argv(kind), root, 300_000);
            expect(run.stderr).not.toContain('error');
            expect(run.code).toBe(0);
            return root;
          })(),
        );
      }
      return runs.get(kind)!;
    };
    const rows = (['command', 'module'] as const).flatMap((kind) =>
      HOWS.map((how) => [kind, how] as const),
    );
    it.each(rows)(
      'a %s that leaves a process by %s: gone when the run ends',
      async (kind, how) => {
        const root = await ran(kind);
        const pid = leftPid(root, `${kind}-${how}`);
        await until(() => !alive(pid), 10_000, `process ${pid} (${kind}, ${how}) ended`);
      },
      360_000,
    );
  },
);

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.on('close', (code) => resolve(code)));

type Ending = 'time limit' | NodeJS.Signals;

describe.skipIf(process.platform !== 'linux')(
  'nothing a daemon of training code starts survives a time limit or a signal (issue 15 item 7)',
  () => {
    // A daemon (double fork and setsid) and Node's detached spawn, then the training code stalls.
    const rows: [Kind, 'daemon' | 'detached', Ending, number][] = [
      ['command', 'daemon', 'time limit', 0],
      ['command', 'detached', 'SIGTERM', 143],
      ['command', 'daemon', 'SIGINT', 130],
      ['module', 'detached', 'time limit', 0],
      ['module', 'daemon', 'SIGTERM', 143],
      ['module', 'detached', 'SIGHUP', 129],
    ];
    it.each(rows)(
      'a %s that leaves a process by %s, ended by %s: exit %i, the process gone',
      async (kind, how, ending, status) => {
        // The limit is well above the baseline's start (a module loads TF.js) even on a loaded machine.
        const limit = ending !== 'time limit' ? '120s' : kind === 'module' ? '30s' : '10s';
        const root = await escapeRepo(kind, `{x: {how: ${how}, stall: true}}`, limit);
        const child = spawnCli(argv(kind), root);
        child.stdout?.resume();
        child.stderr?.resume();
        const code = exited(child);
        const tag = `${kind}-${how}`;
        if (ending !== 'time limit') {
          await until(() => existsSync(path.join(root, 'user', 'ready', tag)), 90_000, 'ready');
          child.kill(ending);
        }
        const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
        expect(await code).toBe(status);
        clearTimeout(killer);
        const pid = leftPid(root, tag);
        await until(() => !alive(pid), 10_000, `process ${pid} (${kind}, ${how}) ended`);
      },
      240_000,
    );
  },
);
