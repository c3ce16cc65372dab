import type { GateDecision } from '../../compare/gate.js';
import type { GovernedTest, TestPart } from '../../compare/governance.js';
import type { TestStatus } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { withInterval } from '../format.js';
import { Tier, type Block } from '../layout.js';

const HOW: Record<GovernedTest['how'], string> = {
  removed: 'removed or renamed here',
  skipped: 'skipped here (`min-examples` or `where` leaves too few rows)',
  redefined: 'redefined here',
};

const PART: Record<TestPart, string> = {
  metric: 'metric',
  class: 'class',
  threshold: 'threshold',
  slice: '`where` (its rows)',
};

const STATUS: Record<TestStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '❔ inconclusive',
  skipped: '⏭️ skipped',
};

const OPS = { '>=': '≥', '>': '&gt;', '<=': '≤', '<': '&lt;' } as const;

/**
 * Main's model unit tests that this PR's config removes, renames, skips or
 * redefines (issue 15.37). Main's tests govern by name: each is run as main
 * defines it on this PR's model, gated, and counted in the verdict; the
 * notice says so, with the result, so a reviewer sees that the PR tried.
 */
export function governanceBlocks(gate: GateDecision | undefined): Block[] {
  const governed = gate?.governed ?? [];
  if (governed.length === 0) return [];
  const notice =
    "> [!WARNING]\n> **This PR removes or weakens main's model unit tests.** Main's tests govern by name: " +
    "each is still run as main defines it on this PR's model, and counts in the verdict and the regression gate.";
  return [
    { type: 'text', text: notice },
    {
      type: 'table',
      header: ['Main’s test', 'This PR', 'As main defines it', 'Value', 'Status'],
      rows: governed.map((test) => ({
        cells: [
          escapeText(test.name),
          test.how === 'redefined'
            ? `${HOW.redefined}: ${test.edits.map((p) => PART[p]).join(', ')}`
            : HOW[test.how],
          `${escapeText(test.result.metric)}${test.result.class === undefined ? '' : ` of ${escapeText(test.result.class)}`} ${OPS[test.result.threshold.op]} ${test.result.threshold.value}`,
          withInterval(test.result.value, test.result.ci),
          STATUS[test.result.status] +
            (test.result.reason === undefined ? '' : `: ${escapeText(test.result.reason)}`),
        ],
        tier: test.result.status === 'pass' ? Tier.check : Tier.failure,
      })),
    },
  ];
}
