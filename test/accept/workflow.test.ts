import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Workflow {
  on: Record<string, { types?: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, { if?: string; steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

const read = (file: string) =>
  parse(readFileSync(`examples/workflows/${file}`, 'utf8')) as Workflow;

describe('the accept workflow', () => {
  const workflow = read('accept.yml');

  it('runs on new comments and on labels, with the least permissions it needs', () => {
    expect(workflow.on).toEqual({
      issue_comment: { types: ['created'] },
      pull_request_target: { types: ['labeled'] },
    });
    // actions: write re-runs the failed job; pull-requests: write posts the record; contents: read the config.
    expect(workflow.permissions).toEqual({
      actions: 'write',
      contents: 'read',
      'pull-requests': 'write',
    });
  });

  it('checks out only the default branch: no pull request code runs with the write token', () => {
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toBeUndefined();
    expect(steps.filter((step) => step.uses === undefined)).toEqual([]);
  });

  it('starts only for the command on a pull request or the accept label', () => {
    const condition = workflow.jobs.accept.if!;
    expect(condition).toContain("startsWith(github.event.comment.body, '/ablation-ci accept')");
    expect(condition).toContain('github.event.issue.pull_request');
    expect(condition).toContain("github.event.label.name == 'ablation-ci: accept'");
  });

  it('the store workflow may read the merged pull request', () => {
    expect(read('nightly.yml').permissions['pull-requests']).toBe('read');
  });
});
