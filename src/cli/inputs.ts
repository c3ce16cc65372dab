import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { notRegular } from '../files/kind.js';
import type { InputFile } from '../files/output.js';
import { modelShardFiles } from '../model/shards.js';
import { trainingCodeFiles } from '../cache/key.js';

/**
 * Every file a `run` reads: the config, the model and its weight shards,
 * the eval data, the scaling file, and the baseline document; and the
 * config, loaded (and so checked). The files the config names are checked
 * to be inside its repository where they are read; the baseline, named on
 * the command line like `compare`'s documents, may be anywhere.
 */
export async function runInputs(
  configFile: string,
  cwd: string,
  baseline: string | undefined,
): Promise<{ config: Config; files: InputFile[] }> {
  const config = await loadConfig(configFile, { cwd });
  const shown = (file: string): string => path.relative(cwd, file) || file;
  const inputs: InputFile[] = [
    { path: path.resolve(cwd, configFile), role: `the config (${config.file})` },
    { path: config.data.eval, role: `the eval data (${shown(config.data.eval)})` },
  ];
  if (config.model !== undefined) {
    inputs.push({ path: config.model, role: `the model (${shown(config.model)})` });
    for (const file of await modelShardFiles(config.model)) {
      inputs.push({ path: file, role: `a weight shard of the model (${shown(file)})` });
    }
  }
  if (config.train !== undefined) {
    // The training code the run executes: the module and its local imports, or the files of
    // `inputs`; and the lock file (missing files match nothing).
    for (const file of await trainingCodeFiles(config)) {
      const role =
        file === config.train.module
          ? 'the training module'
          : path.basename(file) === 'package-lock.json' && path.dirname(file) === config.root
            ? 'the lock file'
            : 'training code';
      inputs.push({ path: file, role: `${role} (${shown(file)})` });
    }
  }
  if (config.data.train !== undefined) {
    inputs.push({
      path: config.data.train,
      role: `the training data (${shown(config.data.train)})`,
    });
  }
  if (config.data.scalingFile !== undefined) {
    inputs.push({
      path: config.data.scalingFile,
      role: `the scaling file (${shown(config.data.scalingFile)})`,
    });
  }
  if (baseline !== undefined) {
    inputs.push({ path: path.resolve(cwd, baseline), role: `the baseline document (${baseline})` });
  }
  return { config, files: inputs };
}

/**
 * Refuses a document path that is not a regular file (a FIFO, a device, a
 * folder) before anything opens it: reading a FIFO would wait forever.
 */
export async function checkReadable(file: string, cwd: string): Promise<void> {
  const problem = await notRegular(path.resolve(cwd, file));
  if (problem !== undefined) throw new InputError(problem, { file });
}
