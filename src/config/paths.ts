import type { Stats } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { kindOf } from '../files/kind.js';

/**
 * The repository root: the nearest folder, from `dir` up, that holds a
 * `.git` folder or file (a worktree or submodule has a file); else `cwd`.
 */
export async function findRoot(dir: string, cwd: string): Promise<string> {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (await exists(join(current, '.git'))) return current;
    if (dirname(current) === current) return resolve(cwd);
  }
}

/** A path named by a config key, and where to point when it is wrong. */
export interface PathSpec {
  /** As written in the config. */
  given: string;
  /** The folder it is relative to: the config file's. */
  base: string;
  root: string;
  cwd: string;
  location: { file: string; where: string; line?: number };
}

/**
 * The absolute path of an existing file inside the repository. A path that
 * leaves the root, as written or through a symlink, is an error, as is a
 * missing file, a folder, or anything that is not a regular file (a FIFO,
 * a device, a socket).
 */
export async function resolveFile(spec: PathSpec): Promise<string> {
  const { given, root, location } = spec;
  const absolute = resolve(spec.base, given);
  const fail = (detail: string): never => {
    throw new InputError(`${JSON.stringify(given)} ${detail}`, location);
  };
  if (!isInside(root, absolute)) fail(`escapes the repository (${root})`);
  let info: Stats | undefined;
  try {
    info = await stat(absolute);
  } catch {
    const shown = relative(spec.cwd, absolute);
    fail(`not found${shown === given ? '' : ` (looked for ${shown})`}`);
  }
  const real = await realpath(absolute);
  if (!isInside(await realpath(root), real)) {
    fail(`escapes the repository (${root}) through a symlink to ${real}`);
  }
  if (info?.isDirectory()) {
    const hint = (await exists(join(absolute, 'model.json')))
      ? `; did you mean ${JSON.stringify(join(given, 'model.json'))}?`
      : '';
    fail(`is a folder, expected a file${hint}`);
  }
  // Checked with stat, never by opening: a FIFO would block the run forever.
  if (info !== undefined && !info.isFile()) {
    fail(`is not a regular file (a ${kindOf(info)}); give a file`);
  }
  return absolute;
}

/** True when `path` is `root` or lies under it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
