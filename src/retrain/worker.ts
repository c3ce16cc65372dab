/**
 * The entry of a training process (started by launch.ts with the
 * allow-listed environment): takes its run as the first IPC message, loads
 * the TF.js backend and the user's training module, calls `train()` once
 * for one (variant, seed), evaluates the returned model on the eval inputs
 * and sends the outputs. ablation-ci kills the process (and whatever it
 * started) when the run ends or at the time limit.
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { useBackend } from '../backend/resolve.js';
import { errorMessage } from '../errors.js';
import { saveModel } from '../model/save.js';
import { Rng } from '../stats/rng.js';
import type { AbortMessage, StartMessage, WorkerMessage, WorkerRequest } from './protocol.js';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('retrain worker: not started with an IPC channel');
const post = (message: WorkerMessage): void => {
  send(message);
};
const controller = new AbortController();
process.on('message', (message: StartMessage | AbortMessage) => {
  if (message.type === 'abort') controller.abort(new Error('time limit reached'));
  else
    main(message.request).catch((error: unknown) => {
      post({ type: 'error', message: errorMessage(error) });
    });
});

async function main(request: WorkerRequest): Promise<void> {
  // TF.js's unseeded draws (initialisers, dropout, fit's shuffle) all start from
  // Math.random: seeding it per run makes the weights a function of the seed.
  const rng = Rng.stream(request.seed, 'math-random');
  Math.random = () => rng.next();
  await useBackend(request.backend, { searchFrom: request.searchFrom });
  enableTypeScript();
  const loaded = (await import(pathToFileURL(request.module).href)) as { train?: unknown };
  if (typeof loaded.train !== 'function') {
    throw new Error(`${request.module} exports no train function`);
  }
  const started = performance.now();
  const returned: unknown = await (loaded.train as (args: unknown) => unknown)({
    switches: request.switches,
    seed: request.seed,
    data: request.data,
    signal: controller.signal,
    reportProgress: (fraction: number) => post({ type: 'progress', fraction }),
    tf,
  });
  const trainMs = performance.now() - started;
  const model = await adopt(returned);
  const { outputs, width } = predict(model, request.eval.x, request.eval.n);
  if (request.saveTo !== undefined) await saveModel(model, request.saveTo);
  model.dispose();
  post({ type: 'done', outputs, width, trainMs });
}

/**
 * Lets the module be TypeScript: from the bundled dist/, a loader hook that
 * strips types (strip-types.js beside this file); from source, tsx already
 * loads TypeScript.
 */
function enableTypeScript(): void {
  if (import.meta.url.endsWith('.ts')) return;
  // Beside the bundled worker, or one folder up when this code sits in a chunk.
  for (const candidate of ['./strip-types.js', '../strip-types.js']) {
    const hook = new URL(candidate, import.meta.url);
    if (existsSync(hook)) {
      register(hook.href);
      return;
    }
  }
}

/**
 * The returned model as a model of this TF.js: a module that imports its
 * own copy of TF.js returns a model of that copy, which is saved to memory
 * with its own `save` and loaded again here.
 */
async function adopt(returned: unknown): Promise<tf.LayersModel> {
  if (returned instanceof tf.LayersModel) return returned;
  const foreign = returned as { save?: unknown } | null;
  if (foreign === null || typeof foreign !== 'object' || typeof foreign.save !== 'function') {
    throw new Error(`train() returned ${describe(returned)}, expected a TF.js LayersModel`);
  }
  let artifacts: tf.io.ModelArtifacts | undefined;
  await (foreign.save as (handler: tf.io.IOHandler) => Promise<unknown>)(
    tf.io.withSaveHandler((saved) => {
      artifacts = saved;
      return Promise.resolve({
        modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' },
      });
    }),
  );
  (returned as { dispose?: () => void }).dispose?.();
  return tf.loadLayersModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return typeof value === 'object' ? `an object (${value.constructor.name})` : `a ${typeof value}`;
}

/** The model's outputs on n examples of the eval inputs, in batches. */
function predict(
  model: tf.LayersModel,
  x: Float32Array,
  n: number,
): { outputs: Float32Array; width: number } {
  const shape = model.inputs[0].shape.slice(1).map((d) => d ?? -1);
  const f = x.length / n;
  const perExample = shape.includes(-1) ? [f] : shape;
  const batch = 1024;
  const parts: Float32Array[] = [];
  let width = 0;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const input = tf.tensor(x.subarray(start * f, end * f), [end - start, ...perExample]);
    const output = model.predict(input) as tf.Tensor;
    width = output.size / (end - start);
    parts.push(Float32Array.from(output.dataSync()));
    tf.dispose([input, output]);
  }
  const outputs = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    outputs.set(part, offset);
    offset += part.length;
  }
  return { outputs, width };
}
