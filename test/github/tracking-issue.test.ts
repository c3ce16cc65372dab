import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  trackingHeader,
  syncTrackingIssue,
  type TrackingUpdate,
} from '../../src/github/tracking-issue.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const BOT = 'github-actions[bot]';
const MARKER = '<!-- ablation-ci:tracking:credit-risk -->';
const RUN = (id: number) => `https://github.com/acme/models/actions/runs/${id}`;

let server: GitHubServer;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser(BOT, { token: 'ghs_installation', installation: true });
  server.state.addRepo('acme/models', { members: [BOT] });
  octokit = getOctokit('ghs_installation', { baseUrl: server.url });
});

afterEach(async () => {
  await server.close();
});

function nightly(
  runId: number,
  regressed: boolean,
  fields: Partial<TrackingUpdate> = {},
): TrackingUpdate {
  return {
    owner: 'acme',
    repo: 'models',
    suite: 'credit-risk',
    regressed,
    title: `ablation-ci: credit-risk regressed (run ${runId})`,
    body: `report of run ${runId}`,
    author: BOT,
    runUrl: RUN(runId),
    ...fields,
  };
}

it('opens, updates, then closes one tracking issue over nightly runs', async () => {
  const state = server.state;
  // Distractors, all open and created first: 120 other issues put the tracking issue on page 2;
  // a pull request and a stranger's issue carry the same marker.
  for (let i = 0; i < 120; i++)
    state.addIssue('acme/models', { login: 'alice', body: `issue ${i}` });
  state.addIssue('acme/models', { login: BOT, body: `${MARKER}\npr`, pullRequest: true });
  state.addIssue('acme/models', { login: 'mallory', body: `${MARKER}\nfake` });
  const issues = state.repo('acme/models').issues;

  expect(await syncTrackingIssue(octokit, nightly(1, false))).toEqual({ action: 'none' });
  expect(issues).toHaveLength(122);

  const created = await syncTrackingIssue(octokit, nightly(2, true));
  expect(created).toEqual({
    action: 'created',
    number: 123,
    url: 'https://github.com/acme/models/issues/123',
  });
  const tracking = issues[122];
  expect(tracking).toMatchObject({
    title: 'ablation-ci: credit-risk regressed (run 2)',
    body: `${MARKER}\n\nreport of run 2`,
    state: 'open',
    user: { login: BOT },
  });

  state.requests.length = 0;
  const updated = await syncTrackingIssue(octokit, nightly(3, true, { summary: 'accuracy -0.04' }));
  expect(updated).toEqual({ ...created, action: 'updated' });
  expect(issues).toHaveLength(123);
  expect(tracking).toMatchObject({
    title: 'ablation-ci: credit-risk regressed (run 3)',
    body: `${MARKER}\n\nreport of run 3`,
    state: 'open',
  });
  expect(state.repo('acme/models').comments.map((c) => [c.issueNumber, c.body])).toEqual([
    [123, `Still regressed in [this run](${RUN(3)}).\n\naccuracy -0.04`],
  ]);
  expect(state.requests.map((r) => [r.method, r.route, r.query.page])).toEqual([
    ['GET', 'issues.listForRepo', undefined],
    ['GET', 'issues.listForRepo', '2'],
    ['PATCH', 'issues.update', undefined],
    ['POST', 'issues.createComment', undefined],
  ]);
  expect(state.requests[0].query).toEqual({
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: '100',
  });

  const closed = await syncTrackingIssue(octokit, nightly(4, false));
  expect(closed).toEqual({ ...created, action: 'closed' });
  expect(tracking).toMatchObject({ state: 'closed', stateReason: 'completed' });
  expect(state.repo('acme/models').comments.at(-1)?.body).toBe(
    `Resolved by [this run](${RUN(4)}): no regression.`,
  );

  expect(await syncTrackingIssue(octokit, nightly(5, false))).toEqual({ action: 'none' });
  // The stranger's issue and the pull request were never touched.
  expect(issues[120]).toMatchObject({ state: 'open', body: `${MARKER}\npr` });
  expect(issues[121]).toMatchObject({ state: 'open', body: `${MARKER}\nfake` });

  // A new regression after the close opens a fresh issue.
  expect(await syncTrackingIssue(octokit, nightly(6, true))).toMatchObject({
    action: 'created',
    number: 124,
  });
});

it('closes duplicates left by racing runs, and keeps suites apart', async () => {
  const state = server.state;
  state.addIssue('acme/models', { login: BOT, body: `${MARKER}\nfirst` });
  state.addIssue('acme/models', { login: BOT, body: `${MARKER}\nsecond` });
  state.addIssue('acme/models', {
    login: BOT,
    body: '<!-- ablation-ci:tracking:credit -->\nother suite',
  });
  expect(await syncTrackingIssue(octokit, nightly(7, false))).toEqual({
    action: 'closed',
    number: 1,
    url: 'https://github.com/acme/models/issues/1',
  });
  expect(state.repo('acme/models').issues.map((i) => i.state)).toEqual([
    'closed',
    'closed',
    'open',
  ]);
});

it('returns forbidden when the token may not open issues', async () => {
  server.state.fail('issues.create');
  expect(await syncTrackingIssue(octokit, nightly(8, true))).toEqual({
    action: 'forbidden',
    message:
      'opening an issue in acme/models failed (403 Resource not accessible by integration): ' +
      'the token needs `issues: write`, and the repository must have issues turned on',
  });
});

it('returns forbidden when issues are turned off (410)', async () => {
  server.state.addIssue('acme/models', { login: BOT, body: `${MARKER}\nopen` });
  server.state.fail('issues.createComment', {
    status: 410,
    message: 'Issues are disabled for this repo',
  });
  const result = await syncTrackingIssue(octokit, nightly(9, false));
  expect(result).toMatchObject({ action: 'forbidden' });
  expect((result as { message: string }).message).toMatch(
    /^closing issue #1 of acme\/models failed \(410 Issues are disabled for this repo\)/,
  );
});

it('posts a body of exactly the budget, and refuses one character more without calling GitHub', async () => {
  const budget = 65_536 - trackingHeader('credit-risk').length;
  const exact = 'x'.repeat(budget);
  expect(await syncTrackingIssue(octokit, nightly(10, true, { body: exact }))).toMatchObject({
    action: 'created',
  });
  expect(server.state.repo('acme/models').issues[0].body).toBe(`${MARKER}\n\n${exact}`);
  const before = server.state.requests.length;
  await expect(
    syncTrackingIssue(octokit, nightly(11, true, { body: `${exact}y` })),
  ).rejects.toThrow(/over GitHub's 65536: render it within the budget/);
  expect(server.state.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
});
