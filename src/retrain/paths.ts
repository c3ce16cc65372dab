import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { resolveFile } from '../config/paths.js';
import type { RawConfig } from '../config/raw.js';
import { show } from '../config/schema-errors.js';
import { InputError } from '../errors.js';
import { DEFAULT_CACHE, type TrainPaths } from './config.js';

/** Extensions a training module may have: loaded as ES modules, TypeScript without a build step. */
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];

/**
 * Resolves `train.module` (an existing file inside the repository) and
 * `train.cache` (a folder inside it, created when first written) against
 * the config's folder.
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
  const cache = resolve(base, raw.cache ?? DEFAULT_CACHE);
  const rel = relative(root, cache);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      `${show(raw.cache ?? DEFAULT_CACHE)} escapes the repository (${root})`,
      at('train.cache'),
    );
  }
  return module === undefined ? { cache } : { module, cache };
}
