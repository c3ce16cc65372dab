import type { Contribution, Results, TestStatus } from '../results/types.js';

/** An estimate as the dashboard keeps it: a value and its interval, or nothing. */
export interface Point {
  value: number | null;
  ci: [number, number] | null;
}

/**
 * The version of {@link RunSummary} and of what {@link summarize} puts in
 * it. The store keeps summaries beside the documents (`SUITE/summaries.json`)
 * and uses them only when they carry this number: raise it whenever a
 * summary made by this code would differ from one made before (a field
 * added or dropped, a value computed otherwise), so that stored summaries
 * are made again from their documents.
 */
export const SUMMARY_FORMAT = 1;

/** What the dashboard and the trends keep of one stored run: a few numbers, no predictions. */
export interface RunSummary {
  commit: string;
  /** ISO 8601 date of the run, as listed in the suite's index. */
  date: string;
  backend: string;
  durationMs: number;
  /** What a time limit changed, in a few words; null without a limit. */
  budget: string | null;
  metric: string;
  higherIsBetter: boolean;
  primary: Point;
  gate: { metric: string; tolerance: number };
  /** The gate metric's value overall (the check named `overall`). */
  gateValue: number | null;
  tests: {
    name: string;
    metric: string;
    threshold: { op: string; value: number };
    status: TestStatus;
    point: Point;
  }[];
  /** Every component's contribution to the primary metric (null when it does not apply). */
  components: { id: string; point: Point }[];
  /** Retrain variants whose whole contribution interval lies within ± the gate's tolerance. */
  candidates: string[];
  /**
   * The checks a maintainer accepted on the pull request this run merged
   * (what the page shows of each); absent in summaries made elsewhere: none.
   */
  acceptances?: AcceptanceMark[];
}

/** What the page keeps of an acceptance: the check, who, on which pull request, why. */
export interface AcceptanceMark {
  check: string;
  by: string;
  reason: string;
  pullRequest: number;
}

/** The summary of one stored results document, listed in the index at `date`. */
export function summarize(results: Results, commit: string, date: string): RunSummary {
  const metric = results.metrics[0].name;
  const { metric: gateMetric, tolerance } = results.run.gate.regression;
  const primary = results.baseline.metrics[metric];
  const gate = results.baseline.metrics[gateMetric];
  return {
    commit,
    date,
    backend: results.run.predictionsFrom === undefined ? results.run.backend : 'train.command',
    durationMs: results.timing.durationMs,
    budget: budgetLine(results),
    metric,
    higherIsBetter: results.metrics[0].higherIsBetter,
    primary:
      primary === undefined || primary.value === null
        ? { value: null, ci: null }
        : { value: primary.value, ci: primary.ci },
    gate: { metric: gateMetric, tolerance },
    gateValue: gate === undefined ? null : gate.value,
    tests: results.tests.map((test) => ({
      name: test.name,
      metric: test.metric,
      threshold: test.threshold,
      status: test.status,
      point: {
        value: test.value ?? null,
        ci: test.value === undefined || test.value === null ? null : (test.ci ?? null),
      },
    })),
    components: results.components.map((component) => ({
      id: component.id,
      point: contributionPoint(component.metrics?.[metric]),
    })),
    candidates: results.components
      .filter((component) => {
        const c = component.metrics?.[gateMetric];
        return (
          component.kind === 'retrain' &&
          c !== undefined &&
          c.value !== null &&
          c.ci[0] >= -tolerance &&
          c.ci[1] <= tolerance
        );
      })
      .map((component) => component.id),
    acceptances: (results.acceptances ?? []).map(({ check, by, reason, pullRequest }) => ({
      check,
      by,
      reason,
      pullRequest,
    })),
  };
}

function contributionPoint(c: Contribution | undefined): Point {
  return c === undefined || c.value === null
    ? { value: null, ci: null }
    : { value: c.contribution, ci: c.ci };
}

function budgetLine(results: Results): string | null {
  const budget = results.run.budget;
  if (budget === undefined) return null;
  const parts = [`limit ${budget.limit} s`];
  if (budget.repeats !== null) parts.push(`repeats ${budget.repeats.from}→${budget.repeats.to}`);
  if (budget.rows !== null) parts.push(`rows ${budget.rows.from}→${budget.rows.to}`);
  if (budget.notEvaluated > 0) parts.push(`${budget.notEvaluated} not evaluated`);
  return parts.join(', ');
}
