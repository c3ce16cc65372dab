import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { globMatcher } from './glob.js';

/** Folders never searched for inputs. */
const SKIP = new Set(['.git', 'node_modules']);
/** Characters that make a path segment a pattern rather than a name. */
const PATTERN = /[*?{}[\]]/;

/** What a command suite's `inputs` globs match: the files, and how many each glob matched. */
export interface MatchedInputs {
  /** Absolute paths (as reached, symlinks not resolved), sorted, each once. */
  files: string[];
  /** Per glob, in order, the number of files it matched. */
  counts: number[];
}

/**
 * A glob split where its pattern starts: the folder its leading plain
 * segments name (`..` included, so `../shared/*.py` is searched from
 * `../shared`) and the rest, matched below that folder.
 */
export function splitGlob(glob: string): { start: string; rest: string } {
  const segments = glob.replace(/^\.\//, '').split('/');
  let plain = 0;
  while (plain < segments.length - 1 && !PATTERN.test(segments[plain])) plain++;
  return { start: segments.slice(0, plain).join('/'), rest: segments.slice(plain).join('/') };
}

/**
 * The files the globs match, each searched from the config's `folder`:
 * symlinks to files and to folders are followed (a folder reached twice
 * through links is searched once), `.git`, `node_modules` and the `skip`
 * folders (the cache) are not searched.
 */
export async function matchInputs(
  folder: string,
  globs: readonly string[],
  skip: readonly string[] = [],
): Promise<MatchedInputs> {
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const found = new Set<string>();
  const counts: number[] = [];
  for (const glob of globs) {
    const { start, rest } = splitGlob(glob);
    const matches = globMatcher(rest);
    const from = path.resolve(folder, start);
    let count = 0;
    const seen = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      let real: string;
      let entries: Dirent[];
      try {
        real = await realpath(dir);
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return; // a missing start folder matches nothing
      }
      if (seen.has(real)) return;
      seen.add(real);
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        let kind: 'file' | 'folder' | undefined;
        if (entry.isSymbolicLink()) {
          const target = await stat(full).catch(() => undefined);
          kind = target?.isDirectory() ? 'folder' : target?.isFile() ? 'file' : undefined;
        } else kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
        if (kind === 'folder') {
          if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
        } else if (kind === 'file') {
          const rel = path.relative(from, full).split(path.sep).join('/');
          if (matches(rel)) {
            count++;
            found.add(full);
          }
        }
      }
    };
    await walk(from);
    counts.push(count);
  }
  return { files: [...found].sort(), counts };
}
