import { InputError } from '../errors.js';
import type { Results } from '../results/types.js';
import { resultsProblem } from '../results/validate.js';
import { checkBranch, fetchBranch, readBlob } from './branch.js';
import type { Git } from './git.js';
import {
  checkCommit,
  checkSuite,
  indexPath,
  parseIndex,
  resultsPath,
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
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const problem = resultsProblem(document);
  if (problem !== undefined) {
    throw new InputError(`not a valid results document: ${problem}`, { file });
  }
  const results = document as Results;
  if (results.suite !== suite) {
    throw new InputError(`holds results of suite "${results.suite}", not "${suite}"`, { file });
  }
  if (results.source.commit !== null && results.source.commit !== commit) {
    throw new InputError(`holds results of commit ${results.source.commit}`, { file });
  }
  return results;
}
