import type { GateDecision } from '../../compare/gate.js';
import type { MetricName } from '../../config/types.js';
import { METRICS } from '../../metrics/registry.js';

/**
 * Why a gate with tolerance 0 blocked a continuous metric (issue 15, item
 * 38): its test of "worse than main by more than 0" detects any consistent
 * shift, however small, so outputs that all move a hair the same way (a
 * retrain, weights moved by 1e-5) can block. The gate adds no floor of its
 * own — that would change what an existing gate blocks without a word — so
 * the report and the terminal say why, and how to set a tolerance. Plain
 * text: `code` marks up the metric and key names (identity for a terminal).
 * Undefined when the tolerance is not 0 or no continuous check regressed.
 */
export function zeroToleranceNote(
  gate: GateDecision,
  code: (text: string) => string = (text) => text,
): string | undefined {
  if (gate.tolerance !== 0) return undefined;
  const blocked = gate.checks.filter((c) => c.regressed && METRICS[c.metric].continuous === true);
  if (blocked.length === 0) return undefined;
  const metrics = [...new Set<MetricName>(blocked.map((c) => c.metric))].map(code).join(', ');
  const smallest = blocked.reduce((a, b) => (b.drop < a.drop ? b : a));
  const share =
    smallest.base === 0
      ? ''
      : ` (${small((100 * smallest.drop) / Math.abs(smallest.base))}% of main's ${code(smallest.metric)})`;
  return (
    `Tolerance 0 on a continuous metric (${metrics}): the gate's test of "worse than main by more than 0" ` +
    `blocks any consistent shift, however small — the smallest drop it blocked here is ${small(smallest.drop)}${share}; ` +
    'outputs that all move a little the same way (a retrain, weights moved by 1e-5) are enough. ' +
    `If drops this small are noise for this model, set ${code('gate.regression.tolerance')} to the smallest drop that matters.`
  );
}

/** Two significant digits, however small: `0.000012`, `3.4e-7`. */
function small(value: number): string {
  return Number(value.toPrecision(2)).toString();
}
