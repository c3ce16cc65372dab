import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { InputError, errorMessage } from '../errors.js';
import { registerWasmGradients } from './gradients/index.js';

import type { BackendChoice } from './choices.js';

// Kept apart so that the command line can check `--backend` without loading TF.js.
export { BACKEND_CHOICES, type BackendChoice } from './choices.js';

/** The backend a run used, as recorded in results (`run.backend`). */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu' | 'onnxruntime-node' | 'onnxruntime-web';

export interface BackendOptions {
  /** Folders whose node_modules may hold @tensorflow/tfjs-node (the user's repository first). */
  searchFrom: string[];
  /** Called with one line when `auto` falls back. */
  onNotice?: (message: string) => void;
}

/**
 * Makes a TF.js backend current and returns its name. `auto` takes
 * tfjs-node (libtensorflow) when it loads from the user's repository or
 * beside ablation-ci, else the bundled WebAssembly backend, else the pure-JS
 * `cpu` backend. A forced choice that cannot load is an input error.
 *
 * tfjs-node registers its kernels in TF.js's process-wide engine and kernel
 * registry (kept on `globalThis`), so a copy installed in the user's
 * repository serves the copy of TF.js bundled here.
 */
export async function useBackend(
  choice: BackendChoice,
  options: BackendOptions,
): Promise<BackendName> {
  const notice = options.onNotice ?? (() => undefined);
  if (choice === 'onnxruntime-node' || choice === 'onnxruntime-web') {
    throw new InputError(
      `"${choice}" runs ONNX models (model: *.onnx); a TF.js model runs on auto, tensorflow, wasm or cpu`,
      { where: 'backend' },
    );
  }
  quietTfjs();
  if (choice === 'tensorflow' || choice === 'auto') {
    const failure = await loadTfjsNode(options.searchFrom);
    if (failure === undefined && (await tf.setBackend('tensorflow'))) return 'tensorflow';
    if (choice === 'tensorflow') {
      throw new InputError(
        `"tensorflow" needs @tensorflow/tfjs-node installed in the repository (${failure ?? 'it did not initialise'})`,
        { where: 'backend' },
      );
    }
  }
  if (choice === 'wasm' || choice === 'auto') {
    const failure = await startWasm();
    if (failure === undefined) return 'wasm';
    if (choice === 'wasm') {
      throw new InputError(`"wasm" failed to start: ${failure}`, { where: 'backend' });
    }
    notice(
      `the WebAssembly backend failed to start (${failure}); using the much slower cpu backend`,
    );
  }
  if (!(await tf.setBackend('cpu'))) throw new Error('the TF.js cpu backend failed to start');
  return 'cpu';
}

/**
 * Production mode: no per-op debug checks, and none of TF.js's console
 * warnings (its `warn` prints only outside production), among them the
 * "Hi, looks like you are running TensorFlow.js in Node.js" banner the cpu
 * backend prints on first use. Idempotent.
 */
export function quietTfjs(): void {
  if (!tf.env().getBool('PROD')) tf.env().set('PROD', true);
}

async function loadTfjsNode(searchFrom: string[]): Promise<string | undefined> {
  if (tf.findBackendFactory('tensorflow') != null) return undefined;
  let lastFailure = 'not found';
  for (const dir of searchFrom) {
    let resolved: string;
    try {
      resolved = createRequire(path.join(dir, 'package.json')).resolve('@tensorflow/tfjs-node');
    } catch {
      continue;
    }
    try {
      await import(pathToFileURL(resolved).href);
      return undefined;
    } catch (error) {
      lastFailure = errorMessage(error);
    }
  }
  return lastFailure;
}

async function startWasm(): Promise<string | undefined> {
  try {
    if (tf.findBackendFactory('wasm') == null)
      throw new Error('the wasm backend is not registered');
    setWasmPaths(wasmDirectory());
    if (!(await tf.setBackend('wasm'))) return 'it did not initialise';
    registerWasmGradients(tf);
    return undefined;
  } catch (error) {
    return errorMessage(error);
  }
}

/**
 * Where the .wasm files are: beside the bundle (dist/) when bundled, else in
 * the installed @tensorflow/tfjs-backend-wasm package (tests, tsx).
 */
function wasmDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // The bundle's code may sit in dist/chunks/, the .wasm files in dist/.
  for (const dir of [here, path.dirname(here)]) {
    if (existsSync(path.join(dir, 'tfjs-backend-wasm-simd.wasm'))) return dir + path.sep;
  }
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@tensorflow/tfjs-backend-wasm/package.json');
  return path.join(path.dirname(pkg), 'dist') + path.sep;
}
