import type { ComponentComparison } from '../../compare/types.js';
import type { Contribution } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { MISSING, plural, signed, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';
import { componentLabel } from './component-label.js';

/** Rows shown open; the rest of the table is collapsed. */
const SHOWN = 10;
/** Significance marks: BH-adjusted q at or below each level. */
const MARKS: [number, string][] = [
  [0.01, '\\*\\*'],
  [0.05, '\\*'],
];

/**
 * The components' contributions to the primary metric, in the order of the
 * rank they show (largest contribution first; those without a rank last, in
 * the Comparison's order), so that the rows count 1, 2, 3… down: main's and this PR's with intervals and significance
 * marks, the change with sign flips, and the rank with its move. A chart of
 * the largest comes first; components that do not apply are listed apart,
 * collapsed, with the reason.
 */
export function componentBlocks(
  components: ComponentComparison[],
  metric: string,
  hasBase: boolean,
  collapsed = false,
): Block[] {
  // Inside an HTML block markdown escapes stay as typed: a metric's name (a fixed word) goes in as it is.
  const title: Block = {
    type: 'text',
    text: collapsed
      ? `<details><summary><b>Component contributions (${/^[a-z0-9_]+$/.test(metric) ? metric : 'metric'})</b></summary>`
      : `### Component contributions (${escapeText(metric)})`,
  };
  const close: Block[] = collapsed ? [{ type: 'text', text: '</details>' }] : [];
  if (components.length === 0) {
    return [title, { type: 'text', text: 'This suite ablates no components.' }, ...close];
  }
  const applicable = components
    .filter((c) => c.notApplicable === undefined)
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (a.c.rankHead ?? Infinity) - (b.c.rankHead ?? Infinity) || a.index - b.index)
    .map(({ c }) => c);
  const notApplicable = components.filter((c) => c.notApplicable !== undefined);
  const legend =
    `Contribution: how much worse ${escapeText(metric)} gets when the component is ablated ` +
    '(positive: the component helps), with its 95% interval. ' +
    '\\* Benjamini–Hochberg q ≤ 0.05, \\*\\* q ≤ 0.01 (over all components)' +
    (hasBase
      ? '; ⚠️ the sign flipped against main; ↑/↓ rank moves since main; =3: tied with another component (no move shown).'
      : '; =3: tied with another component.');
  const header = hasBase
    ? ['Rank', 'Component', 'Ablation', 'Main', 'This PR', 'Change']
    : ['Rank', 'Component', 'Ablation', 'Contribution'];
  const ranks = {
    head: competitionRanks(applicable, 'head'),
    base: competitionRanks(applicable, 'base'),
  };
  const rows = applicable.map((c, i) => row(c, hasBase, i, ranks, collapsed));
  const blocks: Block[] = [title];
  if (applicable.length > 0) {
    blocks.push({ type: 'text', text: legend });
    blocks.push({ type: 'table', header, rows: rows.slice(0, SHOWN) });
  }
  if (collapsed) {
    // A collapsed metric's section is one table; what does not apply is listed under the primary metric.
    if (rows.length > SHOWN) blocks.push({ type: 'table', header, rows: rows.slice(SHOWN) });
    return [...blocks, ...close];
  }
  if (rows.length > SHOWN) {
    blocks.push(
      {
        type: 'text',
        text: `<details><summary>${plural(rows.length - SHOWN, 'more component')}</summary>`,
      },
      { type: 'table', header, rows: rows.slice(SHOWN) },
      { type: 'text', text: '</details>' },
    );
  }
  if (notApplicable.length > 0) {
    blocks.push(
      {
        type: 'text',
        text: `<details><summary>${plural(notApplicable.length, 'component')} not applicable</summary>`,
      },
      {
        type: 'table',
        header: ['Component', 'Ablation', 'Why not'],
        rows: notApplicable.map((c) => ({
          cells: [componentName(c), ablation(c), escapeText(c.notApplicable ?? '', 300)],
          tier: Tier.detail,
        })),
      },
      { type: 'text', text: '</details>' },
    );
  }
  return [...blocks, ...close];
}

/** The ranks of a run's contributions, tied values sharing the best: 1 + how many are larger. */
interface Ranks {
  head: Map<ComponentComparison, { rank: number; tied: boolean }>;
  base: Map<ComponentComparison, { rank: number; tied: boolean }>;
}

function competitionRanks(components: ComponentComparison[], run: 'base' | 'head'): Ranks['head'] {
  const values = components.flatMap((c) => {
    const value = c[run];
    return value !== undefined && value.value !== null ? [{ c, v: value.contribution }] : [];
  });
  return new Map(
    values.map(({ c, v }) => [
      c,
      {
        rank: 1 + values.filter((o) => o.v > v).length,
        tied: values.some((o) => o.c !== c && o.v === v),
      },
    ]),
  );
}

function row(
  c: ComponentComparison,
  hasBase: boolean,
  index: number,
  ranks: Ranks,
  minor: boolean,
): Row {
  const cells = [
    rank(c, hasBase, ranks),
    componentName(c),
    ablation(c),
    ...(hasBase ? [contribution(c.base)] : []),
    contribution(c.head),
    ...(hasBase ? [change(c)] : []),
  ];
  const tier =
    index < SHOWN && !minor ? Tier.key : c.signFlip ? Tier.check : Tier.minorContribution;
  return { cells, tier };
}

function componentName(c: ComponentComparison): string {
  const { name } = componentLabel(c);
  return c.kind === 'group' ? `${escapeText(name)} (group of ${c.members})` : escapeText(name);
}

/** `layer, zero`; `feature, value=0.5`; `retrain` (its mode is its kind). */
function ablation(c: ComponentComparison): string {
  if (c.kind === 'retrain') return 'retrain';
  return `${c.kind}, ${escapeText(componentLabel(c).suffix, 60)}`;
}

function contribution(value: Contribution | undefined): string {
  if (value === undefined) return MISSING;
  if (value.value === null) return `${MISSING} (${escapeText(value.reason, 120)})`;
  const mark = MARKS.find(([level]) => value.q <= level)?.[1];
  const text = withInterval(value.contribution, value.ci);
  return mark === undefined ? text : `${text} ${mark}`;
}

function change(c: ComponentComparison): string {
  if (c.base === undefined) return '🆕 new';
  const text = signed(c.change);
  return c.signFlip ? `${text} ⚠️ sign flip` : text;
}

/** `3`, `3 ↑2` (up from 5 on main), `6 ↓1`, `=3` when tied (no move); `—` without a contribution. */
function rank(c: ComponentComparison, hasBase: boolean, ranks: Ranks): string {
  const head = ranks.head.get(c);
  if (head === undefined) return MISSING;
  const shown = `${head.tied ? '=' : ''}${head.rank}`;
  const base = ranks.base.get(c);
  if (!hasBase || base === undefined || head.tied || base.tied || base.rank === head.rank)
    return shown;
  const move = base.rank - head.rank;
  return `${shown} ${move > 0 ? '↑' : '↓'}${Math.abs(move)}`;
}
