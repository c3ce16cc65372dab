// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with the
// WebAssembly backend's .wasm files beside them. `npm run build`.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.resolve('dist');
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __ablationCreateRequire } from 'node:module'; const require = __ablationCreateRequire(import.meta.url);",
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
