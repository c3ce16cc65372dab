import { parentPath } from '../key-path.js';
import type { Config } from './types.js';

/** Where a config key is, in the form InputError takes. */
export interface KeyLocation {
  file: string;
  where: string;
  line?: number;
}

/**
 * The file, key path and line of a key of the config, for errors found
 * after loading (a layer the model lacks, a column the data lacks):
 * `throw new InputError('no such layer', locate(config, 'ablations.layers[1]'))`.
 * A key the file leaves out (a default) gets the line of its nearest
 * ancestor that is written; build paths with `keyPath`.
 */
export function locate(config: Pick<Config, 'file' | 'lines'>, where: string): KeyLocation {
  for (let path = where; path !== ''; path = parentPath(path)) {
    const line = config.lines.get(path);
    if (line !== undefined) return { file: config.file, where, line };
  }
  return { file: config.file, where };
}
