import type { GateCheck, GateDecision } from '../../compare/gate.js';
import type { Comparison } from '../../compare/types.js';
import { METRICS, isMetricName } from '../../metrics/registry.js';
import { examplesToSignificance } from '../../stats/sample-size.js';
import { escapeText } from '../escape.js';
import { count, metricChange, num, pValue, plural } from '../format.js';

/** A gate check as the verdict tells it, with what it would take to decide it. */
export interface CheckCall {
  check: GateCheck;
  /** The examples it ran on: all eval data, or the test's slice. */
  n: number;
  /** Holm's divisor of alpha for this check: m − its rank among the p-values (smallest first). */
  holmDivisor: number;
  /** It dropped by more than the tolerance without being significant: the data could not tell. */
  undecided: boolean;
  /** About how many examples would make its drop significant at the same effect (see `examplesToSignificance`). */
  needed?: number;
}

/**
 * Every check of the gate with its Holm divisor and, for a drop past the
 * tolerance that is not significant, the examples that the observed effect
 * and its spread would need to be significant at α / divisor (the level
 * Holm's step-down applies to it). Smallest Holm p first.
 */
export function checkCalls(gate: GateDecision, comparison: Comparison): CheckCall[] {
  const m = gate.checks.length;
  const byP = gate.checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => a.check.p - b.check.p || a.index - b.index);
  return byP
    .map(({ check, index }, rank) => {
      const n = checkSize(check, index, comparison);
      const holmDivisor = m - rank;
      const undecided = !check.regressed && check.drop > gate.tolerance;
      const needed = undecided
        ? examplesToSignificance(check.p, n, gate.alpha / holmDivisor)
        : undefined;
      return { check, n, holmDivisor, undecided, ...(needed === undefined ? {} : { needed }) };
    })
    .sort((a, b) => a.check.adjustedP - b.check.adjustedP || a.check.p - b.check.p);
}

function checkSize(check: GateCheck, index: number, comparison: Comparison): number {
  if (index === 0 && check.name === 'overall') return comparison.data.head.n;
  return comparison.tests.find((t) => t.name === check.name)?.head?.n ?? comparison.data.head.n;
}

/** `accuracy on all eval data`, `test malignant-recall (recall)`. */
export function checkName(check: GateCheck, isOverall: boolean): string {
  return isOverall
    ? `${escapeText(check.metric)} on all eval data`
    : `test ${escapeText(check.name, 60)} (${escapeText(check.metric)})`;
}

/**
 * One sentence on a check: `accuracy on all eval data 0.9648 → 0.9447
 * (-2.0 pts), p 0.0912 after Holm over 6 checks: not a regression at α 0.05;
 * could not tell at n = 199, needs about 620 examples`.
 */
export function callSentence(call: CheckCall, gate: GateDecision, isOverall: boolean): string {
  const { check } = call;
  const sign = isMetricName(check.metric) && !METRICS[check.metric].higherIsBetter ? -1 : 1;
  const moved = metricChange(-sign * check.drop, check.metric);
  const verdict = check.regressed
    ? `a regression at α ${num(gate.alpha).replace(/0+$/, '')}`
    : `not a regression at α ${num(gate.alpha).replace(/0+$/, '')}`;
  const head =
    `${checkName(check, isOverall)} ${num(check.base)} → ${num(check.head)} (${moved}), ` +
    `p ${pValue(check.adjustedP).replace('<', '< ')} after Holm over ${plural(gate.checks.length, 'check')}: ${verdict}`;
  if (!call.undecided) return head;
  const tolerance = metricChange(gate.tolerance, check.metric).replace(/^\+/, '');
  const needed =
    call.needed === undefined
      ? 'more examples would not show it'
      : `it needs about ${count(call.needed)} examples`;
  return `${head}. The drop is past the tolerance (${tolerance}), but the data could not tell at n = ${count(call.n)}; ${needed}`;
}
