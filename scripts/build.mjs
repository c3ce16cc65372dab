// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the evaluation
// worker (dist/worker.js) with the WebAssembly backend's .wasm files beside
// them. `npm run build`.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { precompiledPlugin, resultsValidatorSource, validatorsSource } from './validators.mjs';

const require = createRequire(import.meta.url);
const dist = path.resolve('dist');
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// The config and results validators compiled once here, not on every run.
const validators = {
  config: await validatorsSource(),
  results: await resultsValidatorSource(),
};

/**
 * TF.js from its ES modules, every package alike (their CommonJS builds
 * each bundle their own copy of what they share), and '@tensorflow/tfjs' as
 * scripts/tfjs-slim.mjs, except in the retrain worker's own module.
 */
const tfjsModules = {
  name: 'tfjs-modules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@tensorflow\/tfjs(-[a-z-]+)?$/ }, (args) => {
      if (args.path === '@tensorflow/tfjs-node') return undefined;
      if (
        args.path === '@tensorflow/tfjs' &&
        !/[\\/]src[\\/]retrain[\\/]worker\.ts$/.test(args.importer)
      ) {
        return { path: path.resolve('scripts/tfjs-slim.mjs') };
      }
      const dir = path.dirname(require.resolve(`${args.path}/package.json`));
      return { path: path.join(dir, require(`${args.path}/package.json`).module) };
    });
  },
};

await build({
  plugins: [precompiledPlugin(validators), tfjsModules],
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    // The evaluation worker thread (src/pool/pool.ts finds it beside the bundle).
    worker: 'src/pool/worker.ts',
    // A large CSV file's second reading thread (src/data/csv-threads.ts finds it beside the bundle).
    'csv-worker': 'src/data/csv-worker.ts',
    // Retrain ablations: the training worker thread and its TypeScript loader hook.
    'retrain-worker': 'src/retrain/worker.ts',
    'strip-types': 'src/retrain/strip-types.ts',
  },
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS code calls require() for Node built-ins, and the wasm
  // backend's Emscripten loader reads __dirname: give ESM chunks both.
  banner: {
    js: [
      "import { createRequire as __ablationRequire } from 'node:module';",
      "import { fileURLToPath as __ablationPath } from 'node:url';",
      'const require = __ablationRequire(import.meta.url);',
      'const __filename = __ablationPath(import.meta.url);',
      "const __dirname = __ablationPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});
await chmod(path.join(dist, 'cli.js'), 0o755);

const wasmDir = path.join(
  path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
  'dist',
);
for (const file of await readdir(wasmDir)) {
  // Threads do not work under Node: only the single-threaded builds are shipped.
  if (file.endsWith('.wasm') && !file.includes('threaded')) {
    await copyFile(path.join(wasmDir, file), path.join(dist, file));
  }
}

// ONNX Runtime's WebAssembly build (src/onnx/runtime/web.ts): its JavaScript is bundled above;
// its Emscripten module (imported by file URL: each pthread worker loads it again) and the one
// .wasm it runs (SIMD, threaded) go beside the bundle.
const ortWebDir = path.dirname(require.resolve('onnxruntime-web'));
for (const file of ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']) {
  await copyFile(path.join(ortWebDir, file), path.join(dist, file));
}
