import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseEvent } from '../../src/github/event.js';

/** Real webhook payloads captured from GitHub (@octokit/webhooks-examples). */
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];
const examples = (name: string) => definitions.find((d) => d.name === name)!.examples;

const HELLO_WORLD = {
  fullName: 'Codertocat/Hello-World',
  id: 186853002,
  defaultBranch: 'master',
};

describe('the events of accepting', () => {
  it('reads every real issue_comment payload: who wrote what on which issue', () => {
    const all = examples('issue_comment');
    expect(all.length).toBeGreaterThan(5);
    for (const payload of all) {
      const p = payload as { action: string; comment: { body: string } };
      expect(parseEvent('issue_comment', payload)).toEqual({
        kind: 'issue_comment',
        action: p.action,
        number: 1,
        isPullRequest: false,
        body: p.comment.body,
        commenter: 'Codertocat',
        repository: HELLO_WORLD,
      });
    }
  });

  it('a comment on a pull request says so', () => {
    const payload = structuredClone(examples('issue_comment')[0]) as {
      issue: Record<string, unknown>;
    };
    payload.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/1' };
    expect(parseEvent('issue_comment', payload)).toMatchObject({ isPullRequest: true });
  });

  it('a real labeled payload, as pull_request and as pull_request_target', () => {
    const labeled = examples('pull_request').find((p) => p.action === 'labeled')!;
    expect(parseEvent('pull_request', labeled)).toMatchObject({
      kind: 'pull_request',
      number: 2,
      action: 'labeled',
      label: 'bug',
      sender: 'Codertocat',
    });
    expect(parseEvent('pull_request_target', labeled)).toEqual({
      kind: 'pull_request_target',
      number: 2,
      action: 'labeled',
      label: 'bug',
      sender: 'Codertocat',
      repository: HELLO_WORLD,
    });
  });

  it('names the missing field of a broken comment payload', () => {
    const broken = structuredClone(examples('issue_comment')[0]) as {
      comment: Record<string, unknown>;
    };
    delete broken.comment.user;
    expect(() => parseEvent('issue_comment', broken)).toThrow(
      new InputError('expected an object', {
        file: 'issue_comment event payload',
        where: 'comment.user',
      }),
    );
  });
});
