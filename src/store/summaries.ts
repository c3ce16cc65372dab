import { SUMMARY_FORMAT, type RunSummary } from '../dashboard/summary.js';
import { blobIds, readBlobs } from './blobs.js';
import type { Git } from './git.js';

/**
 * `SUITE/summaries.json`: what the dashboard and the trends keep of each
 * stored run, so that a push reads one file instead of every stored
 * document. Derived data: each entry names the blob of the document it was
 * made from, and is used only while `SUITE/COMMIT.json` is still that blob
 * and the file's `format` is this version's {@link SUMMARY_FORMAT}.
 * Anything else — no file, another format, a document rewritten by hand or
 * by an older version that does not keep the file, a corrupt file — is read
 * from the documents again, and the file is rewritten with the suite's next
 * run.
 */
export interface SummaryCache {
  format: number;
  suite: string;
  runs: Record<string, { blob: string; summary: RunSummary }>;
}

/** The path of a suite's summary cache on the branch. */
export function summariesPath(suite: string): string {
  return `${suite}/summaries.json`;
}

/** The stored form of a suite's summaries: `summaries` with the blob ids of their documents by commit. */
export function serializeSummaries(
  suite: string,
  summaries: RunSummary[],
  blobs: Map<string, string>,
): string {
  const runs: SummaryCache['runs'] = {};
  for (const summary of summaries) {
    const blob = blobs.get(summary.commit);
    if (blob !== undefined) runs[summary.commit] = { blob, summary };
  }
  const cache: SummaryCache = { format: SUMMARY_FORMAT, suite, runs };
  return `${JSON.stringify(cache)}\n`;
}

/**
 * The summaries at `tip` still valid for the documents stored there, by
 * commit, and the blob id of every stored document by commit.
 */
export async function storedSummaries(
  git: Git,
  tip: string,
  suite: string,
): Promise<{ cached: Map<string, RunSummary>; blobs: Map<string, string> }> {
  const ids = await blobIds(git, tip, suite);
  const blobs = new Map<string, string>();
  for (const [file, id] of ids) {
    const commit = /\/([0-9a-f]{40}(?:[0-9a-f]{24})?)\.json$/.exec(file)?.[1];
    if (commit !== undefined) blobs.set(commit, id);
  }
  const cached = new Map<string, RunSummary>();
  if (!ids.has(summariesPath(suite))) return { cached, blobs };
  const [text] = await readBlobs(git, tip, [summariesPath(suite)]);
  const runs = entries(text, suite);
  for (const [commit, entry] of runs) {
    if (blobs.get(commit) === entry.blob) cached.set(commit, entry.summary);
  }
  return { cached, blobs };
}

/** The entries of a cache file; none when it is not one this version wrote. */
function entries(
  text: string | undefined,
  suite: string,
): [string, { blob: string; summary: RunSummary }][] {
  let cache: unknown;
  try {
    cache = JSON.parse(text ?? '');
  } catch {
    return [];
  }
  if (!isObject(cache) || cache.format !== SUMMARY_FORMAT || cache.suite !== suite) return [];
  if (!isObject(cache.runs)) return [];
  return Object.entries(cache.runs).filter(
    (entry): entry is [string, { blob: string; summary: RunSummary }] => {
      const [commit, value] = entry;
      return (
        isObject(value) &&
        typeof value.blob === 'string' &&
        isObject(value.summary) &&
        value.summary.commit === commit
      );
    },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
