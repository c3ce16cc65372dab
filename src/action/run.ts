import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sourceOf } from '../cli/source.js';
import { compare } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { InputError, errorMessage } from '../errors.js';
import { tokenLogin } from '../github/comment.js';
import type { PullRequestEvent, WorkflowRunEvent } from '../github/event.js';
import { syncTrackingIssue } from '../github/tracking-issue.js';
import type { Results } from '../results/types.js';
import { resultsProblem } from '../results/validate.js';
import { writeFileAtomic } from '../results/write.js';
import { chooseBaseline, readIndex, readResults, writeResults } from '../store/index.js';
import { runEngine } from '../suite/engine.js';
import {
  baselineForPullRequest,
  baselineFromFile,
  previousStoredRun,
  type Baseline,
} from './baseline.js';
import { postComment } from './comment.js';
import type { ActionContext } from './context.js';
import { applyVerdict, publishReport, reportContext, saveResults } from './publish.js';
import { mergeArtifact, runShard } from './shards.js';

/** The artifact `compute` writes for `report`: which pull request the results are for. */
interface PullRequestNote {
  number: number;
  headSha: string;
  baseRef: string;
}

/**
 * The Action: what it does depends on `mode` and, under `auto`, on the event
 * (DESIGN §4). Input errors surface before anything is posted or stored.
 */
export async function runAction(context: ActionContext): Promise<void> {
  const { mode, shard } = context.inputs;
  const { event } = context;
  if (shard !== undefined) {
    if (mode === 'report' || mode === 'merge') {
      throw new InputError(`shard applies to modes auto, run and compute, not ${mode}`, {
        where: 'input shard',
      });
    }
    return runShard(context, shard);
  }
  if (mode === 'merge' && event.kind === 'workflow_run') {
    throw new InputError('mode merge runs on the events of auto, not workflow_run', {
      where: 'input mode',
    });
  }
  // merge acts as auto, with the shards' merged results in place of a run (see runSuite).
  switch (mode === 'merge' ? 'auto' : mode) {
    case 'compute':
      if (event.kind !== 'pull_request') throw wrongEvent('compute', 'pull_request', event.kind);
      return compute(context, event);
    case 'report':
      if (event.kind !== 'workflow_run') throw wrongEvent('report', 'workflow_run', event.kind);
      return report(context, event);
    case 'run':
      return summaryOnly(context);
    case 'auto':
      switch (event.kind) {
        case 'pull_request':
          return pullRequest(context, event);
        case 'push':
          return event.branch !== undefined && event.branch === baselineBranch(context)
            ? storeAndCompare(context, false)
            : summaryOnly(context);
        case 'schedule':
          return storeAndCompare(context, true);
        case 'workflow_dispatch':
          return summaryOnly(context);
        case 'workflow_run':
          return report(context, event);
        case 'unsupported':
          throw new InputError(
            `mode auto does not handle the ${event.eventName} event; use pull_request, push, schedule, workflow_dispatch or workflow_run, or set mode: run`,
            { where: 'input mode' },
          );
      }
  }
}

function wrongEvent(mode: string, expected: string, got: string): InputError {
  return new InputError(`mode ${mode} runs on the ${expected} event, not ${got}`, {
    where: 'input mode',
  });
}

function baselineBranch(context: ActionContext): string | undefined {
  const { event } = context;
  const fromEvent = 'repository' in event ? event.repository?.defaultBranch : undefined;
  return context.inputs.baselineBranch ?? fromEvent;
}

/** Runs the suite of the checkout and saves its results. */
async function runSuite(context: ActionContext): Promise<Results> {
  const { inputs } = context;
  if (inputs.mode === 'merge') {
    const merged = await context.sinks.group('Merge the shards', () => mergeArtifact(context));
    await saveResults(context, merged);
    return merged;
  }
  const { results } = await context.sinks.group(`Run the ablation suite (${inputs.config})`, () =>
    runEngine(inputs.config, {
      cwd: context.workspace,
      backend: inputs.backend,
      source: (root) => sourceOf(root, context.env),
      onNotice: (message) => context.sinks.warning(message),
      ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
      ...(inputs.timeLimit === undefined ? {} : { timeLimit: inputs.timeLimit }),
    }),
  );
  await saveResults(context, results);
  return results;
}

async function pullRequestBaseline(
  context: ActionContext,
  head: Results,
  pull: { baseRef: string; headSha: string },
): Promise<Baseline> {
  if (context.inputs.baselineFile !== undefined) {
    return baselineFromFile(context.inputs.baselineFile, context.workspace);
  }
  return baselineForPullRequest(context, head.suite, {
    baseBranch: context.inputs.baselineBranch ?? pull.baseRef,
    headSha: pull.headSha,
  });
}

async function compareAndPublish(
  context: ActionContext,
  baseline: Baseline,
  head: Results,
): Promise<{ comparison: Comparison; body: string }> {
  const comparison = compare(baseline.results, head);
  const body = await publishReport(
    context,
    comparison,
    reportContext(context, head, baseline.note),
  );
  return { comparison, body };
}

/** pull_request: run, compare with the stored baseline, comment, gate. */
async function pullRequest(context: ActionContext, event: PullRequestEvent): Promise<void> {
  const head = await runSuite(context);
  const baseline = await pullRequestBaseline(context, head, event);
  const { comparison, body } = await compareAndPublish(context, baseline, head);
  await postComment(context, comparison, body, { number: event.number, headSha: event.headSha });
  applyVerdict(context, comparison);
}

/**
 * A push to the baseline branch, or the nightly schedule: run, compare with
 * the previous stored run, store this run; a scheduled run keeps the
 * tracking issue of regressions in step.
 */
