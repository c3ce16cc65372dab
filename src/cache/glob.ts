import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { compileMatcher } from '../pattern/match.js';
import { parsePattern } from '../pattern/syntax.js';

/** Folders never searched for inputs. */
const SKIP = new Set(['.git', 'node_modules']);

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

/** The files under `base` matching any of `globs` (relative to it): absolute paths, sorted. */
export async function expandGlobs(
  base: string,
  globs: string[],
  skip: string[] = [],
): Promise<string[]> {
  const patterns = globs.map((g) => globMatcher(g.replace(/^\.\//, '')));
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
      } else if (entry.isFile()) {
        const rel = path.relative(base, full).split(path.sep).join('/');
        if (patterns.some((matches) => matches(rel))) found.push(full);
      }
    }
  };
  await walk(base);
  return found.sort();
}
