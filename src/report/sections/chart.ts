import type { ComponentComparison } from '../../compare/types.js';
import { mermaidText } from '../escape.js';
import { Tier, type Block } from '../layout.js';
import { componentLabel } from './component-label.js';

/** Bars in the chart. */
const BARS = 10;

/**
 * A Mermaid bar chart of the largest contributions on this PR (GitHub renders
 * `mermaid` code blocks in comments and job summaries), or undefined when
 * fewer than 3 components have one: then the table reads as fast. Labels keep
 * only characters that are safe in a quoted Mermaid label.
 */
export function chartBlock(components: ComponentComparison[], metric: string): Block | undefined {
  const bars = components
    .flatMap((c) =>
      c.head !== undefined && c.head.value !== null && Number.isFinite(c.head.contribution)
        ? [{ c, value: Number(c.head.contribution.toFixed(4)) }]
        : [],
    )
    .slice(0, BARS);
  if (bars.length < 3) return undefined;
  const low = Math.min(0, ...bars.map((b) => b.value));
  const high = Math.max(0, ...bars.map((b) => b.value));
  if (high === low) return undefined;
  const labels = bars.map(({ c }) => {
    const { name, suffix } = componentLabel(c);
    return `"${mermaidText(`${name} ${suffix}`)}"`;
  });
  const text = [
    '```mermaid',
    'xychart-beta horizontal',
    `    title "Largest contributions to ${mermaidText(metric)} on this PR"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "contribution" ${low} --> ${high}`,
    `    bar [${bars.map((b) => b.value).join(', ')}]`,
    '```',
  ].join('\n');
  return { type: 'optional', text, tier: Tier.check };
}
