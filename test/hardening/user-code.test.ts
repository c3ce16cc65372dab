import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliChild, spawnCli, suiteRepo } from './helpers.js';
import { alive, until } from '../helpers/processes.js';

// Issue 15 items 4, 6, 7, 8: what training code (a module, a command) can see, and what it
// can leave behind. Every case runs the CLI in a child process, as a user or the Action does.

const FIXTURES = path.resolve('test/hardening/fixtures/user-code');

/** What the Action's process holds and user code must never see. */
const SECRETS = {
  'INPUT_GITHUB-TOKEN': 'ghs_input_token_0001',
  INPUT_GITHUB_TOKEN: 'ghs_input_token_0002',
  ACTIONS_RUNTIME_TOKEN: 'runtime_token_0003',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc_token_0004',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/0005',
  GITHUB_TOKEN: 'ghs_workflow_token_0006',
  NODE_OPTIONS: '--max-old-space-size=4096',
  ABLATION_CI_SEED: 'not-from-the-parent',
};

/** Passed on: the locale, and a name the config lists in `train.env`. */
const PASSED = { LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', TRAINING_FLAG: 'listed-in-train-env' };

type Kind = 'module' | 'command';

/**
 * The breast-cancer eval data with training code under `user/`, and the
 * config `user/KIND.yml`: the baseline and one variant with switch `act`.
 */
async function userRepo(kind: Kind, act: string, limit = '60s'): Promise<string> {
  const root = await suiteRepo();
  const dir = path.join(root, 'user');
  await cp(FIXTURES, dir, { recursive: true });
  const train =
    kind === 'module'
      ? `{module: train.ts, seeds: 1, time-limit: ${limit}, env: [TRAINING_FLAG]}`
      : `{command: 'node command.mjs', inputs: ['*.mjs'], seeds: 1, time-limit: ${limit}, env: [TRAINING_FLAG]}`;
  const ablations = kind === 'module' ? '{layers: [], features: [], retrain: ' : '{retrain: ';
  await writeFile(
    path.join(dir, `${kind}.yml`),
    [
      'suite: isolation',
      'data: {eval: ../suite/data/eval.csv, train: ../suite/data/eval.csv, label: diagnosis, classes: [benign, malignant]}',
      'metrics: [accuracy]',
      'resamples: 100',
      `train: ${train}`,
      `ablations: ${ablations}{x: {act: ${act}}}}`,
      '',
    ].join('\n'),
  );
  return root;
}

const argv = (kind: Kind): string[] => [
  ...['run', '--config', `user/${kind}.yml`, '--backend', 'cpu'],
  ...['--out', 'r.json', '--workers', '1'],
];

/** The environment variables of a `name=value\0…` block. */
const names = (environ: string): string[] =>
  environ
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => entry.slice(0, entry.indexOf('=')));

// What a shell adds on its own when it runs a command.
const SHELL = new Set(['PWD', 'OLDPWD', 'SHLVL', '_']);

describe('training code sees only the allow-listed environment (issue 15 item 4)', () => {
  // Every way user code runs: the module's process, the command, and a child of either.
  const paths: [Kind, string, string][] = [
    ['module', 'module-baseline-42', 'the training process'],
    ['module', 'module-x-42', 'a variant’s training process'],
    ['command', 'command-baseline-42', 'the command'],
    ['command', 'command-x-42', 'a variant’s command'],
  ];
  const runs = new Map<Kind, Promise<string>>();
  const dumped = (kind: Kind): Promise<string> => {
    if (!runs.has(kind)) {
      runs.set(
        kind,
        (async () => {
          const root = await userRepo(kind, 'x');
          const run = await runCliChild(argv(kind), root, 120_000, { ...SECRETS, ...PASSED });
          expect(run.stderr).not.toContain('error');
          expect(run.code).toBe(0);
          return root;
        })(),
      );
    }
    return runs.get(kind)!;
  };

  it.each(paths)(
    'a %s suite: %s (%s) and its child see no secret: in process.env, /proc/self/environ or its ancestors’ /proc/PID/environ',
    async (kind, tag) => {
      const root = await dumped(kind);
      const text = await readFile(path.join(root, 'user', 'dumps', `${tag}.json`), 'utf8');
      for (const value of Object.values(SECRETS)) expect(text).not.toContain(value);
      const dump = JSON.parse(text) as {
        env: Record<string, string>;
        environ: string;
        child: Record<string, string>;
        ancestors: { pid: number; environ: string }[];
      };
      // ablation-ci itself is among the ancestors, its environment block blanked.
      expect(dump.ancestors.length).toBeGreaterThan(0);
      const expected = [
        ...['ABLATION_CI_EVAL_DATA', 'ABLATION_CI_OUTPUT', 'ABLATION_CI_REQUEST'],
        ...['ABLATION_CI_SEED', 'ABLATION_CI_SWITCHES', 'ABLATION_CI_TRAIN_DATA'],
      ];
      // ABLATION_CI_RUN_ID marks every process of the run (src/process/tree.ts).
      const own = ['ABLATION_CI_RUN_ID', 'HOME', 'LANG', 'LC_ALL', 'PATH', 'TRAINING_FLAG'];
      // Node's own IPC channel to the module's process (it leaves process.env at start).
      const ipc = ['NODE_CHANNEL_FD', 'NODE_CHANNEL_SERIALIZATION_MODE'];
      const views: [string[], string[]][] =
        kind === 'command'
          ? [Object.keys(dump.env), names(dump.environ), Object.keys(dump.child)].map((keys) => [
              keys,
              [...expected, ...own],
            ])
          : [
              [Object.keys(dump.env), own],
              [names(dump.environ), [...own, ...ipc]],
              [Object.keys(dump.child), own],
            ];
      for (const [keys, wanted] of views) {
        expect(keys.filter((name) => !SHELL.has(name)).sort()).toEqual(wanted.sort());
      }
      expect(dump.env.TRAINING_FLAG).toBe('listed-in-train-env');
      if (kind === 'command') expect(dump.env.ABLATION_CI_SEED).toBe('42');
    },
    150_000,
  );
});

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}

