import type { Comparison } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import { age, commitLink, count, duration, safeUrl, shortHash, type LinkBase } from '../format.js';
import { Tier, type Block } from '../layout.js';
import type { ReportContext } from '../types.js';

/** The run facts (collapsed) and the footer line with the baseline commit and its age. */
export function factBlocks(
  comparison: Comparison,
  context: ReportContext,
  links: LinkBase,
): Block[] {
  const runUrl = safeUrl(context.runUrl);
  const base = context.baseRun;
  // The baseline's value beside the head's: always for the backend, else where they differ.
  const both = (head: string, main: string | undefined, always = false): string =>
    main === undefined || (!always && main === head)
      ? head
      : `${head} (main: ${main}${main === head ? '' : ' ⚠️'})`;
  const facts = [
    ['Backend', both(escapeText(context.backend, 40), base && escapeText(base.backend, 40), true)],
    ['Seed', both(String(context.seed), base && String(base.seed))],
    ['Repeats', count(context.repeats)],
    ['Bootstrap resamples', both(count(context.resamples), base && count(base.resamples))],
    ['Duration', duration(context.durationMs)],
    ...(context.timeLimit === undefined
      ? []
      : [['Time limit', escapeText(context.timeLimit, 300)]]),
    ['Config hash', shortHash(context.hashes.config)],
    ['Model hash', shortHash(context.hashes.model)],
    ['Data hash', shortHash(context.hashes.data)],
    ...(runUrl === undefined ? [] : [['Run', `[workflow run](${runUrl})`]]),
  ];
  const baseline = comparison.base;
  const footer =
    baseline === undefined
      ? `This PR: ${commitLink(comparison.head.commit, links)} · no baseline.`
      : `This PR: ${commitLink(comparison.head.commit, links)} · baseline: ` +
        `${commitLink(baseline.commit, links)} from ${when(baseline.startedAt)} (${age(baseline.startedAt, context.now)}).`;
  return [
    { type: 'text', text: '<details><summary>Run facts</summary>' },
    {
      type: 'table',
      header: ['Fact', 'Value'],
      rows: facts.map((cells) => ({ cells, tier: Tier.fact })),
    },
    { type: 'text', text: '</details>' },
    { type: 'text', text: `---\n\n<sub>${footer}</sub>` },
  ];
}

/** `2026-11-18 16:53 UTC`; anything that is not a date, escaped as given. */
function when(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return escapeText(iso, 40);
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
