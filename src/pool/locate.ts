import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start a worker: a file to run, or (from source) code that loads it through tsx. */
export type WorkerEntry = { url: URL; eval?: undefined } | { code: string; eval: true };

/**
 * The evaluation worker's entry: `worker.js` beside the bundle (the
 * bundle's shared code may sit in dist/chunks/, the entry points in dist/),
 * or, when running from source (tests, tsx), `worker.ts` imported through
 * tsx's API (Node does not take `--import` loaders in a worker's execArgv).
 */
export function workerEntry(): WorkerEntry {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // tsx's ESM API (its CommonJS twin registers its loader from the wrong folder).
    const tsx = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const api = pathToFileURL(path.join(tsx, 'dist', 'esm', 'api', 'index.mjs')).href;
    const worker = new URL('./worker.ts', here).href;
    const code =
      `import(${JSON.stringify(api)})` +
      `.then((tsx) => tsx.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(here)}))` +
      `.catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });`;
    return { code, eval: true };
  }
  const dir = path.dirname(fileURLToPath(here));
  for (const candidate of [dir, path.dirname(dir)]) {
    const file = path.join(candidate, 'worker.js');
    if (existsSync(file)) return { url: pathToFileURL(file) };
  }
  throw new Error(`the evaluation worker (worker.js) is missing beside ${fileURLToPath(here)}`);
}
