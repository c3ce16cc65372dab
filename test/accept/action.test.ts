import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/accept/state.js';
import type { Results } from '../../src/results/types.js';
import { gitRunner, readResults } from '../../src/store/index.js';
import {
  BOT,
  payload,
  PR,
  pullRequestPayload,
  pushPayload,
  REPOSITORY,
  runFromSource,
  startWorld,
  stickyComments,
  type World,
} from '../action/harness.js';
import { git } from '../helpers/workspace.js';

/**
 * Accepting an intended regression (docs/action.md), through the Action from
 * source against the local GitHub server and a real bare repository as the
 * results store: a regressed pull request, the accept command and label by
 * users of each permission, the re-run, the merge, and a later head that
 * moves the accepted check further.
 */

let world: World;
/** PR #2's head: the output bias shifted by 6 (a regression), then an empty commit on it. */
let regressed: string;

/** Adds `shift` to the model's output bias (the last float of weights.bin) and commits. */
async function commitShiftedBias(shift: number, message: string): Promise<string> {
  const file = path.join(world.workspace, 'suite/model/weights.bin');
  const bytes = await readFile(file);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  weights[weights.length - 1] += shift;
  await writeFile(file, bytes);
  await git(world.workspace, 'commit', '-q', '-am', message);
  return git(world.workspace, 'rev-parse', 'HEAD');
}

/** Moves PR #2's head to `sha` on the server (the compare API and GET /pulls/2 see it). */
function moveHead(sha: string, parent: string): void {
  const { state } = world.server;
  state.addCommit(REPOSITORY, { sha, parents: [parent], branch: 'feature' });
  state.repo(REPOSITORY).issues.find((i) => i.number === PR)!.head = { sha, ref: 'feature' };
}

const pullRequest = () => world.server.state.repo(REPOSITORY).issues.find((i) => i.number === PR)!;
const repo = () => world.server.state.repo(REPOSITORY);
const onPullRequest = (runId: number, sha: string) =>
  runFromSource(world, { eventName: 'pull_request', payload: pullRequestPayload(sha), runId, sha });

