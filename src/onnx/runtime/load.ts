/**
 * Starting ONNX Runtime for an ONNX model. `auto` takes onnxruntime-node (native, CPU) when it
 * loads from the user's repository or beside ablation-ci, the way tfjs-node is found
 * (src/backend/resolve.ts), else the bundled onnxruntime-web (WebAssembly), which needs no
 * install step. `onnxruntime-node` forces the native one (an input error when it is missing);
 * `wasm` and `onnxruntime-web` force the WebAssembly one. TF.js's own backends are refused.
 * Either runs on the run's threads: its cores (`workers`, else the machine's free cores).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BackendChoice } from '../../backend/choices.js';
import { InputError, errorMessage } from '../../errors.js';
import { freeCoresNow } from '../../pool/size.js';
import { startWebRuntime } from './web.js';
import type { OrtModule } from './types.js';

export type { OrtModule } from './types.js';

/** The runtime a run used, as recorded in results (`run.backend`, `run.runtime`). */
export interface OnnxRuntime {
  name: 'onnxruntime-node' | 'onnxruntime-web';
  version: string;
  ort: OrtModule;
  /**
   * Threads a session runs on: onnxruntime-node's intra-op threads (sessionOptions,
   * src/onnx/session.ts); onnxruntime-web's pthreads, as its wasm started them (one where the
   * platform has no shared memory). Never in the results: they are the same on any count.
   */
  readonly threads: number;
}

/**
 * Loads the ONNX runtime `choice` asks for; `searchFrom`: the user's repository first;
 * `threads`: the cores the run may use (default: the machine's free cores).
 */
export async function loadOnnxRuntime(
  choice: BackendChoice,
  searchFrom: readonly string[],
  threads: number = freeCoresNow(),
): Promise<OnnxRuntime> {
  const count = Math.max(1, Math.floor(threads));
  if (choice === 'tensorflow' || choice === 'cpu') {
    throw new InputError(
      `"${choice}" is a TF.js backend; an ONNX model runs on onnxruntime-node, onnxruntime-web or wasm (auto picks)`,
      { where: 'backend' },
    );
  }
  if (choice === 'auto' || choice === 'onnxruntime-node') {
    // The user's repository first, then beside ablation-ci (a clone run from source).
    const found = await loadNode(
      [...searchFrom, path.dirname(fileURLToPath(import.meta.url))],
      count,
    );
    if (!(found instanceof Error)) return found;
    if (choice === 'onnxruntime-node') {
      throw new InputError(
        `"onnxruntime-node" needs onnxruntime-node installed in the repository (${found.message})`,
        { where: 'backend' },
      );
    }
  }
  try {
    return await startWebRuntime(count);
  } catch (error) {
    throw new InputError(`onnxruntime-web failed to start: ${errorMessage(error)}`, {
      where: 'backend',
    });
  }
}

async function loadNode(
  searchFrom: readonly string[],
  threads: number,
): Promise<OnnxRuntime | Error> {
  let lastFailure = 'not found';
  for (const dir of searchFrom) {
    let resolved: string;
    try {
      resolved = createRequire(path.join(dir, 'package.json')).resolve('onnxruntime-node');
    } catch {
      continue;
    }
    try {
      const ort = (await import(pathToFileURL(resolved).href)) as OrtModule & {
        default?: OrtModule;
      };
      return {
        name: 'onnxruntime-node',
        version: packageVersion(resolved, 'onnxruntime-node'),
        ort: ort.InferenceSession === undefined ? ort.default! : ort,
        threads,
      };
    } catch (error) {
      lastFailure = errorMessage(error);
    }
  }
  return new Error(lastFailure);
}

/** The version in the package.json of the package `entry` belongs to. */
function packageVersion(entry: string, name: string): string {
  let dir = path.dirname(entry);
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name && pkg.version !== undefined) return pkg.version;
    } catch {
      // not this folder
    }
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}
