import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh repository folder holding a copy of an example suite under `suite/`. */
export async function exampleRepo(example: 'breast-cancer' | 'digits'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-'));
  await mkdir(path.join(root, '.git'));
  const source = path.resolve('examples', example);
  for (const part of ['ablation.yml', 'model', 'data/eval.csv']) {
    await cp(path.join(source, part), path.join(root, 'suite', part), { recursive: true });
  }
  return root;
}

/** Writes a file below `root`, creating folders. */
export async function put(root: string, file: string, text: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}
