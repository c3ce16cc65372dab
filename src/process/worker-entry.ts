import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start a worker: a file to run, or (from source) code that loads it through tsx. */
export type WorkerEntry = { url: URL; eval?: undefined } | { code: string; eval: true };

/**
 * A worker thread's entry, for the module at `here` (its `import.meta.url`):
 * the bundled `bundled` file of dist/ (beside the entry points; the caller's
 * code may sit one folder down, in dist/chunks/), or, when running from
 * source (tests, tsx), `source` next to `here` imported after registering
 * tsx's loader (Node does not take `--import` loaders in a worker's
 * execArgv, and a retrain worker also imports the user's TypeScript).
 */
export function workerEntry(here: string, source: string, bundled: string): WorkerEntry {
  if (here.endsWith('.ts')) {
    // tsx's ESM API (its CommonJS build cannot register ESM hooks).
    const tsx = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const api = pathToFileURL(path.join(tsx, 'dist', 'esm', 'api', 'index.mjs')).href;
    const entry = new URL(source, here).href;
    const code =
      `import(${JSON.stringify(api)})` +
      `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })` +
      `.catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });`;
    return { code, eval: true };
  }
  const dir = path.dirname(fileURLToPath(here));
  for (const candidate of [dir, path.dirname(dir)]) {
    const file = path.join(candidate, bundled);
    if (existsSync(file)) return { url: pathToFileURL(file) };
  }
  throw new Error(`${bundled} is missing beside ${fileURLToPath(here)}: rebuild dist/`);
}
