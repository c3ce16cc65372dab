import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { COMMENT_LIMIT as COMMENT_MAX_CHARS } from '../../src/report/index.js';
import {
  findStickyComment,
  stickyHeader,
  tokenLogin,
  upsertStickyComment,
} from '../../src/github/comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runHeader, runUpdate, STICKY_SHA as SHA } from '../helpers/sticky.js';

const BOT = 'github-actions[bot]';

let server: GitHubServer;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser(BOT, { token: 'ghs_installation', installation: true });
  server.state.addUser('octocat', { token: 'ghp_octocat' });
  server.state.addRepo('acme/models', { members: [BOT, 'octocat'] });
  server.state.addIssue('acme/models', { login: 'alice', title: 'Add a head', pullRequest: true });
  octokit = getOctokit('ghs_installation', { baseUrl: server.url });
});

afterEach(async () => {
  await server.close();
});

const update = runUpdate;
const header = runHeader;

describe('tokenLogin', () => {
  it('falls back to github-actions[bot] when GET /user refuses an installation token', async () => {
    expect(await tokenLogin(octokit)).toBe(BOT);
    expect(server.state.requests.map((r) => [r.route, r.status])).toEqual([
      ['users.getAuthenticated', 403],
    ]);
  });

  it("returns a personal token's login, and the given fallback for another App", async () => {
    expect(await tokenLogin(getOctokit('ghp_octocat', { baseUrl: server.url }))).toBe('octocat');
    expect(await tokenLogin(octokit, 'my-app[bot]')).toBe('my-app[bot]');
  });

  it('treats a rejected token as an input error', async () => {
    const bad = getOctokit('nope', { baseUrl: server.url });
    const error = await tokenLogin(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'input github-token: GitHub rejected the token (401 Bad credentials)',
    );
  });
});