/** The user process and the process it left, as it wrote them. */
function pids(root: string, tag: string): number[] {
  return readFileSync(path.join(root, 'user', 'pids', tag), 'utf8')
    .trim()
    .split(' ')
    .map(Number);
}

async function work(root: string): Promise<string[]> {
  const folder = path.join(root, 'user', '.ablation-ci-cache', 'work');
  return existsSync(folder) ? readdir(folder) : [];
}

type Ending = 'exit' | 'time limit' | NodeJS.Signals;

// Every way training code can leave a process or a file behind, for each kind of training code.
const endings: [Kind, Ending, number][] = [
  ['module', 'exit', 0],
  ['command', 'exit', 0],
  ['module', 'time limit', 0],
  ['command', 'time limit', 0],
  ['module', 'SIGTERM', 143],
  ['command', 'SIGINT', 130],
  ['command', 'SIGTERM', 143],
  ['command', 'SIGHUP', 129],
];

describe('nothing training code started outlives the run (issue 15 items 6–7)', () => {
  it.each(endings)(
    'a %s, ended by %s: exit %i, its processes gone, no work folder left',
    async (kind, ending, status) => {
      const act = ending === 'exit' ? 'leave' : 'stall';
      // The limit is well above the baseline's start (a module loads TF.js) even on a loaded machine.
      const limit = ending !== 'time limit' ? '120s' : kind === 'module' ? '30s' : '10s';
      const root = await userRepo(kind, act, limit);
      const child = spawnCli(argv(kind), root);
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout?.resume();
      const code = exited(child);
      const tag = `${kind}-${act}-42`;
      if (ending !== 'exit' && ending !== 'time limit') {
        await until(() => existsSync(path.join(root, 'user', 'ready', tag)), 90_000, 'ready');
        child.kill(ending);
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      expect(await code).toBe(status);
      clearTimeout(killer);
      if (status === 0) expect(stderr).not.toContain('error');
      if (ending === 'time limit') {
        expect(stderr).toMatch(
          /^ablation-ci: retrain x, seed 42: timed out at the \d+ s limit \[2\/2\]$/m,
        );
      }
      for (const pid of pids(root, tag)) {
        await until(() => !alive(pid), 10_000, `process ${pid} of ${tag} ended`);
      }
      expect(await work(root)).toEqual([]);
    },
    240_000,
  );
});

describe('a predictions path that is no regular file (issue 15 item 8)', () => {
  it('a FIFO left where the predictions go: one error line naming it, no hang', async () => {
    const root = await userRepo('command', 'fifo');
    // 120 s: far above the run's few seconds; a hang reaches it and fails (code null).
    const run = await runCliChild(argv('command'), root, 120_000);
    expect(run.stderr).toMatch(
      /^ablation-ci: error: user\/command\.yml:\d+: ablations\.retrain\.x: retrain x, seed 42: predictions file user\/\.ablation-ci-cache\/work\/x-seed-42-[A-Za-z0-9]{6}\/predictions\.json is not a regular file \(a FIFO\); give a file\n$/m,
    );
    expect(run.code).toBe(2);
  }, 150_000);
});
