import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runAction } from '../helpers/runner.js';
import { checkoutWithOrigin, openPullRequest } from '../helpers/workspace.js';

const REPOSITORY = 'Codertocat/Hello-World';
const TOKEN = 'ghs_installation_token';
const BOT = 'github-actions[bot]';
const MARKER = '<!-- ablation-ci:breast-cancer -->';

const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as { name: string; examples: Record<string, unknown>[] }[];

/** A real pull_request "opened" payload of the examples package, for pull request #2. */
function pullRequestPayload(sha: string): unknown {
  const event = structuredClone(
    examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  ) as {
    number: number;
    pull_request: { number: number; head: { sha: string; ref: string }; base: { ref: string } };
  };
  event.number = 2;
  event.pull_request.number = 2;
  event.pull_request.head.sha = sha;
  event.pull_request.head.ref = 'feature';
  event.pull_request.base.ref = 'master';
  return event;
}

/**
 * examples/workflows/matrix.yml, as runners run it: three shard jobs each
 * write their results to artifact-path; the artifacts are downloaded into one
 * folder (a subfolder per artifact, as actions/download-artifact does with a
 * pattern); the merge job compares, posts one comment and gates.
 */
describe('the bundled Action: a matrix of shards, then mode merge', () => {
  let server: GitHubServer;
  let checkout: Awaited<ReturnType<typeof checkoutWithOrigin>>;
  let head: string;
  const onPullRequest = (runId: number, inputs: Record<string, string>) =>
    runAction({
      workspace: checkout.workspace,
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(head),
      sha: head,
      runId,
      repository: REPOSITORY,
      token: TOKEN,
      inputs: { config: 'suite/ablation.yml', ...inputs },
    });

  beforeAll(async () => {
    server = await startGitHubServer();
    checkout = await checkoutWithOrigin();
    server.state.addUser(BOT, { token: TOKEN, installation: true });
    server.state.addRepo(REPOSITORY);
    head = await openPullRequest(server.state, REPOSITORY, checkout.workspace, checkout.main);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('three shard jobs and a merge job give one comment and the single run’s results', async () => {
    const downloaded = path.join(checkout.workspace, 'ablation-ci-shards');
    for (const i of [1, 2, 3]) {
      const artifact = path.join(checkout.workspace, `shard-${i}`);
      const result = await onPullRequest(200 + i, {
        shard: `${i}/3`,
        'artifact-path': `shard-${i}`,
      });
      expect(result.code).toBe(0);
      expect(result.outputs['results-path']).toBe(
        path.join(artifact, `breast-cancer.shard-${i}-of-3.json`),
      );
      // A shard job neither comments nor writes a report: the merge job does.
      expect(result.outputs['report-path']).toBeUndefined();
      await mkdir(path.join(downloaded, `ablation-ci-shard-${i}`), { recursive: true });
      await cp(artifact, path.join(downloaded, `ablation-ci-shard-${i}`), { recursive: true });
    }
    expect(server.state.repo(REPOSITORY).comments).toHaveLength(0);

    const single = await onPullRequest(210, { mode: 'run' });
    expect(single.code).toBe(0);
    const singleResults = JSON.parse(
      await readFile(single.outputs['results-path'], 'utf8'),
    ) as Results;

    const merged = await onPullRequest(211, {
      mode: 'merge',
      'artifact-path': 'ablation-ci-shards',
    });
    expect(merged.code).toBe(0);
    expect(merged.outputs.passed).toBe('true');
    expect(merged.stdout).toContain('merged 3 shards of breast-cancer: 80 components');
    const comments = server.state
      .repo(REPOSITORY)
      .comments.filter((c) => c.user.login === BOT && c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('"runId":211');
    const mergedResults = JSON.parse(
      await readFile(merged.outputs['results-path'], 'utf8'),
    ) as Results;
    const strip = (r: Results) => JSON.stringify({ ...r, timing: null });
    expect(strip(mergedResults)).toBe(strip(singleResults));
  }, 180_000);

  it('a folder missing a shard fails the step naming the input, and posts nothing new', async () => {
    const folder = path.join(checkout.workspace, 'two-shards');
    await mkdir(folder, { recursive: true });
    const shards = path.join(checkout.workspace, 'ablation-ci-shards');
    for (const sub of (await readdir(shards)).filter((name) => !name.endsWith('-2'))) {
      await cp(path.join(shards, sub), path.join(folder, sub), { recursive: true });
    }
    const before = server.state.repo(REPOSITORY).comments.map((c) => c.body);
    const result = await onPullRequest(212, { mode: 'merge', 'artifact-path': 'two-shards' });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain(
      '::error::ablation-ci: input error: run.shard: missing shard 2/3 (given: two-shards/ablation-ci-shard-1/breast-cancer.shard-1-of-3.json, two-shards/ablation-ci-shard-3/breast-cancer.shard-3-of-3.json)',
    );
    expect(server.state.repo(REPOSITORY).comments.map((c) => c.body)).toEqual(before);
  });

  it('a file that is not a results document is named', async () => {
    const folder = path.join(checkout.workspace, 'junk');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notes.json'), '{"hello": 1}');
    const result = await onPullRequest(213, { mode: 'merge', 'artifact-path': 'junk' });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(
      /::error::ablation-ci: input error: junk\/notes\.json: not a results document \(schemaVersion 1\): /,
    );
  });
});
