import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  payload,
  pullRequestPayload,
  pushPayload,
  runFromSource,
  startWorld,
  workflowRunPayload,
  writes,
  type World,
} from './harness.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
  await writeFile(path.join(world.workspace, 'not-json.json'), '{"schemaVersion": 1,');
  await writeFile(path.join(world.workspace, 'not-results.json'), '{"schemaVersion": 1}');
  await writeFile(
    path.join(world.workspace, 'suite/long.yml'),
    `suite: ${'s'.repeat(300)}\nmodel: model/model.json\ndata: { eval: data/eval.csv, label: diagnosis }\n`,
  );
});

afterAll(async () => {
  await world?.server.close();
});

interface BadInput {
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: () => unknown;
  token?: string;
  /** The one line the step fails with. */
  line: string;
  /** Refused by the config loader (this config), at the start of the run's group, before evaluating. */
  config?: string;
}

const INPUT = 'ablation-ci: input error: input';

/**
 * Bad values of every input, and of the event, each refused with one line
 * naming the input before anything is evaluated, posted or stored.
 */
const cases: Record<string, BadInput> = {
  'mode: bogus': {
    inputs: { mode: 'bogus' },
    line: `${INPUT} mode: must be one of auto, run, compute, report, merge, got "bogus"`,
  },
  'comment: sometimes': {
    inputs: { comment: 'sometimes' },
    line: `${INPUT} comment: must be one of always, on-change, on-failure, never, got "sometimes"`,
  },
  'backend: gpu': {
    inputs: { backend: 'gpu' },
    line: `${INPUT} backend: must be one of auto, tensorflow, wasm, cpu, onnxruntime-node, onnxruntime-web, got "gpu"`,
  },
  'fail-on: crash': {
    inputs: { 'fail-on': 'regression, crash' },
    line: `${INPUT} fail-on: expected a list of test-failure, regression, inconclusive, sensitivity (or none), got "crash"`,
  },
  ...Object.fromEntries(
    ['0x10', '1e3', '0', '-1', '1.5', '007', 'ten', '+5', '9999999999'].map((value) => [
      `retention: ${value}`,
      {
        inputs: { retention: value },
        line: `${INPUT} retention: expected a whole number of runs from 1 to 999999999, in decimal digits, got "${value}"`,
      },
    ]),
  ),
  'results-branch equal to baseline-branch': {
    inputs: { 'results-branch': 'release', 'baseline-branch': 'refs/heads/release' },
    line: `${INPUT} results-branch: "release" is the baseline branch; the results need a branch of their own (default ablation-ci-data)`,
  },
  'results-branch equal to the default branch (from the event)': {
    inputs: { 'results-branch': 'master' },
    line: `${INPUT} results-branch: "master" is the default branch; the results need a branch of their own (default ablation-ci-data)`,
  },
  'results-branch equal to the default branch on push': {
    inputs: { 'results-branch': 'refs/heads/master' },
    eventName: 'push',
    payload: () => pushPayload('0'.repeat(40)),
    line: `${INPUT} results-branch: "refs/heads/master" is the default branch; the results need a branch of their own (default ablation-ci-data)`,
  },
  'results-branch that is no branch name': {
    inputs: { 'results-branch': 'bad..name' },
    line: `${INPUT} results-branch: "bad..name" is not a valid branch name`,
  },
  'baseline-file missing': {
    inputs: { 'baseline-file': 'missing.json' },
    line: 'ablation-ci: input error: missing.json: input baseline-file: file not found',
  },
  'baseline-file not JSON': {
    inputs: { 'baseline-file': 'not-json.json' },
    line: expectPrefix(
      'ablation-ci: input error: not-json.json: input baseline-file: not valid JSON (',
    ),
  },
  'baseline-file not a results document': {
    inputs: { 'baseline-file': 'not-results.json' },
    line: "ablation-ci: input error: not-results.json: input baseline-file: not a results document (schemaVersion 1): (root): must have required property 'suite'",
  },
  'github-token GitHub rejects': {
    token: 'ghp_revoked',
    line: `${INPUT} github-token: GitHub rejected the token (401 Bad credentials)`,
  },
  'mode compute on a push': {
    inputs: { mode: 'compute' },
    eventName: 'push',
    payload: () => pushPayload('0'.repeat(40)),
    line: `${INPUT} mode: mode compute runs on the pull_request event, not push`,
  },
  'mode report on a pull request': {
    inputs: { mode: 'report' },
    line: `${INPUT} mode: mode report runs on the workflow_run event, not pull_request`,
  },
  'mode auto on an issues event': {
    eventName: 'issues',
    payload: () => payload('issues'),
    line: `${INPUT} mode: mode auto does not handle the issues event; use pull_request, push, schedule, workflow_dispatch or workflow_run, or set mode: run`,
  },
  'an event payload missing the head commit': {
    payload: () => {
      const event = pullRequestPayload('0'.repeat(40)) as { pull_request: { head: object } };
      event.pull_request.head = {};
      return event;
    },
    line: 'ablation-ci: input error: pull_request event payload: pull_request.head.sha: expected a string',
  },
  'config: a file that does not exist': {
    inputs: { config: 'suite/missing.yml' },
    line: expectPrefix('ablation-ci: input error: suite/missing.yml: '),
    config: 'suite/missing.yml',
  },
  'artifact-path: a folder without the artifact (mode report)': {
    inputs: { mode: 'report', 'artifact-path': 'no-artifact' },
    eventName: 'workflow_run',
    payload: () => workflowRunPayload(world.head),
    line: expectPrefix(
      'ablation-ci: input error: input artifact-path: cannot read no-artifact/pull-request.json: ENOENT',
    ),
  },
  'a config whose suite name is 300 characters': {
    inputs: { config: 'suite/long.yml' },
    line: expectPrefix(
      'ablation-ci: input error: suite/long.yml:1: suite: expected a suite name of at most 100 letters',
    ),
    config: 'suite/long.yml',
  },
};

/** A marker for lines checked by their start (the rest quotes a parser's own words). */
function expectPrefix(prefix: string): string {
  return `PREFIX:${prefix}`;
}

describe('bad values of every input fail with one line, before anything is evaluated or posted', () => {
  it.each(Object.entries(cases))('%s', async (_, spec) => {
    const before = writes(world).length;
    const result = await runFromSource(world, {
      eventName: spec.eventName ?? 'pull_request',
      payload: spec.payload?.() ?? pullRequestPayload(world.head),
      inputs: spec.inputs ?? {},
      ...(spec.token === undefined ? {} : { token: spec.token }),
    });
    if (spec.line.startsWith('PREFIX:')) {
      expect(result.error?.startsWith(spec.line.slice('PREFIX:'.length))).toBe(true);
    } else {
      expect(result.error).toBe(spec.line);
    }
    expect(result.error).not.toContain('\n');
    // Nothing was evaluated, written to the summary, posted or stored.
    expect(result.groups).toEqual(
      spec.config === undefined ? [] : [`Run the ablation suite (${spec.config})`],
    );
    expect(result.summary).toBe('');
    expect(result.outputs).toEqual({});
    expect(writes(world).length).toBe(before);
  });
});