describe('upsertStickyComment', () => {
  it('creates one comment with the marker and the run metadata', async () => {
    const result = await upsertStickyComment(octokit, update());
    const [comment] = server.state.repo('acme/models').comments;
    expect(result).toEqual({
      action: 'created',
      id: comment.id,
      url: `https://github.com/acme/models/pull/1#issuecomment-${comment.id}`,
    });
    expect(server.state.repo('acme/models').comments).toHaveLength(1);
    expect(comment.user.login).toBe(BOT);
    expect(comment.body).toBe(`${header(100)}## ablation-ci: passed`);
  });

  it('edits its own comment in place behind 150 others, never a stranger copying the marker', async () => {
    const state = server.state;
    let strangerId = 0;
    for (let i = 0; i < 150; i++) {
      const login = ['alice', 'bob', 'carol'][i % 3];
      const body = i === 7 ? `${header(999)}fake report` : `comment ${i}`;
      const comment = state.addComment('acme/models', 1, {
        login: i === 7 ? 'mallory' : login,
        body,
      });
      if (i === 7) strangerId = comment.id;
    }
    // A comment of another suite by the bot itself is not this suite's either.
    state.addComment('acme/models', 1, { login: BOT, body: '<!-- ablation-ci:credit -->\nother' });

    const first = await upsertStickyComment(octokit, update());
    expect(first.action).toBe('created');
    state.requests.length = 0;

    const second = await upsertStickyComment(octokit, update({ runId: 101, body: 'new report' }));
    expect(second).toEqual({
      action: 'updated',
      id: (first as { id: number }).id,
      url: (first as { url: string }).url,
    });

    const comments = state.repo('acme/models').comments;
    expect(comments).toHaveLength(152);
    expect(comments.at(-1)?.body).toBe(`${header(101)}new report`);
    expect(comments.find((c) => c.id === strangerId)?.body).toBe(`${header(999)}fake report`);
    // List, read the comment again right before editing, edit, and list again for duplicates.
    expect(state.requests.map((r) => [r.method, r.route, r.query.page, r.query.per_page])).toEqual([
      ['GET', 'issues.listComments', undefined, '100'],
      ['GET', 'issues.listComments', '2', '100'],
      ['GET', 'issues.getComment', undefined, undefined],
      ['PATCH', 'issues.updateComment', undefined, undefined],
      ['GET', 'issues.listComments', undefined, '100'],
      ['GET', 'issues.listComments', '2', '100'],
    ]);
    expect(state.requests[3].path).toBe(
      `/repos/acme/models/issues/comments/${(first as { id: number }).id}`,
    );
  });

  it('finds the comment with the marker among all pages, or nothing', async () => {
    for (let i = 0; i < 120; i++)
      server.state.addComment('acme/models', 1, { login: 'alice', body: `c${i}` });
    const target = {
      owner: 'acme',
      repo: 'models',
      issueNumber: 1,
      suite: 'credit-risk',
      author: BOT,
    };
    expect(await findStickyComment(octokit, target)).toBeUndefined();
    const mine = server.state.addComment('acme/models', 1, {
      login: BOT,
      body: `${header(5, 2)}report`,
    });
    expect(await findStickyComment(octokit, { ...target, author: 'GitHub-Actions[bot]' })).toEqual({
      id: mine.id,
      url: `https://github.com/acme/models/pull/1#issuecomment-${mine.id}`,
      body: `${header(5, 2)}report`,
      meta: { sha: SHA, runId: 5, runAttempt: 2 },
    });
    expect(await findStickyComment(octokit, { ...target, author: 'octocat' })).toBeUndefined();
  });

  it.each([
    { existing: [200, 1], incoming: [199, 1], action: 'skipped-older-run' },
    { existing: [200, 2], incoming: [200, 1], action: 'skipped-older-run' },
    { existing: [200, 1], incoming: [200, 2], action: 'updated' },
    { existing: [200, 1], incoming: [200, 1], action: 'updated' },
    { existing: [200, 3], incoming: [201, 1], action: 'updated' },
  ])('run $existing then run $incoming: $action', async ({ existing, incoming, action }) => {
    const [runId, runAttempt] = existing;
    const first = await upsertStickyComment(octokit, update({ runId, runAttempt, body: 'first' }));
    const [nextId, nextAttempt] = incoming;
    const second = await upsertStickyComment(
      octokit,
      update({ runId: nextId, runAttempt: nextAttempt, body: 'second' }),
    );
    expect(second).toEqual({ ...first, action });
    const body = server.state.repo('acme/models').comments[0].body;
    expect(body).toBe(
      action === 'updated'
        ? `${header(nextId, nextAttempt)}second`
        : `${header(runId, runAttempt)}first`,
    );
  });

  it('replaces a comment whose meta line is missing', async () => {
    const old = server.state.addComment('acme/models', 1, {
      login: BOT,
      body: '<!-- ablation-ci:credit-risk -->\nhand-edited',
    });
    expect(await upsertStickyComment(octokit, update())).toMatchObject({
      action: 'updated',
      id: old.id,
    });
  });

  it('returns forbidden, without throwing, when the token may not comment', async () => {
    server.state.fail('issues.createComment');
    const result = await upsertStickyComment(octokit, update());
    expect(result).toEqual({
      action: 'forbidden',
      message:
        'commenting on #1 in acme/models failed (403 Resource not accessible by integration): ' +
        'the token needs `pull-requests: write` (or `issues: write`); a pull request from a fork ' +
        'gets a read-only token, so use mode compute with mode report on workflow_run',
    });
    expect(server.state.repo('acme/models').comments).toHaveLength(0);
  });

  it('returns forbidden on a private repository the token cannot see (404)', async () => {
    server.state.addRepo('acme/secret', { private: true, members: ['octocat'] });
    const result = await upsertStickyComment(octokit, update({ repo: 'secret' }));
    expect(result).toMatchObject({ action: 'forbidden' });
    expect((result as { message: string }).message).toMatch(
      /^listing the comments of #1 in acme\/secret failed \(404 Not Found\)/,
    );
  });

  it('throws other failures with context', async () => {
    server.state.fail('issues.listComments', { status: 500, message: 'Server Error' });
    await expect(upsertStickyComment(octokit, update())).rejects.toThrow(
      /^listing the comments of #1 in acme\/models: Server Error/,
    );
  });

  it('writes a new comment when its own was deleted between listing and editing', async () => {
    const first = await upsertStickyComment(octokit, update());
    server.state.fail('issues.getComment', { status: 404, message: 'Not Found', times: 1 });
    const result = await upsertStickyComment(octokit, update({ runId: 101 }));
    expect(result.action).toBe('created');
    // The old one, which was not really gone, is removed as a duplicate of an older run.
    const comments = server.state.repo('acme/models').comments;
    expect(comments.map((c) => c.body)).toEqual([`${header(101)}## ablation-ci: passed`]);
    expect(comments[0].id).not.toBe((first as { id: number }).id);
  });

  it('posts a body of exactly the budget, and refuses one character more before calling GitHub', async () => {
    const budget =
      COMMENT_MAX_CHARS -
      stickyHeader('credit-risk', { sha: SHA, runId: 100, runAttempt: 1 }).length;
    const exact = 'x'.repeat(budget);
    expect((await upsertStickyComment(octokit, update({ body: exact }))).action).toBe('created');
    expect(server.state.repo('acme/models').comments[0].body).toBe(`${header(100)}${exact}`);
    const before = server.state.requests.length;
    await expect(upsertStickyComment(octokit, update({ body: `${exact}y` }))).rejects.toThrow(
      RangeError,
    );
    expect(server.state.requests).toHaveLength(before);
  });
});
