import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { gitRunner, writeResults } from '../../src/store/index.js';
import { commitRegressedModel, git } from '../helpers/workspace.js';
import {
  payload,
  pullRequestPayload,
  pushPayload,
  REPOSITORY,
  runFromSource,
  startWorld,
  stickyComments,
  tamperResultsBranch,
  writes,
  type World,
} from './harness.js';

let world: World;
let stored: Results;

const onPullRequest = (runId: number, inputs: Record<string, string> = {}, sha?: string) =>
  runFromSource(world, {
    eventName: 'pull_request',
    payload: pullRequestPayload(sha ?? world.head),
    runId,
    inputs,
    ...(sha === undefined ? {} : { sha }),
  });

const listed = () =>
  world.server.state.requests.filter((r) => r.route === 'issues.listComments').length;

beforeAll(async () => {
  world = await startWorld();
  // The baseline: a push to master stores its results on ablation-ci-data.
  await git(world.workspace, 'checkout', '-q', 'master');
  const push = await runFromSource(world, {
    eventName: 'push',
    payload: pushPayload(world.main),
    sha: world.main,
    runId: 10,
  });
  await git(world.workspace, 'checkout', '-q', 'feature');
  expect(push.error).toBeUndefined();
  expect(push.outputs.passed).toBe('true');
  expect(push.info).toContain(
    `stored breast-cancer/${world.main}.json on ablation-ci-data (first try)`,
  );
  // The log says each phase that starts once the inputs are checked, as the command line does.
  expect(push.info.filter((line) => /^ablation-ci: (evaluating|scoring)\b/.test(line))).toEqual([
    expect.stringMatching(/^ablation-ci: evaluating, [\d.]+ (?:s|min|h) elapsed$/),
    expect.stringMatching(/^ablation-ci: scoring, [\d.]+ (?:s|min|h) elapsed$/),
  ]);
  stored = JSON.parse(await readFile(push.outputs['results-path'], 'utf8')) as Results;
  await copyFile(push.outputs['results-path'], path.join(world.workspace, 'base.json'));
});

afterAll(async () => {
  await world?.server.close();
});

describe('the comment input', () => {
  it('never: no comment, and the comments are not even listed', async () => {
    const before = listed();
    const result = await onPullRequest(20, { comment: 'never' });
    expect(result.error).toBeUndefined();
    expect(result.failed).toEqual([]);
    expect(listed()).toBe(before);
    expect(stickyComments(world)).toEqual([]);
    expect(result.summary).toContain('## ablation-ci · breast-cancer');
  });

  it.each(['on-failure', 'on-change'])(
    '%s on a passing, unchanged pull request: no comment',
    async (policy) => {
      const result = await onPullRequest(21, { comment: policy });
      expect(result.error).toBeUndefined();
      expect(result.info).toContain(`no comment: comment is ${policy} and nothing calls for one`);
      expect(stickyComments(world)).toEqual([]);
      expect(result.outputs['comment-url']).toBeUndefined();
    },
  );

  it('always: one comment, its commit links on the server of GITHUB_SERVER_URL', async () => {
    const result = await onPullRequest(22, { comment: 'always' });
    expect(result.error).toBeUndefined();
    const [comment] = stickyComments(world);
    expect(stickyComments(world)).toHaveLength(1);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(comment.body).toContain('"runId":22');
    // GitHub Enterprise Server: links go to its own host, never github.com.
    expect(comment.body).toContain(
      `(https://github.example.com/${REPOSITORY}/commit/${world.main})`,
    );
    expect(comment.body).not.toContain('https://github.com/');
    expect(result.summary).toContain(`https://github.example.com/${REPOSITORY}/commit/`);
  });

  it('on-failure keeps an existing comment up to date even when passing', async () => {
    const result = await onPullRequest(23, { comment: 'on-failure' });
    expect(result.error).toBeUndefined();
    expect(stickyComments(world)).toHaveLength(1);
    expect(stickyComments(world)[0].body).toContain('"runId":23');
  });
});

describe('modes and events', () => {
  it('mode run on a pull request: the job summary only, nothing posted', async () => {
    const before = writes(world).length;
    const result = await onPullRequest(30, { mode: 'run' });
    expect(result.error).toBeUndefined();
    expect(writes(world).length).toBe(before);
    expect(result.summary).toContain(
      `compared with the newest stored run ${world.main.slice(0, 7)}`,
    );
    expect(result.outputs.passed).toBe('true');
  });

  it('workflow_dispatch: run, compare with the newest stored run, report to the summary', async () => {
    const before = writes(world).length;
    const result = await runFromSource(world, {
      eventName: 'workflow_dispatch',
      payload: payload('workflow_dispatch'),
      runId: 31,
    });
    expect(result.error).toBeUndefined();
    expect(result.groups).toEqual(['Run the ablation suite (suite/fast.yml)']);
    expect(writes(world).length).toBe(before);
    expect(result.summary).toContain(
      `compared with the newest stored run ${world.main.slice(0, 7)}`,
    );
  });

  it('a baseline from another backend, seed and resample count: a warning for each', async () => {
    const other = structuredClone(stored);
    other.run.backend = other.run.backend === 'cpu' ? 'wasm' : 'cpu';
    other.run.seed = 7;
    other.run.resamples = 1000;
    await writeFile(path.join(world.workspace, 'other.json'), JSON.stringify(other));
    const result = await onPullRequest(33, { 'baseline-file': 'other.json', comment: 'never' });
    expect(result.error).toBeUndefined();
    const end = 'differences may come from that, not from the change';
    expect(result.warnings).toEqual([
      `the baseline ran with backend ${other.run.backend}, this run with ${stored.run.backend}: ${end}`,
      `the baseline ran with seed 7, this run with 42: ${end}`,
      `the baseline ran with bootstrap resample count 1000, this run with 200: ${end}`,
    ]);
    expect(result.summary).toContain(
      `| Backend | ${stored.run.backend} (main: ${other.run.backend} ⚠️) |`,
    );
  });

  it('baseline-file replaces the stored baseline', async () => {
    const result = await onPullRequest(32, { 'baseline-file': 'base.json', comment: 'never' });
    expect(result.error).toBeUndefined();
    expect(result.summary).toContain('baseline from base.json');
    expect(result.outputs.passed).toBe('true');
  });
});

