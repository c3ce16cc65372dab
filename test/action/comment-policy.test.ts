import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postComment } from '../../src/action/comment.js';
import type { ActionContext, Sinks } from '../../src/action/context.js';
import type { CommentPolicy } from '../../src/action/inputs.js';
import { compare } from '../../src/compare/compare.js';
import type { Results } from '../../src/results/types.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { breastCancerResults, correctRows, withFlippedRows } from '../helpers/results.js';
import { laterRun, setContribution, setTest } from '../report/comparisons.js';

/**
 * Issue 17.6: `comment: on-change` posts when, and only when, something
 * changed — a test changed state, a gated check regressed, a contribution
 * flipped sign, or the eval data changed — each trigger a row, against a
 * real comparison and the local GitHub server.
 */

const BOT = 'github-actions[bot]';
const REPOSITORY = { owner: 'acme', repo: 'models' };

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser(BOT, { token: 'ghs_installation', installation: true });
  server.state.addRepo('acme/models', { members: [BOT] });
  server.state.addIssue('acme/models', { login: 'alice', title: 'Add a head', pullRequest: true });
});

afterEach(async () => {
  await server.close();
});

/** The parts of a run's context that posting a comment reads; the log goes to `info`. */
function context(policy: CommentPolicy, info: string[]): ActionContext {
  const sinks: Sinks = {
    info: (message) => info.push(message),
    warning: (message) => info.push(`warning: ${message}`),
    setOutput: () => undefined,
    setFailed: (message) => info.push(`failed: ${message}`),
    writeSummary: () => Promise.resolve(),
    group: (_name, work) => work(),
  };
  return {
    inputs: { comment: policy },
    repository: REPOSITORY,
    runId: 700,
    runAttempt: 1,
    octokit: getOctokit('ghs_installation', { baseUrl: server.url }),
    sinks,
  } as unknown as ActionContext;
}

const base = breastCancerResults();
const head = (edit: (results: Results) => Results | void): Results => {
  const results = laterRun(base, '2'.repeat(40));
  return edit(results) ?? results;
};

const rows: { name: string; head: Results; posts: boolean }[] = [
  { name: 'nothing changed', head: head(() => undefined), posts: false },
  {
    name: 'a test changed state',
    head: head((r) => setTest(r, 'malignant-recall', { status: 'inconclusive' })),
    posts: true,
  },
  {
    name: 'a gated check regressed',
    head: head((r) => withFlippedRows(r, correctRows(base).slice(0, 15))),
    posts: true,
  },
  {
    name: 'a contribution flipped sign',
    head: head((r) => setContribution(r, 'layer:hidden_1:zero', -0.2, [-0.3, -0.1], 0.001)),
    posts: true,
  },
  {
    name: 'the eval data changed',
    head: head((r) => void (r.source.dataHash = `sha256:${'5'.repeat(64)}`)),
    posts: true,
  },
];

describe('comment: on-change', () => {
  it.each(rows)('$name: posts = $posts', async ({ head: results, posts }) => {
    const comparison = compare(base, results);
    const info: string[] = [];
    await postComment(
      context('on-change', info),
      { comparison, within: () => '## ablation-ci: report' },
      { number: 1, headSha: '2'.repeat(40), author: BOT },
    );
    const comments = server.state.repo('acme/models').comments;
    expect(comments).toHaveLength(posts ? 1 : 0);
    expect(info).toEqual([
      posts
        ? `comment created: https://github.com/acme/models/pull/1#issuecomment-${comments[0].id}`
        : 'no comment: comment is on-change and nothing calls for one',
    ]);
    if (posts) expect(comments[0].body).toContain('## ablation-ci: report');
  });

  it('the sign flip row flips nothing else: its only change is the flip', () => {
    const comparison = compare(base, rows[3].head);
    expect(comparison.components.filter((c) => c.signFlip).map((c) => c.id)).toEqual([
      'layer:hidden_1:zero',
    ]);
    expect(comparison.tests.every((t) => ['still-passing', 'unchanged'].includes(t.change))).toBe(
      true,
    );
    expect(comparison.verdict.regressions).toEqual([]);
    expect(comparison.data.changed).toBe(false);
  });
});
