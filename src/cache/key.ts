import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/types.js';
import { expandGlobs } from './glob.js';
import { localImports } from './imports.js';

/**
 * sha256 over the training code: the module and every local file it
 * imports, or the files a command suite's `inputs` globs match; each
 * file's path (relative to the repository) and bytes. The repository's
 * lock file is included when there is one: it pins the packages imported.
 */
export async function trainingCodeHash(config: Config): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await trainingCodeFiles(config)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue;
    }
    hash.update(path.relative(config.root, file)).update('\0').update(bytes).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

/**
 * The files of the training code, as the cache key covers them (the lock
 * file may be missing): also what a run's outputs must never overwrite.
 */
export async function trainingCodeFiles(config: Config): Promise<string[]> {
  const train = config.train;
  if (train === undefined) throw new Error('trainingCodeFiles: the config has no train section');
  const base = path.dirname(path.resolve(config.root, config.file));
  const files =
    train.module !== undefined
      ? await localImports(train.module)
      : await expandGlobs(base, train.inputs, [train.cache]);
  return [...files, path.join(config.root, 'package-lock.json')];
}

/** Everything one training run's result depends on; its sha256 is the cache key. */
export interface RunKeyParts {
  code: string;
  trainData: string;
  evalData: string;
  /** The config's parts that shape training: data spec, scaling, module or command, the limit. */
  spec: unknown;
  switches: Record<string, unknown>;
  dropFeatures: string[];
  seed: number;
  backend: string;
}

export function runKey(parts: RunKeyParts): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: 1, ...parts }))
    .digest('hex');
}
