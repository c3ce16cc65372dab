import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage, InputError } from '../errors.js';
import type { Results } from '../results/types.js';
import { resultsProblem } from '../results/validate.js';
import { Rng } from '../stats/rng.js';
import { checkBranch, fetchBranch } from './branch.js';
import { commitFiles, DEFAULT_IDENTITY, type Identity } from './commit.js';
import { GitError, type Git } from './git.js';
import {
  addRun,
  checkCommit,
  checkSuite,
  indexPath,
  resultsPath,
  runOf,
  serializeIndex,
  serializeResults,
  type StoreIndex,
} from './layout.js';
import { readIndexAt, rebuildIndex } from './read.js';
import { blobIdOf } from './blobs.js';
import { dashboardData } from './history.js';
import { summariesPath } from './summaries.js';
import { DASHBOARD_PATH, renderDashboard } from '../dashboard/page.js';

/** What {@link writeResults} stores, and where. */
export interface WriteOptions {
  /** The remote holding the results branch (default `origin`). */
  remote?: string;
  /** The results branch (default `ablation-ci-data`). */
  branch?: string;
  /** The suite's folder (default and must equal `results.suite`). */
  suite?: string;
  /** The commit the results describe (default `results.source.commit`; must equal it when set). */
  commit?: string;
  results: Results;
  /** The run's date in the index (default `results.timing.startedAt`). */
  date?: string;
  /** How many runs of the suite to keep, newest first (default 200). */
  retention?: number;
  /** How many times to push when other runs keep pushing first (default 5). */
  maxAttempts?: number;
  author?: Identity;
  message?: string;
  /** Told when a corrupt `index.json` is made again from the stored documents. */
  onWarning?: (message: string) => void;
  /**
   * Also writes the dashboard (`index.html` at the branch's root) in the same
   * commit, from every suite the branch holds after the change; `commitUrl`
   * links each run to its commit (null: no links).
   */
  dashboard?: { commitUrl: string | null };
}

export const DEFAULT_REMOTE = 'origin';
export const DEFAULT_BRANCH = 'ablation-ci-data';
export const DEFAULT_RETENTION = 200;
export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Stores `results` on the results branch as `SUITE/COMMIT.json` and lists it
 * in `SUITE/index.json`, in one commit pushed to the remote (creating the
 * branch when it does not exist). Only plumbing is used: the checkout's
 * working tree, index, HEAD and branches stay as they are. When another run
 * pushes first, the change is made again on top of that run's commit (its
 * files kept) and pushed again, after a short random pause, up to
 * `maxAttempts` times. Runs beyond the `retention` newest of the suite leave
 * the index and their files are deleted; other suites are not touched.
 * Returns the new tip of the branch and how many pushes it took.
 */
export async function writeResults(
  git: Git,
  options: WriteOptions,
): Promise<{ commit: string; attempts: number }> {
  const { results, remote = DEFAULT_REMOTE, branch = DEFAULT_BRANCH } = options;
  const problem = resultsProblem(results);
  if (problem !== undefined) throw new InputError(`not a valid results document: ${problem}`);
  const suite = options.suite ?? results.suite;
  const commit = options.commit ?? results.source.commit;
  const retention = options.retention ?? DEFAULT_RETENTION;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (suite !== results.suite) {
    throw new InputError(`suite "${suite}" differs from the results' suite "${results.suite}"`);
  }
  if (commit === null) throw new InputError('the results name no commit: give one to store them');
  if (results.source.commit !== null && results.source.commit !== commit) {
    throw new InputError(`commit ${commit} differs from the results' ${results.source.commit}`);
  }
  checkSuite(suite);
  checkCommit(commit);
  positiveInteger('retention', retention);
  positiveInteger('maxAttempts', maxAttempts);
  const date = isoDate(options.date ?? results.timing.startedAt);
  await checkBranch(git, remote, branch);

  const run = runOf(results, commit, date);
  const document = serializeResults(results);
  const identity = options.author ?? DEFAULT_IDENTITY;
  const message = options.message ?? `ablation-ci: store ${suite} results of ${commit}`;

  let parent = await fetchBranch(git, { remote, branch });
  for (let attempt = 1; ; attempt++) {
    // Rebuilt from the tip each time, so a run that pushed first keeps its entries and files.
    const index =
      parent === undefined ? undefined : await indexToExtend(git, parent, branch, suite, options);
    const next = addRun(index, suite, run, retention);
    const files = new Map<string, string | null>();
    for (const dropped of next.dropped) files.set(resultsPath(suite, dropped), null);
    if (next.index.runs.includes(run)) files.set(resultsPath(suite, commit), document);
    files.set(indexPath(suite), serializeIndex(next.index));
    if (options.dashboard !== undefined) {
      const blob = await blobIdOf(git, document);
      const made = await dashboardPage(
        git,
        parent,
        branch,
        next.index,
        results,
        commit,
        blob,
        options,
      );
      if (made !== undefined) {
        files.set(DASHBOARD_PATH, made.page);
        files.set(summariesPath(suite), made.summaries);
      }
    }
    const tip = await commitFiles(git, { parent, files, message, identity });

    const rejection = await push(git, remote, branch, tip);
    if (rejection === undefined) return { commit: tip, attempts: attempt };
    await sleep(backoff(tip, attempt));
    const now = await fetchBranch(git, { remote, branch });
    // The push landed although git reported a failure (e.g. the connection dropped after it).
    if (now === tip) return { commit: tip, attempts: attempt };
    // Rejected while the branch did not move: not a race (a protected branch, a hook), so final.
    if (now === parent) throw rejection;
    if (attempt >= maxAttempts) {
      throw new Error(
        `could not store results on ${branch}: other runs pushed first ${attempt} times (${rejection.message})`,
      );
    }
    parent = now;
  }
}

