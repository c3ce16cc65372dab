import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, errorMessage } from '../errors.js';
import { mergeBase } from '../github/merge-base.js';
import { resultsProblem } from '../results/validate.js';
import type { Results } from '../results/types.js';
import { chooseBaseline, describeMissingBaseline, readIndex, readResults } from '../store/index.js';
import type { ActionContext } from './context.js';

/** The results this run is compared with, and a note for the report on where they came from. */
export interface Baseline {
  results: Results | undefined;
  note: string;
}

/** Reads `baseline-file`: a results document that must pass the schema. */
export async function baselineFromFile(file: string, workspace: string): Promise<Baseline> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path.resolve(workspace, file), 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${errorMessage(error)}`, {
      where: 'input baseline-file',
    });
  }
  const problem = resultsProblem(document);
  if (problem !== undefined) {
    throw new InputError(`${file} is not a results document: ${problem}`, {
      where: 'input baseline-file',
    });
  }
  return { results: document as Results, note: `baseline from ${file}` };
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
  const store = { branch: context.inputs.resultsBranch, suite };
  const missing: Baseline = {
    results: undefined,
    note: describeMissingBaseline(store.branch, suite, { baselineBranch: pull.baseBranch }),
  };
  const index = await readIndex(context.git, { remote: 'origin', ...store });
  if (index === undefined || index.runs.length === 0) return missing;
  const base = await mergeBase(context.octokit, {
    ...context.repository,
    base: pull.baseBranch,
    head: pull.headSha,
  });
  const chosen = chooseBaseline(
    index,
    base === undefined || base.date === undefined
      ? {}
      : { mergeBase: { sha: base.sha, date: base.date } },
  );
  if (chosen === undefined) return missing;
  const results = await readResults(context.git, {
    remote: 'origin',
    ...store,
    commit: chosen.commit,
  });
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
  const store = { branch: context.inputs.resultsBranch, suite };
  const index = await readIndex(context.git, { remote: 'origin', ...store });
  const others =
    index === undefined
      ? undefined
      : { ...index, runs: index.runs.filter((run) => run.commit !== commit) };
  const chosen = chooseBaseline(others, { before: startedAt });
  if (chosen === undefined) {
    return {
      results: undefined,
      note: `no earlier run of ${suite} is stored on ${store.branch}: this run is the first`,
    };
  }
  const results = await readResults(context.git, {
    remote: 'origin',
    ...store,
    commit: chosen.commit,
  });
  return {
    results,
    note: `compared with the previous stored run ${chosen.commit.slice(0, 7)}, run ${chosen.date}`,
  };
}