/** A real `issue_comment` payload: `login` wrote `body` on PR #2. */
function commentPayload(login: string, body: string): Record<string, unknown> {
  const event = payload('issue_comment', (e) => e.action === 'created') as {
    issue: Record<string, unknown>;
    comment: { body: string; user: { login: string } };
    sender: { login: string };
  };
  event.issue.number = PR;
  event.issue.pull_request = { url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR}` };
  event.comment.body = body;
  event.comment.user.login = login;
  event.sender.login = login;
  return event;
}

/** A real `labeled` payload (as pull_request_target sends it): `login` added `label` to PR #2. */
function labelPayload(login: string, label: string, sha: string): Record<string, unknown> {
  const event = payload('pull_request', (e) => e.action === 'labeled') as {
    number: number;
    label: { name: string };
    sender: { login: string };
    pull_request: { number: number; head: { sha: string } };
  };
  event.number = PR;
  event.pull_request.number = PR;
  event.pull_request.head.sha = sha;
  event.label.name = label;
  event.sender.login = login;
  return event;
}

const onComment = (login: string, body: string, runId = 90) =>
  runFromSource(world, {
    eventName: 'issue_comment',
    payload: commentPayload(login, body),
    runId,
    sha: world.main,
  });

/** Comments of PR #2 the bot wrote that are not the sticky report. */
const notes = () =>
  repo().comments.filter(
    (c) => c.issueNumber === PR && c.user.login === BOT && !c.body.includes('ablation-ci:state:'),
  );
const records = () => notes().filter((c) => c.body.includes('<!-- ablation-ci:accepted:'));

beforeAll(async () => {
  world = await startWorld();
  const { state } = world.server;
  for (const login of ['maint', 'reader', 'forker']) state.addUser(login);
  repo().permissions.set('maint', 'maintain');
  repo().permissions.set('reader', 'triage');
  repo().permissions.set('forker', 'write');
  await git(world.workspace, 'checkout', '-q', 'master');
  const push = await runFromSource(world, {
    eventName: 'push',
    payload: pushPayload(world.main),
    sha: world.main,
    runId: 10,
  });
  expect(push.error).toBeUndefined();
  await git(world.workspace, 'checkout', '-q', 'feature');
  regressed = await commitShiftedBias(6, 'a smaller, worse model');
  moveHead(regressed, world.head);
  const run = await onPullRequest(40, regressed);
  expect(run.error).toBeUndefined();
  expect(run.failed).toEqual([
    'ablation-ci: breast-cancer failed the gate: test benign-recall failed; overall regressed; benign-recall regressed',
  ]);
  expect(stickyComments(world)[0].body).toContain('<!-- ablation-ci:state:breast-cancer ');
});

afterAll(async () => {
  await world?.server.close();
});

describe('who may accept', () => {
  it("a read-only user's label and command are ignored with a note; write permission is asked of the API", async () => {
    const label = await runFromSource(world, {
      eventName: 'pull_request_target',
      payload: labelPayload('reader', 'ablation-ci: accept', regressed),
      runId: 91,
      sha: world.main,
    });
    const command = await onComment('reader', '/ablation-ci accept overall');
    for (const result of [label, command]) {
      expect(result.error).toBeUndefined();
      expect(result.failed).toEqual([]);
    }
    expect(notes().map((c) => c.body)).toEqual([
      'The label `ablation-ci: accept` of @&#8288;reader is ignored: accepting a regression of **breast-cancer** needs write permission, and GitHub reports triage.',
      'The accept command of @&#8288;reader is ignored: accepting a regression of **breast-cancer** needs write permission, and GitHub reports triage.',
    ]);
    expect(
      world.server.state.requests.filter(
        (r) =>
          r.route === 'repos.getCollaboratorPermissionLevel' &&
          r.path.endsWith('/reader/permission'),
      ),
    ).toHaveLength(2);
    expect(records()).toEqual([]);
    expect(repo().reruns).toEqual([]);
  });

  it('the author of a pull request from a fork cannot accept it, even with write permission', async () => {
    const pull = pullRequest();
    const author = pull.user;
    pull.headRepo = 'forker/Hello-World';
    pull.user = world.server.state.addUser('forker');
    try {
      const result = await onComment('forker', '/ablation-ci accept overall -- mine');
      expect(result.error).toBeUndefined();
      expect(notes().at(-1)!.body).toBe(
        'The accept command of @&#8288;forker is refused: the author of a pull request from a fork cannot accept its regressions; another maintainer can.',
      );
      expect(records()).toEqual([]);
      expect(repo().reruns).toEqual([]);
    } finally {
      pull.headRepo = undefined;
      pull.user = author;
    }
  });

  it('a name the report does not list: one line, nothing accepted', async () => {
    const result = await onComment('maint', '/ablation-ci accept overall benign-recal -- typo');
    expect(result.error).toBe(
      `ablation-ci: input error: the accept command on #2: "benign-recal" is not a check of the last report (${regressed.slice(0, 7)}): overall, benign-recall; nothing accepted`,
    );
    expect(records()).toEqual([]);
    expect(repo().reruns).toEqual([]);
  });
});

