import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseEvent } from '../../src/github/event.js';

/** Real webhook payloads captured from GitHub (@octokit/webhooks-examples). */
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

function examples(name: string): Record<string, unknown>[] {
  const found = definitions.find((d) => d.name === name);
  if (found === undefined) throw new Error(`no examples of ${name}`);
  return found.examples;
}

/** A deep copy of a real payload, to change one field. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

const HELLO_WORLD = {
  fullName: 'Codertocat/Hello-World',
  id: 186853002,
  defaultBranch: 'master',
};

describe('pull_request', () => {
  const opened = examples('pull_request').find((p) => p.action === 'opened')!;

  it('reads a pull request opened in the same repository', () => {
    expect(parseEvent('pull_request', opened)).toEqual({
      kind: 'pull_request',
      number: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      baseRef: 'master',
      repository: HELLO_WORLD,
      action: 'opened',
      sender: 'Codertocat',
    });
  });

  it('reads every real pull_request payload', () => {
    const all = examples('pull_request');
    expect(all.length).toBeGreaterThan(20);
    for (const payload of all) {
      const event = parseEvent('pull_request', payload);
      expect(event).toMatchObject({ kind: 'pull_request', number: 2 });
    }
  });

  it('names the missing field of a broken payload', () => {
    const broken = copy(opened) as { pull_request: { head: Record<string, unknown> } };
    delete broken.pull_request.head.sha;
    const error = (() => {
      try {
        return parseEvent('pull_request', broken);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'pull_request event payload: pull_request.head.sha: expected a string',
    );
    expect(() => parseEvent('pull_request', [])).toThrow(
      'pull_request event payload: (root): expected an object',
    );
  });
});

describe('push', () => {
  const pushes = examples('push');

  it('reads a push to a branch', () => {
    const branch = pushes.find((p) => p.ref === 'refs/heads/master')!;
    expect(parseEvent('push', branch)).toEqual({
      kind: 'push',
      branch: 'master',
      repository: HELLO_WORLD,
    });
  });

  it('reads a deleted tag as no branch', () => {
    const deleted = pushes.find((p) => p.deleted === true)!;
    expect(parseEvent('push', deleted)).toMatchObject({ branch: undefined });
  });
});

describe('schedule and workflow_dispatch', () => {
  it('reads a schedule payload (documented shape: the cron that fired)', () => {
    // webhooks-examples has no schedule payload: it is not a webhook, only a workflow trigger.
    expect(parseEvent('schedule', { schedule: '17 3 * * *' })).toEqual({
      kind: 'schedule',
      repository: undefined,
    });
    const repository = examples('push')[0].repository;
    expect(parseEvent('schedule', { schedule: '17 3 * * *', repository })).toMatchObject({
      repository: HELLO_WORLD,
    });
  });

  it('reads a workflow_dispatch payload', () => {
    const [, second] = examples('workflow_dispatch');
    expect(parseEvent('workflow_dispatch', second)).toEqual({
      kind: 'workflow_dispatch',
      repository: {
        fullName: 'octo-org/octo-repo',
        id: 17273051,
        defaultBranch: 'master',
      },
    });
  });
});

describe('workflow_run', () => {
  const runs = examples('workflow_run');
  const completed = runs.filter((p) => p.action === 'completed');

  it('reads a completed run', () => {
    expect(parseEvent('workflow_run', completed[1])).toEqual({
      kind: 'workflow_run',
      runId: 289782451,
      event: 'repository_dispatch',
      headSha: '3484a3fb816e0859fd6e1cea078d76385ff50625',
      headRepo: 'octo-org/octo-repo',
      pullRequests: [],
      repository: {
        fullName: 'octo-org/octo-repo',
        id: 300029405,
        defaultBranch: 'master',
      },
    });
  });

  it("keeps only this repository's pull requests", () => {
    // In this real payload, PR #2 belongs to repository 186853002 (Codertocat/Hello-World),
    // not to octo-org/octo-repo where the run happened: commenting on #2 there would be wrong.
    const run = completed[2] as { workflow_run: { pull_requests: { number: number }[] } };
    expect(run.workflow_run.pull_requests.map((pr) => pr.number)).toEqual([2]);
    expect(parseEvent('workflow_run', run)).toMatchObject({ pullRequests: [] });
    const same = copy(run) as unknown as {
      workflow_run: { pull_requests: { base: { repo: { id: number } } }[] };
    };
    same.workflow_run.pull_requests[0].base.repo.id = 300029405;
    expect(parseEvent('workflow_run', same)).toMatchObject({ pullRequests: [2] });
  });

  it('reads the head repository of a run from another repository', () => {
    // This real payload's run came from octo-org/octo-repo into Codertocat/Hello-World.
    expect(parseEvent('workflow_run', runs[0])).toMatchObject({
      event: 'workflow_dispatch',
      headRepo: 'octo-org/octo-repo',
      repository: { fullName: 'Codertocat/Hello-World' },
    });
  });
});

it('says when the event is one the Action has no use for', () => {
  expect(parseEvent('issues', examples('issues')[0])).toEqual({
    kind: 'unsupported',
    eventName: 'issues',
  });
});
