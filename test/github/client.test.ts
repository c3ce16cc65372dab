import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiFailure, isPermissionFailure, TimeoutError } from '../../src/github/client.js';
import { createClient } from '../../src/github/octokit.js';
import { upsertStickyComment } from '../../src/github/comment.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser('octocat', { token: 'ghp_octocat' });
  server.state.addRepo('acme/models', { members: ['octocat'] });
  server.state.addIssue('acme/models', { login: 'alice', pullRequest: true });
});

afterEach(async () => {
  server.state.clearFaults();
  await server.close();
});

/** A client with a short timeout and a sleep that only records what it was asked to wait. */
function client(slept: number[], retries: string[] = []) {
  return createClient('ghp_octocat', {
    baseUrl: server.url,
    timeoutMs: 300,
    attempts: 3,
    maxDelayMs: 5000,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    onRetry: (message) => retries.push(message),
  });
}

const NOW_SECONDS = Math.floor(Date.now() / 1000);

type Setup = (server: GitHubServer) => void;
interface Case {
  setup: Setup;
  /** The login on success, or the error's one line. */
  outcome: string | RegExp;
  /** How long the client was asked to wait before each retry. */
  slept: number[] | ((slept: number[]) => void);
  rateLimited?: boolean;
  permission?: boolean;
  /** Tries the server held and never answered. */
  hung?: number;
}

const user = 'users.getAuthenticated';

const cases: Record<string, Case> = {
  'a request that hangs once is given up after the timeout and tried again': {
    setup: (s) => s.state.delay(user, { hang: true, times: 1 }),
    outcome: 'octocat',
    slept: [1000],
    hung: 1,
  },
  'a request that always hangs fails after the last try, saying so': {
    setup: (s) => s.state.delay(user, { hang: true }),
    outcome: 'GitHub API GET /user gave no answer within 0.3 s, 3 times',
    slept: [1000, 2000],
    hung: 3,
  },
  'a slow answer within the timeout is not retried': {
    setup: (s) => s.state.delay(user, { ms: 100 }),
    outcome: 'octocat',
    slept: [],
  },
  'a 502 is retried with backoff': {
    setup: (s) => s.state.fail(user, { status: 502, message: 'Bad Gateway', times: 2 }),
    outcome: 'octocat',
    slept: [1000, 2000],
  },
  'a 503 that lasts fails after three tries with GitHub’s message': {
    setup: (s) => s.state.fail(user, { status: 503, message: 'Unavailable' }),
    outcome: 'Unavailable',
    slept: [1000, 2000],
  },
  'a 429 waits as retry-after says': {
    setup: (s) =>
      s.state.fail(user, {
        status: 429,
        message: 'slow down',
        times: 1,
        headers: { 'retry-after': '7' },
      }),
    outcome: 'octocat',
    slept: [5000],
  },
  'a secondary rate limit (403 + retry-after 2) waits 2 s, not reported as a permission problem': {
    setup: (s) =>
      s.state.fail(user, {
        status: 403,
        message: 'You have exceeded a secondary rate limit',
        times: 1,
        headers: { 'retry-after': '2' },
      }),
    outcome: 'octocat',
    slept: [2000],
  },
  'a primary rate limit (403 + x-ratelimit-remaining 0) waits until the reset, capped': {
    setup: (s) =>
      s.state.fail(user, {
        status: 403,
        message: 'API rate limit exceeded',
        times: 1,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_SECONDS + 3600) },
      }),
    outcome: 'octocat',
    slept: [5000],
  },
  'a rate limit that lasts fails as a rate limit, after bounded waits': {
    setup: (s) =>
      s.state.fail(user, {
        status: 403,
        message: 'API rate limit exceeded',
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_SECONDS + 1) },
      }),
    outcome: 'API rate limit exceeded',
    slept: (slept) => {
      expect(slept).toHaveLength(2);
      for (const ms of slept) expect(ms).toBeLessThanOrEqual(5000);
    },
    rateLimited: true,
  },
  'a 403 without rate-limit headers is a permission failure, not retried': {
    setup: (s) =>
      s.state.fail(user, { status: 403, message: 'Resource not accessible by integration' }),
    outcome: 'Resource not accessible by integration',
    slept: [],
    permission: true,
  },
  'a 404 is not retried': {
    setup: (s) => s.state.fail(user, { status: 404, message: 'Not Found' }),
    outcome: 'Not Found',
    slept: [],
    permission: true,
  },
  'a 422 is not retried': {
    setup: (s) => s.state.fail(user, { status: 422, message: 'Validation Failed' }),
    outcome: 'Validation Failed',
    slept: [],
  },
};

describe('every GitHub API request is bounded: timeout, bounded retry, rate limits', () => {
  it.each(Object.entries(cases))('%s', async (_, spec) => {
    spec.setup(server);
    const slept: number[] = [];
    const octokit = client(slept);
    const outcome = await octokit.rest.users
      .getAuthenticated()
      .then(({ data }) => data.login)
      .catch((error: unknown) => error);
    if (typeof outcome === 'string') {
      expect(outcome).toBe(spec.outcome);
    } else {
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).toMatch(spec.outcome);
      const failure = apiFailure(outcome);
      if (outcome instanceof TimeoutError) expect(failure).toBeUndefined();
      else expect(failure?.rateLimited ?? false).toBe(spec.rateLimited ?? false);
      expect(isPermissionFailure(failure)).toBe(spec.permission ?? false);
    }
    if (typeof spec.slept === 'function') spec.slept(slept);
    else expect(slept).toEqual(spec.slept);
    // Each wait was followed by one more try; the server logs only the tries it answered.
    const answered = server.state.requests.filter((r) => r.route === user).length;
    const waits = slept.length;
    expect(answered).toBe(waits + 1 - (spec.hung ?? 0));
  });

  it('a connection refused (the server is gone) is retried, then fails with one line', async () => {
    const slept: number[] = [];
    const retries: string[] = [];
    const gone = server.url;
    await server.close();
    server = await startGitHubServer();
    const octokit = createClient('ghp_octocat', {
      baseUrl: gone,
      timeoutMs: 300,
      attempts: 2,
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
      onRetry: (message) => retries.push(message),
    });
    await expect(octokit.rest.users.getAuthenticated()).rejects.toThrow(/ECONNREFUSED/);
    expect(slept).toEqual([1000]);
    expect(retries).toEqual([
      expect.stringMatching(/^GitHub API GET \/user: 500 .*; try 2 of 2 in 1 s$/),
    ]);
  });

  it('the sticky comment under a lasting rate limit is "rate-limited", not "forbidden"', async () => {
    server.state.fail('issues.listComments', {
      status: 429,
      message: 'API rate limit exceeded',
      headers: { 'retry-after': '60' },
    });
    const slept: number[] = [];
    const result = await upsertStickyComment(client(slept), {
      owner: 'acme',
      repo: 'models',
      issueNumber: 1,
      suite: 'credit-risk',
      author: 'octocat',
      body: 'report',
      sha: 'a'.repeat(40),
      runId: 1,
      runAttempt: 1,
    });
    expect(result).toEqual({
      action: 'rate-limited',
      message:
        "listing the comments of #1 in acme/models hit GitHub's rate limit (429 API rate limit exceeded), still after retrying",
    });
    expect(slept).toEqual([5000, 5000]);
    expect(server.state.repo('acme/models').comments).toHaveLength(0);
  });
});
