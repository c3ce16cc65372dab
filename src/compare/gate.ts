import type { MetricName } from '../config/types.js';
import { prepareMetric, type MetricOptions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Results } from '../results/types.js';
import { holm } from '../stats/multiple.js';
import { mcnemarRegression } from '../stats/paired.js';
import { subset } from '../metrics/subset.js';
import { decodeSlice } from '../results/slice.js';
import { BootstrapCheck, MAX_GATE_RESAMPLES } from '../stats/bootstrap-check.js';
import { storedPredictions } from './decode.js';
import { gated, governedTests, unpaired, type GovernedTest } from './governance.js';
import { gateSettings, type GateSettingChange, type GateSettings } from './settings.js';

/** How a gated check was tested. */
export type GateMethod = 'mcnemar-exact' | 'paired-bootstrap' | 'unpaired-bootstrap';

/** One gated check: the primary metric overall, or one model unit test's metric on its slice. */
export interface GateCheck {
  /** `overall` or the test's name. */
  name: string;
  metric: MetricName;
  base: number;
  head: number;
  /** How much worse the head is, in the metric's units (positive = worse). */
  drop: number;
  method: GateMethod;
  /** One-sided p-value for "worse than main by more than the tolerance". */
  p: number;
  /** Bootstrap checks: the resamples drawn and the Monte Carlo standard error of p. */
  resamples?: number;
  monteCarloError?: number;
  /** Holm-adjusted over all checks. */
  adjustedP: number;
  regressed: boolean;
}

export interface GateDecision {
  /** `fail-on` as applied: the stricter of main's and this change's. */
  failOn: GateSettings['failOn'];
  tolerance: number;
  alpha: number;
  /** Gate settings this change edits, with the value applied (see `gateSettings`). */
  changes: GateSettingChange[];
  /** Main's tests this change removes, skips or redefines, each run as main defines it. */
  governed: GovernedTest[];
  /** False when the eval rows differ from main's (data changed, or subsampled): the checks are unpaired. */
  paired: boolean;
  checks: GateCheck[];
  regressions: string[];
}

/** How far (in Monte Carlo standard errors) a bootstrap check's Holm p must be from alpha. */
const CLEAR_OF_ALPHA = 3;

/**
 * The regression gate (DESIGN §7): for the gate metric overall (main's, and
 * this change's when it names another) and each of main's gated model unit
 * tests — as main defines it, by name, even when this change removes,
 * skips or redefines it — a one-sided test of "the head is
 * worse than main by more than `tolerance`" — an exact test on the paired
 * 0/1 outcomes when the metric is a proportion of fixed examples (accuracy
 * and error rate of all, recall of one class's) and the data are the same, a
 * paired bootstrap for other metrics, an unpaired bootstrap when the eval
 * data changed — then Holm's correction over all checks, so the chance of
 * any false block is at most `alpha`.
 *
 * The settings come from `gateSettings` (main's, or the stricter). A
 * bootstrap check whose Holm-adjusted p is within 3 Monte Carlo standard
 * errors of alpha draws twice the resamples, up to 64,000, so the decision
 * does not hang on the seed; each reports its resamples and error.
 */
export function regressionGate(
  base: Results,
  head: Results,
  gate: { settings: GateSettings; changes: GateSettingChange[] } = gateSettings(base, head),
): GateDecision {
  const { tolerance, alpha, metrics } = gate.settings;
  const paired = unpaired(base, head) === undefined;
  const basePredictions = storedPredictions(base);
  const headPredictions = storedPredictions(head);
  const all = (p: Predictions) => Int32Array.from({ length: p.n }, (_, i) => i);
  const scope = { seed: head.run.seed, tolerance, paired };

  const raw: Pending[] = metrics.map((metric, i) =>
    check(
      // Main's gate metric is `overall`; a head's other one is named for its metric.
      i === 0 ? 'overall' : `overall (${metric})`,
      metric,
      {},
      basePredictions,
      all(basePredictions),
      headPredictions,
      all(headPredictions),
      scope,
    ),
  );
  // Main's tests govern by identity: each of main's gated tests is checked
  // as main defines it, whatever this change did to it (governance.ts).
  const governedList = governedTests(base, head, headPredictions);
  const governed = new Set(governedList.map((t) => t.name));
  for (const before of base.tests) {
    if (!gated(before)) continue;
    const test = governed.has(before.name)
      ? before
      : head.tests.find((t) => t.name === before.name)!;
    // Main's rows of another eval set cannot be found in this change's; a
    // test skipped there for the data's sake has nothing to check.
    if (governed.has(before.name) ? !paired : !gated(test)) continue;
    const cls = test.class === undefined ? undefined : head.classes?.indexOf(test.class);
    const headRows = decodeSlice(test.slice!, headPredictions.n);
    const baseRows = paired ? headRows : decodeSlice(before.slice!, basePredictions.n);
    raw.push(
      check(
        test.name,
        test.metric,
        cls === undefined ? {} : { cls },
        basePredictions,
        baseRows,
        headPredictions,
        headRows,
        scope,
      ),
    );
  }
  const start = Math.max(1, base.run.resamples, head.run.resamples);
  for (const c of raw) c.bootstrap?.grow(start);
  let adjusted = holm(Float64Array.from(raw.map(pOf)));
  for (;;) {
    // Holm scales the p at rank r (0-based, smallest first) by m − r.
    const ps = raw.map(pOf);
    const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b] || a - b);
    const unclear = raw.filter((c, i) => {
      const b = c.bootstrap;
      if (b === undefined || b.resamples >= MAX_GATE_RESAMPLES) return false;
      const scale = raw.length - order.indexOf(i);
      return Math.abs(adjusted[i] - alpha) < CLEAR_OF_ALPHA * scale * b.error;
    });
    if (unclear.length === 0) break;
    for (const c of unclear)
      c.bootstrap!.grow(Math.min(MAX_GATE_RESAMPLES, 2 * c.bootstrap!.resamples));
    adjusted = holm(Float64Array.from(raw.map(pOf)));
  }
  const checks: GateCheck[] = raw.map(({ bootstrap, ...c }, i) => ({
    ...c,
    p: pOf({ ...c, bootstrap }),
    ...(bootstrap === undefined
      ? {}
      : { resamples: bootstrap.resamples, monteCarloError: bootstrap.error }),
    adjustedP: adjusted[i],
    regressed: adjusted[i] <= alpha,
  }));
  return {
    failOn: gate.settings.failOn,
    tolerance,
    alpha,
    changes: gate.changes,
    governed: governedList,
    paired,
    checks,
    regressions: checks.filter((c) => c.regressed).map((c) => c.name),
  };
}

