import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser('octocat', { token: 'ghp_octocat' });
  server.state.addRepo('acme/models');
  server.state.addIssue('acme/models', { login: 'octocat', title: 'one' });
  for (let i = 0; i < 7; i++)
    server.state.addComment('acme/models', 1, { login: 'alice', body: `c${i}` });
});

afterEach(async () => {
  await server.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { authorization: 'token ghp_octocat', ...headers } });

it('listens on loopback only, on an ephemeral port', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

it('pages lists like GitHub: per_page, page and a Link header', async () => {
  const path = '/repos/acme/models/issues/1/comments';
  const first = await get(`${path}?per_page=3`);
  expect(first.status).toBe(200);
  expect(((await first.json()) as { body: string }[]).map((c) => c.body)).toEqual([
    'c0',
    'c1',
    'c2',
  ]);
  expect(first.headers.get('link')).toBe(
    `<${server.url}${path}?per_page=3&page=2>; rel="next", <${server.url}${path}?per_page=3&page=3>; rel="last"`,
  );
  const last = await get(`${path}?per_page=3&page=3`);
  expect(((await last.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c6']);
  expect(last.headers.get('link')).toBe(
    `<${server.url}${path}?per_page=3&page=2>; rel="prev", <${server.url}${path}?per_page=3&page=1>; rel="first"`,
  );
  // Default 30 per page and no Link header when everything fits.
  const all = await get(path);
  expect(((await all.json()) as unknown[]).length).toBe(7);
  expect(all.headers.get('link')).toBeNull();
});

it('follows the Link header through a real Octokit', async () => {
  const octokit = getOctokit('ghp_octocat', { baseUrl: server.url });
  for (let i = 7; i < 250; i++)
    server.state.addComment('acme/models', 1, { login: 'bob', body: `c${i}` });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: 'acme',
    repo: 'models',
    issue_number: 1,
    per_page: 100,
  });
  expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
  expect(server.state.requests.map((r) => r.query.page)).toEqual([undefined, '2', '3']);
});

it('answers with GitHub error shapes: 401, 404, private repositories', async () => {
  const bad = await get('/user', { authorization: 'Bearer wrong' });
  expect(bad.status).toBe(401);
  expect(await bad.json()).toEqual({
    message: 'Bad credentials',
    documentation_url: 'https://docs.github.com/rest',
    status: '401',
  });
  const me = await get('/user');
  expect(await me.json()).toMatchObject({ login: 'octocat', type: 'User' });
  expect((await get('/repos/acme/nothing/issues')).status).toBe(404);
  expect((await get('/no/such/endpoint')).status).toBe(404);
  server.state.addRepo('acme/secret', { private: true, members: ['someone'] });
  server.state.addIssue('acme/secret', { login: 'someone' });
  expect((await get('/repos/acme/secret/issues')).status).toBe(404);
  server.state.repo('acme/secret').members.add('octocat');
  expect((await get('/repos/acme/secret/issues')).status).toBe(200);
  const anonymousWrite = await fetch(`${server.url}/repos/acme/models/issues`, {
    method: 'POST',
    body: JSON.stringify({ title: 'x' }),
  });
  expect(anonymousWrite.status).toBe(401);
});

it('switches an endpoint to 403 for a number of calls', async () => {
  server.state.fail('issues.listComments', { times: 1 });
  const refused = await get('/repos/acme/models/issues/1/comments');
  expect(refused.status).toBe(403);
  expect(await refused.json()).toEqual({
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  });
  expect((await get('/repos/acme/models/issues/1/comments')).status).toBe(200);
  expect(server.state.requests.map((r) => [r.route, r.status, r.login])).toEqual([
    ['issues.listComments', 403, 'octocat'],
    ['issues.listComments', 200, 'octocat'],
  ]);
});

it('refuses an oversized request body with 413', async () => {
  const response = await fetch(`${server.url}/repos/acme/models/issues`, {
    method: 'POST',
    headers: { authorization: 'token ghp_octocat' },
    body: 'x'.repeat(5 * 1024 * 1024),
  });
  expect(response.status).toBe(413);
});

it('closes while a client holds a keep-alive connection', async () => {
  const octokit = getOctokit('ghp_octocat', { baseUrl: server.url });
  await octokit.rest.users.getAuthenticated();
  const started = Date.now();
  await server.close();
  expect(Date.now() - started).toBeLessThan(1000);
  await expect(octokit.rest.users.getAuthenticated()).rejects.toThrow();
  server = await startGitHubServer(); // for afterEach
});
