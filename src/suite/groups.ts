import type { Component } from '../ablation/plan.js';
import type { Group } from '../config/types.js';
import { membersHash } from '../results/groups.js';
import type { GroupDefinition } from '../results/types.js';

/**
 * Each group the plan ablates, defined once for the results document, in
 * plan order: the patterns the config wrote, how many names they matched
 * and a hash of those names. Taken from the whole plan, so every shard of a
 * run writes the same definitions.
 */
export function groupDefinitions(
  groups: readonly Group[],
  components: readonly Component[],
): GroupDefinition[] {
  const patterns = new Map(groups.map((g) => [g.name, g.layers ?? g.features ?? []]));
  const defined = new Map<string, GroupDefinition>();
  for (const component of components) {
    if (component.kind !== 'group' || defined.has(component.name)) continue;
    const members = component.on === 'layers' ? component.layers : component.features;
    defined.set(component.name, {
      name: component.name,
      on: component.on,
      patterns: patterns.get(component.name) ?? members,
      count: members.length,
      members: membersHash(members),
    });
  }
  return [...defined.values()];
}
