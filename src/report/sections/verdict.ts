import type { Comparison } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import { commitLink, plural, type LinkBase } from '../format.js';
import type { Block } from '../layout.js';

/** Names listed in the verdict line before `… N more`. */
const LISTED = 3;

/**
 * The title and the one-line verdict: passed or failed, failing tests and
 * regressions (counts and first names), the baseline commit or "no
 * baseline", then the baseline note and the place for the trim notice.
 */
export function verdictBlocks(
  comparison: Comparison,
  links: LinkBase,
  baselineNote: string | undefined,
  mismatches: string[] = [],
): Block[] {
  const { verdict } = comparison;
  const parts = [
    failures(verdict.failedTests, 'failing test', verdict.passed),
    ...(verdict.inconclusiveTests.length > 0
      ? [failures(verdict.inconclusiveTests, 'inconclusive test', verdict.passed)]
      : []),
    ...(comparison.gate === undefined
      ? []
      : [failures(verdict.regressions, 'regression', verdict.passed)]),
  ];
  const baseline =
    comparison.base === undefined
      ? 'no baseline'
      : `baseline ${commitLink(comparison.base.commit, links)}`;
  const line = `${verdict.passed ? '✅ **Passed**' : '❌ **Failed**'}: ${parts.join(', ')} · ${baseline}`;
  return [
    { type: 'text', text: `## ablation-ci · ${escapeText(comparison.suite)}` },
    { type: 'text', text: line },
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

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `no failing tests`, or `2 failing tests (a, b)`; `not gated` when they did not fail the run. */
function failures(names: string[], noun: string, passed: boolean): string {
  if (names.length === 0) return `no ${noun}s`;
  const listed = names.slice(0, LISTED).map((name) => escapeText(name, 60));
  if (names.length > LISTED) listed.push(`… ${names.length - LISTED} more`);
  return `${plural(names.length, noun)} (${listed.join(', ')})${passed ? ' — not gated' : ''}`;
}
