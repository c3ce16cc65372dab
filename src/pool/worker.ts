// Entry point of an evaluation worker thread (bundled as dist/worker.js).
import { parentPort } from 'node:worker_threads';
import { Evaluator } from '../ablation/evaluate.js';
import { useBackend, type BackendChoice } from '../backend/resolve.js';
import { errorMessage } from '../errors.js';
import { buildGraph, type ModelGraph } from '../model/graph.js';
import { loadModel } from '../model/load.js';
import { CurveEvaluator } from '../sensitivity/evaluate.js';
import type { Reply, Request, WorkerSetup } from './protocol.js';

if (parentPort === null) throw new Error('the evaluation worker must run in a worker thread');
const port = parentPort;
let state:
  | { evaluator: Evaluator; setup: WorkerSetup; graph: ModelGraph; curves?: CurveEvaluator }
  | undefined;
let warming: Promise<void> = Promise.resolve();
let loading: Promise<{ graph: ModelGraph; setup: WorkerSetup }> | undefined;
const batches: Extract<Request, { type: 'batch' }>[] = [];
let claiming = false;

const reply = (message: Reply, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

port.on('message', (request: Request) => {
  handle(request).catch((error: unknown) => reply({ type: 'error', message: errorMessage(error) }));
});

async function handle(request: Request): Promise<void> {
  if (request.type === 'warm') {
    warming = warm(request.backend);
    return;
  }
  if (request.type === 'setup') {
    loading = warming.then(() => load(request.setup));
    const { graph, setup } = await loading;
    if (setup.baselineFollows === true) return;
    const evaluator = new Evaluator(graph, setup.inputShape, setup.data, setup.options);
    state = { evaluator, setup, graph };
    reply({ type: 'ready' });
    return;
  }
  if (request.type === 'baseline') {
    // A failed load was reported by the setup's own handler.
    const loaded = await loading?.catch(() => undefined);
    if (loaded === undefined) return;
    const { graph, setup } = loaded;
    const options = { ...setup.options, baseline: request.values };
    state = {
      evaluator: new Evaluator(graph, setup.inputShape, setup.data, options),
      setup,
      graph,
    };
    reply({ type: 'ready' });
    return;
  }
  batches.push(request);
  if (!claiming) claimUnits();
}

/**
 * Evaluates the units of the batches in order, each claimed through the
 * batch's shared counter, until every one is claimed (by this worker or
 * another). Batches that arrive meanwhile wait in the port until it returns.
 */
function claimUnits(): void {
  if (state === undefined) throw new Error('units arrived before the setup');
  const { evaluator, setup, graph } = state;
  const current = state;
  claiming = true;
  try {
    while (batches.length > 0) {
      const batch = batches[0];
      const index = Atomics.add(batch.next, 0, 1);
      if (index >= batch.units.length) {
        batches.shift();
        continue;
      }
      const unit = batch.units[index];
      // A curve's unit: the curves' evaluator, made at the first one, on the same evaluator.
      const values =
        unit.on === 'curve'
          ? (current.curves ??= new CurveEvaluator(
              evaluator,
              graph,
              setup.data,
              setup.curves!,
            )).evaluateUnit(unit)
          : evaluator.evaluateUnit(unit, setup.components);
      reply({ type: 'done', id: batch.first + index, values }, [values.buffer as ArrayBuffer]);
    }
  } finally {
    claiming = false;
  }
}

/**
 * Starts, ahead of the setup, the backend `choice` gives when tfjs-node is
 * absent (the setup names the one the main thread chose, and switches if it
 * differs). A failure here is left to the setup to report.
 */
async function warm(choice: BackendChoice): Promise<void> {
  if (choice === 'tensorflow') return;
  await useBackend(choice === 'auto' ? 'wasm' : choice, { searchFrom: [] }).catch(() => undefined);
}

async function load(setup: WorkerSetup): Promise<{ graph: ModelGraph; setup: WorkerSetup }> {
  const backend = await useBackend(setup.backend, { searchFrom: setup.searchFrom });
  if (backend !== setup.backend) {
    throw new Error(`the worker started the ${backend} backend, not ${setup.backend}`);
  }
  const { path, displayPath, hash } = setup.model;
  const loaded = await loadModel(path, displayPath);
  if (loaded.hash !== hash) {
    loaded.model.dispose();
    throw new Error(`${displayPath} changed on disk during the run`);
  }
  return { graph: buildGraph(loaded.model), setup };
}
