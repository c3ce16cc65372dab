import { errorMessage } from '../errors.js';
import { mergeBase } from '../github/merge-base.js';
import { readResultsFile } from '../results/read.js';
import type { Results } from '../results/types.js';
import {
  chooseBaseline,
  describeMissingBaseline,
  GitError,
  readIndex,
  readResults,
  type ChosenBaseline,
  type StoreIndex,
} from '../store/index.js';
import type { ActionContext } from './context.js';

/** The results this run is compared with, and a note for the report on where they came from. */
export interface Baseline {
  results: Results | undefined;
  note: string;
}

/** Reads `baseline-file`: a results document that must pass the schema. */
export async function baselineFromFile(file: string, workspace: string): Promise<Baseline> {
  const results = await readResultsFile(file, workspace, 'input baseline-file');
  return { results, note: `baseline from ${file}` };
}

/**
 * The stored results a pull request compares with: those of its merge base
 * with the baseline branch, else the nearest older stored run, else none
 * (with a note that says how to create one).
 */
export async function baselineForPullRequest(
  context: ActionContext,
  suite: string,
  pull: { baseBranch: string; headSha: string },
): Promise<Baseline> {
  const missing = describeMissingBaseline(context.inputs.resultsBranch, suite, {
    baselineBranch: pull.baseBranch,
  });
  const index = await storedIndex(context, suite);
  if (index === undefined || index.runs.length === 0) return { results: undefined, note: missing };
  const base = await mergeBase(context.octokit, {
    ...context.repository,
    base: pull.baseBranch,
    head: pull.headSha,
  });
  const found = await firstReadable(context, index, (candidates) =>
    chooseBaseline(
      candidates,
      base === undefined || base.date === undefined
        ? {}
        : { mergeBase: { sha: base.sha, date: base.date } },
    ),
  );
  if (found === undefined) return { results: undefined, note: missing };
  const { chosen, results } = found;
  const which = chosen.exact
    ? `the merge base ${chosen.commit.slice(0, 7)}`
    : base === undefined
      ? `the newest stored run of ${pull.baseBranch}, ${chosen.commit.slice(0, 7)} (the merge base is unknown)`
      : `the nearest older stored run ${chosen.commit.slice(0, 7)} (the merge base ${base.sha.slice(0, 7)} has none)`;
  return { results, note: `compared with ${which} of ${pull.baseBranch}, run ${chosen.date}` };
}

/** The stored run before `commit` on the results branch (for push and scheduled runs). */
export async function previousStoredRun(
  context: ActionContext,
  suite: string,
  commit: string,
  startedAt: string,
): Promise<Baseline> {
  const index = await storedIndex(context, suite);
  const others =
    index === undefined
      ? undefined
      : { ...index, runs: index.runs.filter((run) => run.commit !== commit) };
  const found =
    others === undefined
      ? undefined
      : await firstReadable(context, others, (candidates) =>
          chooseBaseline(candidates, { before: startedAt }),
        );
  if (found === undefined) {
    return {
      results: undefined,
      note: `no earlier run of ${suite} is stored on ${context.inputs.resultsBranch}: this run is the first`,
    };
  }
  const { chosen, results } = found;
  return {
    results,
    note: `compared with the previous stored run ${chosen.commit.slice(0, 7)}, run ${chosen.date}`,
  };
}

/** The newest stored run of the suite (workflow_dispatch, a push elsewhere, mode run). */
export async function newestStoredRun(context: ActionContext, suite: string): Promise<Baseline> {
  const index = await storedIndex(context, suite);
  const found =
    index === undefined ? undefined : await firstReadable(context, index, chooseBaseline);
  if (found === undefined) {
    return {
      results: undefined,
      note: `no stored run of ${suite} on ${context.inputs.resultsBranch} to compare with`,
    };
  }
  const { chosen, results } = found;
  return {
    results,
    note: `compared with the newest stored run ${chosen.commit.slice(0, 7)}, run ${chosen.date}`,
  };
}

/**
 * The suite's index on the results branch; a corrupt one is a warning naming
 * it, and the run goes on without a stored baseline rather than failing.
 */
async function storedIndex(context: ActionContext, suite: string): Promise<StoreIndex | undefined> {
  try {
    return await readIndex(context.git, {
      remote: 'origin',
      branch: context.inputs.resultsBranch,
      suite,
    });
  } catch (error) {
    if (error instanceof GitError) throw error;
    context.sinks.warning(`skipped a corrupt store index: ${errorMessage(error)}`);
    return undefined;
  }
}

/**
 * The run `choose` picks and its results; a stored document that is missing,
 * not JSON or not valid results is skipped with a warning naming it, and
 * `choose` picks again among the others (the next older one). Git failures
 * (network, permissions) are not skipped.
 */
async function firstReadable(
  context: ActionContext,
  index: StoreIndex,
  choose: (index: StoreIndex) => ChosenBaseline | undefined,
): Promise<{ chosen: ChosenBaseline; results: Results } | undefined> {
  let runs = index.runs;
  for (;;) {
    const chosen = choose({ ...index, runs });
    if (chosen === undefined) return undefined;
    try {
      const results = await readResults(context.git, {
        remote: 'origin',
        branch: context.inputs.resultsBranch,
        suite: index.suite,
        commit: chosen.commit,
      });
      return { chosen, results };
    } catch (error) {
      if (error instanceof GitError) throw error;
      context.sinks.warning(
        `skipped a corrupt stored run: ${errorMessage(error)}; using the next older one`,
      );
      runs = runs.filter((run) => run.commit !== chosen.commit);
    }
  }
}
