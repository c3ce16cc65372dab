import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Folders never searched for inputs. */
const SKIP = new Set(['.git', 'node_modules']);

/**
 * A glob as a regular expression over `/`-separated relative paths: `**`
 * any number of folders, `*` any characters but `/`, `?` one of them,
 * `{a,b}` either.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The files under `base` matching any of `globs` (relative to it): absolute paths, sorted. */
export async function expandGlobs(
  base: string,
  globs: string[],
  skip: string[] = [],
): Promise<string[]> {
  const patterns = globs.map((g) => globToRegExp(g.replace(/^\.\//, '')));
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
      } else if (entry.isFile()) {
        const rel = path.relative(base, full).split(path.sep).join('/');
        if (patterns.some((p) => p.test(rel))) found.push(full);
      }
    }
  };
  await walk(base);
  return found.sort();
}
