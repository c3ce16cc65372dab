import type { DataChecks } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import { MISSING, count, percent, plural } from '../format.js';
import { Tier, type Block } from '../layout.js';

/** More classes than this: the label balance table is collapsed. */
const OPEN_CLASSES = 10;

/**
 * The eval-data checks: whether the data changed against main, the label
 * balance (examples per class on main and on this PR), NaN or infinite values
 * (none can reach a run: loading rejects them) and duplicate rows.
 */
export function dataBlocks(data: DataChecks): Block[] {
  const { base, head } = data;
  const evalData =
    base === undefined
      ? `${plural(head.n, 'example')} (no baseline to compare with)`
      : data.changed
        ? `⚠️ changed against main (${count(base.n)} → ${count(head.n)} examples): the regression gate is unpaired`
        : `same as main (${plural(head.n, 'example')})`;
  const duplicates =
    `${head.duplicateRows > 0 ? '⚠️ ' : ''}${count(head.duplicateRows)} on this PR` +
    (base === undefined ? '' : ` (main: ${count(base.duplicateRows)})`);
  const blocks: Block[] = [
    { type: 'text', text: '### Data checks' },
    {
      type: 'text',
      text: [
        `- **Eval data:** ${evalData}`,
        '- **NaN or infinite values:** none (the loader rejects them)',
        `- **Duplicate rows:** ${duplicates}`,
        `- **Label balance:** ${head.labelCounts === null ? 'not applicable (regression task)' : 'examples per class'}`,
      ].join('\n'),
    },
  ];
  if (head.labelCounts === null) return blocks;
  const classes = [
    ...Object.keys(head.labelCounts),
    ...Object.keys(base?.labelCounts ?? {}).filter((name) => !(name in head.labelCounts!)),
  ];
  const cell = (counts: Record<string, number> | null | undefined, n: number, name: string) =>
    counts === null || counts === undefined || !(name in counts)
      ? MISSING
      : `${count(counts[name])} (${percent(counts[name], n)})`;
  const table: Block = {
    type: 'table',
    header: base === undefined ? ['Class', 'This PR'] : ['Class', 'Main', 'This PR'],
    rows: classes.map((name) => ({
      cells: [
        escapeText(name, 100),
        ...(base === undefined ? [] : [cell(base.labelCounts, base.n, name)]),
        cell(head.labelCounts, head.n, name),
      ],
      tier: Tier.unchanged,
    })),
  };
  if (classes.length <= OPEN_CLASSES) return [...blocks, table];
  return [
    ...blocks,
    {
      type: 'text',
      text: `<details><summary>${plural(classes.length, 'class', 'classes')}</summary>`,
    },
    table,
    { type: 'text', text: '</details>' },
  ];
}
