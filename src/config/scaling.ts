import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { validators } from './precompiled.js';
import { checkSchema } from './schema-errors.js';
import { parseJson } from './document.js';
import type { Scaling } from './types.js';

/** `data.scaling` written inline, with its defaults: center 0, scale 1. */
export function inlineScaling(raw: Partial<Scaling>): Scaling {
  return { center: raw.center ?? 0, scale: raw.scale ?? 1 };
}

/**
 * Reads and validates a scaling JSON file (`{center, scale}`, the shape of
 * the inline form). Its errors name that file, relative to `cwd`, and the
 * line in it.
 */
export async function readScalingFile(path: string, cwd: string): Promise<Scaling> {
  const file = relative(cwd, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read: ${(cause as Error).message}`, { file }, { cause });
  }
  const { data, lines } = parseJson(text, file);
  checkSchema(validators().scaling, data, lines, file);
  return inlineScaling(data as Partial<Scaling>);
}
