import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { ActionContext, Sinks } from '../../src/action/context.js';
import { readInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { InputError, errorMessage } from '../../src/errors.js';
import { createClient } from '../../src/github/octokit.js';
import { parseEvent } from '../../src/github/event.js';
import { gitRunner } from '../../src/store/index.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { checkoutWithOrigin, git } from '../helpers/workspace.js';

export const REPOSITORY = 'Codertocat/Hello-World';
export const TOKEN = 'ghs_installation_token';
export const BOT = 'github-actions[bot]';
export const MARKER = '<!-- ablation-ci:breast-cancer -->';
/** The pull request every test's pull_request event is about. */
export const PR = 2;

/**
 * A small suite over the breast-cancer example's model and data (one layer
 * mode, two features, one repeat), so that a run from source takes seconds.
 */
const FAST_CONFIG = `suite: breast-cancer
model: model/model.json
data:
  eval: data/eval.csv
  label: diagnosis
  task: binary
  classes: [benign, malignant]
  scaling: model/scaling.json
metrics: [accuracy]
seed: 42
repeats: 1
resamples: 200
ablations:
  layers: [hidden_2]
  layer-modes: [zero]
  features: [mean_radius, worst_area]
  feature-modes: [permute]
tests:
  - name: benign-recall
    class: benign
    metric: recall
    threshold: '>= 0.90'
gate:
  fail-on: [test-failure, regression]
  regression: { metric: accuracy, tolerance: 0.01, alpha: 0.05 }
`;

export const CONFIG = 'suite/fast.yml';

const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as { name: string; examples: Record<string, unknown>[] }[];

/** A real payload of the examples package, deep-copied for editing. */
export function payload(
  event: string,
  pick: (example: Record<string, unknown>) => boolean = () => true,
): Record<string, unknown> {
  const example = examples.find((e) => e.name === event)!.examples.find(pick)!;
  return structuredClone(example);
}

/** A real `pull_request` payload made to describe PR #2 at `sha`, based on master. */
export function pullRequestPayload(sha: string): Record<string, unknown> {
  const event = payload('pull_request', (e) => e.action === 'opened') as {
    number: number;
    pull_request: { number: number; head: { sha: string; ref: string }; base: { ref: string } };
  };
  event.number = PR;
  event.pull_request.number = PR;
  event.pull_request.head.sha = sha;
  event.pull_request.head.ref = 'feature';
  event.pull_request.base.ref = 'master';
  return event;
}

/** A real `push` payload of `sha` to master, the default branch. */
export function pushPayload(sha: string): Record<string, unknown> {
  const event = payload('push') as {
    ref: string;
    after: string;
    repository: { default_branch: string };
  };
  event.ref = 'refs/heads/master';
  event.after = sha;
  event.repository.default_branch = 'master';
  return event;
}

/**
 * A real `workflow_run` payload: the `pull_request` run `runId` of this
 * repository built `headSha` (from `headRepo`, a fork or this repository).
 */
export function workflowRunPayload(
  headSha: string,
  options: { runId?: number; headRepo?: string; event?: string; pullRequests?: number[] } = {},
): Record<string, unknown> {
  const event = payload('workflow_run', (e) => e.action === 'completed') as {
    repository: { id: number };
    workflow_run: Record<string, unknown>;
  };
  const run = event.workflow_run;
  run.head_sha = headSha;
  run.event = options.event ?? 'pull_request';
  run.id = options.runId ?? 300;
  run.head_repository = { full_name: options.headRepo ?? REPOSITORY };
  run.pull_requests = (options.pullRequests ?? []).map((number) => ({
    number,
    base: { repo: { id: event.repository.id } },
  }));
  return event;
}

/** The server, a runner's checkout with a real bare origin, and the commits of master and PR #2. */
export interface World {
  server: GitHubServer;
  workspace: string;
  origin: string;
  main: string;
  head: string;
}

/** Starts the local GitHub server and makes the checkout: master (the suite) and `feature` (PR #2). */
export async function startWorld(): Promise<World> {
  const server = await startGitHubServer();
  const checkout = await checkoutWithOrigin();
  await writeFile(path.join(checkout.workspace, CONFIG), FAST_CONFIG);
  await git(checkout.workspace, 'add', CONFIG);
  await git(checkout.workspace, 'commit', '-q', '-m', 'a fast suite');
  await git(checkout.workspace, 'push', '-q', 'origin', 'master');
  const main = await git(checkout.workspace, 'rev-parse', 'HEAD');
  await git(checkout.workspace, 'checkout', '-q', '-b', 'feature');
  await git(checkout.workspace, 'commit', '-q', '--allow-empty', '-m', 'a change');
  const head = await git(checkout.workspace, 'rev-parse', 'HEAD');
  const { state } = server;
  state.addUser(BOT, { token: TOKEN, installation: true });
  state.addRepo(REPOSITORY);
  state.addIssue(REPOSITORY, { login: 'octocat', title: 'an issue' });
  state.addIssue(REPOSITORY, {
    login: 'octocat',
    title: 'a pull request',
    head: { sha: head, ref: 'feature' },
    base: { ref: 'master' },
  });
  // Dated after every stored run, so that "the nearest older stored run" can be any of them.
  state.addCommit(REPOSITORY, { sha: main, branch: 'master', date: '2099-01-01T00:00:00Z' });
  state.addCommit(REPOSITORY, { sha: head, parents: [main], branch: 'feature' });
  return { server, workspace: checkout.workspace, origin: checkout.origin, main, head };
}

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** What a run from source told its sinks, and the one line it failed with, if any. */
export interface Captured {
  info: string[];
  warnings: string[];
  outputs: Record<string, string>;
  failed: string[];
  groups: string[];
  summary: string;
  /** `ablation-ci: input error: …` or `ablation-ci: error: …`, as the entry point prints it. */
  error: string | undefined;
}

/**
 * Runs the Action from source as main.ts does — inputs at action.yml's
 * defaults overridden by `inputs`, the event parsed from `payload` — through
 * the `Sinks` seam, against the local server and the real checkout. The
 * client retries at once (no sleeping) with a short timeout.
 */
export async function runFromSource(
  world: World,
  options: {
    eventName: string;
    payload: unknown;
    inputs?: Record<string, string>;
    runId?: number;
    sha?: string;
    token?: string;
  },
): Promise<Captured> {
  const captured: Captured = {
    info: [],
    warnings: [],
    outputs: {},
    failed: [],
    groups: [],
    summary: '',
    error: undefined,
  };
  const sinks: Sinks = {
    info: (message) => captured.info.push(message),
    warning: (message) => captured.warnings.push(message),
    setOutput: (name, value) => {
      captured.outputs[name] = value;
    },
    setFailed: (message) => captured.failed.push(message),
    writeSummary: (markdown) => {
      captured.summary += `${markdown}\n`;
      return Promise.resolve();
    },
    group: (name, work) => {
      captured.groups.push(name);
      return work();
    },
  };
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const fallback = spec.default ?? '';
    values[name] = fallback.startsWith('${{') ? '' : fallback;
  }
  Object.assign(values, { config: CONFIG, 'github-token': options.token ?? TOKEN }, options.inputs);
  const sha = options.sha ?? world.head;
  const runId = options.runId ?? 1;
  try {
    const inputs = readInputs((name) => values[name] ?? '');
    const context: ActionContext = {
      inputs,
      event: parseEvent(options.eventName, options.payload),
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      sha,
      runId,
      runAttempt: 1,
      runUrl: `https://github.example.com/${REPOSITORY}/actions/runs/${runId}`,
      serverUrl: 'https://github.example.com',
      workspace: world.workspace,
      temp: await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-source-')),
      octokit: createClient(inputs.token, {
        baseUrl: world.server.url,
        timeoutMs: 2000,
        attempts: 3,
        sleep: () => Promise.resolve(),
      }),
      git: gitRunner(world.workspace),
      sinks,
      env: { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/feature' },
      now: () => new Date('2026-12-01T12:00:00Z'),
    };
    await runAction(context);
  } catch (error) {
    const kind = error instanceof InputError ? 'input error' : 'error';
    captured.error = `ablation-ci: ${kind}: ${errorMessage(error)}`;
  }
  return captured;
}

/** The sticky comments of PR #2 written by the bot. */
export function stickyComments(world: World) {
  return world.server.state
    .repo(REPOSITORY)
    .comments.filter(
      (c) => c.issueNumber === PR && c.user.login === BOT && c.body.includes(MARKER),
    );
}

/** Commits `files` (path → text) onto the results branch of the origin, as a hand edit would. */
export async function tamperResultsBranch(
  world: World,
  files: Record<string, string>,
): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-tamper-'));
  await git(dir, 'clone', '-q', '--branch', 'ablation-ci-data', world.origin, 'clone');
  const clone = path.join(dir, 'clone');
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(clone, file), text);
  await git(clone, 'add', '.');
  await git(clone, 'commit', '-q', '-m', 'edit by hand');
  await git(clone, 'push', '-q', 'origin', 'ablation-ci-data');
}

/** Requests that changed something on the server (POST, PATCH, DELETE). */
export function writes(world: World) {
  return world.server.state.requests.filter((r) => r.method !== 'GET');
}
