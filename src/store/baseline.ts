import type { StoreIndex, StoredRun } from './layout.js';

/** The stored run to compare with, and whether it is of the very commit asked for. */
export type ChosenBaseline = StoredRun & { exact: boolean };

/**
 * The stored run a change is compared with (DESIGN §5):
 * - the run of the merge-base commit when stored (`exact: true`);
 * - else the newest run dated no later than the merge-base's date (the nearest older stored run);
 * - else undefined.
 * `before` keeps only runs dated strictly earlier (e.g. "the previous stored run"
 * of a push run); with neither option the newest run is chosen.
 */
export function chooseBaseline(
  index: StoreIndex | undefined,
  { mergeBase, before }: { mergeBase?: { sha: string; date: string }; before?: string } = {},
): ChosenBaseline | undefined {
  const runs = index?.runs ?? [];
  const beforeTime = before === undefined ? Infinity : time(before, 'before');
  const candidates = runs.filter((run) => Date.parse(run.date) < beforeTime);
  if (mergeBase !== undefined) {
    const exact = candidates.find((run) => run.commit === mergeBase.sha.toLowerCase());
    if (exact !== undefined) return { ...exact, exact: true };
  }
  const limit = mergeBase === undefined ? Infinity : time(mergeBase.date, 'mergeBase.date');
  const newest = newestFirst(candidates).find((run) => Date.parse(run.date) <= limit);
  return newest === undefined ? undefined : { ...newest, exact: false };
}

/**
 * The report's text when no stored baseline exists: where it was looked for
 * and how to create one. Plain text (the report escapes it).
 */
export function describeMissingBaseline(
  branch: string,
  suite: string,
  { baselineBranch }: { baselineBranch?: string } = {},
): string {
  const target = baselineBranch === undefined ? 'the baseline branch' : baselineBranch;
  return (
    `No stored baseline yet: the results branch ${branch} holds no results of suite ${suite}` +
    ` to compare with, so nothing is compared and the regression gate does not apply. A push to ${target} or a scheduled run of the Action` +
    ` stores one (the workflow needs contents: write); or give a results file as baseline-file.`
  );
}

function newestFirst(runs: StoredRun[]): StoredRun[] {
  // The index is stored newest first; sorting again keeps the choice right for a hand-edited one.
  return [...runs].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

function time(date: string, name: string): number {
  const parsed = Date.parse(date);
  if (Number.isNaN(parsed)) throw new RangeError(`chooseBaseline: ${name} "${date}" is not a date`);
  return parsed;
}
