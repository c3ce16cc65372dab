import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { commitRegressedOnnxModel, onnxCheckoutWithOrigin } from '../helpers/onnx-workspace.js';
import { runAction } from '../helpers/runner.js';
import { git, openPullRequest } from '../helpers/workspace.js';

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

interface Payload {
  [key: string]: unknown;
  number: number;
  ref: string;
  after: string;
  repository: { default_branch: string };
  pull_request: { number: number; head: { sha: string; ref: string }; base: { ref: string } };
}

/** A stored results document, as far as these tests read it. */
interface Stored {
  source: { commit: string };
  run: { backend: string; runtime?: { name: string; version: string } };
  components: { id: string }[];
}

const REPOSITORY = 'Codertocat/Hello-World';
const TOKEN = 'ghs_installation_token';
const BOT = 'github-actions[bot]';
const SUITE = 'onnx-resnet';
const MARKER = `<!-- ablation-ci:${SUITE} -->`;
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;
const NODE_RUNTIME = `onnxruntime-node ${versionOf('onnxruntime-node')}`;
const WEB_RUNTIME = `onnxruntime-web ${versionOf('onnxruntime-web')}`;

/**
 * The Action end to end on an ONNX suite (issue 18, item 5): the bundled dist/index.js as a
 * runner runs it, a local REST server for GitHub, a real bare repository as the store. The
 * suite is examples/onnx-resnet (a conv net with a residual block, PyTorch scopes).
 */
describe('the bundled Action on an ONNX suite', () => {
  let server: GitHubServer;
  let checkout: Awaited<ReturnType<typeof onnxCheckoutWithOrigin>>;
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
  const onPullRequest = (runId: number, sha = head, inputs: Record<string, string> = {}) =>
    runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(sha),
      sha,
      runId,
      repository: REPOSITORY,
      token: inputs.token ?? TOKEN,
      inputs: { config: 'suite/ablation.yml', ...inputs },
    });
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
  const ours = () =>
    server.state
      .repo(REPOSITORY)
      .comments.filter(
        (c) => c.issueNumber === 2 && c.user.login === BOT && c.body.includes(MARKER),
      );
  const stored = async (commit: string): Promise<Stored> =>
    JSON.parse(
      await git(checkout.origin, 'show', `ablation-ci-data:${SUITE}/${commit}.json`),
    ) as Stored;
  const storedCommits = async () =>
    (
      JSON.parse(await git(checkout.origin, 'show', `ablation-ci-data:${SUITE}/index.json`)) as {
        runs: { commit: string }[];
      }
    ).runs.map((r) => r.commit);

  beforeAll(async () => {
    server = await startGitHubServer();
    checkout = await onnxCheckoutWithOrigin();
    const state = server.state;
    state.addUser(BOT, { token: TOKEN, installation: true });
    state.addUser(BOT, { token: 'ghs_read_only', installation: true });
    state.addRepo(REPOSITORY);
    head = await openPullRequest(state, REPOSITORY, checkout.workspace, checkout.main);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a push to the default branch stores main's ONNX run, runtime recorded", async () => {
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
    await git(checkout.workspace, 'checkout', '-q', 'feature');
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(await storedCommits()).toEqual([checkout.main]);
    const document = await stored(checkout.main);
    expect(document.source.commit).toBe(checkout.main);
    expect(document.run.backend).toBe('onnxruntime-node');
    expect(`${document.run.runtime?.name} ${document.run.runtime?.version}`).toBe(NODE_RUNTIME);
    // The example's components, named by the exporter's scopes.
    expect(document.components.map((c) => c.id)).toContain('layer:layer1.0:remove');
    expect(result.summary).toContain(SUITE);
    expect(result.summary).toContain(NODE_RUNTIME);
  });

  it('a pull request compares with the stored run and posts one sticky comment naming the runtime', async () => {
    const result = await onPullRequest(100);
    expect(result.code).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(ours()).toHaveLength(1);
    const body = ours()[0].body;
    expect(body).toContain(checkout.main.slice(0, 7));
    expect(body).not.toContain('no stored baseline');
    expect(body).toContain(`${NODE_RUNTIME} (main: ${NODE_RUNTIME})`);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    // A pull request never writes the store.
    expect(await storedCommits()).toEqual([checkout.main]);
  });

  it('a regressed ONNX model fails the gate: passed=false, the comment edited in place', async () => {
    const before = ours()[0];
    const regressed = await commitRegressedOnnxModel(checkout.workspace);
    server.state.addCommit(REPOSITORY, { sha: regressed, parents: [head], branch: 'feature' });
    const result = await onPullRequest(102, regressed);
    await git(checkout.workspace, 'reset', '-q', '--hard', head);
    expect(result.code).not.toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs.regressions.split(',')).toContain('overall');
    expect(result.outputs['failed-tests'].split(',')).toContain('digit-8-recall');
    expect(result.stdout).toContain('::error::');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(before.id);
    expect(ours()[0].body).toContain('"runId":102');
  });

  it('fork pull requests on the bundled wasm runtime: compute writes the artifact, report posts it', async () => {
    server.state.repo(REPOSITORY).comments.length = 0;
    const computed = await onPullRequest(300, head, {
      token: 'ghs_read_only',
      mode: 'compute',
      backend: 'onnxruntime-web',
      'artifact-path': '../artifact',
    });
    expect(computed.code).toBe(0);
    expect(ours()).toHaveLength(0);

    const run = payload('workflow_run', (e) => e.action === 'completed');
    Object.assign(run.workflow_run as Record<string, unknown>, {
      head_sha: head,
      event: 'pull_request',
      id: 300,
      head_repository: { full_name: REPOSITORY },
    });
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
    expect(reported.stdout).not.toContain('::error::');
    expect(reported.code).toBe(0);
    expect(reported.stdout).not.toContain('Run the ablation suite');
    expect(ours()).toHaveLength(1);
    // The head ran on the bundled runtime, main's stored run on onnxruntime-node: said.
    expect(ours()[0].body).toContain(
      `The baseline ran with backend ${NODE_RUNTIME}, this run with ${WEB_RUNTIME}`,
    );
    expect(ours()[0].body).toContain('"runId":301');
  });

  it('a nightly run that regresses stores its run and opens one tracking issue; a clean one closes it', async () => {
    const tracking = () =>
      server.state
        .repo(REPOSITORY)
        .issues.filter(
          (i) => i.user.login === BOT && (i.body ?? '').includes(`ablation-ci:tracking:${SUITE}`),
        );
    await git(checkout.workspace, 'checkout', '-q', 'master');
    const regressed = await commitRegressedOnnxModel(checkout.workspace);
    const bad = await schedule(regressed, 200);
    expect(bad.code).not.toBe(0);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0].state).toBe('open');

    await git(checkout.workspace, 'reset', '-q', '--hard', checkout.main);
    await git(checkout.workspace, 'commit', '-q', '--allow-empty', '-m', 'fixed');
    const fixed = await git(checkout.workspace, 'rev-parse', 'HEAD');
    const good = await schedule(fixed, 201);
    await git(checkout.workspace, 'checkout', '-q', 'feature');
    expect(good.code).toBe(0);
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0].state).toBe('closed');
    expect(await storedCommits()).toEqual([fixed, regressed, checkout.main]);
    expect((await stored(fixed)).run.runtime?.name).toBe('onnxruntime-node');
  });
});
