// The config validators compiled at build time (see src/config/precompiled.ts),
// for scripts/build.mjs and the test that checks them against schema.ts's.
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

/** `source` bundled with the ajv runtime helpers it requires, then imported. */
export async function importValidators(source) {
  const code = await bundle({
    stdin: { contents: source, resolveDir: path.resolve('src/config'), loader: 'js' },
  });
  return importCode(code);
}

/** An esbuild plugin: src/config/precompiled.ts becomes `source`. */
export function precompiledPlugin(source) {
  return {
    name: 'precompiled-validators',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]src[\\/]config[\\/]precompiled\.ts$/ }, () => ({
        contents: source,
        loader: 'js',
        resolveDir: path.resolve('src/config'),
      }));
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
