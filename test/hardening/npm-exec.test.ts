import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteRepo, withoutProgress } from './helpers.js';

// Issue 15 item 4, through npm: `npx ablation-ci run` puts npm (and npm's `sh -c`) between the
// workflow's shell and ablation-ci, and npm exports its configuration — the user's and the
// project's .npmrc, NPM_CONFIG_* — as npm_config_* variables (checked with npm 11.19: every key but the
// registry credentials `//HOST/:_authToken` and `_auth`, so a proxy URL with its password and any
// custom key). None of it, nor the step's own secrets, may reach training code's environment.

const FIXTURES = path.resolve('test/hardening/fixtures/user-code');
const LOADER = path.resolve('node_modules/tsx/dist/loader.mjs');
const ENTRY = path.resolve('src/cli.ts');

/** What npm's configuration and the step's environment hold. */
const SECRETS = {
  projectToken: 'npm_project_token_0001',
  projectKey: 'custom_key_secret_0002',
  userToken: 'npm_user_token_0003',
  userProxy: 'proxy_password_0004',
  envProxy: 'env_proxy_password_0005',
  stepToken: 'ghs_step_token_0006',
};

type Kind = 'module' | 'command';

/**
 * The breast-cancer suite with the recording training code under `user/`, a
 * project .npmrc, a user .npmrc in `home/`, and ablation-ci installed as a
 * package whose bin starts the command line from source (`sh` then `exec
 * node`, as npm's bin shims do).
 */
async function npmRepo(kind: Kind): Promise<string> {
  const root = await suiteRepo();
  await cp(FIXTURES, path.join(root, 'user'), { recursive: true });
  const train =
    kind === 'module'
      ? '{module: train.ts, seeds: 1, time-limit: 120s}'
      : `{command: 'node command.mjs', inputs: ['*.mjs'], seeds: 1, time-limit: 120s}`;
  const ablations = kind === 'module' ? '{layers: [], features: [], retrain: ' : '{retrain: ';
  await writeFile(
    path.join(root, 'user', `${kind}.yml`),
    [
      'suite: npm',
      'data: {eval: ../suite/data/eval.csv, train: ../suite/data/eval.csv, label: diagnosis, classes: [benign, malignant]}',
      'metrics: [accuracy]',
      'resamples: 100',
      `train: ${train}`,
      `ablations: ${ablations}{}}`,
      '',
    ].join('\n'),
  );
  const pkg = path.join(root, 'node_modules', 'ablation-ci');
  await mkdir(path.join(pkg, 'bin'), { recursive: true });
  await writeFile(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'ablation-ci', version: '0.0.0', bin: { 'ablation-ci': 'bin/cli' } }),
  );
  await writeFile(
    path.join(pkg, 'bin', 'cli'),
    `#!/bin/sh\nexec "${process.execPath}" --import "${LOADER}" "${ENTRY}" "$@"\n`,
  );
  await chmod(path.join(pkg, 'bin', 'cli'), 0o755);
  await mkdir(path.join(root, 'node_modules', '.bin'));
  await symlink('../ablation-ci/bin/cli', path.join(root, 'node_modules', '.bin', 'ablation-ci'));
  await writeFile(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'project', version: '0.0.0', devDependencies: { 'ablation-ci': '*' } }),
  );
  await writeFile(
    path.join(root, '.npmrc'),
    [
      `//registry.npmjs.org/:_authToken=${SECRETS.projectToken}`,
      `my-custom-key=${SECRETS.projectKey}`,
      'fund=false',
      'update-notifier=false',
      '',
    ].join('\n'),
  );
  await mkdir(path.join(root, 'home'));
  await writeFile(
    path.join(root, 'home', '.npmrc'),
    [
      `//npm.pkg.github.com/:_authToken=${SECRETS.userToken}`,
      `proxy=http://user:${SECRETS.userProxy}@127.0.0.1:9/`,
      '',
    ].join('\n'),
  );
  return root;
}

/** Runs `npm exec -- ablation-ci ARGS` in `root` (offline: the bin is installed). */
function npmExec(root: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn('npm', ['exec', '--offline', '--', 'ablation-ci', ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: path.join(root, 'home'),
      NPM_CONFIG_HTTPS_PROXY: `http://user:${SECRETS.envProxy}@127.0.0.1:9/`,
      GITHUB_TOKEN: SECRETS.stepToken,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: withoutProgress(stderr) });
    }),
  );
}

interface Dump {
  env: Record<string, string>;
  environ: string;
  child: Record<string, string>;
  ancestors: { pid: number; environ: string }[];
}

describe.skipIf(process.platform !== 'linux')(
  'training code run through `npm exec` sees none of npm’s configuration (issue 15 item 4)',
  () => {
    it.each(['command', 'module'] as const)(
      'a %s: no npm_* variable and no secret in its environment, its /proc/self/environ or its child’s',
      async (kind) => {
        const root = await npmRepo(kind);
        const run = await npmExec(root, [
          ...['run', '--config', `user/${kind}.yml`, '--backend', 'cpu'],
          ...['--out', 'r.json', '--workers', '1'],
        ]);
        expect(run.stderr).not.toMatch(/error/i);
        expect(run.code).toBe(0);
        const text = await readFile(
          path.join(root, 'user', 'dumps', `${kind}-baseline-42.json`),
          'utf8',
        );
        const dump = JSON.parse(text) as Dump;
        const names = (environ: string): string[] =>
          environ
            .split('\0')
            .filter((entry) => entry !== '')
            .map((entry) => entry.slice(0, entry.indexOf('=')));
        for (const view of [Object.keys(dump.env), names(dump.environ), Object.keys(dump.child)]) {
          expect(view.filter((name) => /^npm_|^NPM_|^INIT_CWD$|^GITHUB_/.test(name))).toEqual([]);
        }
        for (const secret of Object.values(SECRETS)) {
          expect(JSON.stringify([dump.env, dump.environ, dump.child])).not.toContain(secret);
        }
        // npm did export its configuration on the way: ablation-ci's own block is blanked
        // (src/process/scrub.ts), but npm's `sh -c` above it still holds it — readable by any
        // process of this user (docs/reliability.md, "What the environment rule cannot do").
        const blanked = dump.ancestors.findIndex(
          (a) => a.environ !== '' && names(a.environ).length === 0,
        );
        expect(blanked).toBeGreaterThanOrEqual(0);
        expect(dump.ancestors[blanked + 1].environ).toContain(
          `npm_config_my_custom_key=${SECRETS.projectKey}`,
        );
      },
      300_000,
    );
  },
);
