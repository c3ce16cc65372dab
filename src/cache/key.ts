import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { localImports } from './imports.js';
import { matchInputs } from './inputs.js';

/** What the training code's files are found from: the parts of a config they depend on. */
export interface TrainingCodeSource {
  /** Absolute path of the repository root. */
  root: string;
  train?: { module?: string; folder: string; inputs: string[]; cache: string };
}

/** Lock files that pin the packages the training code imports: each is in the key when present. */
const LOCK_FILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'];

/**
 * sha256 over the training code: each of {@link trainingCodeFiles} that
 * exists, its path (relative to the repository) and bytes.
 */
export async function trainingCodeHash(config: TrainingCodeSource): Promise<string> {
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
 * The files of the training code, as the cache key covers them: the module
 * and every local file it imports, or the files a command suite's `inputs`
 * match from the config's folder (symlinks followed, `../` allowed); then
 * the repository's lock files (which may be missing). Also what a run's
 * outputs must never overwrite.
 */
export async function trainingCodeFiles(config: TrainingCodeSource): Promise<string[]> {
  const train = config.train;
  if (train === undefined) throw new Error('trainingCodeFiles: the config has no train section');
  const files =
    train.module !== undefined
      ? await localImports(train.module)
      : (await matchInputs(train.folder, train.inputs, [train.cache])).files;
  return [...files, ...LOCK_FILES.map((name) => path.join(config.root, name))];
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
