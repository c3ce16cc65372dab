import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, errorMessage } from '../errors.js';
import type { PullRequestEvent, WorkflowRunEvent } from '../github/event.js';
import { readResultsFile } from '../results/read.js';
import type { Results } from '../results/types.js';
import { writeFileAtomic } from '../files/atomic.js';
import { acceptancesOfPullRequest } from './accept.js';
import { postComment } from './comment.js';
import type { ActionContext } from './context.js';
import { preflight } from './preflight.js';
import { suiteOfConfig } from './suite-name.js';
import { applyVerdict, saveResults } from './publish.js';
import { compareAndPublish, pullRequestBaseline, runSuite } from './steps.js';

/** The artifact `compute` writes for `report`: which pull request the results are for. */
export interface PullRequestNote {
  number: number;
  headSha: string;
  baseRef: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Fork pull requests, part 1 (read-only token): run, compare, gate, and write
 * the results with the pull request's number as an artifact folder.
 */
export async function compute(context: ActionContext, event: PullRequestEvent): Promise<void> {
  const checked = await preflight(context, { usesApi: false });
  const head = await runSuite(context);
  const baseline = checked.baselineFile ?? (await pullRequestBaseline(context, head, event));
  // The read-only token reads the pull request's comments: accepted checks are waived here, where the gate is.
  const accepted = await acceptancesOfPullRequest(context, event.number, head.suite, undefined);
  const { comparison } = await compareAndPublish(context, baseline, head, accepted);
  const folder = path.resolve(context.workspace, context.inputs.artifactPath);
  await mkdir(folder, { recursive: true });
  const note: PullRequestNote = {
    number: event.number,
    headSha: event.headSha,
    baseRef: event.baseRef,
  };
  await writeFileAtomic(path.join(folder, 'results.json'), `${JSON.stringify(head, null, 2)}\n`);
  await writeFileAtomic(path.join(folder, 'pull-request.json'), `${JSON.stringify(note)}\n`);
  context.sinks.info(`artifact written to ${folder}: upload it for the report job`);
  applyVerdict(context, comparison);
}

/**
 * Fork pull requests, part 2 (workflow_run, write token): validate the
 * artifact, check that every identity in it — pull request number, head
 * commit, the results' commit and suite — agrees with the triggering run and
 * with the pull request as GitHub reports it, and only then post the
 * comment. No pull-request code runs here.
 */
export async function report(context: ActionContext, event: WorkflowRunEvent): Promise<void> {
  const checked = await preflight(context, { usesApi: true });
  const shown = context.inputs.artifactPath;
  const folder = path.resolve(context.workspace, shown);
  const note = await readNote(path.join(folder, 'pull-request.json'), `${shown}/pull-request.json`);
  const head = await readResultsFile(
    path.join(shown, 'results.json'),
    context.workspace,
    'input artifact-path',
  );
  const suite = await suiteOfConfig(context.inputs.config, context.workspace);
  const { data: pull } = await context.octokit.rest.pulls.get({
    ...context.repository,
    pull_number: note.number,
  });
  checkIdentities(shown, event, note, head, suite, {
    headSha: pull.head.sha,
    headRepo: pull.head.repo?.full_name,
  });
  await saveResults(context, head);
  const baseline =
    checked.baselineFile ??
    (await pullRequestBaseline(context, head, { baseRef: pull.base.ref, headSha: pull.head.sha }));
  const accepted = await acceptancesOfPullRequest(context, note.number, head.suite, checked.author);
  const published = await compareAndPublish(context, baseline, head, accepted);
  await postComment(context, published, {
    number: note.number,
    headSha: pull.head.sha,
    author: checked.author!,
    // The compute run fails the check: an acceptance re-runs it, not this one.
    ...(event.runId === undefined ? {} : { checkRunId: event.runId }),
  });
}

/**
 * Throws, naming the artifact file and key, unless the artifact describes the
 * commit the triggering `pull_request` run built, for the pull request whose
 * head that commit is now, and the suite of the config.
 */
function checkIdentities(
  shown: string,
  event: WorkflowRunEvent,
  note: PullRequestNote,
  head: Results,
  suite: string,
  pull: { headSha: string; headRepo: string | undefined },
): void {
  const built = event.headSha.slice(0, 7);
  const fail = (file: string, key: string, detail: string): never => {
    throw new InputError(detail, { file: `${shown}/${file}`, where: key });
  };
  if (event.event !== 'pull_request') {
    fail(
      'pull-request.json',
      'number',
      `the triggering run was a ${event.event} run, not a pull_request run`,
    );
  }
  if (note.headSha !== event.headSha) {
    fail(
      'pull-request.json',
      'headSha',
      `the artifact is for commit ${note.headSha.slice(0, 7)}, but the triggering run built ${built}`,
    );
  }
  if (event.pullRequests.length > 0 && !event.pullRequests.includes(note.number)) {
    fail(
      'pull-request.json',
      'number',
      `#${note.number} is not a pull request of the triggering run (${event.pullRequests.map((n) => `#${n}`).join(', ')})`,
    );
  }
  const commit = head.source.commit;
  if (commit !== event.headSha) {
    fail(
      'results.json',
      'source.commit',
      `the results are of ${commit === null ? 'no commit' : `commit ${commit.slice(0, 7)}`}, but the triggering run built ${built}`,
    );
  }
  if (head.suite !== suite) {
    fail(
      'results.json',
      'suite',
      `the results are of suite "${head.suite}", but the config's suite is "${suite}"`,
    );
  }
  if (pull.headSha !== event.headSha) {
    fail(
      'pull-request.json',
      'number',
      `pull request #${note.number} is at ${pull.headSha.slice(0, 7)}, not at the commit the artifact describes (${built})`,
    );
  }
  if (
    event.headRepo !== undefined &&
    pull.headRepo !== undefined &&
    pull.headRepo !== event.headRepo
  ) {
    fail(
      'pull-request.json',
      'number',
      `pull request #${note.number} comes from ${pull.headRepo}, but the triggering run built ${event.headRepo}`,
    );
  }
}

async function readNote(file: string, shown: string): Promise<PullRequestNote> {
  let note: unknown;
  try {
    note = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read ${shown}: ${errorMessage(error)}`, {
      where: 'input artifact-path',
    });
  }
  const fields = (typeof note === 'object' && note !== null ? note : {}) as Record<string, unknown>;
  const fail = (key: string, detail: string): never => {
    throw new InputError(detail, { file: shown, where: key });
  };
  const { number, headSha, baseRef } = fields;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    fail(
      'number',
      `expected a pull request number ≥ 1, got ${JSON.stringify(number) ?? 'nothing'}`,
    );
  }
  if (typeof headSha !== 'string' || !SHA.test(headSha)) {
    fail('headSha', 'expected a full lowercase commit id');
  }
  if (typeof baseRef !== 'string' || baseRef === '') fail('baseRef', 'expected a branch name');
  return { number, headSha, baseRef } as PullRequestNote;
}
