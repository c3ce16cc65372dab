import { createHash } from 'node:crypto';
import type { ComponentResult, GroupDefinition, Results } from './types.js';

/** `sha256:` of a group's matched names, in order, as a JSON array of strings. */
export function membersHash(names: readonly string[]): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(names)).digest('hex')}`;
}

/**
 * What a component ablates, from either form of the document: its `target`
 * (every member), or for a group stored once the patterns of its definition;
 * and how many layers or features that is.
 */
export function componentTarget(
  results: Pick<Results, 'groups'>,
  component: ComponentResult,
): { target: string[]; members: number } {
  if (component.target !== undefined) {
    return { target: component.target, members: component.target.length };
  }
  const group = definitionOf(results, component);
  if (group === undefined) throw new Error(`${component.id}: no target and no group definition`);
  return { target: group.patterns, members: group.count };
}

/**
 * What the schema cannot say about groups: each name is defined once, and
 * every component without a `target` is a group defined in `groups`.
 */
export function groupsProblem(results: Results): string | undefined {
  const names = new Set<string>();
  for (const [i, group] of (results.groups ?? []).entries()) {
    if (names.has(group.name)) return `/groups/${i}/name: group "${group.name}" is defined twice`;
    names.add(group.name);
  }
  for (const [i, component] of results.components.entries()) {
    if (component.target === undefined && definitionOf(results, component) === undefined) {
      return `/components/${i}: no target, and no group named ${JSON.stringify(component.name)} in groups`;
    }
  }
  return undefined;
}

function definitionOf(
  results: Pick<Results, 'groups'>,
  component: ComponentResult,
): GroupDefinition | undefined {
  if (component.kind !== 'group') return undefined;
  return results.groups?.find((group) => group.name === component.name);
}
