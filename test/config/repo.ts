import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway folder with files in it, for configs and the files they name. */
export interface TempRepo {
  dir: string;
  write(path: string, text: string): string;
  remove(): void;
}

/** A model.json and an eval CSV where the configs of these tests expect them. */
export const DUMMY_FILES: Record<string, string> = {
  'models/credit/model.json': '{"modelTopology": {}, "weightsManifest": []}\n',
  'data/eval.csv': 'age,income,debt,sex,default\n70,1,2,F,yes\n',
};

/** Makes a temp folder holding `files`; with `git`, also a `.git` folder, as a checkout has. */
export function makeRepo(files: Record<string, string> = DUMMY_FILES, git = true): TempRepo {
  // realpath: the root the loader finds is compared with paths built from this.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ablation-ci-config-')));
  const write = (path: string, text: string): string => {
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return absolute;
  };
  if (git) mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
