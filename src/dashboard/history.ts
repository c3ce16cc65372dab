import type { AcceptanceMark, Point, RunSummary } from './summary.js';

/**
 * A series of estimates over runs, as the page stores it: integers in units
 * of `q` (a power of ten, four or five significant digits of the series'
 * largest magnitude). `v` holds the first value and then the change from the
 * previous value that is not null (runs next to each other differ little,
 * so the text stays short); `lo` and `hi` how far the interval reaches
 * below and above the value. null: no value in that run.
 */
export interface Series {
  q: number;
  v: (number | null)[];
  lo: (number | null)[];
  hi: (number | null)[];
}

/** One suite's history on the page: its runs oldest first, and every series over them. */
export interface SuiteData {
  suite: string;
  metric: string;
  higherIsBetter: boolean;
  gate: { metric: string; tolerance: number };
  runs: {
    commit: string[];
    date: string[];
    backend: string[];
    durationMs: number[];
    budget: (string | null)[];
  };
  primary: Series;
  tests: {
    name: string;
    metric: string;
    op: string;
    threshold: number;
    /** One character per run: p pass, f fail, i inconclusive, s skipped, - not in that run. */
    status: string;
    series: Series;
  }[];
  /** Largest latest contribution first; components no longer run come last, by name. */
  components: { id: string; series: Series }[];
  /** The newest run's retrain candidates to remove, and how many of the runs listed each. */
  candidates: { id: string; runs: number }[];
  /** The checks accepted on the pull requests the runs merged: `run` is the run's place in `runs`. */
  acceptances: (AcceptanceMark & { run: number })[];
}

/** Everything the page shows: one entry per suite, and where commits are linked. */
export interface DashboardData {
  /** A commit's page is this followed by its id (`https://github.com/OWNER/REPO/commit/`); null: no links. */
  commitUrl: string | null;
  suites: SuiteData[];
}

const STATUS: Record<string, string> = { pass: 'p', fail: 'f', inconclusive: 'i', skipped: 's' };

/** The page's data for one suite, from the summaries of its stored runs (any order). */
export function suiteData(suite: string, summaries: RunSummary[]): SuiteData {
  const runs = [...summaries].sort(
    (a, b) => Date.parse(a.date) - Date.parse(b.date) || (a.commit < b.commit ? -1 : 1),
  );
  const latest = runs[runs.length - 1];
  const testNames = unique(runs.flatMap((run) => run.tests.map((test) => test.name)));
  const componentIds = unique(runs.flatMap((run) => run.components.map((c) => c.id)));
  const latestContribution = new Map(
    (latest?.components ?? []).map((c) => [c.id, Math.abs(c.point.value ?? 0)]),
  );
  componentIds.sort((a, b) => {
    const x = latestContribution.get(a);
    const y = latestContribution.get(b);
    if (x !== undefined && y !== undefined && x !== y) return y - x;
    if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const candidateRuns = new Map<string, number>();
  for (const run of runs) {
    for (const id of run.candidates) candidateRuns.set(id, (candidateRuns.get(id) ?? 0) + 1);
  }
  return {
    suite,
    metric: latest?.metric ?? '',
    higherIsBetter: latest?.higherIsBetter ?? true,
    gate: latest?.gate ?? { metric: '', tolerance: 0 },
    runs: {
      commit: runs.map((run) => run.commit),
      date: runs.map((run) => run.date),
      backend: runs.map((run) => run.backend),
      durationMs: runs.map((run) => Math.round(run.durationMs)),
      budget: runs.map((run) => run.budget),
    },
    primary: encodeSeries(
      runs.map((run) => run.primary),
      5,
    ),
    tests: testNames.map((name) => {
      const found = runs.map((run) => run.tests.find((test) => test.name === name));
      const last = found.filter((test) => test !== undefined).pop()!;
      return {
        name,
        metric: last.metric,
        op: last.threshold.op,
        threshold: last.threshold.value,
        status: found.map((test) => (test === undefined ? '-' : STATUS[test.status])).join(''),
        series: encodeSeries(
          found.map((test) => test?.point ?? NONE),
          5,
        ),
      };
    }),
    components: componentIds.map((id) => {
      const byRun = runs.map((run) => new Map(run.components.map((c) => [c.id, c.point])));
      return {
        id,
        series: encodeSeries(
          byRun.map((points) => points.get(id) ?? NONE),
          4,
        ),
      };
    }),
    candidates: (latest?.candidates ?? []).map((id) => ({ id, runs: candidateRuns.get(id)! })),
    acceptances: runs.flatMap((run, i) => (run.acceptances ?? []).map((a) => ({ run: i, ...a }))),
  };
}

const NONE: Point = { value: null, ci: null };

/** `points` with `digits` significant digits of the largest magnitude, as a {@link Series}. */
export function encodeSeries(points: Point[], digits: number): Series {
  const magnitudes = points.flatMap((p) =>
    p.value === null ? [] : [Math.abs(p.value), ...(p.ci ?? []).map(Math.abs)],
  );
  const largest = magnitudes.filter(Number.isFinite).reduce((a, b) => Math.max(a, b), 0);
  const q = largest === 0 ? 1 : 10 ** (Math.floor(Math.log10(largest)) - digits + 1);
  const units = (x: number): number => Math.round(x / q);
  let previous = 0;
  const v: (number | null)[] = [];
  const lo: (number | null)[] = [];
  const hi: (number | null)[] = [];
  for (const point of points) {
    if (point.value === null || !Number.isFinite(point.value)) {
      v.push(null);
      lo.push(null);
      hi.push(null);
      continue;
    }
    const value = units(point.value);
    v.push(value - previous);
    previous = value;
    lo.push(point.ci === null ? null : value - units(point.ci[0]));
    hi.push(point.ci === null ? null : units(point.ci[1]) - value);
  }
  return { q: Number(q.toPrecision(1)), v, lo, hi };
}

/** The values of a {@link Series} again: value and interval per run, to `q`. */
export function decodeSeries(series: Series): Point[] {
  let value = 0;
  const decimals = Math.max(0, -Math.round(Math.log10(series.q)));
  const real = (units: number): number => Number((units * series.q).toFixed(decimals));
  return series.v.map((step, i) => {
    if (step === null) return NONE;
    value += step;
    const lo = series.lo[i];
    const hi = series.hi[i];
    return {
      value: real(value),
      ci: lo === null || hi === null ? null : [real(value - lo), real(value + hi)],
    };
  });
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