describe('the fail-on input', () => {
  let regressed: string;

  beforeAll(async () => {
    regressed = await commitRegressedModel(world.workspace);
    world.server.state.addCommit(REPOSITORY, {
      sha: regressed,
      parents: [world.head],
      branch: 'feature',
    });
  });

  afterAll(async () => {
    await git(world.workspace, 'reset', '-q', '--hard', world.head);
  });

  const FAILED =
    'ablation-ci: breast-cancer failed the gate: test benign-recall failed; overall regressed; benign-recall regressed';
  it.each([
    ['', false, FAILED],
    ['regression', false, FAILED],
    ['test-failure', false, FAILED],
    // A pull request cannot loosen its own gate: main's stored settings still gate (issue 9.8).
    ['inconclusive', false, FAILED],
    ['none', false, FAILED],
  ])('fail-on "%s" on a regressed model: passed=%s', async (failOn, passed, line) => {
    const result = await onPullRequest(40, { 'fail-on': failOn, comment: 'never' }, regressed);
    expect(result.error).toBeUndefined();
    expect(result.outputs.passed).toBe(String(passed));
    expect(result.outputs.regressions).toBe('overall,benign-recall');
    if (line === undefined) expect(result.failed).toEqual([]);
    else expect(result.failed).toEqual([line]);
  });
});

describe('rate limits never leave a stale comment silently', () => {
  it('a comment write refused for the rate limit: a warning that says so, and the summary says the comment is stale', async () => {
    world.server.state.fail('issues.updateComment', {
      status: 429,
      message: 'API rate limit exceeded',
      headers: { 'retry-after': '1' },
    });
    try {
      const result = await onPullRequest(50, { comment: 'always' });
      expect(result.error).toBeUndefined();
      expect(result.failed).toEqual([]);
      expect(result.warnings).toEqual([
        "could not comment on #2: editing the comment on #2 in Codertocat/Hello-World hit GitHub's rate limit (429 API rate limit exceeded), still after retrying",
      ]);
      expect(result.summary).toContain(
        '**The sticky comment on #2 is stale:** it could not be updated by this run',
      );
      expect(stickyComments(world)[0].body).toContain('"runId":23');
      expect(result.outputs['comment-url']).toBeUndefined();
    } finally {
      world.server.state.clearFaults();
    }
  });
});

describe('a corrupt results branch does not block pull requests', () => {
  it('a corrupt SUITE/COMMIT.json is skipped with a warning naming it; the next older run is used', async () => {
    const older = 'b'.repeat(40);
    const copy = structuredClone(stored);
    copy.source.commit = older;
    copy.timing.startedAt = '2026-01-01T00:00:00.000Z';
    await writeResults(gitRunner(world.workspace), { results: copy, commit: older });
    await tamperResultsBranch(world, {
      [`breast-cancer/${world.main}.json`]: '{"schemaVersion": 1,',
    });

    const result = await onPullRequest(60, { comment: 'never' });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^skipped a corrupt stored run: ablation-ci-data:breast-cancer/${world.main}\\.json: not valid JSON \\(.*\\); using the next older one$`,
        ),
      ),
    ]);
    expect(result.summary).toContain(
      `compared with the nearest older stored run bbbbbbb (the merge base ${world.main.slice(0, 7)} has none)`,
    );
  });

  it('a corrupt index.json: a warning naming it, no baseline, and the summary still written', async () => {
    await tamperResultsBranch(world, { 'breast-cancer/index.json': 'not json' });
    const result = await onPullRequest(61, { comment: 'never' });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^skipped a corrupt store index: ablation-ci-data:breast-cancer\/index\.json: not valid JSON/,
      ),
    ]);
    expect(result.summary).toContain('No stored baseline yet');
    // The report of this run alone: every metric, the tests, the contributions, the facts.
    for (const section of [
      '### Metrics on all eval data',
      '### Model unit tests',
      '### Component contributions (accuracy)',
      '<details><summary>Run facts</summary>',
    ]) {
      expect(result.summary).toContain(section);
    }
    expect(result.outputs.passed).toBe('true');
  });
});