async function storeAndCompare(context: ActionContext, scheduled: boolean): Promise<void> {
  const head = await runSuite(context);
  const commit = head.source.commit ?? context.sha;
  const baseline = context.inputs.baselineFile
    ? await baselineFromFile(context.inputs.baselineFile, context.workspace)
    : await previousStoredRun(context, head.suite, commit, head.timing.startedAt);
  const { comparison, body } = await compareAndPublish(context, baseline, head);
  const stored = await context.sinks.group(
    `Store the results on ${context.inputs.resultsBranch}`,
    () =>
      writeResults(context.git, {
        results: head,
        branch: context.inputs.resultsBranch,
        commit,
        retention: context.inputs.retention,
      }),
  );
  context.sinks.info(
    `stored ${head.suite}/${commit}.json on ${context.inputs.resultsBranch} (${stored.attempts === 1 ? 'first try' : `${stored.attempts} attempts`})`,
  );
  if (scheduled) await syncIssue(context, comparison, body);
  applyVerdict(context, comparison);
}

async function syncIssue(
  context: ActionContext,
  comparison: Comparison,
  body: string,
): Promise<void> {
  const regressed = comparison.verdict.regressions.length > 0;
  const result = await syncTrackingIssue(context.octokit, {
    ...context.repository,
    suite: comparison.suite,
    regressed,
    title: `ablation-ci: ${comparison.suite} regressed in the nightly run`,
    body,
    author: await tokenLogin(context.octokit),
    runUrl: context.runUrl,
    summary: regressed
      ? `Regressed: ${comparison.verdict.regressions.join(', ')}.`
      : 'No regression against the previous stored run.',
  });
  if (result.action === 'forbidden') {
    context.sinks.warning(
      `could not update the tracking issue (${result.message}); grant issues: write`,
    );
  } else if (result.action !== 'none') {
    context.sinks.info(`tracking issue #${result.number} ${result.action}: ${result.url}`);
  }
}

/** workflow_dispatch, a push elsewhere, or mode run: run and report to the job summary. */
async function summaryOnly(context: ActionContext): Promise<void> {
  const head = await runSuite(context);
  let baseline: Baseline;
  if (context.inputs.baselineFile !== undefined) {
    baseline = await baselineFromFile(context.inputs.baselineFile, context.workspace);
  } else {
    const store = { remote: 'origin', branch: context.inputs.resultsBranch, suite: head.suite };
    const newest = chooseBaseline(await readIndex(context.git, store));
    baseline =
      newest === undefined
        ? {
            results: undefined,
            note: `no stored run of ${head.suite} on ${store.branch} to compare with`,
          }
        : {
            results: await readResults(context.git, { ...store, commit: newest.commit }),
            note: `compared with the newest stored run ${newest.commit.slice(0, 7)}, run ${newest.date}`,
          };
  }
  const { comparison } = await compareAndPublish(context, baseline, head);
  applyVerdict(context, comparison);
}

/**
 * Fork pull requests, part 1 (read-only token): run, compare, gate, and write
 * the results with the pull request's number as an artifact folder.
 */
async function compute(context: ActionContext, event: PullRequestEvent): Promise<void> {
  const head = await runSuite(context);
  const baseline = await pullRequestBaseline(context, head, event);
  const { comparison } = await compareAndPublish(context, baseline, head);
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
 * artifact, check that it belongs to the pull request whose head the
 * triggering run built, and post the comment. No pull-request code runs here.
 */
async function report(context: ActionContext, event: WorkflowRunEvent): Promise<void> {
  const folder = path.resolve(context.workspace, context.inputs.artifactPath);
  const head = await readArtifact(path.join(folder, 'results.json'), context.inputs.artifactPath);
  const note = await readNote(path.join(folder, 'pull-request.json'), context.inputs.artifactPath);
  if (note.headSha !== event.headSha) {
    throw new InputError(
      `the artifact is for commit ${note.headSha.slice(0, 7)}, but the triggering run built ${event.headSha.slice(0, 7)}`,
      { where: 'input artifact-path' },
    );
  }
  const { data: pull } = await context.octokit.rest.pulls.get({
    ...context.repository,
    pull_number: note.number,
  });
  if (pull.head.sha !== event.headSha) {
    throw new InputError(
      `pull request #${note.number} is at ${pull.head.sha.slice(0, 7)}, not at the commit the artifact describes (${event.headSha.slice(0, 7)})`,
      { where: 'input artifact-path' },
    );
  }
  await saveResults(context, head);
  const baseline = await pullRequestBaseline(context, head, {
    baseRef: pull.base.ref,
    headSha: pull.head.sha,
  });
  const { comparison, body } = await compareAndPublish(context, baseline, head);
  await postComment(context, comparison, body, { number: note.number, headSha: pull.head.sha });
}

async function readArtifact(file: string, shown: string): Promise<Results> {
  const document = await readJson(file, shown);
  const problem = resultsProblem(document);
  if (problem !== undefined) {
    throw new InputError(`${shown}/results.json is not a results document: ${problem}`, {
      where: 'input artifact-path',
    });
  }
  return document as Results;
}

async function readNote(file: string, shown: string): Promise<PullRequestNote> {
  const note = (await readJson(file, shown)) as Partial<PullRequestNote> | null;
  if (
    note === null ||
    typeof note !== 'object' ||
    !Number.isInteger(note.number) ||
    typeof note.headSha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(note.headSha) ||
    typeof note.baseRef !== 'string'
  ) {
    throw new InputError(`${shown}/pull-request.json is not a pull-request note`, {
      where: 'input artifact-path',
    });
  }
  return note as PullRequestNote;
}

async function readJson(file: string, shown: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read ${shown}/${path.basename(file)}: ${errorMessage(error)}`, {
      where: 'input artifact-path',
    });
  }
}
