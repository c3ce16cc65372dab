import { escapeText, mermaidText } from '../escape.js';
import { Tier, type Block } from '../layout.js';

/** Main's recent history for the report's trend charts; gathered at the edge (see dashboard/trend.ts). */
export interface TrendFacts {
  /** Main's stored runs shown, oldest first: short commit ids. */
  commits: string[];
  /** How the change's point is named on the x-axis: `PR` or `this run`. */
  headLabel: string;
  /** The primary metric first, then each failing test and regressed check. */
  series: {
    /** What is plotted, e.g. `accuracy` or `malignant-recall (recall)`. */
    label: string;
    /** Main's values, one per commit (null: not in that run). */
    main: (number | null)[];
    /** The change's value, or null when it has none. */
    head: number | null;
  }[];
  /** The dashboard: the Pages URL when configured, else the file on the results branch. */
  dashboardUrl: string;
}

/**
 * "Trends on main": one Mermaid `xychart-beta` per series (GitHub renders
 * them in comments and issues) with main's last stored runs as a line and
 * the change's value as the last point, marked by the only bar; then a link
 * to the dashboard. Charts are optional blocks: a report cut to size drops
 * them before any table row that matters.
 */
export function trendBlocks(facts: TrendFacts | undefined): Block[] {
  if (facts === undefined || facts.commits.length === 0) return [];
  const blocks: Block[] = [
    { type: 'text', text: '### Trends on main' },
    {
      type: 'text',
      text:
        `Main's last ${facts.commits.length} stored ${facts.commits.length === 1 ? 'run' : 'runs'} (line), ` +
        `${escapeText(facts.headLabel)}'s value last (the bar). ` +
        `Every run, component and test: [the dashboard](${facts.dashboardUrl}).`,
    },
  ];
  for (const series of facts.series) {
    const chart = trendChart(facts, series);
    if (chart !== undefined) blocks.push({ type: 'optional', text: chart, tier: Tier.check });
  }
  return blocks;
}

function trendChart(facts: TrendFacts, series: TrendFacts['series'][number]): string | undefined {
  const labels: string[] = [];
  const values: number[] = [];
  series.main.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    labels.push(facts.commits[i]);
    values.push(value);
  });
  if (series.head !== null && Number.isFinite(series.head)) {
    labels.push(facts.headLabel);
    values.push(series.head);
  }
  if (values.length === 0) return undefined;
  const [low, high] = axis(values);
  const marked = series.head !== null && Number.isFinite(series.head);
  // Bars rise from the axis' low end: at `low` they have no height, so only the change's shows.
  const bars = values.map((value, i) => (marked && i === values.length - 1 ? value : low));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(series.label, 60)}"`,
    `  x-axis [${labels.map((label) => `"${mermaidText(label, 12)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(series.label, 40)}" ${number(low)} --> ${number(high)}`,
    `  line [${values.map(number).join(', ')}]`,
    ...(marked ? [`  bar [${bars.map(number).join(', ')}]`] : []),
    '```',
  ].join('\n');
}

/** A y-axis range around `values`: a tenth of their spread beyond each end, rounded outwards. */
function axis(values: number[]): [number, number] {
  const low = values.reduce((a, b) => Math.min(a, b), Infinity);
  const high = values.reduce((a, b) => Math.max(a, b), -Infinity);
  const pad = (high - low) / 10 || Math.abs(high) / 100 || 0.01;
  const step = 10 ** Math.floor(Math.log10(pad));
  return [Math.floor((low - pad) / step) * step, Math.ceil((high + pad) / step) * step].map((x) =>
    Number(x.toPrecision(6)),
  ) as [number, number];
}

function number(value: number): string {
  return String(Number(value.toPrecision(4)));
}
