import type { TestChange, TestComparison } from '../../compare/types.js';
import type { TestStatus } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { examplesToDecide } from '../../stats/sample-size.js';
import { MISSING, count, metricChange, num, plural, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';

const STATUS: Record<TestStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '❔ inconclusive',
  skipped: '⏭️ skipped',
};

/** How the status moved since main, in words beside the status (not the value's change). */
const MOVE: Record<TestChange, (was: string) => string> = {
  'new-failure': (was) => `new failure; was ${was}`,
  fixed: (was) => `fixed; was ${was}`,
  'still-failing': () => 'as on main',
  changed: (was) => `was ${was}`,
  new: () => 'new test',
  removed: () => 'removed',
  'still-passing': () => 'as on main',
  unchanged: () => 'as on main',
};

const OPS = { '>=': '≥', '>': '&gt;', '<=': '≤', '<': '&lt;' } as const;

/**
 * The model unit tests, in the Comparison's order (new failures, fixed, still
 * failing, changed, new, removed, unchanged). With a baseline, tests that pass
 * (or skip) as they did on main go into a collapsed second table; without
 * one there is nothing to compare with and no Main or Change column.
 */
export function testBlocks(tests: TestComparison[], hasBase: boolean, confidence = 0.95): Block[] {
  const title: Block = { type: 'text', text: '### Model unit tests' };
  if (tests.length === 0) {
    return [title, { type: 'text', text: 'This suite has no model unit tests.' }];
  }
  const header = hasBase
    ? ['Test', 'Metric', 'Threshold', 'Main', 'This PR', 'n', 'Status', 'Value change']
    : ['Test', 'Metric', 'Threshold', 'Value', 'n', 'Status'];
  const table = (rows: TestComparison[]): Block => ({
    type: 'table',
    header,
    rows: rows.map((test) => row(test, hasBase, confidence)),
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

function row(test: TestComparison, hasBase: boolean, confidence: number): Row {
  const head = test.head;
  const metric =
    test.class === undefined
      ? escapeText(test.metric)
      : `${escapeText(test.metric)} (class ${escapeText(test.class, 60)})`;
  const status = statusText(test, hasBase, confidence);
  const cells = [
    escapeText(test.name),
    metric,
    `${OPS[test.threshold.op]} ${num(test.threshold.value)}`,
    ...(hasBase ? [withInterval(test.base?.value, test.base?.ci)] : []),
    withInterval(head?.value, head?.ci),
    head === undefined ? MISSING : count(head.n),
    status,
    ...(hasBase ? [metricChange(test.delta, test.metric)] : []),
  ];
  return { cells, tier: tier(test) };
}

/**
 * The head's status, how it moved since main (`was ✅ pass`, `as on main`),
 * and for an inconclusive proportion how many examples at its observed rate
 * would decide it (`examplesToDecide`: exact Clopper–Pearson).
 */
function statusText(test: TestComparison, hasBase: boolean, confidence: number): string {
  const head = test.head;
  if (head === undefined) return `${MISSING} (${MOVE.removed('')})`;
  const words = [
    ...(hasBase
      ? [MOVE[test.change](test.base === undefined ? '' : STATUS[test.base.status])]
      : []),
    ...(head.status === 'skipped' && head.reason !== undefined
      ? [escapeText(head.reason, 300)]
      : []),
    ...(head.status === 'inconclusive' ? [toDecide(test, confidence)] : []),
  ].filter((word) => word !== '');
  return words.length === 0 ? STATUS[head.status] : `${STATUS[head.status]} (${words.join('; ')})`;
}

/** `30 of 30: at that rate about 36 examples would pass`; why no n would, or nothing when the metric is not a proportion. */
function toDecide(test: TestComparison, confidence: number): string {
  const counts = test.head?.counts;
  if (counts === undefined) return '';
  const { op, value } = test.threshold;
  const rate = counts.successes / counts.trials;
  const passSide = op === '>=' || op === '>' ? rate > value : rate < value;
  // A `>=` or `<=` test passes when its interval touches the threshold and fails only past it; `>` and `<` the other way.
  const touching = op.endsWith('=') === passSide;
  const needed = examplesToDecide(counts.successes, counts.trials, confidence, value, touching);
  const at = `${count(counts.successes)} of ${count(counts.trials)}`;
  if (needed === undefined) return `${at}: no number of examples at that rate decides it`;
  return `${at}: at that rate about ${count(needed)} examples would ${passSide ? 'pass' : 'fail'}`;
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
