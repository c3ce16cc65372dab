// The validators compiled at build time (see src/config/precompiled.ts and
// src/results/precompiled.ts), for scripts/build.mjs and the tests that check
// them against those compiled at run time.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** ajv's standalone code of src/config/schema.ts: an ES module exporting `precompiled`. */
export async function validatorsSource() {
  const generator = await bundle({ entryPoints: ['src/config/standalone.ts'] });
  const { validatorsModule } = await importCode(generator);
  return validatorsModule();
}

/** ajv's standalone code of the results schema: an ES module exporting `resultsValidator`. */
export async function resultsValidatorSource() {
  const generator = await bundle({ entryPoints: ['src/results/standalone.ts'] });
  const { resultsValidatorModule } = await importCode(generator);
  return resultsValidatorModule();
}

/** `source` bundled with the ajv runtime helpers it requires, then imported. */
export async function importValidators(source) {
  const code = await bundle({
    stdin: { contents: source, resolveDir: path.resolve('src/config'), loader: 'js' },
  });
  return importCode(code);
}

/**
 * An esbuild plugin: src/config/precompiled.ts becomes `config`, and
 * src/results/precompiled.ts becomes `results`.
 */
export function precompiledPlugin({ config, results }) {
  const replace = (folder, contents) => ({
    filter: new RegExp(`[\\\\/]src[\\\\/]${folder}[\\\\/]precompiled\\.ts$`),
    load: () => ({ contents, loader: 'js', resolveDir: path.resolve('src', folder) }),
  });
  return {
    name: 'precompiled-validators',
    setup(esbuild) {
      for (const { filter, load } of [replace('config', config), replace('results', results)]) {
        esbuild.onLoad({ filter }, load);
      }
    },
  };
}

async function bundle(options) {
  const result = await build({
    ...options,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  return result.outputFiles[0].text;
}

async function importCode(code) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ablation-ci-build-'));
  try {
    const file = path.join(dir, 'module.mjs');
    await writeFile(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
