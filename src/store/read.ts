import { InputError } from '../errors.js';
import { parseResults } from '../results/read.js';
import type { Results } from '../results/types.js';
import { checkBranch, fetchBranch, readBlob } from './branch.js';
import type { Git } from './git.js';
import {
  checkCommit,
  checkSuite,
  indexPath,
  parseIndex,
  resultsPath,
  runOf,
  type StoredRun,
  type StoreIndex,
} from './layout.js';

/** Where stored results are read from: a branch of a remote (`origin`, `ablation-ci-data`). */
export interface StoreLocation {
  remote: string;
  branch: string;
  suite: string;
}

/**
 * The index of `suite` on the results branch (its stored runs, newest first),
 * or undefined when the branch or the suite's folder does not exist yet.
 */
export async function readIndex(
  git: Git,
  location: StoreLocation,
): Promise<StoreIndex | undefined> {
  const { remote, branch, suite } = location;
  checkSuite(suite);
  await checkBranch(git, remote, branch);
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === undefined) return undefined;
  return readIndexAt(git, tip, branch, suite);
}

/** The index of `suite` in commit `tip` of the results branch, or undefined when it has none. */
export async function readIndexAt(
  git: Git,
  tip: string,
  branch: string,
  suite: string,
): Promise<StoreIndex | undefined> {
  const path = indexPath(suite);
  const text = await readBlob(git, tip, path);
  return text === undefined ? undefined : parseIndex(text, suite, `${branch}:${path}`);
}

/**
 * The index of `suite` made again from its stored documents in commit `tip`,
 * for when `index.json` is corrupt: every `COMMIT.json` that holds valid
 * results of the suite, newest first; the others are passed to `onSkip`.
 */
export async function rebuildIndex(
  git: Git,
  tip: string,
  branch: string,
  suite: string,
  onSkip: (message: string) => void,
): Promise<StoreIndex> {
  const names = await git(['ls-tree', '--name-only', `${tip}:${suite}`]).catch(() => '');
  const runs: StoredRun[] = [];
  for (const name of names.split('\n')) {
    const commit = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\.json$/.exec(name)?.[1];
    if (commit === undefined) continue;
    const file = `${branch}:${resultsPath(suite, commit)}`;
    try {
      const results = parseResults((await readBlob(git, tip, resultsPath(suite, commit))) ?? '', {
        file,
      });
      const date = Date.parse(results.timing.startedAt);
      if (results.suite !== suite || Number.isNaN(date))
        throw new InputError('another suite or no date', { file });
      runs.push(runOf(results, commit, new Date(date).toISOString()));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onSkip(error.message);
    }
  }
  runs.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return { suite, runs };
}

/**
 * The stored results of `commit` for `suite`, parsed and checked against the
 * results schema. A missing branch or file, or an invalid document, is an
 * error naming the branch and the path.
 */
export async function readResults(
  git: Git,
  location: StoreLocation & { commit: string },
): Promise<Results> {
  const { remote, branch, suite, commit } = location;
  checkSuite(suite);
  checkCommit(commit);
  await checkBranch(git, remote, branch);
  const file = `${branch}:${resultsPath(suite, commit)}`;
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === undefined) {
    throw new Error(`no stored results: ${remote} has no branch ${branch} (looking for ${file})`);
  }
  const text = await readBlob(git, tip, resultsPath(suite, commit));
  if (text === undefined)
    throw new Error(`no stored results for commit ${commit}: ${file} not found`);
  const results = parseResults(text, { file });
  if (results.suite !== suite) {
    throw new InputError(`holds results of suite "${results.suite}", not "${suite}"`, { file });
  }
  if (results.source.commit !== null && results.source.commit !== commit) {
    throw new InputError(`holds results of commit ${results.source.commit}`, { file });
  }
  return results;
}
