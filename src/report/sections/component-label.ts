import type { ComponentComparison } from '../../compare/types.js';

/**
 * A component's name and ablation as the plan wrote them into its id
 * (`KIND:NAME:MODE`, `feature:x:value=0.5`): a group's name, or a layer's or
 * feature's; the targets and mode when the id has another shape.
 */
export function componentLabel(c: ComponentComparison): { name: string; suffix: string } {
  const prefix = `${c.kind}:`;
  const last = c.id.lastIndexOf(':');
  if (c.id.startsWith(prefix) && last > prefix.length) {
    return { name: c.id.slice(prefix.length, last), suffix: c.id.slice(last + 1) };
  }
  return { name: c.target.join(', '), suffix: c.mode };
}
