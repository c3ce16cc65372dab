import type { SensitivityComparison, SensitivityRow } from '../../sensitivity/compare.js';
import { escapeText, mermaidText } from '../escape.js';
import { MISSING, pValue, plural, signed, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';

/** Curves drawn in the chart: the most sensitive few (a chart of many lines reads as none). */
const CHARTED = 4;

/**
 * The "Sensitivity curves" section: a Mermaid `xychart-beta` line chart of
 * the primary metric against the noise level s for the most sensitive
 * curves (with a baseline, main's line beside this PR's: xychart-beta has
 * no legend, so the lines are named under the chart), then a table of every curve's normalised
 * area under the degradation curve on main and on this PR, the change, the
 * Holm-adjusted p of "grew by more than the tolerance", ranks, and a flag on
 * the curves whose sensitivity grew significantly.
 */
export function sensitivityBlocks(comparison: SensitivityComparison | undefined): Block[] {
  if (comparison === undefined) return [];
  const { metric, rows } = comparison;
  const hasBase = rows.some((r) => r.rankBase !== undefined);
  const blocks: Block[] = [
    { type: 'text', text: `### Sensitivity curves (${escapeText(metric)})` },
    {
      type: 'text',
      text:
        `${plural(rows.length, 'curve')}: noise of s × the spread on each component, ` +
        `s = ${comparison.grid.map(level).join(', ')}. ` +
        'The area is the average drop of the metric over the grid (higher: more sensitive).' +
        (comparison.baseGrid !== undefined
          ? ` Main used another grid (${comparison.baseGrid.map(level).join(', ')}): areas are not compared.`
          : '') +
        (comparison.grew.length > 0
          ? ` ⚠️ ${plural(comparison.grew.length, 'curve')} grew significantly more sensitive since main.`
          : ''),
    },
  ];
  const charted = [...rows]
    .sort((a, b) => (a.rankHead ?? Infinity) - (b.rankHead ?? Infinity))
    .slice(0, CHARTED);
  const chart = chartText(comparison, charted);
  if (chart !== undefined) blocks.push({ type: 'optional', text: chart, tier: Tier.check });
  blocks.push({
    type: 'table',
    header: hasBase
      ? ['curve', 'noise', 'area on main', 'area on this PR', 'change', 'p (grew)', 'rank', '']
      : ['curve', 'noise', 'area', 'rank'],
    align: hasBase ? ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'] : ['l', 'l', 'r', 'r'],
    rows: [...rows]
      .sort(
        (a, b) =>
          Number(b.grew) - Number(a.grew) || (a.rankHead ?? Infinity) - (b.rankHead ?? Infinity),
      )
      .map((row) => tableRow(row, hasBase)),
  });
  return blocks;
}

function tableRow(row: SensitivityRow, hasBase: boolean): Row {
  const name = `${row.kind} ${escapeText(row.name)}`;
  const area = (e: SensitivityRow['head']): string =>
    e === undefined ? MISSING : e.value === null ? MISSING : withInterval(e.value, e.ci);
  const rank = (r: number | undefined): string => (r === undefined ? MISSING : String(r));
  const tier = row.grew
    ? Tier.failure
    : (row.rankHead ?? Infinity) <= CHARTED
      ? Tier.key
      : Tier.minorContribution;
  if (!hasBase) return { cells: [name, row.noise, area(row.head), rank(row.rankHead)], tier };
  return {
    cells: [
      name,
      row.noise,
      area(row.base),
      area(row.head),
      row.change === undefined ? MISSING : signed(row.change),
      row.p === undefined ? MISSING : pValue(row.p),
      `${rank(row.rankBase)} → ${rank(row.rankHead)}`,
      row.grew ? '⚠️ more sensitive' : '',
    ],
    tier,
  };
}

/** The chart: one line per curve and run, the metric against the grid's points. */
function chartText(comparison: SensitivityComparison, rows: SensitivityRow[]): string | undefined {
  const lines: { label: string; values: number[] }[] = [];
  for (const row of rows) {
    const label = mermaidText(`${row.name} ${row.noise}`, 30);
    if (row.curveBase !== undefined && row.curveBase.every((v) => v !== null)) {
      lines.push({ label: `${label} main`, values: row.curveBase });
    }
    if (row.curveHead !== undefined && row.curveHead.every((v) => v !== null)) {
      lines.push({
        label: row.curveBase === undefined ? label : `${label} PR`,
        values: row.curveHead,
      });
    }
  }
  if (lines.length === 0) return undefined;
  const all = lines.flatMap((l) => l.values);
  const low = all.reduce((a, b) => Math.min(a, b), Infinity);
  const high = all.reduce((a, b) => Math.max(a, b), -Infinity);
  const pad = high === low ? 0.01 : (high - low) * 0.05;
  // xychart-beta has no legend: the lines' names are listed under it, in its colour order.
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(comparison.metric)} under noise"`,
    `  x-axis "noise level s" [${comparison.grid.map((s) => `"${level(s)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(comparison.metric)}" ${fixed(low - pad)} --> ${fixed(high + pad)}`,
    ...lines.map((l) => `  line [${l.values.map(fixed).join(', ')}]`),
    '```',
    `Lines, in order: ${lines.map((l, i) => `${i + 1}. ${l.label}`).join('; ')}.`,
  ].join('\n');
}

/** A noise level as written in a config: 0.01, 0.0251, 1. */
function level(s: number): string {
  return String(Number(s.toPrecision(3)));
}

function fixed(value: number): string {
  return Number(value.toFixed(4)).toString();
}
