import type { MetricName, ThresholdOp } from '../config/types.js';
import type { ComponentResult, Contribution, TestStatus } from '../results/types.js';
import type { AcceptanceOutcome } from '../compare/acceptance.js';
import type { GateDecision } from './gate.js';
import type { MetricComparison } from './metrics.js';
import type { SensitivityComparison } from '../sensitivity/compare.js';

/** How a model unit test moved between main and this change. */
export type TestChange =
  | 'new-failure'
  | 'fixed'
  | 'still-failing'
  | 'changed'
  | 'still-passing'
  | 'unchanged'
  | 'new'
  | 'removed';

export interface TestComparison {
  name: string;
  metric: MetricName;
  class?: string;
  threshold: { op: ThresholdOp; value: number };
  base?: { status: TestStatus; value: number | null; ci?: [number, number]; n: number };
  head?: {
    status: TestStatus;
    value: number | null;
    ci?: [number, number];
    n: number;
    reason?: string;
    /** Successes and trials, where the metric is a proportion of the slice (see `withCounts`). */
    counts?: { successes: number; trials: number };
  };
  change: TestChange;
  /** head − base, when both have a value. */
  delta?: number;
}

export interface ComponentComparison {
  id: string;
  kind: ComponentResult['kind'];
  /** The layer's, feature's or group's name, when the head's results carry it. */
  name?: string;
  /** Its layers or features: every one, or a group's patterns when the head stores the group once. */
  target: string[];
  /** How many layers or features it ablates. */
  members: number;
  mode: string;
  base?: Contribution;
  head?: Contribution;
  /** Why the head could not apply it. */
  notApplicable?: string;
  /** head − base contribution, when both are defined. */
  change?: number;
  /** The contribution changed sign and at least one run's interval excludes 0. */
  signFlip: boolean;
  /** 1 = largest contribution, per run. */
  rankBase?: number;
  rankHead?: number;
}

/** Eval-data facts of both runs that a reviewer should see. */
export interface DataChecks {
  changed: boolean;
  base?: { n: number; labelCounts: Record<string, number> | null; duplicateRows: number };
  head: { n: number; labelCounts: Record<string, number> | null; duplicateRows: number };
}

export interface Verdict {
  passed: boolean;
  failedTests: string[];
  inconclusiveTests: string[];
  regressions: string[];
  /** Curves whose sensitivity grew significantly since main (absent: none). */
  sensitivity?: string[];
}

/** Main's results against this change's: everything the report shows. */
export interface Comparison {
  suite: string;
  /** The primary metric: contributions are compared on it. */
  metric: MetricName;
  head: { commit: string | null; startedAt: string };
  /** Undefined when there is no stored baseline. */
  base?: { commit: string | null; startedAt: string };
  tests: TestComparison[];
  components: ComponentComparison[];
  gate?: GateDecision;
  /** Every configured metric, the primary first (absent in comparisons made before it existed). */
  metrics?: MetricComparison[];
  /** The head's confidence level for intervals (default 0.95). */
  confidence?: number;
  data: DataChecks;
  verdict: Verdict;
  /** Checks a maintainer accepted as intended, applied to `verdict` (src/accept/); absent when none. */
  acceptance?: AcceptanceOutcome;
  /** Sensitivity curves against main's (absent when this change measured none). */
  sensitivity?: SensitivityComparison;
}
