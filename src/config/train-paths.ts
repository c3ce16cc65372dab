import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { matchInputs, splitGlob } from '../cache/inputs.js';
import { InputError } from '../errors.js';
import { patternProblem } from '../pattern/syntax.js';
import { DEFAULTS } from './defaults.js';
import { keyPath } from '../key-path.js';
import { isInside, resolveFile } from './paths.js';
import type { RawConfig } from './raw.js';
import { show } from './schema-errors.js';
import type { TrainPaths } from './train.js';

/** Extensions a training module may have: loaded as ES modules, TypeScript without a build step. */
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];

/** The folders ablation-ci writes under the cache folder. */
const CACHE_SUBFOLDERS = ['runs', 'work', 'models'];

/**
 * Resolves `train.module` (an existing file inside the repository) and
 * `train.cache` (a folder inside it, created when first written: as
 * written and through symlinks, its own and its subfolders') against the
 * config's folder, and checks that each of a command's `inputs` matches a
 * file (a glob matching nothing would leave code out of the cache key).
 */
export async function resolveTrainPaths(
  raw: NonNullable<RawConfig['train']>,
  base: string,
  root: string,
  cwd: string,
  at: (where: string) => { file: string; where: string; line?: number },
): Promise<TrainPaths> {
  let module: string | undefined;
  if (raw.module !== undefined) {
    if (!MODULE_EXTENSIONS.includes(extname(raw.module).toLowerCase())) {
      throw new InputError(
        `expected a ${MODULE_EXTENSIONS.join(', ')} file, got ${show(raw.module)}`,
        at('train.module'),
      );
    }
    module = await resolveFile({
      given: raw.module,
      base,
      root,
      cwd,
      location: at('train.module'),
    });
  }
  const given = raw.cache ?? DEFAULTS.trainCache;
  const cache = resolve(base, given);
  await checkCacheFolder(cache, root, (detail) => {
    throw new InputError(`${show(given)} ${detail}`, at('train.cache'));
  });
  // A malformed glob is refused before any folder is searched with it.
  raw.inputs?.forEach((glob, i) => {
    const problem = patternProblem(glob, 'path');
    if (problem !== undefined) throw new InputError(problem, at(keyPath('train', 'inputs', i)));
  });
  if (raw.command !== undefined && raw.inputs !== undefined) {
    await checkInputs(raw.inputs, base, root, cache, at);
  }
  return module === undefined ? { folder: base, cache } : { folder: base, module, cache };
}

/**
 * The cache folder must be, or become, a folder inside the repository:
 * lexically, and for it, each subfolder written and (when it does not
 * exist yet) the nearest existing folder above it, also after symlinks.
 */
async function checkCacheFolder(
  cache: string,
  root: string,
  fail: (detail: string) => never,
): Promise<void> {
  if (!isInside(root, cache)) fail(`escapes the repository (${root})`);
  const realRoot = await realpath(root);
  let existing = cache;
  while ((await lstat(existing).catch(() => undefined)) === undefined) {
    existing = dirname(existing);
  }
  for (const folder of [existing, ...CACHE_SUBFOLDERS.map((name) => join(cache, name))]) {
    const info = await stat(folder).catch(() => undefined);
    if (info === undefined) {
      if ((await lstat(folder).catch(() => undefined)) === undefined) continue;
      fail(
        folder === cache
          ? 'is a dangling symlink'
          : `has ${relative(root, folder)}, a dangling symlink`,
      );
    }
    const real = await realpath(folder);
    if (!isInside(realRoot, real)) {
      fail(`escapes the repository (${root}) through a symlink to ${real}`);
    }
    if (!info.isDirectory()) {
      fail(
        `${folder === cache ? 'is' : `has ${relative(root, folder)}, which is`} a file, expected a folder`,
      );
    }
  }
}

/** Every `inputs` glob must start inside the repository and match at least one file. */
async function checkInputs(
  inputs: string[],
  base: string,
  root: string,
  cache: string,
  at: (where: string) => { file: string; where: string; line?: number },
): Promise<void> {
  const { counts } = await matchInputs(base, inputs, [cache]);
  for (const [i, glob] of inputs.entries()) {
    const start = resolve(base, splitGlob(glob).start);
    if (!isInside(root, start)) {
      throw new InputError(
        `${show(glob)} escapes the repository (${root})`,
        at(keyPath('train', 'inputs', i)),
      );
    }
    if (counts[i] === 0) {
      throw new InputError(
        `${show(glob)} matches no file (searched from ${relative(root, start) || '.'}/); ` +
          'the cache key must cover the training code: list the files the command runs',
        at(keyPath('train', 'inputs', i)),
      );
    }
  }
}
