import type { TestChange, TestComparison } from '../../compare/types.js';
import type { TestStatus } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { MISSING, count, num, plural, signed, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';

const STATUS: Record<TestStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '❔ inconclusive',
  skipped: '⏭️ skipped',
};

const CHANGE: Record<TestChange, string> = {
  'new-failure': '❌ new failure',
  fixed: '🎉 fixed',
  'still-failing': 'still failing',
  changed: 'changed',
  new: '🆕 new test',
  removed: '🗑️ removed',
  'still-passing': 'still passing',
  unchanged: 'unchanged',
};

const OPS = { '>=': '≥', '>': '&gt;', '<=': '≤', '<': '&lt;' } as const;

/**
 * The model unit tests, in the Comparison's order (new failures, fixed, still
 * failing, changed, new, removed, unchanged). With a baseline, tests that pass
 * (or skip) as they did on main go into a collapsed second table; without
 * one there is nothing to compare with and no Main or Change column.
 */
export function testBlocks(tests: TestComparison[], hasBase: boolean): Block[] {
  const title: Block = { type: 'text', text: '### Model unit tests' };
  if (tests.length === 0) {
    return [title, { type: 'text', text: 'This suite has no model unit tests.' }];
  }
  const header = hasBase
    ? ['Test', 'Metric', 'Threshold', 'Main', 'This PR', 'n', 'Status', 'Change']
    : ['Test', 'Metric', 'Threshold', 'This PR', 'n', 'Status'];
  const table = (rows: TestComparison[]): Block => ({
    type: 'table',
    header,
    rows: rows.map((test) => row(test, hasBase)),
  });
  if (!hasBase) return [title, table(tests)];
  const quiet = tests.filter(isQuiet);
  const shown = tests.filter((test) => !isQuiet(test));
  return [
    title,
    shown.length === 0
      ? {
          type: 'text',
          text: 'Every test has the status it has on main.',
        }
      : table(shown),
    ...(quiet.length === 0
      ? []
      : [
          {
            type: 'text' as const,
            text: `<details><summary>${plural(quiet.length, shown.length === 0 ? 'test' : 'more test')}, status as on main</summary>`,
          },
          table(quiet),
          { type: 'text' as const, text: '</details>' },
        ]),
  ];
}

/** Passing or skipped, as on main: nothing to look at. */
function isQuiet(test: TestComparison): boolean {
  return (
    (test.change === 'still-passing' || test.change === 'unchanged') &&
    (test.head?.status === 'pass' || test.head?.status === 'skipped')
  );
}

function row(test: TestComparison, hasBase: boolean): Row {
  const head = test.head;
  const metric =
    test.class === undefined
      ? escapeText(test.metric)
      : `${escapeText(test.metric)} (class ${escapeText(test.class, 60)})`;
  const status =
    head === undefined
      ? MISSING
      : head.status === 'skipped' && head.reason !== undefined
        ? `${STATUS.skipped}: ${escapeText(head.reason, 300)}`
        : STATUS[head.status];
  const cells = [
    escapeText(test.name),
    metric,
    `${OPS[test.threshold.op]} ${num(test.threshold.value)}`,
    ...(hasBase ? [withInterval(test.base?.value, test.base?.ci)] : []),
    withInterval(head?.value, head?.ci),
    head === undefined ? MISSING : count(head.n),
    status,
    ...(hasBase ? [change(test)] : []),
  ];
  return { cells, tier: tier(test) };
}

function change(test: TestComparison): string {
  const details = [
    ...(test.change === 'changed' && test.base !== undefined ? [`was ${test.base.status}`] : []),
    ...(test.delta === undefined ? [] : [`Δ ${signed(test.delta)}`]),
  ];
  return details.length === 0
    ? CHANGE[test.change]
    : `${CHANGE[test.change]} (${details.join('; ')})`;
}

function tier(test: TestComparison): Tier {
  switch (test.change) {
    case 'new-failure':
    case 'still-failing':
    case 'fixed':
      return Tier.failure;
    case 'changed':
    case 'new':
    case 'removed':
      return Tier.key;
    case 'still-passing':
    case 'unchanged':
      return isQuiet(test) ? Tier.unchanged : Tier.key;
  }
}
