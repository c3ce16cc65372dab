import { suiteData, type DashboardData } from '../dashboard/history.js';
import { summarize, type RunSummary } from '../dashboard/summary.js';
import { InputError } from '../errors.js';
import { parseResults } from '../results/read.js';
import type { Results } from '../results/types.js';
import { checkBranch, fetchBranch } from './branch.js';
import type { Git } from './git.js';
import { checkSuite, resultsPath, type StoreIndex } from './layout.js';
import type { StoreLocation } from './read.js';
import { readIndexAt } from './read.js';

/** Documents read per `git cat-file --batch` call: bounds the memory a batch holds. */
const BATCH = 16;

/**
 * The texts of `paths` in commit `tip`, in order (undefined where there is
 * no such file), read with one `cat-file --batch` call per {@link BATCH} paths.
 */
export async function readBlobs(
  git: Git,
  tip: string,
  paths: string[],
): Promise<(string | undefined)[]> {
  const texts: (string | undefined)[] = [];
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    const out = Buffer.from(
      await git(['cat-file', '--batch'], { input: batch.map((p) => `${tip}:${p}\n`).join('') }),
      'utf8',
    );
    let at = 0;
    for (const path of batch) {
      const newline = out.indexOf(10, at);
      const header = out.toString('utf8', at, newline);
      at = newline + 1;
      if (header.endsWith(' missing')) {
        texts.push(undefined);
        continue;
      }
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (match === null || match[1] !== 'blob') {
        throw new Error(`reading ${path} at ${tip}: expected a file, git says "${header}"`);
      }
      const size = Number(match[2]);
      texts.push(out.toString('utf8', at, at + size));
      // The content is followed by one newline of cat-file's own.
      at += size + 1;
    }
  }
  return texts;
}

/**
 * The summaries of the runs `index` lists, newest first, read from commit
 * `tip` of the results branch; `known` gives documents not stored yet (the
 * run being written). A run whose document is missing or invalid is left
 * out and passed to `onSkip`.
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
): Promise<RunSummary[]> {
  const toRead = index.runs.filter((run) => !known.has(run.commit));
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
      let results = known.get(run.commit);
      if (results === undefined) {
        const text = stored.get(run.commit);
        if (text === undefined) throw new InputError('listed in the index but missing', { file });
        results = parseResults(text, { file });
      }
      summaries.push(summarize(results, run.commit, run.date));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onSkip(error.message);
    }
  }
  return summaries;
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
 * its new index and its new document) in place of what `tip` holds of it.
 * A corrupt index or document is left out and passed to `onSkip`.
 */
export async function dashboardData(
  git: Git,
  options: {
    tip: string | undefined;
    branch: string;
    changed: { index: StoreIndex; results: Results; commit: string };
    commitUrl: string | null;
    onSkip: (message: string) => void;
  },
): Promise<DashboardData> {
  const { tip, branch, changed, onSkip } = options;
  const names = new Set(tip === undefined ? [] : await suitesAt(git, tip));
  names.add(changed.index.suite);
  const suites = [];
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
    const known =
      suite === changed.index.suite
        ? new Map([[changed.commit, changed.results]])
        : new Map<string, Results>();
    suites.push(suiteData(suite, await summariesAt(git, tip, branch, index, { known, onSkip })));
  }
  return { commitUrl: options.commitUrl, suites };
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
  return summariesAt(git, tip, branch, recent, { onSkip });
}