describe('accepting, the re-run, the merge and expiry', () => {
  it('a maintainer accepts: a record naming who, what and why, and the failed run is re-run', async () => {
    const result = await onComment(
      'maint',
      '/ablation-ci accept overall benign-recall -- a smaller model, on purpose',
    );
    expect(result.error).toBeUndefined();
    expect(result.outputs.accepted).toBe('overall,benign-recall');
    expect(records()).toHaveLength(1);
    expect(records()[0].body).toContain(
      `✅ @&#8288;maint accepted **overall**, **benign-recall** of **breast-cancer** at \`${regressed.slice(0, 7)}\`: a smaller model, on purpose`,
    );
    expect(repo().reruns).toEqual([40]);
  });

  it('the re-run passes and its comment shows who accepted what and why', async () => {
    const result = await onPullRequest(41, regressed);
    expect(result.error).toBeUndefined();
    expect(result.failed).toEqual([]);
    expect(result.outputs.passed).toBe('true');
    const body = stickyComments(world)[0].body;
    expect(body).toContain('### Accepted as intended');
    expect(body).toMatch(/\| overall +\| yes +\| @&#8288;maint +\|/);
    expect(body).toMatch(
      /\| benign-recall +\| yes +\| @&#8288;maint +\|.*a smaller model, on purpose/,
    );
  });

  it('a head that moves the check no further keeps the acceptance', async () => {
    await git(world.workspace, 'commit', '-q', '--allow-empty', '-m', 'docs only');
    const same = await git(world.workspace, 'rev-parse', 'HEAD');
    moveHead(same, regressed);
    regressed = same;
    const result = await onPullRequest(42, same);
    expect(result.failed).toEqual([]);
  });

  it('a head that moves the check further: the acceptance expires and the check fails again; the label accepts anew', async () => {
    const worse = await commitShiftedBias(2, 'worse still');
    moveHead(worse, regressed);
    const result = await onPullRequest(43, worse);
    expect(result.failed).toEqual([
      'ablation-ci: breast-cancer failed the gate: test benign-recall failed; overall regressed; benign-recall regressed',
    ]);
    const body = stickyComments(world)[0].body;
    expect(body).toMatch(
      /The acceptance of \*\*overall\*\* by @&#8288;maint at .* expired: its drop moved from [0-9.]+ to [0-9.]+\./,
    );
    expect(body).toMatch(
      /The acceptance of \*\*benign-recall\*\* by @&#8288;maint at .* expired: its drop moved from/,
    );
    const label = await runFromSource(world, {
      eventName: 'pull_request_target',
      payload: labelPayload('maint', 'ablation-ci: accept', worse),
      runId: 92,
      sha: world.main,
    });
    expect(label.error).toBeUndefined();
    expect(label.outputs.accepted).toBe('overall,benign-recall');
    expect(repo().reruns).toEqual([40, 43]);
    const rerun = await onPullRequest(44, worse);
    expect(rerun.failed).toEqual([]);
    regressed = worse;
  });
  it('after the merge, the stored run of main carries the acceptance', async () => {
    await git(world.workspace, 'checkout', '-q', 'master');
    await git(world.workspace, 'merge', '-q', '--no-ff', '-m', 'Merge #2', 'feature');
    const merge = await git(world.workspace, 'rev-parse', 'HEAD');
    await git(world.workspace, 'push', '-q', 'origin', 'master');
    world.server.state.addCommit(REPOSITORY, {
      sha: merge,
      parents: [world.main, regressed],
      branch: 'master',
    });
    pullRequest().mergeCommit = merge;
    try {
      const push = await runFromSource(world, {
        eventName: 'push',
        payload: pushPayload(merge),
        sha: merge,
        runId: 50,
      });
      expect(push.error).toBeUndefined();
      expect(push.failed).toEqual([]);
      const stored = await readResults(gitRunner(world.workspace), {
        remote: 'origin',
        branch: 'ablation-ci-data',
        suite: 'breast-cancer',
        commit: merge,
      });
      // What the label recorded on the pull request, sorted by check: the acceptances in effect at the merge.
      const label = parseRecord('breast-cancer', records().at(-1)!.body);
      expect(label.map((a) => [a.check, a.by, a.via, a.headSha])).toEqual([
        ['overall', 'maint', 'label', regressed],
        ['benign-recall', 'maint', 'label', regressed],
      ]);
      expect(stored.acceptances).toEqual([label[1], label[0]]);
      expect(push.summary).toContain('### Accepted as intended');
      const file = JSON.parse(await readFile(push.outputs['results-path'], 'utf8')) as Results;
      expect(file.acceptances).toEqual(stored.acceptances);
    } finally {
      pullRequest().mergeCommit = undefined;
      await git(world.workspace, 'checkout', '-q', 'feature');
    }
  });
});