/**
 * The dashboard after this change, and the suite's summary cache that lets
 * the next push make it without reading every stored document. The results
 * matter more than their picture: when the page cannot be made, the results
 * are stored without it and a warning says why (the previous page and
 * cache stay on the branch).
 */
async function dashboardPage(
  git: Git,
  parent: string | undefined,
  branch: string,
  index: StoreIndex,
  results: Results,
  commit: string,
  blob: string,
  options: WriteOptions,
): Promise<{ page: string; summaries: string } | undefined> {
  const warn = options.onWarning ?? (() => undefined);
  try {
    const { data, summaries } = await dashboardData(git, {
      tip: parent,
      branch,
      changed: { index, results, commit, blob },
      commitUrl: options.dashboard?.commitUrl ?? null,
      onSkip: (skipped) => warn(`left out of the dashboard: ${skipped}`),
    });
    return { page: renderDashboard(data), summaries };
  } catch (error) {
    warn(`the dashboard was not updated: ${errorMessage(error)}`);
    return undefined;
  }
}

/** The index a new run is added to; a corrupt one is made again from the stored documents. */
async function indexToExtend(
  git: Git,
  tip: string,
  branch: string,
  suite: string,
  options: WriteOptions,
): Promise<StoreIndex | undefined> {
  try {
    return await readIndexAt(git, tip, branch, suite);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const warn = options.onWarning ?? (() => undefined);
    warn(`rebuilding a corrupt store index from the stored runs: ${error.message}`);
    return rebuildIndex(git, tip, branch, suite, (skipped) =>
      warn(`left a corrupt stored run out of the index: ${skipped}`),
    );
  }
}

/**
 * Pushes `commit` as the new tip of `branch` without force, so it lands only
 * as a fast-forward. Returns the error when the remote rejected the update;
 * throws when the push failed otherwise (network, authentication).
 */
async function push(
  git: Git,
  remote: string,
  branch: string,
  commit: string,
): Promise<Error | undefined> {
  // --porcelain: status lines whose words are not translated; --no-verify: no pre-push hook of the checkout.
  const args = ['push', '--porcelain', '--no-verify', remote, `${commit}:refs/heads/${branch}`];
  let stdout: string;
  let failure: GitError | undefined;
  try {
    stdout = await git(args);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    stdout = error.stdout;
    failure = error;
  }
  const rejected = stdout.split('\n').find((line) => line.startsWith('!\t'));
  if (rejected !== undefined) {
    return failure ?? new Error(`git ${args.join(' ')} rejected: ${rejected.split('\t')[2]}`);
  }
  if (failure !== undefined) throw failure;
  return undefined;
}

/** A pause before retrying that differs between racing runs (their commits differ). */
function backoff(commit: string, attempt: number): number {
  const random = Rng.stream(0, 'store-backoff', commit, attempt).next();
  return Math.round((50 + 200 * random) * attempt);
}

function positiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(`${name} must be a positive integer, got ${value}`);
  }
}

function isoDate(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new InputError(`"${text}" is not an ISO 8601 date`);
  return new Date(time).toISOString();
}
