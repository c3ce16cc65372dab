/**
 * The bundled WebAssembly runtime: onnxruntime-web's Node build (its JavaScript bundled into
 * dist/ by esbuild; its Emscripten module `ort-wasm-simd-threaded.mjs` and the .wasm it runs
 * copied beside the bundle by scripts/build.mjs), on the run's cores: its threaded build starts
 * its pthreads as worker_threads, each loading that module file (so it must be a file, not a
 * bundled chunk), sharing one WebAssembly.Memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OnnxRuntime } from './load.js';
import type { OrtModule } from './types.js';

/** The .wasm file the wasm build loads (SIMD, threaded; no JSEP/WebGPU). */
export const WEB_WASM_FILE = 'ort-wasm-simd-threaded.wasm';
/** Its Emscripten module: the main thread imports it, each pthread worker loads it. */
export const WEB_MODULE_FILE = 'ort-wasm-simd-threaded.mjs';

interface WebEnv {
  wasm: {
    numThreads?: number;
    wasmBinary?: Uint8Array;
    wasmPaths?: { mjs?: string; wasm?: string };
  };
  versions: { web?: string };
}

interface WebModule extends OrtModule {
  env: WebEnv;
}

/** The one web runtime of this process: its env is global and read once, at its first session. */
let started: Promise<OnnxRuntime> | undefined;

/**
 * Starts onnxruntime-web on `threads` threads (once per process: a second call gets the first
 * runtime, whatever it asks). The runtime's wasm starts with its first session; it falls back
 * to one thread where SharedArrayBuffer or worker_threads are missing, and says so in
 * `env.wasm.numThreads` (read by `OnnxRuntime.threads`).
 */
export function startWebRuntime(threads: number): Promise<OnnxRuntime> {
  started ??= startOnce(Math.max(1, Math.floor(threads)));
  return started;
}

async function startOnce(threads: number): Promise<OnnxRuntime> {
  const imported = (await import('onnxruntime-web')) as unknown as WebModule & {
    default?: WebModule;
  };
  const ort = imported.InferenceSession === undefined ? imported.default! : imported;
  const dir = runtimeDirectory();
  ort.env.wasm.numThreads = threads;
  // The module by its file URL (the package's own guess is relative to the bundle's chunk);
  // the .wasm's bytes read here, once: the module's own fetch of a file path fails under Node,
  // and each pthread gets the compiled module from the main thread.
  ort.env.wasm.wasmPaths = { mjs: pathToFileURL(path.join(dir, WEB_MODULE_FILE)).href };
  ort.env.wasm.wasmBinary = readFileSync(path.join(dir, WEB_WASM_FILE));
  return {
    name: 'onnxruntime-web',
    version: ort.env.versions.web ?? 'unknown',
    ort,
    get threads() {
      return ort.env.wasm.numThreads ?? 1;
    },
  };
}

/** Beside the bundle (dist/, or one folder up from dist/chunks/), else the installed package. */
function runtimeDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const complete = (dir: string) =>
    existsSync(path.join(dir, WEB_WASM_FILE)) && existsSync(path.join(dir, WEB_MODULE_FILE));
  for (const dir of [here, path.dirname(here)]) if (complete(dir)) return dir;
  const require = createRequire(import.meta.url);
  // The package's Node entry lives in its dist/, beside the .wasm and .mjs files.
  return path.dirname(require.resolve('onnxruntime-web'));
}
