import type { Acceptance, Results } from '../../src/results/types.js';
import { writeResults } from '../../src/store/index.js';
import { makeRemote, resultsOf, type Remote } from '../store/repos.js';

export const COMMIT_URL = 'https://github.com/acme/model/commit/';

/** A hex commit id made from a number, as a runner's commits look. */
export function commitOf(n: number): string {
  return (n * 2654435761).toString(16).padStart(8, '0').repeat(5).slice(0, 40);
}

/**
 * Run `k` of a suite's history: the real breast-cancer document with the
 * accuracy drifting down by 0.002 a run, one unit test failing from run 3
 * on, and every contribution scaled by (1 + k/10).
 */
export function historyRun(k: number, suite = 'breast-cancer'): Results {
  const day = String(1 + k).padStart(2, '0');
  const results = resultsOf(commitOf(k + 1), `2026-11-${day}T02:00:00.000Z`);
  results.suite = suite;
  results.timing.durationMs = 20_000 + 1000 * k;
  const accuracy = results.baseline.metrics.accuracy;
  if (accuracy.value !== null) {
    const shift = -0.002 * k;
    accuracy.value += shift;
    accuracy.ci = [accuracy.ci[0] + shift, accuracy.ci[1] + shift];
  }
  const test = results.tests[0];
  if (k >= 3 && test.value !== undefined && test.value !== null) {
    test.status = 'fail';
    test.value = 0.8;
    test.ci = [0.7, 0.88];
  }
  for (const component of results.components) {
    const c = component.metrics?.accuracy;
    if (c === undefined || c.value === null) continue;
    const f = 1 + k / 10;
    c.contribution *= f;
    c.ci = [c.ci[0] * f, c.ci[1] * f];
  }
  return results;
}

/**
 * A real results branch in a bare repository, written by `writeResults`
 * with the dashboard on, `runs` runs of the breast-cancer suite (and two of
 * a second suite), kept to `retention`; run k's document carries
 * `acceptances[k]` when given (writeResults validates it against the schema).
 */
export async function historyBranch(
  runs: number,
  {
    retention = 200,
    acceptances = {},
  }: { retention?: number; acceptances?: Record<number, Acceptance[]> } = {},
): Promise<{ remote: Remote; tip: string; written: Results[] }> {
  const remote = await makeRemote();
  const { git } = await remote.clone('runner');
  const written: Results[] = [];
  let tip = '';
  for (const results of [historyRun(0, 'second-suite'), historyRun(1, 'second-suite')]) {
    tip = (await writeResults(git, { results, dashboard: { commitUrl: COMMIT_URL } })).commit;
  }
  for (let k = 0; k < runs; k++) {
    const results = historyRun(k);
    if (acceptances[k] !== undefined) results.acceptances = acceptances[k];
    written.push(results);
    tip = (await writeResults(git, { results, retention, dashboard: { commitUrl: COMMIT_URL } }))
      .commit;
  }
  return { remote, tip, written };
}
