import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseState } from '../../src/accept/state.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction } from '../helpers/runner.js';
import { checkoutWithOrigin, commitRegressedModel, git } from '../helpers/workspace.js';

/**
 * The bundled Action (dist/index.js, built by `npm run build`), run as a
 * runner runs it: a regressed pull request fails, the accept command on
 * `issue_comment` records the acceptance and re-runs the failed run, and the
 * re-run passes. An unknown name fails the step with one line.
 */

const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as { name: string; examples: Record<string, unknown>[] }[];
const payload = (event: string, action: string) =>
  structuredClone(
    examples.find((e) => e.name === event)!.examples.find((e) => e.action === action)!,
  );

const REPOSITORY = 'Codertocat/Hello-World';
const TOKEN = 'ghs_installation_token';
const BOT = 'github-actions[bot]';
const CONFIG = { config: 'suite/ablation.yml', backend: 'wasm' };

let server: GitHubServer;
let checkout: Awaited<ReturnType<typeof checkoutWithOrigin>>;
let head: string;
/** The checks the regressed pull request fails, as its sticky comment lists them. */
let failing: string[];

const run = (eventName: string, event: unknown, runId: number, sha: string) =>
  runAction({
    workspace: checkout.workspace,
    apiUrl: server.url,
    eventName,
    payload: event,
    sha,
    runId,
    repository: REPOSITORY,
    inputs: CONFIG,
    token: TOKEN,
  });

function pullRequest(sha: string) {
  const event = payload('pull_request', 'opened') as {
    number: number;
    pull_request: { number: number; head: { sha: string; ref: string }; base: { ref: string } };
  };
  event.number = 2;
  event.pull_request.number = 2;
  event.pull_request.head = { ...event.pull_request.head, sha, ref: 'feature' };
  event.pull_request.base.ref = 'master';
  return event;
}

function comment(login: string, body: string) {
  const event = payload('issue_comment', 'created') as {
    issue: Record<string, unknown>;
    comment: { body: string; user: { login: string } };
  };
  event.issue.number = 2;
  event.issue.pull_request = { url: `https://api.github.com/repos/${REPOSITORY}/pulls/2` };
  event.comment.body = body;
  event.comment.user.login = login;
  return event;
}

const records = () =>
  server.state
    .repo(REPOSITORY)
    .comments.filter((c) => c.user.login === BOT && c.body.includes('<!-- ablation-ci:accepted:'));

beforeAll(async () => {
  server = await startGitHubServer();
  checkout = await checkoutWithOrigin();
  const { state } = server;
  state.addUser(BOT, { token: TOKEN, installation: true });
  state.addUser('maint');
  state.addRepo(REPOSITORY).permissions.set('maint', 'write');
  const pushEvent = structuredClone(examples.find((e) => e.name === 'push')!.examples[0]) as {
    ref: string;
    repository: { default_branch: string };
  };
  pushEvent.ref = 'refs/heads/master';
  pushEvent.repository.default_branch = 'master';
  const stored = await run('push', pushEvent, 10, checkout.main);
  expect(stored.code).toBe(0);
  await git(checkout.workspace, 'checkout', '-q', '-b', 'feature');
  head = await commitRegressedModel(checkout.workspace);
  state.addIssue(REPOSITORY, { login: 'octocat', title: 'an issue' });
  state.addIssue(REPOSITORY, {
    login: 'octocat',
    title: 'a smaller model',
    head: { sha: head, ref: 'feature' },
    base: { ref: 'master' },
  });
  state.addCommit(REPOSITORY, { sha: checkout.main, branch: 'master' });
  state.addCommit(REPOSITORY, { sha: head, parents: [checkout.main], branch: 'feature' });
  const failed = await run('pull_request', pullRequest(head), 40, head);
  expect(failed.code).toBe(1);
  expect(failed.outputs.passed).toBe('false');
  const sticky = server.state.repo(REPOSITORY).comments.find((c) => c.user.login === BOT)!;
  failing = parseState('breast-cancer', sticky.body)!
    .checks.filter((c) => c.failing)
    .map((c) => c.name);
  expect(failing).toContain('overall');
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe('the bundled Action accepts on issue_comment', () => {
  it('an unknown name: one error line, nothing accepted, nothing re-run', async () => {
    const result = await run(
      'issue_comment',
      comment('maint', '/ablation-ci accept overal'),
      90,
      checkout.main,
    );
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error::ablation-ci: input error: the accept command on #2: "overal" is not a check of the last report \\(${head.slice(0, 7)}\\): overall, .*; nothing accepted$`,
      ),
    );
    expect(records()).toEqual([]);
    expect(server.state.repo(REPOSITORY).reruns).toEqual([]);
  });

  it('the command records the acceptance and re-runs the failed run, which passes', async () => {
    const result = await run(
      'issue_comment',
      comment('maint', `/ablation-ci accept ${failing.join(' ')} -- on purpose`),
      91,
      checkout.main,
    );
    expect(result.code).toBe(0);
    expect(result.outputs.accepted).toBe(failing.join(','));
    expect(records()).toHaveLength(1);
    expect(server.state.repo(REPOSITORY).reruns).toEqual([40]);
    const rerun = await run('pull_request', pullRequest(head), 40, head);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs.passed).toBe('true');
  }, 300_000);
});
