import type { Comparison, Verdict } from '../compare/types.js';
import type { GateCondition } from '../config/types.js';
import type { AcceptCommand } from './command.js';
import type {
  Acceptance,
  AcceptanceOutcome,
  CheckState,
  ExpiredAcceptance,
  ReportState,
} from '../compare/acceptance.js';

/**
 * Every check of a comparison an acceptance can name: the regression gate's
 * checks (with their drop) and the model unit tests (with this head's
 * value), one entry per name, in the gate's order then the tests'.
 */
export function checkStates(comparison: Comparison): CheckState[] {
  const { verdict } = comparison;
  const failing = new Set([
    ...verdict.failedTests,
    ...verdict.inconclusiveTests,
    ...verdict.regressions,
  ]);
  const byName = new Map<string, CheckState>();
  const entry = (name: string): CheckState => {
    let state = byName.get(name);
    if (state === undefined) {
      state = { name, failing: failing.has(name) };
      byName.set(name, state);
    }
    return state;
  };
  for (const check of comparison.gate?.checks ?? []) entry(check.name).drop = check.drop;
  for (const test of comparison.tests) {
    const state = entry(test.name);
    if (test.head?.value !== null && test.head?.value !== undefined) state.value = test.head.value;
    state.higherIsBetter = test.threshold.op === '>=' || test.threshold.op === '>';
  }
  // A governed test main defines and this change dropped still fails by its name.
  for (const name of failing) entry(name);
  return [...byName.values()];
}

/** One line naming the first check the report does not list, or undefined when every one is listed. */
export function unknownCheck(names: string[], state: ReportState): string | undefined {
  const known = new Set(state.checks.map((c) => c.name));
  const unknown = names.find((name) => !known.has(name));
  if (unknown === undefined) return undefined;
  const listed = state.checks.map((c) => c.name);
  const shown = listed.slice(0, 12).join(', ') + (listed.length > 12 ? ', …' : '');
  return `"${unknown}" is not a check of the last report (${state.sha.slice(0, 7)}): ${shown || 'none'}`;
}

/** The acceptances a command or a label makes from the report it answers: one per check, with its number then. */
export function acceptancesFor(
  request: AcceptCommand,
  state: ReportState,
  who: { by: string; pullRequest: number; via: Acceptance['via'] },
): Acceptance[] {
  return request.checks.map((name) => {
    const check = state.checks.find((c) => c.name === name)!;
    return {
      check: name,
      by: who.by,
      reason: request.reason,
      pullRequest: who.pullRequest,
      headSha: state.sha,
      via: who.via,
      ...(check.drop === undefined ? {} : { drop: check.drop }),
      ...(check.value === undefined ? {} : { value: check.value }),
    };
  });
}

/**
 * Whether an acceptance still holds for the check as it is now, and if not
 * the number that broke it. It holds while the check is no further from
 * passing than when accepted: the gate's drop is at most the accepted drop,
 * and the test's value is at least as good (by its threshold's direction).
 * A number missing on either side does not expire it.
 */
export function expiry(acceptance: Acceptance, now: CheckState): number | undefined {
  if (acceptance.drop !== undefined && now.drop !== undefined && now.drop > acceptance.drop) {
    return now.drop;
  }
  if (acceptance.value !== undefined && now.value !== undefined) {
    const worse =
      now.higherIsBetter === false ? now.value > acceptance.value : now.value < acceptance.value;
    if (worse) return now.value;
  }
  return undefined;
}

/**
 * Applies acceptances (oldest first; the newest of each check counts) to a
 * comparison: each accepted check that fails and has not moved further is
 * taken out of the verdict's lists, and the verdict is decided again under
 * the gate's `fail-on`. Pure: returns a new comparison with its outcome.
 */
export function applyAcceptances(
  comparison: Comparison,
  acceptances: Acceptance[],
): { comparison: Comparison; outcome: AcceptanceOutcome } {
  const newest = new Map<string, Acceptance>();
  for (const acceptance of acceptances) newest.set(acceptance.check, acceptance);
  const states = new Map(checkStates(comparison).map((s) => [s.name, s]));
  const applied: Acceptance[] = [];
  const expired: ExpiredAcceptance[] = [];
  for (const acceptance of newest.values()) {
    const state = states.get(acceptance.check);
    if (state === undefined) continue;
    const now = expiry(acceptance, state);
    if (now === undefined) applied.push(acceptance);
    else expired.push({ acceptance, now });
  }
  const accepted = new Set(applied.map((a) => a.check));
  const waived = [...states.values()]
    .filter((s) => s.failing && accepted.has(s.name))
    .map((s) => s.name);
  const verdict = waive(comparison.verdict, new Set(waived), comparison.gate?.failOn);
  const outcome = { applied, waived, expired };
  const shown = applied.length > 0 || expired.length > 0;
  return {
    comparison: { ...comparison, verdict, ...(shown ? { acceptance: outcome } : {}) },
    outcome,
  };
}

function waive(verdict: Verdict, waived: Set<string>, failOn?: GateCondition[]): Verdict {
  const keep = (names: string[]) => names.filter((name) => !waived.has(name));
  const failedTests = keep(verdict.failedTests);
  const inconclusiveTests = keep(verdict.inconclusiveTests);
  const regressions = keep(verdict.regressions);
  // Without a gate (no baseline) the settings are unknown here: every list that failed still blocks.
  const blocks = (condition: GateCondition) => failOn === undefined || failOn.includes(condition);
  const passed =
    verdict.passed ||
    (!(blocks('test-failure') && failedTests.length > 0) &&
      !(blocks('inconclusive') && inconclusiveTests.length > 0) &&
      !(blocks('regression') && regressions.length > 0));
  return { passed, failedTests, inconclusiveTests, regressions };
}

/** The state a report keeps hidden in its sticky comment for the accept command to answer. */
export function reportState(comparison: Comparison, sha: string, runId?: number): ReportState {
  return {
    sha,
    failed: !comparison.verdict.passed,
    checks: checkStates(comparison),
    accepted: comparison.acceptance?.applied ?? [],
    ...(runId === undefined ? {} : { runId }),
  };
}
