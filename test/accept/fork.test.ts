import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseState } from '../../src/accept/state.js';
import {
  payload,
  PR,
  pullRequestPayload,
  pushPayload,
  REPOSITORY,
  runFromSource,
  startWorld,
  stickyComments,
  workflowRunPayload,
  type World,
} from '../action/harness.js';
import { git } from '../helpers/workspace.js';

/**
 * A pull request from a fork, through the compute/report pair: the gate
 * fails in the compute run (read-only token), the report run posts the
 * comment; an acceptance re-runs the compute run, which reads the record
 * and passes, and the next report shows it.
 */

let world: World;
let head: string;
const FORK = 'forker/Hello-World';
const ARTIFACT = { 'artifact-path': 'artifact' };
const repo = () => world.server.state.repo(REPOSITORY);

const compute = (runId: number) =>
  runFromSource(world, {
    eventName: 'pull_request',
    payload: pullRequestPayload(head),
    runId,
    sha: head,
    inputs: { mode: 'compute', ...ARTIFACT },
  });
const report = (runId: number) =>
  runFromSource(world, {
    eventName: 'workflow_run',
    payload: workflowRunPayload(head, { runId: 300, headRepo: FORK }),
    runId,
    sha: world.main,
    inputs: { mode: 'report', ...ARTIFACT },
  });

beforeAll(async () => {
  world = await startWorld();
  world.server.state.addUser('maint');
  repo().permissions.set('maint', 'write');
  await git(world.workspace, 'checkout', '-q', 'master');
  const push = await runFromSource(world, {
    eventName: 'push',
    payload: pushPayload(world.main),
    sha: world.main,
    runId: 10,
  });
  expect(push.error).toBeUndefined();
  await git(world.workspace, 'checkout', '-q', 'feature');
  // The fork's change: the output bias shifted by 6, a clear regression.
  const file = path.join(world.workspace, 'suite/model/weights.bin');
  const bytes = await readFile(file);
  const weights = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  weights[weights.length - 1] += 6;
  await writeFile(file, bytes);
  await git(world.workspace, 'commit', '-q', '-am', 'a worse model from a fork');
  head = await git(world.workspace, 'rev-parse', 'HEAD');
  world.server.state.addCommit(REPOSITORY, { sha: head, parents: [world.head], branch: 'feature' });
  const pull = repo().issues.find((i) => i.number === PR)!;
  pull.head = { sha: head, ref: 'feature' };
  pull.headRepo = FORK;
  pull.user = world.server.state.addUser('forker');
});

afterAll(async () => {
  await world?.server.close();
});

describe('accepting on a pull request from a fork (compute/report)', () => {
  it('the compute run fails, the report names it as the run to re-run, the acceptance re-runs it green', async () => {
    const first = await compute(300);
    expect(first.error).toBeUndefined();
    expect(first.failed).toHaveLength(1);
    const posted = await report(301);
    expect(posted.error).toBeUndefined();
    const state = parseState('breast-cancer', stickyComments(world)[0].body)!;
    expect(state).toMatchObject({ sha: head, failed: true, runId: 300 });
    const failing = state.checks.filter((c) => c.failing).map((c) => c.name);

    const event = payload('issue_comment', (e) => e.action === 'created') as {
      issue: Record<string, unknown>;
      comment: { body: string; user: { login: string } };
    };
    event.issue.number = PR;
    event.issue.pull_request = { url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR}` };
    event.comment.body = `/ablation-ci accept ${failing.join(' ')} -- intended`;
    event.comment.user.login = 'maint';
    const accepted = await runFromSource(world, {
      eventName: 'issue_comment',
      payload: event,
      runId: 90,
      sha: world.main,
    });
    expect(accepted.error).toBeUndefined();
    expect(repo().reruns).toEqual([300]);

    const again = await compute(300);
    expect(again.failed).toEqual([]);
    expect(again.outputs.passed).toBe('true');
    const shown = await report(302);
    expect(shown.error).toBeUndefined();
    expect(stickyComments(world)[0].body).toContain('### Accepted as intended');
  });
});
