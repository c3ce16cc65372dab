import { componentTarget } from '../../results/groups.js';
import type { Contribution, Estimate, Results, RetrainRun } from '../../results/types.js';
import { escapeText } from '../escape.js';
import { MISSING, duration, num, pValue, plural, withInterval } from '../format.js';
import { Tier, type Block, type Row } from '../layout.js';

/** What the retrain section shows: taken from the head's results document by {@link retrainFacts}. */
export interface RetrainFacts {
  seeds: number[];
  timeLimitMs: number;
  /** The metric shown (the primary metric). */
  metric: string;
  /** The gate's metric and tolerance, which decide the candidates to remove. */
  gate: { metric: string; tolerance: number };
  baseline: { runs: RetrainRun[]; metrics: Record<string, Estimate> };
  variants: {
    name: string;
    target: string[];
    runs: RetrainRun[];
    metrics: Record<string, Contribution>;
  }[];
}

/** The retrain facts of a results document, or undefined when it has no retrain ablations. */
export function retrainFacts(head: Results): RetrainFacts | undefined {
  if (head.retrain === undefined) return undefined;
  return {
    seeds: head.retrain.seeds,
    timeLimitMs: head.retrain.timeLimitMs,
    metric: head.metrics[0].name,
    gate: {
      metric: head.run.gate.regression.metric,
      tolerance: head.run.gate.regression.tolerance,
    },
    baseline: head.retrain.baseline,
    variants: head.components.flatMap((c) =>
      c.kind === 'retrain' && c.retrain !== undefined
        ? [
            {
              name: c.id.split(':')[1],
              target: componentTarget(head, c).target,
              runs: c.retrain.runs,
              metrics: c.metrics ?? {},
            },
          ]
        : [],
    ),
  };
}

/**
 * The "Retrain ablations" section: per variant, what was switched off, the
 * metric with it (the retrained baseline) and without it (mean over seeds,
 * interval), the contribution with its interval and p, the per-seed values
 * and training times; runs that hit the time limit; and the variants whose
 * removal costs nothing measurable — the contribution's whole interval on
 * the gate metric within ± the gate's tolerance — as candidates to remove.
 */
export function retrainBlocks(facts: RetrainFacts | undefined): Block[] {
  if (facts === undefined) return [];
  const { metric, seeds } = facts;
  const k = seeds.length;
  const base = facts.baseline.metrics[metric];
  const blocks: Block[] = [
    { type: 'text', text: `### Retrain ablations (${escapeText(metric)})` },
    {
      type: 'text',
      text:
        `Each variant switches a part off and trains again with ${plural(k, 'seed')} ` +
        `(${seeds.join(', ')}), as the baseline is; every run is limited to ${duration(facts.timeLimitMs)}. ` +
        `With: the retrained baseline, ${withEstimate(base)}. ` +
        'Contribution: with minus without (positive: the part helps), paired by seed and by eval example; ' +
        'its 95% interval counts both the spread across seeds and the eval sample.',
    },
  ];
  if (k < 3) {
    blocks.push({
      type: 'text',
      text:
        (k < 2
          ? `⚠️ With ${plural(k, 'seed')} the interval cannot account for seed variance: `
          : `⚠️ With ${plural(k, 'seed')} the seed spread has one degree of freedom (its t quantile is 12.7, 4.3 with 3 seeds): `) +
        'set train.seeds to 3 or more.',
    });
  }
  const rows: Row[] = facts.variants.map((v) => {
    const c = v.metrics[metric] as Contribution | undefined;
    const scored =
      c === undefined || c.value === null
        ? [MISSING, `${MISSING} (${escapeText(c?.reason ?? 'not scored', 120)})`, MISSING]
        : [withInterval(c.value, c.valueCi), withInterval(c.contribution, c.ci), pValue(c.p)];
    return {
      cells: [
        escapeText(v.name),
        escapeText(v.target.join(', '), 200),
        ...scored,
        perSeed(v.runs, metric),
        times(v.runs),
      ],
      tier: Tier.key,
    };
  });
  rows.push({
    cells: [
      '*baseline*',
      MISSING,
      withInterval(base?.value ?? null, base?.value === null ? undefined : base?.ci),
      MISSING,
      MISSING,
      perSeed(facts.baseline.runs, metric),
      times(facts.baseline.runs),
    ],
    tier: Tier.key,
  });
  blocks.push({
    type: 'table',
    header: [
      'Variant',
      'Switched off',
      'Without',
      'Contribution',
      'p',
      'Per seed',
      'Training time',
    ],
    align: ['l', 'l', 'r', 'r', 'r', 'l', 'l'],
    rows,
  });

  const timedOut = [
    ...facts.baseline.runs.map((run) => ({ name: 'baseline', run })),
    ...facts.variants.flatMap((v) => v.runs.map((run) => ({ name: v.name, run }))),
  ].filter(({ run }) => run.status === 'timed-out');
  if (timedOut.length > 0) {
    blocks.push({
      type: 'text',
      text:
        `⏱️ ${plural(timedOut.length, 'training run')} hit the ${duration(facts.timeLimitMs)} limit ` +
        `and ${timedOut.length === 1 ? 'was' : 'were'} left out of the statistics: ` +
        timedOut.map(({ name, run }) => `${escapeText(name)} (seed ${run.seed})`).join(', ') +
        '.',
    });
  }

  const { tolerance } = facts.gate;
  const candidates = facts.variants.filter((v) => {
    const c = v.metrics[facts.gate.metric] as Contribution | undefined;
    return c !== undefined && c.value !== null && c.ci[0] >= -tolerance && c.ci[1] <= tolerance;
  });
  blocks.push({
    type: 'text',
    text:
      candidates.length === 0
        ? `No candidates to remove: no variant's ${escapeText(facts.gate.metric)} contribution interval lies within ±${num(tolerance)} (the gate's tolerance).`
        : `🧹 **Candidates to remove** (the ${escapeText(facts.gate.metric)} contribution's whole interval lies within ±${num(tolerance)}, the gate's tolerance): ` +
          candidates
            .map((v) => `${escapeText(v.name)} (${escapeText(v.target.join(', '), 120)})`)
            .join('; ') +
          '.',
  });
  return blocks;
}

function withEstimate(estimate: Estimate | undefined): string {
  if (estimate === undefined || estimate.value === null) return MISSING;
  return `${num(estimate.value)} [${num(estimate.ci[0])}, ${num(estimate.ci[1])}] (mean over seeds)`;
}

/** `0.9698, 0.9648, ⏱️` — the metric of each seed's model, ⏱️ for a run that timed out. */
function perSeed(runs: RetrainRun[], metric: string): string {
  return runs
    .map((run) => (run.status === 'timed-out' ? '⏱️' : num(run.metrics[metric])))
    .join(', ');
}

/** `6.3 s, 4.1 s (cached), ⏱️ 60.00 s`. */
function times(runs: RetrainRun[]): string {
  return runs
    .map((run) =>
      run.status === 'timed-out'
        ? `⏱️ ${duration(run.ms)}`
        : `${duration(run.trainMs ?? run.ms)}${run.cached ? ' (cached)' : ''}`,
    )
    .join(', ');
}
