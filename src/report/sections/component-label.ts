import type { ComponentComparison } from '../../compare/types.js';

/**
 * A component's name and its ablation (`zero`, `value=0.5`): the name the
 * results carry, else as the plan wrote it into the id (`KIND:NAME:MODE`),
 * else the targets and mode when the id has another shape.
 */
export function componentLabel(c: ComponentComparison): { name: string; suffix: string } {
  if (c.name !== undefined) {
    return {
      name: c.name,
      suffix: c.mode === 'value' ? c.id.slice(c.id.lastIndexOf(':') + 1) : c.mode,
    };
  }
  // Documents written before components carried their name.
  const prefix = `${c.kind}:`;
  const last = c.id.lastIndexOf(':');
  if (c.id.startsWith(prefix) && last > prefix.length) {
    return { name: c.id.slice(prefix.length, last), suffix: c.id.slice(last + 1) };
  }
  return { name: c.target.join(', '), suffix: c.mode };
}
