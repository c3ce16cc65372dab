import type { Acceptance } from '../results/types.js';

export type { Acceptance } from '../results/types.js';

/** One check of a report as an acceptance sees it: its name, whether it fails, and its numbers. */
export interface CheckState {
  /** `overall`, `overall (METRIC)` or a model unit test's name. */
  name: string;
  /** It is among the verdict's failing tests, inconclusive tests or regressions. */
  failing: boolean;
  /** The gate check's drop against main (positive = worse). */
  drop?: number;
  /** The test's value on this head. */
  value?: number;
  /** For a test: whether a higher value is better (its threshold is `>=` or `>`). */
  higherIsBetter?: boolean;
}

/** What the last report of a pull request said, kept hidden in its sticky comment. */
export interface ReportState {
  /** The head commit the report is of. */
  sha: string;
  /** Whether the check (the job) failed, after acceptances. */
  failed: boolean;
  checks: CheckState[];
  /** The acceptances in effect in that report. */
  accepted: Acceptance[];
  /**
   * The run whose failure is the pull request's check, to re-run once
   * accepted: the `compute` run for a report posted by `mode: report`;
   * absent when it is the run that wrote the comment.
   */
  runId?: number;
}

/** An acceptance that no longer holds: the check moved further since it was accepted. */
export interface ExpiredAcceptance {
  acceptance: Acceptance;
  /** The check's drop or value now. */
  now: number;
}

/** The acceptances a report applied: those in effect, those that waived a failing check, those expired. */
export interface AcceptanceOutcome {
  /** In effect (the newest acceptance of each check that has not expired). */
  applied: Acceptance[];
  /** Names of failing checks the acceptances waived. */
  waived: string[];
  expired: ExpiredAcceptance[];
}
