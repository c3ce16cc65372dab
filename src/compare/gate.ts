import type { MetricName } from '../config/types.js';
import { prepareMetric, type MetricOptions } from '../metrics/index.js';
import { METRICS } from '../metrics/registry.js';
import type { Predictions } from '../metrics/types.js';
import type { Results, TestResult } from '../results/types.js';
import { bootstrapCounts } from '../stats/bootstrap.js';
import { holm } from '../stats/multiple.js';
import { mcnemarRegression } from '../stats/paired.js';
import { Rng } from '../stats/rng.js';
import { subset } from '../metrics/subset.js';
import { decodeSlice } from '../results/slice.js';
import { storedPredictions } from './decode.js';

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
  /** Holm-adjusted over all checks. */
  adjustedP: number;
  regressed: boolean;
}

export interface GateDecision {
  tolerance: number;
  alpha: number;
  /** False when the eval data differ from main's: the checks are unpaired. */
  paired: boolean;
  checks: GateCheck[];
  regressions: string[];
}

/**
 * The regression gate (DESIGN §7): for the gate metric overall and each
 * model unit test present in both runs, a one-sided test of "the head is
 * worse than main by more than `tolerance`" — exact McNemar-type test on 0/1
 * correctness when the data are the same, a paired bootstrap for other
 * metrics, an unpaired bootstrap when the eval data changed — then Holm's
 * correction over all checks, so the chance of any false block is at most
 * `alpha`. The gate settings are the head's (`run.gate`).
 */
export function regressionGate(base: Results, head: Results): GateDecision {
  const { tolerance, alpha, metric } = head.run.gate.regression;
  const paired = base.source.dataHash === head.source.dataHash;
  const basePredictions = storedPredictions(base);
  const headPredictions = storedPredictions(head);
  const all = (p: Predictions) => Int32Array.from({ length: p.n }, (_, i) => i);
  const scope = { seed: head.run.seed, resamples: head.run.resamples, tolerance, paired };

  const raw: Omit<GateCheck, 'adjustedP' | 'regressed'>[] = [];
  if (head.metrics.some((m) => m.name === metric)) {
    raw.push(
      check(
        'overall',
        metric,
        {},
        basePredictions,
        all(basePredictions),
        headPredictions,
        all(headPredictions),
        scope,
      ),
    );
  }
  for (const test of head.tests) {
    const before = base.tests.find((t) => t.name === test.name);
    if (!gated(test) || before === undefined || !gated(before) || before.metric !== test.metric)
      continue;
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
  const adjusted = holm(Float64Array.from(raw.map((c) => c.p)));
  const checks = raw.map((c, i) => ({
    ...c,
    adjustedP: adjusted[i],
    regressed: adjusted[i] <= alpha,
  }));
  return {
    tolerance,
    alpha,
    paired,
    checks,
    regressions: checks.filter((c) => c.regressed).map((c) => c.name),
  };
}

function gated(test: TestResult): boolean {
  return test.status !== 'skipped' && test.slice !== undefined && test.n > 0;
}

interface Scope {
  seed: number;
  resamples: number;
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
): Omit<GateCheck, 'adjustedP' | 'regressed'> {
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
  if (scope.paired && (metric === 'accuracy' || metric === 'error_rate')) {
    return {
      ...summary,
      method: 'mcnemar-exact',
      p: mcnemarRegression(discordant(baseSlice, headSlice), scope.tolerance),
    };
  }
  // One-sided bootstrap test: the p-value is the share of resampled drops at or
  // below the tolerance (the inversion of the percentile interval), kept off 0.
  const baseWeights = new Float64Array(baseSlice.n);
  const headWeights = scope.paired ? baseWeights : new Float64Array(headSlice.n);
  let atOrBelow = 0;
  let counted = 0;
  for (let b = 0; b < scope.resamples; b++) {
    bootstrapCounts(Rng.stream(scope.seed, 'gate', name, 'base', b), baseSlice.n, baseWeights);
    if (!scope.paired)
      bootstrapCounts(Rng.stream(scope.seed, 'gate', name, 'head', b), headSlice.n, headWeights);
    const drop = sign * (baseMetric(baseWeights) - headMetric(headWeights));
    if (Number.isNaN(drop)) continue;
    counted++;
    if (drop <= scope.tolerance) atOrBelow++;
  }
  return {
    ...summary,
    method: scope.paired ? 'paired-bootstrap' : 'unpaired-bootstrap',
    p: (1 + atOrBelow) / (1 + counted),
  };
}

/** Losses (base right, head wrong) and wins (the reverse) over the same examples. */
function discordant(
  base: Predictions,
  head: Predictions,
): { losses: number; wins: number; n: number } {
  let losses = 0;
  let wins = 0;
  for (let i = 0; i < base.n; i++) {
    const baseRight = base.predicted[i] === base.yTrue[i];
    const headRight = head.predicted[i] === head.yTrue[i];
    if (baseRight && !headRight) losses++;
    else if (headRight && !baseRight) wins++;
  }
  return { losses, wins, n: base.n };
}
