import { InputError } from '../errors.js';
import { locate } from './locate.js';
import type { Config } from './types.js';

/** An input error located at a config key (file, key path and line). */
export function configError(
  config: Pick<Config, 'file' | 'lines'>,
  key: string,
  detail: string,
): InputError {
  return new InputError(detail, locate(config, key));
}
