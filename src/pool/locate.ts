import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The worker's entry file and the Node flags to run it: `worker.ts` through
 * tsx when running from source (tests, tsx), else `worker.js` beside the
 * bundle (the bundle's shared code may sit in dist/chunks/, the entry
 * points in dist/).
 */
export function workerEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = createRequire(here).resolve('tsx');
    return { url: new URL('./worker.ts', here), execArgv: ['--import', pathToFileURL(tsx).href] };
  }
  const dir = path.dirname(fileURLToPath(here));
  for (const candidate of [dir, path.dirname(dir)]) {
    const file = path.join(candidate, 'worker.js');
    if (existsSync(file)) return { url: pathToFileURL(file), execArgv: [] };
  }
  throw new Error(`the evaluation worker (worker.js) is missing beside ${fileURLToPath(here)}`);
}
