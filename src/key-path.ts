/**
 * Key paths: how messages name a place in a config file, in the dotted and
 * indexed form users read (`tests[0].threshold`, `ablations.groups.head`).
 */

/** One step of a key path: a mapping key or a list index. */
export type KeySegment = string | number;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The key path of `segments`: identifier-like keys joined with dots, other
 * keys quoted in brackets (`where["age (years)"]`), indices in brackets.
 * The empty path names the whole document.
 */
export function keyPath(...segments: KeySegment[]): string {
  return segments.reduce<string>(childPath, '');
}

/** The key path one step below `path` (`tests[2].where.age`, `data.scaling.center["mean radius"]`). */
export function childPath(path: string, segment: KeySegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${path}[${JSON.stringify(segment)}]`;
  return path === '' ? segment : `${path}.${segment}`;
}

const LAST_SEGMENT = /(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/** The key path one step up (`tests[0]` for `tests[0].name`); the root for a top-level key. */
export function parentPath(path: string): string {
  const match = LAST_SEGMENT.exec(path);
  return match === null ? '' : path.slice(0, match.index);
}
