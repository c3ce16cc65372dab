import type { MetricComparison } from '../../compare/metrics.js';
import type { Comparison, ComponentComparison, TestComparison } from '../../compare/types.js';
import type { Contribution } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { metricChange, metricChangeWithInterval, plural, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';
import { intervalPlot } from './chart.js';
import { componentLabel } from './component-label.js';

const SIGN_FLIP = '⚠️ sign flip';
/** Rows of the largest changes shown (and at most as many sign flips past them). */
const SHOWN = 10;
/** A 95% interval is about ±1.96 standard errors wide. */
const Z95 = 1.959963984540054;
/** The significance level of the marks in the contributions table (Benjamini–Hochberg q). */
const Q = 0.05;

/** A component or test whose value moved since main, with how far relative to its noise. */
interface Change {
  what: string;
  main: { value: number; ci: [number, number] };
  head: { value: number; ci: [number, number] };
  change: number;
  /** |change| over the standard error of the change (see `standardError`). */
  score: number;
  notes: string[];
  metric: string;
}

/**
 * "What changed": every metric main → this PR with the change and its
 * interval, then the largest changes of the components (on the primary
 * metric) and the tests, ranked by the change over its standard error — so a
 * small change of a precise estimate outranks a large one of a noisy
 * estimate — each with main's and this PR's intervals drawn side by side
 * and its sign flips and changes of significance named. Only with a
 * baseline.
 */
export function changeBlocks(comparison: Comparison): Block[] {
  if (comparison.base === undefined) return singleRunMetrics(comparison.metrics ?? []);
  const blocks: Block[] = [{ type: 'text', text: '### What changed' }];
  const metrics = comparison.metrics ?? [];
  if (metrics.length > 0) blocks.push(metricTable(metrics));
  const byMetric =
    metrics.length > 0
      ? metrics.map((m) => ({ name: m.name, components: m.components }))
      : [{ name: comparison.metric, components: comparison.components }];
  const changes = [
    ...byMetric.flatMap(({ name, components }) =>
      components.flatMap((c) => componentChange(c, name, byMetric.length > 1)),
    ),
    ...comparison.tests.flatMap(testChange),
  ]
    .filter((c) => c.change !== 0 || c.notes.length > 0)
    .sort((a, b) => b.score - a.score || Math.abs(b.change) - Math.abs(a.change));
  if (changes.length === 0) {
    blocks.push({
      type: 'text',
      text: 'No component contribution or test value changed since main.',
    });
    return blocks;
  }
  // The largest, then up to as many sign flips however small: a component that now hurts is news.
  const flips = changes.slice(SHOWN).filter((c) => c.notes.includes(SIGN_FLIP));
  const shown = [...changes.slice(0, SHOWN), ...flips.slice(0, SHOWN)];
  blocks.push(
    {
      type: 'text',
      text:
        `The largest changes of the components' contributions (to ${byMetric.map((m) => escapeText(m.name)).join(', ')}) and the tests' values, ` +
        'ranked by the change over its standard error (taken from the two 95% intervals as if independent; ' +
        'a paired change is more precise than that). The plot draws main and this PR with their intervals on one scale; ┊ marks 0.',
    },
    {
      type: 'table',
      header: [
        'Component or test',
        'Main',
        'This PR',
        'Change',
        'Change / SE',
        'Main vs this PR',
        'Note',
      ],
      rows: shown.map((c, i) => changeRow(c, i)),
    },
  );
  if (changes.length > shown.length) {
    blocks.push({
      type: 'text',
      text: `${plural(changes.length - shown.length, 'smaller change')} in the tables below.`,
    });
  }
  return blocks;
}

/** Without a baseline: every metric on all eval data with its interval. */
function singleRunMetrics(metrics: MetricComparison[]): Block[] {
  if (metrics.length === 0) return [];
  return [
    { type: 'text', text: '### Metrics on all eval data' },
    {
      type: 'table',
      header: ['Metric', 'Value [95% interval]'],
      rows: metrics.map((m) => ({
        cells: [metricName(m), estimate(m.head)],
        tier: Tier.key,
      })),
    },
  ];
}

function metricName(m: MetricComparison): string {
  return `${escapeText(m.name)}${m.higherIsBetter ? '' : ' (lower is better)'}`;
}

function estimate(e: MetricComparison['head'] | undefined): string {
  if (e === undefined) return '—';
  return e.value === null ? `— (${escapeText(e.reason, 120)})` : withInterval(e.value, e.ci);
}

function metricTable(metrics: MetricComparison[]): Block {
  return {
    type: 'table',
    header: ['Metric', 'Main', 'This PR', 'Change [95% interval]'],
    rows: metrics.map((m) => ({
      cells: [
        metricName(m),
        estimate(m.base),
        estimate(m.head),
        m.change === undefined
          ? '—'
          : `${metricChangeWithInterval(m.change.value, m.change.ci, m.name)}${m.change.paired ? '' : ' (unpaired)'}`,
      ],
      tier: Tier.key,
    })),
  };
}

function changeRow(c: Change, index: number): Row {
  return {
    cells: [
      c.what,
      withInterval(c.main.value, c.main.ci),
      withInterval(c.head.value, c.head.ci),
      metricChange(c.change, c.metric),
      c.score.toFixed(1),
      intervalPlot(c.main, c.head),
      c.notes.join('; '),
    ],
    tier: index < 3 ? Tier.key : Tier.check,
  };
}

type Defined = Extract<Contribution, { contribution: number }>;

function componentChange(c: ComponentComparison, metric: string, named: boolean): Change[] {
  const before = c.base;
  const after = c.head;
  if (!isDefined(before) || !isDefined(after)) return [];
  const { name, suffix } = componentLabel(c);
  const change = after.contribution - before.contribution;
  const notes = [
    ...(c.signFlip ? [SIGN_FLIP] : []),
    ...(before.q > Q && after.q <= Q ? ['newly significant'] : []),
    ...(before.q <= Q && after.q > Q ? ['no longer significant'] : []),
  ];
  return [
    {
      what:
        `${escapeText(name)} (${c.kind === 'retrain' ? 'retrain' : `${c.kind}, ${escapeText(suffix, 60)}`})` +
        (named ? ` on ${escapeText(metric)}` : ''),
      main: { value: before.contribution, ci: before.ci },
      head: { value: after.contribution, ci: after.ci },
      change,
      score: Math.abs(change) / standardError(before.ci, after.ci),
      notes,
      metric,
    },
  ];
}

function testChange(test: TestComparison): Change[] {
  const { base, head } = test;
  if (
    base?.value === null ||
    head?.value === null ||
    base?.ci === undefined ||
    head?.ci === undefined ||
    base.value === undefined ||
    head.value === undefined
  ) {
    return [];
  }
  const change = head.value - base.value;
  const notes = base.status === head.status ? [] : [`status ${base.status} → ${head.status}`];
  return [
    {
      what: `test ${escapeText(test.name, 60)} (${escapeText(test.metric)})`,
      main: { value: base.value, ci: base.ci },
      head: { value: head.value, ci: head.ci },
      change,
      score: Math.abs(change) / standardError(base.ci, head.ci),
      notes,
      metric: test.metric,
    },
  ];
}

/**
 * The standard error of a difference of two estimates, from their 95%
 * intervals: each half-width / 1.96, added in quadrature. Treating the runs
 * as independent overstates it for paired runs on the same data, so the
 * ranking is conservative; a degenerate interval counts as a tiny one.
 */
function standardError(a: [number, number], b: [number, number]): number {
  const se = (ci: [number, number]) => (ci[1] - ci[0]) / (2 * Z95);
  return Math.max(Math.hypot(se(a), se(b)), 1e-9);
}

function isDefined(c: Contribution | undefined): c is Defined {
  return c !== undefined && c.value !== null;
}
