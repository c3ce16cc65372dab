import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/process/worker-entry.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
function workerEntry(here, source, bundled) {
  if (here.endsWith(".ts")) {
    const tsx = path.dirname(createRequire(here).resolve("tsx/package.json"));
    const api = pathToFileURL(path.join(tsx, "dist", "esm", "api", "index.mjs")).href;
    const entry = new URL(source, here).href;
    const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); }).catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });`;
    return { code, eval: true };
  }
  const dir = path.dirname(fileURLToPath(here));
  for (const candidate of [dir, path.dirname(dir)]) {
    const file = path.join(candidate, bundled);
    if (existsSync(file)) return { url: pathToFileURL(file) };
  }
  throw new Error(`${bundled} is missing beside ${fileURLToPath(here)}: rebuild dist/`);
}

export {
  workerEntry
};