/** A check before Holm: an exact p, or a bootstrap that can still grow. */
type Pending = Omit<GateCheck, 'adjustedP' | 'regressed' | 'p'> & {
  p?: number;
  bootstrap?: BootstrapCheck;
};

function pOf(c: Pending): number {
  return c.bootstrap === undefined ? c.p! : c.bootstrap.p;
}

interface Scope {
  seed: number;
  tolerance: number;
  paired: boolean;
}

function check(
  name: string,
  metric: MetricName,
  options: MetricOptions,
  basePredictions: Predictions,
  baseRows: Int32Array,
  headPredictions: Predictions,
  headRows: Int32Array,
  scope: Scope,
): Pending {
  const sign = METRICS[metric].higherIsBetter ? 1 : -1;
  const baseSlice = subset(basePredictions, baseRows);
  const headSlice = subset(headPredictions, headRows);
  const baseMetric = prepareMetric(metric, baseSlice, options);
  const headMetric = prepareMetric(metric, headSlice, options);
  const baseValue = baseMetric();
  const headValue = headMetric();
  const summary = {
    name,
    metric,
    base: baseValue,
    head: headValue,
    drop: sign * (baseValue - headValue),
  };
  const counted = scope.paired ? countedRows(metric, baseSlice, options) : undefined;
  if (counted !== undefined) {
    return {
      ...summary,
      method: 'mcnemar-exact',
      p: mcnemarRegression(discordant(baseSlice, headSlice, counted), scope.tolerance),
    };
  }
  return {
    ...summary,
    method: scope.paired ? 'paired-bootstrap' : 'unpaired-bootstrap',
    bootstrap: new BootstrapCheck(name, scope.seed, sign, scope.tolerance, baseMetric, headMetric, {
      base: baseSlice.n,
      head: headSlice.n,
      paired: scope.paired,
    }),
  };
}

/**
 * The examples a metric is a proportion of, when they are the same for both
 * runs on the same data: all of them for accuracy and error rate, the true
 * members of the scored class for recall (issue 9.11: the same quantity gets
 * the same exact test whatever it is called). Precision counts predicted
 * members, which differ between the runs: not a paired proportion.
 */
function countedRows(
  metric: MetricName,
  slice: Predictions,
  options: MetricOptions,
): Int32Array | undefined {
  const proportion = METRICS[metric].proportion;
  if (proportion?.of === 'all') return Int32Array.from({ length: slice.n }, (_, i) => i);
  if (proportion?.of !== 'true-class') return undefined;
  let cls = options.cls ?? (slice.task === 'binary' ? 1 : undefined);
  if (cls === undefined) {
    // A multiclass slice whose true labels hold one class.
    const present = new Set(slice.yTrue);
    if (present.size !== 1) return undefined;
    cls = [...present][0];
  }
  const rows: number[] = [];
  for (let i = 0; i < slice.n; i++) if (slice.yTrue[i] === cls) rows.push(i);
  return Int32Array.from(rows);
}

/** Losses (base right, head wrong) and wins (the reverse) over the same examples. */
function discordant(
  base: Predictions,
  head: Predictions,
  rows: Int32Array,
): { losses: number; wins: number; n: number } {
  let losses = 0;
  let wins = 0;
  for (const i of rows) {
    const baseRight = base.predicted[i] === base.yTrue[i];
    const headRight = head.predicted[i] === head.yTrue[i];
    if (baseRight && !headRight) losses++;
    else if (headRight && !baseRight) wins++;
  }
  return { losses, wins, n: rows.length };
}
