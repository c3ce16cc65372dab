import { suiteData, type DashboardData } from '../dashboard/history.js';
import { summarize, type RunSummary } from '../dashboard/summary.js';
import { InputError } from '../errors.js';
import { parseResults } from '../results/read.js';
import type { Results } from '../results/types.js';
import { checkBranch, fetchBranch } from './branch.js';
import { readBlobs } from './blobs.js';
import type { Git } from './git.js';
import { checkSuite, resultsPath, type StoreIndex } from './layout.js';
import type { StoreLocation } from './read.js';
import { readIndexAt } from './read.js';
import { serializeSummaries, storedSummaries } from './summaries.js';

/**
 * The summaries of the runs `index` lists, newest first, at commit `tip` of
 * the results branch: from the suite's summary cache where it still holds
 * the stored document, read from the document otherwise; `known` gives
 * documents not stored yet (the run being written). A run whose document is
 * missing or invalid is left out and passed to `onSkip`. Also returns the
 * blob id of each stored document summarized, by commit.
 */
export async function summariesAt(
  git: Git,
  tip: string | undefined,
  branch: string,
  index: StoreIndex,
  {
    known = new Map(),
    onSkip,
  }: { known?: Map<string, Results>; onSkip: (message: string) => void },
): Promise<{ summaries: RunSummary[]; blobs: Map<string, string> }> {
  const { cached, blobs } =
    tip === undefined
      ? { cached: new Map<string, RunSummary>(), blobs: new Map<string, string>() }
      : await storedSummaries(git, tip, index.suite);
  const toRead = index.runs.filter((run) => !known.has(run.commit) && !cached.has(run.commit));
  const texts =
    tip === undefined
      ? toRead.map(() => undefined)
      : await readBlobs(
          git,
          tip,
          toRead.map((run) => resultsPath(index.suite, run.commit)),
        );
  const stored = new Map(toRead.map((run, i) => [run.commit, texts[i]]));
  const summaries: RunSummary[] = [];
  for (const run of index.runs) {
    const file = `${branch}:${resultsPath(index.suite, run.commit)}`;
    try {
      const results = known.get(run.commit);
      const summary = cached.get(run.commit);
      if (results !== undefined) {
        summaries.push(summarize(results, run.commit, run.date));
      } else if (summary !== undefined) {
        // The date is the index's, as for a document read again.
        summaries.push({ ...summary, date: run.date });
      } else {
        const text = stored.get(run.commit);
        if (text === undefined) throw new InputError('listed in the index but missing', { file });
        summaries.push(summarize(parseResults(text, { file }), run.commit, run.date));
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onSkip(error.message);
    }
  }
  return { summaries, blobs };
}

/** The suites on the results branch at `tip`: its top-level folders that hold an index. */
export async function suitesAt(git: Git, tip: string): Promise<string[]> {
  const listing = await git(['ls-tree', '--name-only', '-d', tip]);
  const folders = listing.split('\n').filter((name) => name !== '');
  const indexes = await readBlobs(
    git,
    tip,
    folders.map((name) => `${name}/index.json`),
  );
  return folders.filter((_, i) => indexes[i] !== undefined).sort();
}

/**
 * The dashboard's data after a change to the results branch: every suite at
 * `tip` (the parent of the change), with `changed` (the suite being written,
 * its new index, its new document and that document's blob id) in place of
 * what `tip` holds of it; and the changed suite's summary cache to store
 * with it. A corrupt index or document is left out and passed to `onSkip`.
 */
export async function dashboardData(
  git: Git,
  options: {
    tip: string | undefined;
    branch: string;
    changed: { index: StoreIndex; results: Results; commit: string; blob: string };
    commitUrl: string | null;
    onSkip: (message: string) => void;
  },
): Promise<{ data: DashboardData; summaries: string }> {
  const { tip, branch, changed, onSkip } = options;
  const names = new Set(tip === undefined ? [] : await suitesAt(git, tip));
  names.add(changed.index.suite);
  const suites = [];
  let summaries = '';
  for (const suite of [...names].sort()) {
    let index: StoreIndex | undefined = changed.index;
    if (suite !== changed.index.suite) {
      try {
        index = await readIndexAt(git, tip!, branch, suite);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        onSkip(error.message);
        continue;
      }
    }
    if (index === undefined) continue;
    if (suite !== changed.index.suite) {
      const { summaries: runs } = await summariesAt(git, tip, branch, index, { onSkip });
      suites.push(suiteData(suite, runs));
      continue;
    }
    const known = new Map([[changed.commit, changed.results]]);
    const { summaries: runs, blobs } = await summariesAt(git, tip, branch, index, {
      known,
      onSkip,
    });
    blobs.set(changed.commit, changed.blob);
    summaries = serializeSummaries(suite, runs, blobs);
    suites.push(suiteData(suite, runs));
  }
  return { data: { commitUrl: options.commitUrl, suites }, summaries };
}

/**
 * The newest `limit` stored runs of a suite, summarized, newest first (for
 * the trends of a report); an empty list when nothing is stored. A corrupt
 * index or document is passed to `onSkip` and left out.
 */
export async function readRecentRuns(
  git: Git,
  location: StoreLocation,
  { limit, onSkip }: { limit: number; onSkip: (message: string) => void },
): Promise<RunSummary[]> {
  const { remote, branch, suite } = location;
  checkSuite(suite);
  await checkBranch(git, remote, branch);
  const tip = await fetchBranch(git, { remote, branch });
  if (tip === undefined) return [];
  let index: StoreIndex | undefined;
  try {
    index = await readIndexAt(git, tip, branch, suite);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    onSkip(error.message);
    return [];
  }
  if (index === undefined) return [];
  const recent = { ...index, runs: index.runs.slice(0, limit) };
  return (await summariesAt(git, tip, branch, recent, { onSkip })).summaries;
}
