import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mergeBase } from '../../src/github/merge-base.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const sha = (char: string) => char.repeat(40);

let server: GitHubServer;
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser('octocat', { token: 'ghp_octocat' });
  server.state.addRepo('acme/models');
  // main: a - b - c - f (merge of e)      feature/head: b - d - e      orphan: z
  const commit = (c: string, parents: string[], date: string, branch?: string) =>
    server.state.addCommit('acme/models', { sha: sha(c), parents: parents.map(sha), date, branch });
  commit('a', [], '2025-03-01T10:00:00Z');
  commit('b', ['a'], '2025-03-02T10:00:00Z');
  commit('c', ['b'], '2025-03-03T10:00:00Z');
  commit('d', ['b'], '2025-03-04T10:00:00Z');
  commit('e', ['d'], '2025-03-05T10:00:00Z', 'feature/head');
  commit('f', ['c', 'e'], '2025-03-06T10:00:00Z', 'main');
  commit('g', ['e'], '2025-03-07T10:00:00Z', 'after-merge');
  commit('z', [], '2025-03-08T10:00:00Z', 'orphan');
  octokit = getOctokit('ghp_octocat', { baseUrl: server.url });
});

afterEach(async () => {
  await server.close();
});

const at = (base: string, head: string) => ({ owner: 'acme', repo: 'models', base, head });

it('finds where a branch left the baseline branch, with its committer date', async () => {
  expect(await mergeBase(octokit, at(sha('c'), 'feature/head'))).toEqual({
    sha: sha('b'),
    date: '2025-03-02T10:00:00Z',
  });
  expect(server.state.requests.at(-1)).toMatchObject({
    route: 'repos.compareCommitsWithBasehead',
    // Octokit encodes the slash of the branch name; GitHub decodes it.
    path: `/repos/acme/models/compare/${sha('c')}...feature%2Fhead`,
    status: 200,
  });
  // After main merged the branch, the merge base of a later commit on it is e.
  expect(await mergeBase(octokit, at('main', sha('g')))).toEqual({
    sha: sha('e'),
    date: '2025-03-05T10:00:00Z',
  });
  expect(await mergeBase(octokit, at('main', 'main'))).toEqual({
    sha: sha('f'),
    date: '2025-03-06T10:00:00Z',
  });
});

it('is undefined for an unknown ref or without a common ancestor', async () => {
  expect(await mergeBase(octokit, at('main', 'no-such-branch'))).toBeUndefined();
  expect(await mergeBase(octokit, at('main', 'orphan'))).toBeUndefined();
  expect(server.state.requests.map((r) => r.status)).toEqual([404, 404]);
});

it('throws other failures with the refs named', async () => {
  server.state.fail('repos.compareCommitsWithBasehead', { status: 500, message: 'Server Error' });
  await expect(mergeBase(octokit, at('main', 'feature/head'))).rejects.toThrow(
    'comparing main...feature/head in acme/models: Server Error',
  );
});
