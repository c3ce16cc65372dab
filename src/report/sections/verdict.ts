import type { Comparison } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import {
  commitLink,
  count,
  metricChangeWithInterval,
  num,
  plural,
  withInterval,
  type LinkBase,
} from '../format.js';
import type { Block } from '../layout.js';
import { callSentence, checkCalls } from './closest-call.js';

/** Names listed in the verdict line before `… N more`. */
const LISTED = 3;

/**
 * The title and the verdict, numbers first. Its first line: ✅ passed, ⚠️
 * passed though a checked metric dropped past its tolerance without the
 * data being able to tell (not significant), or ❌ failed with the failing
 * tests and regressions; the headline metric main → this PR with the change
 * and its interval; the baseline commit. Its second line: the gate's
 * closest call (the check with the smallest Holm p) with its p, and for an
 * undecided drop about how many examples would decide it; without a
 * baseline, what the run is measured on. Then the inconclusive tests, the
 * baseline note, run mismatches and the place for the trim notice.
 */
export function verdictBlocks(
  comparison: Comparison,
  links: LinkBase,
  baselineNote: string | undefined,
  mismatches: string[] = [],
): Block[] {
  const { verdict, gate } = comparison;
  const calls = gate === undefined ? [] : checkCalls(gate, comparison);
  const undecided = calls.filter((call) => call.undecided);
  const mark = !verdict.passed
    ? '❌ **Failed**'
    : undecided.length > 0
      ? '⚠️ **Passed, but a drop could not be told from noise**'
      : '✅ **Passed**';
  const failures = [
    ...(verdict.failedTests.length > 0 ? [listed(verdict.failedTests, 'failing test')] : []),
    ...(verdict.regressions.length > 0
      ? [
          listed(
            // The gate names the check on all eval data `overall`.
            verdict.regressions.map((name) =>
              name === 'overall' ? `${comparison.metric} on all eval data` : name,
            ),
            'regression',
          ),
        ]
      : []),
    ...(verdict.sensitivity !== undefined
      ? [listed(verdict.sensitivity, 'sensitivity increase')]
      : []),
  ];
  const baseline =
    comparison.base === undefined
      ? 'no baseline'
      : `baseline ${commitLink(comparison.base.commit, links)}`;
  const gated = verdict.passed && failures.length > 0 ? ' — not gated' : '';
  const first = [
    `${mark}${failures.length > 0 ? `: ${failures.join(', ')}${gated}` : ''}`,
    headline(comparison),
    baseline,
  ]
    .filter((part) => part !== '')
    .join(' · ');
  let second: string;
  if (gate === undefined) {
    second = `No baseline to compare with, so the regression gate does not apply. ${runSummary(comparison)}`;
  } else if (calls.length === 0) {
    second = 'The regression gate had nothing to check.';
  } else {
    const closest = calls[0];
    const isOverall = closest.check === gate.checks[0] && closest.check.name === 'overall';
    const label = closest.check.regressed ? 'Clearest regression' : 'Closest call';
    const others = undecided.filter((call) => call !== closest).length;
    second =
      `${label}: ${callSentence(closest, gate, isOverall)}.` +
      (others > 0
        ? ` ${plural(others, 'more check')} dropped past the tolerance without being significant (see the regression gate).`
        : '');
  }
  const inconclusive =
    verdict.inconclusiveTests.length === 0
      ? []
      : [
          {
            type: 'text' as const,
            text: `${capital(listed(verdict.inconclusiveTests, 'inconclusive test'))}${verdict.passed ? ' — not gated' : ''}.`,
          },
        ];
  return [
    { type: 'text', text: `## ablation-ci · ${escapeText(comparison.suite)}` },
    // A backslash at the end of a line is a hard line break in GitHub's markdown.
    { type: 'text', text: `${first}\\\n${second}` },
    ...inconclusive,
    ...(baselineNote === undefined || baselineNote === ''
      ? []
      : [{ type: 'text' as const, text: `> ℹ️ ${escapeText(baselineNote, 2000)}` }]),
    ...mismatches.map((text) => ({
      type: 'text' as const,
      text: `> ⚠️ ${escapeText(capital(text), 300)}.`,
    })),
    { type: 'trim-notice' },
  ];
}

/**
 * The primary metric: `accuracy 0.9648 → 0.9447: -2.0 pts [-4.0, -0.5]`
 * with a baseline, `accuracy 0.9648 [0.9289, 0.9857] on 199 examples`
 * without one.
 */
function headline(comparison: Comparison): string {
  const primary = comparison.metrics?.[0];
  if (primary === undefined) return '';
  const name = escapeText(primary.name);
  if (primary.head.value === null)
    return `${name} undefined (${escapeText(primary.head.reason, 120)})`;
  if (comparison.base === undefined || primary.base === undefined || primary.base.value === null) {
    return `${name} ${withInterval(primary.head.value, primary.head.ci)} on ${count(comparison.data.head.n)} examples`;
  }
  const change = primary.change;
  if (change === undefined)
    return `${name} ${num(primary.base.value)} → ${num(primary.head.value)}`;
  return `${name} ${num(change.base)} → ${num(change.head)}: ${metricChangeWithInterval(change.value, change.ci, primary.name)}`;
}

/** `Tests: 4 pass, 1 inconclusive. Components: 78 evaluated, 2 not applicable.` */
function runSummary(comparison: Comparison): string {
  const statuses = ['pass', 'fail', 'inconclusive', 'skipped'] as const;
  const tests = statuses
    .map((status) => ({
      status,
      n: comparison.tests.filter((t) => t.head?.status === status).length,
    }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => `${count(n)} ${status}`);
  const applicable = comparison.components.filter((c) => c.notApplicable === undefined).length;
  const components = comparison.components.length - applicable;
  return (
    `Tests: ${tests.length === 0 ? 'none' : tests.join(', ')}. ` +
    `Components: ${count(applicable)} evaluated${components > 0 ? `, ${count(components)} not applicable` : ''}.`
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2 failing tests (a, b)`, `5 regressions (a, b, c, … 2 more)`. */
function listed(names: string[], noun: string): string {
  const shown = names.slice(0, LISTED).map((name) => escapeText(name, 60));
  if (names.length > LISTED) shown.push(`… ${names.length - LISTED} more`);
  return `${plural(names.length, noun)} (${shown.join(', ')})`;
}
