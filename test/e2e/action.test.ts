import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction } from '../helpers/runner.js';
import {
  checkoutWithOrigin,
  commitRegressedModel,
  git,
  openPullRequest,
} from '../helpers/workspace.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** A real payload of the examples package, deep-copied for editing. */
function payload(event: string, pick: (example: Record<string, unknown>) => boolean = () => true) {
  const example = examples.find((e) => e.name === event)!.examples.find(pick)!;
  return structuredClone(example) as Payload;
}

/** The few fields of a webhook payload the tests edit. */
interface Payload {
  [key: string]: unknown;
  number: number;
  ref: string;
  after: string;
  repository: { default_branch: string };
  pull_request: {
    number: number;
    head: { sha: string; ref: string };
    base: { ref: string };
  };
}

const REPOSITORY = 'Codertocat/Hello-World';
const TOKEN = 'ghs_installation_token';
const BOT = 'github-actions[bot]';
const MARKER = '<!-- ablation-ci:breast-cancer -->';

describe('the bundled Action, run as a runner runs it', () => {
  let server: GitHubServer;
  let checkout: Awaited<ReturnType<typeof checkoutWithOrigin>>;
  let head: string;

  const pullRequestPayload = (sha: string) => {
    const event = payload('pull_request', (e) => e.action === 'opened');
    event.number = 2;
    event.pull_request.number = 2;
    event.pull_request.head.sha = sha;
    event.pull_request.head.ref = 'feature';
    event.pull_request.base.ref = 'master';
    return event;
  };
  const onPullRequest = (runId: number, sha = head, token = TOKEN) =>
    runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(sha),
      sha,
      runId,
      repository: REPOSITORY,
      token,
      inputs: { config: 'suite/ablation.yml' },
    });
  const ours = () =>
    server.state
      .repo(REPOSITORY)
      .comments.filter(
        (c) => c.issueNumber === 2 && c.user.login === BOT && c.body.includes(MARKER),
      );

  beforeAll(async () => {
    server = await startGitHubServer();
    checkout = await checkoutWithOrigin();
    const state = server.state;
    state.addUser(BOT, { token: TOKEN, installation: true });
    // A fork's pull_request run gets a read-only token (the server does not model scopes).
    state.addUser(BOT, { token: 'ghs_read_only', installation: true });
    state.addRepo(REPOSITORY);
    head = await openPullRequest(state, REPOSITORY, checkout.workspace, checkout.main);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a push to the default branch stores its results on ablation-ci-data', async () => {
    await git(checkout.workspace, 'checkout', '-q', 'master');
    const event = payload('push');
    event.ref = 'refs/heads/master';
    event.after = checkout.main;
    event.repository.default_branch = 'master';
    const result = await runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'push',
      payload: event,
      sha: checkout.main,
      runId: 10,
      repository: REPOSITORY,
      token: TOKEN,
      inputs: { config: 'suite/ablation.yml' },
    });
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('true');
    const index = JSON.parse(
      await git(checkout.origin, 'show', 'ablation-ci-data:breast-cancer/index.json'),
    ) as { runs: { commit: string }[] };
    expect(index.runs.map((r) => r.commit)).toEqual([checkout.main]);
    expect(result.summary).toContain('breast-cancer');
    await git(checkout.workspace, 'checkout', '-q', 'feature');
  });

  it('a pull request compares with the merge base and creates one sticky comment', async () => {
    const state = server.state;
    for (let i = 0; i < 150; i++) {
      state.addComment(REPOSITORY, 2, {
        login: i % 3 === 0 ? 'octocat' : `user${i}`,
        body: `comment ${i}`,
      });
    }
    // A stranger copying the marker is never taken for ours.
    state.addComment(REPOSITORY, 2, { login: 'mallory', body: `${MARKER}\nnot the report` });
    const result = await onPullRequest(100);
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain(checkout.main.slice(0, 7));
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(result.summary.length).toBeGreaterThan(1000);
  });

  it('a second run edits the comment in place, past 150 other comments', async () => {
    const before = ours()[0];
    const result = await onPullRequest(101);
    expect(result.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(before.id);
    expect(ours()[0].body).toContain('"runId":101');
    const listed = server.state.requests.filter((r) => r.route === 'issues.listComments');
    expect(listed.some((r) => r.query.page === '2')).toBe(true);
  });

  it('an older run leaves the newer report alone', async () => {
    const before = ours()[0].body;
    const result = await onPullRequest(99);
    expect(result.code).toBe(0);
    expect(ours()[0].body).toBe(before);
  });

  it('a regressed model fails the step with passed=false', async () => {
    const regressed = await commitRegressedModel(checkout.workspace);
    server.state.addCommit(REPOSITORY, { sha: regressed, parents: [head], branch: 'feature' });
    const result = await onPullRequest(102, regressed);
    await git(checkout.workspace, 'reset', '-q', '--hard', head);
    expect(result.code).not.toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs.regressions.split(',')).toContain('overall');
    expect(result.stdout).toContain('::error::');
    expect(ours()[0].body).toContain('"runId":102');
  });

  it('without permission to comment it warns, writes the summary, and exits by the gate alone', async () => {
    server.state.fail('issues.createComment');
    server.state.fail('issues.updateComment');
    const result = await onPullRequest(103);
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.stdout).toMatch(/::warning::could not comment on #2/);
    expect(result.summary).toContain('breast-cancer');
    expect(ours()[0].body).toContain('"runId":102');
    server.state.clearFaults();
  });

  it('a scheduled run that regresses opens one tracking issue; a clean one closes it', async () => {
    const schedule = (sha: string, runId: number) =>
      runAction({
        workspace: checkout.workspace,
        apiUrl: server.url,
        eventName: 'schedule',
        payload: {
          schedule: '17 3 * * *',
          repository: {
            full_name: REPOSITORY,
            default_branch: 'master',
            name: 'Hello-World',
            owner: { login: 'Codertocat' },
          },
        },
        sha,
        runId,
        repository: REPOSITORY,
        token: TOKEN,
        inputs: { config: 'suite/ablation.yml' },
      });
    const tracking = () =>
      server.state
        .repo(REPOSITORY)
        .issues.filter(
          (i) =>
            i.user.login === BOT && (i.body ?? '').includes('ablation-ci:tracking:breast-cancer'),
        );
    await git(checkout.workspace, 'checkout', '-q', 'master');
    const regressed = await commitRegressedModel(checkout.workspace);
    const bad = await schedule(regressed, 200);
    expect(bad.code).not.toBe(0);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0].state).toBe('open');

    await git(checkout.workspace, 'reset', '-q', '--hard', checkout.main);
    await git(checkout.workspace, 'commit', '-q', '--allow-empty', '-m', 'fixed');
    const fixed = await git(checkout.workspace, 'rev-parse', 'HEAD');
    const good = await schedule(fixed, 201);
    expect(good.code).toBe(0);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0].state).toBe('closed');
    const index = JSON.parse(
      await git(checkout.origin, 'show', 'ablation-ci-data:breast-cancer/index.json'),
    ) as { runs: { commit: string }[] };
    expect(index.runs.map((r) => r.commit)).toEqual([fixed, regressed, checkout.main]);
    await git(checkout.workspace, 'checkout', '-q', 'feature');
  });

  it('fork pull requests: compute writes the artifact, report posts it without running PR code', async () => {
    server.state.repo(REPOSITORY).comments.length = 0;
    const computed = await runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(head),
      sha: head,
      runId: 300,
      repository: REPOSITORY,
      token: 'ghs_read_only',
      inputs: { config: 'suite/ablation.yml', mode: 'compute', 'artifact-path': '../artifact' },
    });
    expect(computed.code).toBe(0);
    expect(ours()).toHaveLength(0);

    const run = payload('workflow_run', (e) => e.action === 'completed');
    const workflowRun = run.workflow_run as Record<string, unknown>;
    workflowRun.head_sha = head;
    workflowRun.event = 'pull_request';
    workflowRun.id = 300;
    workflowRun.head_repository = { full_name: REPOSITORY };
    const reported = await runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'workflow_run',
      payload: run,
      sha: checkout.main,
      runId: 301,
      repository: REPOSITORY,
      token: TOKEN,
      inputs: { config: 'suite/ablation.yml', mode: 'report', 'artifact-path': '../artifact' },
    });
    expect(reported.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('breast-cancer');
    // The report job never evaluated anything: its log has no engine run.
    expect(reported.stdout).not.toContain('Run the ablation suite');

    // An artifact for another commit is refused, and nothing is posted.
    workflowRun.head_sha = checkout.main;
    const refused = await runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'workflow_run',
      payload: run,
      sha: checkout.main,
      runId: 302,
      repository: REPOSITORY,
      token: TOKEN,
      inputs: { config: 'suite/ablation.yml', mode: 'report', 'artifact-path': '../artifact' },
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(
      /::error::ablation-ci: input error: \.\.\/artifact\/pull-request\.json: headSha: the artifact is for commit/,
    );
    expect(ours()[0].body).toContain('"runId":301');
  });

  it('two report runs at once, both finding no comment, leave exactly one: the newest run’s', async () => {
    server.state.repo(REPOSITORY).comments.length = 0;
    const run = payload('workflow_run', (e) => e.action === 'completed');
    Object.assign(run.workflow_run as Record<string, unknown>, {
      head_sha: head,
      event: 'pull_request',
      head_repository: { full_name: REPOSITORY },
    });
    // Both list the comments before either writes: each creates one, as two first runs do.
    // And both create before either checks for duplicates: otherwise which run notices the
    // other depends on the machine's load (every order is a row of test/github/comment-races).
    server.state.delay('issues.listComments', { barrier: 2, times: 2 });
    server.state.delay('issues.createComment', { barrier: 2, times: 2 });
    const report = (runId: number) =>
      runAction({
        workspace: checkout.workspace,
        apiUrl: server.url,
        eventName: 'workflow_run',
        payload: run,
        sha: checkout.main,
        runId,
        repository: REPOSITORY,
        token: TOKEN,
        inputs: { config: 'suite/ablation.yml', mode: 'report', 'artifact-path': '../artifact' },
      });
    const [older, newer] = await Promise.all([report(500), report(501)]);
    server.state.clearFaults();
    expect([older.code, newer.code]).toEqual([0, 0]);
    const created = server.state.requests.filter((r) => r.route === 'issues.createComment');
    expect(created.slice(-2).map((r) => r.status)).toEqual([201, 201]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('"runId":501');
    expect(older.stdout).toContain('a newer run already reported on #2');
  });

  it('a non-JSON event payload fails with one line naming GITHUB_EVENT_PATH, and a job summary', async () => {
    const result = await runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: undefined,
      rawPayload: '{"pull_request": ',
      sha: head,
      runId: 600,
      repository: REPOSITORY,
      token: TOKEN,
      inputs: { config: 'suite/ablation.yml' },
    });
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error::ablation-ci: input error: ${result.eventPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: GITHUB_EVENT_PATH: the event payload is not JSON \\(`,
        ),
      ),
    ]);
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(result.summary).toContain('GITHUB_EVENT_PATH: the event payload is not JSON');
  });

  it('a token GitHub rejects fails with one line before the suite runs', async () => {
    const result = await onPullRequest(601, head, 'ghp_revoked');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::ablation-ci: input error: input github-token: GitHub rejected the token (401 Bad credentials)',
    );
    expect(result.stdout).not.toContain('Run the ablation suite');
  });
});
