import { compileMatcher } from '../pattern/match.js';
import { parsePattern } from '../pattern/syntax.js';

/**
 * A file glob (see src/pattern/syntax.ts) as a test of `/`-separated
 * relative paths: `**` any number of folders, `*` any characters but `/`,
 * `?` one of them, `{a,b}` either, `[START:END]` a number; linear in the
 * path's length. The config's check (config/build.ts) refuses a malformed
 * glob before anything runs.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const pattern = parsePattern(glob, 'path');
  if ('problem' in pattern) throw new Error(pattern.problem);
  const matcher = compileMatcher(pattern, 'path');
  return (path) => matcher.test(path);
}
