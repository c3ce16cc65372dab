import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PR,
  pullRequestPayload,
  REPOSITORY,
  runFromSource,
  startWorld,
  stickyComments,
  workflowRunPayload,
  writes,
  type World,
} from './harness.js';

let world: World;
const SOURCE = 'artifact-source';

beforeAll(async () => {
  world = await startWorld();
  // Part 1 on the fork's pull request: a read-only token, nothing posted.
  const before = writes(world).length;
  const computed = await runFromSource(world, {
    eventName: 'pull_request',
    payload: pullRequestPayload(world.head),
    runId: 300,
    inputs: { mode: 'compute', 'artifact-path': SOURCE },
  });
  expect(computed.error).toBeUndefined();
  expect(writes(world).length).toBe(before);
});

afterAll(async () => {
  await world?.server.close();
});

type Json = Record<string, unknown>;
interface Case {
  note?: (note: Json) => void;
  results?: (results: Json) => void;
  event?: () => Json;
  server?: (world: World) => () => void;
  /** The one line the report step fails with (after `ablation-ci: input error: `). */
  line: string | ((world: World) => string);
}

const short = (sha: string) => sha.slice(0, 7);

/** Every identity in the artifact must agree with the triggering run and the pull request. */
const cases: Record<string, Case> = {
  'PR number 0': {
    note: (n) => (n.number = 0),
    line: 'artifact/pull-request.json: number: expected a pull request number ≥ 1, got 0',
  },
  'PR number -1': {
    note: (n) => (n.number = -1),
    line: 'artifact/pull-request.json: number: expected a pull request number ≥ 1, got -1',
  },
  'PR number as a string': {
    note: (n) => (n.number = '2'),
    line: 'artifact/pull-request.json: number: expected a pull request number ≥ 1, got "2"',
  },
  'PR number of a pull request the run did not build': {
    event: () => workflowRunPayload(world.head, { pullRequests: [7] }),
    line: 'artifact/pull-request.json: number: #2 is not a pull request of the triggering run (#7)',
  },
  'head sha not a commit id': {
    note: (n) => (n.headSha = 'HEAD'),
    line: 'artifact/pull-request.json: headSha: expected a full lowercase commit id',
  },
  'head sha of another commit': {
    note: (n) => (n.headSha = world.main),
    line: (w) =>
      `artifact/pull-request.json: headSha: the artifact is for commit ${short(w.main)}, but the triggering run built ${short(w.head)}`,
  },
  'results of another commit': {
    results: (r) => ((r.source as Json).commit = world.main),
    line: (w) =>
      `artifact/results.json: source.commit: the results are of commit ${short(w.main)}, but the triggering run built ${short(w.head)}`,
  },
  'results of no commit': {
    results: (r) => ((r.source as Json).commit = null),
    line: (w) =>
      `artifact/results.json: source.commit: the results are of no commit, but the triggering run built ${short(w.head)}`,
  },
  'results of another suite': {
    results: (r) => (r.suite = 'credit-risk'),
    line: 'artifact/results.json: suite: the results are of suite "credit-risk", but the config\'s suite is "breast-cancer"',
  },
  'results that are not a results document': {
    results: (r) => delete r.predictions,
    line: "artifact/results.json: input artifact-path: not a results document (schemaVersion 1): (root): must have required property 'predictions'",
  },
  'a triggering run that was not a pull_request run': {
    event: () => workflowRunPayload(world.head, { event: 'push' }),
    line: 'artifact/pull-request.json: number: the triggering run was a push run, not a pull_request run',
  },
  'a pull request whose head moved on since': {
    server: (w) => {
      const pull = w.server.state.repo(REPOSITORY).issues.find((i) => i.number === PR)!;
      const head = pull.head!;
      pull.head = { ...head, sha: w.main };
      return () => (pull.head = head);
    },
    line: (w) =>
      `artifact/pull-request.json: number: pull request #2 is at ${short(w.main)}, not at the commit the artifact describes (${short(w.head)})`,
  },
  'a run built from another repository than the pull request head': {
    event: () => workflowRunPayload(world.head, { headRepo: 'mallory/Hello-World' }),
    line: 'artifact/pull-request.json: number: pull request #2 comes from Codertocat/Hello-World, but the triggering run built mallory/Hello-World',
  },
};

async function artifact(spec: Case): Promise<void> {
  const folder = path.join(world.workspace, 'artifact');
  await rm(folder, { recursive: true, force: true });
  await cp(path.join(world.workspace, SOURCE), folder, { recursive: true });
  for (const [file, edit] of [
    ['pull-request.json', spec.note],
    ['results.json', spec.results],
  ] as const) {
    if (edit === undefined) continue;
    const document = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as Json;
    edit(document);
    await writeFile(path.join(folder, file), JSON.stringify(document));
  }
}

const report = (event: Json, runId = 301) =>
  runFromSource(world, {
    eventName: 'workflow_run',
    payload: event,
    sha: world.main,
    runId,
    inputs: { mode: 'report', 'artifact-path': 'artifact' },
  });

describe('fork-safe report mode posts nothing unless every identity agrees', () => {
  it.each(Object.entries(cases))('%s', async (_, spec) => {
    await artifact(spec);
    const restore = spec.server?.(world);
    const before = writes(world).length;
    try {
      const result = await report(spec.event?.() ?? workflowRunPayload(world.head));
      const line = typeof spec.line === 'function' ? spec.line(world) : spec.line;
      expect(result.error).toBe(`ablation-ci: input error: ${line}`);
      expect(writes(world).length).toBe(before);
      expect(result.groups).toEqual([]);
    } finally {
      restore?.();
    }
  });

  it('an artifact that agrees is posted as the sticky comment, without running anything', async () => {
    await artifact({ line: '' });
    const result = await report(workflowRunPayload(world.head));
    expect(result.error).toBeUndefined();
    expect(result.groups).toEqual([]);
    expect(stickyComments(world)).toHaveLength(1);
    expect(stickyComments(world)[0].body).toContain(`"sha":"${world.head}","runId":301`);
  });
});
