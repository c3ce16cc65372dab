/**
 * The bundled WebAssembly runtime: onnxruntime-web's wasm build (its JavaScript bundled into
 * dist/ by esbuild, its one .wasm file copied beside it by scripts/build.mjs), on one thread:
 * its threaded mode needs Web Workers, and parallel runs are ablation-ci's own business.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OnnxRuntime } from './load.js';
import type { OrtModule } from './types.js';

/** The .wasm file the wasm build loads (SIMD, no JSEP/WebGPU). */
export const WEB_WASM_FILE = 'ort-wasm-simd-threaded.wasm';

interface WebModule extends OrtModule {
  env: { wasm: { numThreads?: number; wasmBinary?: Uint8Array }; versions: { web?: string } };
}

/** Starts onnxruntime-web (once per process: its env is global). */
export async function startWebRuntime(): Promise<OnnxRuntime> {
  const imported = (await import('onnxruntime-web/wasm')) as unknown as WebModule & {
    default?: WebModule;
  };
  const ort = imported.InferenceSession === undefined ? imported.default! : imported;
  ort.env.wasm.numThreads = 1;
  // The .wasm file's bytes (its JavaScript loader is in the bundle: ort.wasm.bundle), read
  // here: the loader's own fetch of a file path does not work under Node.
  ort.env.wasm.wasmBinary ??= readFileSync(path.join(wasmDirectory(), WEB_WASM_FILE));
  return { name: 'onnxruntime-web', version: ort.env.versions.web ?? 'unknown', ort };
}

/** Beside the bundle (dist/, or one folder up from dist/chunks/), else the installed package. */
function wasmDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    if (existsSync(path.join(dir, WEB_WASM_FILE))) return dir + path.sep;
  }
  const require = createRequire(import.meta.url);
  // The package's Node entry lives in its dist/, beside the .wasm files.
  return path.dirname(require.resolve('onnxruntime-web')) + path.sep;
}
