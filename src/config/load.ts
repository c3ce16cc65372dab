import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { notRegular } from '../files/kind.js';
import { buildConfig } from './build.js';
import { locate } from './locate.js';
import { findRoot, resolveFile } from './paths.js';
import type { RawConfig } from './raw.js';
import { inlineScaling, readScalingFile } from './scaling.js';
import { validators } from './precompiled.js';
import { checkSchema, show } from './schema-errors.js';
import { parseYaml } from './document.js';
import type { Config, Scaling } from './types.js';
import { resolveTrainPaths } from './train-paths.js';
import { DATA_EXTENSIONS_TEXT, dataFormat } from '../data/formats.js';

/**
 * Loads `ablation.yml` (DESIGN §1) into the typed Config: parses the YAML,
 * checks it against the schema and the rules around it, applies defaults,
 * and resolves `model`, `data.eval` and a `data.scaling` path against the
 * config file's folder. Each must name an existing file inside the
 * repository: the nearest folder above the config holding `.git`, else
 * `options.cwd`. Every problem throws an InputError naming the file (as
 * given, relative to `options.cwd`), the key path and its line.
 */
export async function loadConfig(file: string, options: { cwd: string }): Promise<Config> {
  const cwd = resolve(options.cwd);
  const absolute = resolve(cwd, file);
  const shown = displayName(file, cwd);
  const { data, lines } = parseYaml(await readConfigText(absolute, shown), shown);
  checkSchema(validators().config, data, lines, shown);
  const raw = data as RawConfig;
  const base = dirname(absolute);
  const root = await findRoot(base, cwd);
  const at = (where: string): { file: string; where: string; line?: number } =>
    locate({ file: shown, lines }, where);
  if (raw.model === undefined && raw.train === undefined) {
    throw new InputError('missing required key "model"', { file: shown, where: '' });
  }
  const model =
    raw.model === undefined
      ? undefined
      : await resolveFile({ given: raw.model, base, root, cwd, location: at('model') });
  for (const key of ['eval', 'train'] as const) {
    const given = raw.data[key];
    if (given !== undefined && dataFormat(extname(given)) === undefined) {
      throw new InputError(
        `expected a ${DATA_EXTENSIONS_TEXT} file, got ${show(given)}`,
        at(`data.${key}`),
      );
    }
  }
  const train =
    raw.data.train === undefined
      ? undefined
      : await resolveFile({ given: raw.data.train, base, root, cwd, location: at('data.train') });
  const trainPaths =
    raw.train === undefined ? undefined : await resolveTrainPaths(raw.train, base, root, cwd, at);
  const evalPath = await resolveFile({
    given: raw.data.eval,
    base,
    root,
    cwd,
    location: at('data.eval'),
  });
  let scaling: Scaling | undefined;
  let scalingFile: string | undefined;
  if (typeof raw.data.scaling === 'string') {
    const location = at('data.scaling');
    scalingFile = await resolveFile({ given: raw.data.scaling, base, root, cwd, location });
    scaling = await readScalingFile(scalingFile, cwd);
  } else if (raw.data.scaling !== undefined) {
    scaling = inlineScaling(raw.data.scaling);
  }
  return buildConfig(raw, {
    file: shown,
    lines,
    root,
    model,
    eval: evalPath,
    train,
    trainPaths,
    scaling,
    scalingFile,
  });
}

/** The config file as messages name it: as given, or relative to cwd when given absolute. */
function displayName(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}

async function readConfigText(path: string, file: string): Promise<string> {
  // stat before open: reading a FIFO would wait forever for a writer.
  const special = await notRegular(path);
  if (special !== undefined && !special.startsWith('is a folder')) {
    throw new InputError(special, { file });
  }
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder, expected a YAML file'
          : `cannot read: ${(cause as Error).message}`;
    throw new InputError(detail, { file }, { cause });
  }
}
