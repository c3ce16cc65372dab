import { InputError } from '../errors.js';
import type { Results } from '../results/types.js';

/**
 * The layout of the results branch (DESIGN §5): one folder per suite holding
 * `COMMIT.json` (a results document) and `index.json` (its runs, newest first).
 */

/** One stored run of a suite, as listed in `SUITE/index.json`. */
export interface StoredRun {
  /** The commit the results describe (full hex sha); its document is `SUITE/COMMIT.json`. */
  commit: string;
  /** ISO 8601 date of the run (its `timing.startedAt` unless the writer gave another). */
  date: string;
  /** The primary metric of that run. */
  metric: string;
  /** The primary metric's baseline value, or null when it could not be computed. */
  value: number | null;
}

/** `SUITE/index.json`: the stored runs of one suite, newest first, one per commit. */
export interface StoreIndex {
  suite: string;
  runs: StoredRun[];
}

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const SUITE = /^[A-Za-z0-9._-]+$/;

/** Throws unless `suite` can name a folder on the branch. */
export function checkSuite(suite: string): void {
  if (!SUITE.test(suite) || suite === '.' || suite === '..' || suite.toLowerCase() === '.git') {
    throw new InputError(`suite name "${suite}" cannot name a folder of the results branch`);
  }
}

/** Throws unless `commit` is a full lowercase hex commit id (sha-1 or sha-256). */
export function checkCommit(commit: string): void {
  if (!COMMIT.test(commit)) {
    throw new InputError(`"${commit}" is not a full commit id (40 or 64 lowercase hex digits)`);
  }
}

/** The path of a suite's index on the branch. */
export function indexPath(suite: string): string {
  return `${suite}/index.json`;
}

/** The path of one run's results document on the branch. */
export function resultsPath(suite: string, commit: string): string {
  return `${suite}/${commit}.json`;
}

/** The stored form of a results document: pretty JSON and a final newline. */
export function serializeResults(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** The stored form of an index. */
export function serializeIndex(index: StoreIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** The index entry of a results document: its commit, date and primary metric. */
export function runOf(results: Results, commit: string, date: string): StoredRun {
  const primary = results.metrics[0].name;
  const estimate = results.baseline.metrics[primary];
  return { commit, date, metric: primary, value: estimate?.value ?? null };
}

/**
 * The index with `run` added (replacing any run of the same commit), sorted
 * newest first (a run dated like another goes first), cut to the newest
 * `retention` runs; `dropped` are the commits of the runs cut.
 */
export function addRun(
  index: StoreIndex | undefined,
  suite: string,
  run: StoredRun,
  retention: number,
): { index: StoreIndex; dropped: string[] } {
  const others = (index?.runs ?? []).filter((other) => other.commit !== run.commit);
  // Array.prototype.sort is stable, so equal dates keep this order: the new run first.
  const runs = [run, ...others].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return {
    index: { suite, runs: runs.slice(0, retention) },
    dropped: runs.slice(retention).map((dropped) => dropped.commit),
  };
}

/**
 * Parses and checks a stored `SUITE/index.json`; `file` names it in errors
 * (`BRANCH:SUITE/index.json`).
 */
export function parseIndex(text: string, suite: string, file: string): StoreIndex {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const fail = (where: string, detail: string): never => {
    throw new InputError(detail, { file, where });
  };
  if (!isObject(document)) return fail('', 'expected an object with "suite" and "runs"');
  if (document.suite !== suite) return fail('suite', `expected "${suite}"`);
  if (!Array.isArray(document.runs)) return fail('runs', 'expected an array');
  const runs = document.runs.map((entry: unknown, i): StoredRun => {
    const where = `runs[${i}]`;
    if (!isObject(entry)) return fail(where, 'expected an object');
    const { commit, date, metric, value } = entry;
    if (typeof commit !== 'string' || !COMMIT.test(commit)) {
      return fail(`${where}.commit`, 'expected a full commit id');
    }
    if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
      return fail(`${where}.date`, 'expected an ISO 8601 date');
    }
    if (typeof metric !== 'string') return fail(`${where}.metric`, 'expected a metric name');
    if (value !== null && typeof value !== 'number') {
      return fail(`${where}.value`, 'expected a number or null');
    }
    return { commit, date, metric, value };
  });
  return { suite, runs };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
