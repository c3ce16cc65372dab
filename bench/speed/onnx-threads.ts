/**
 * Threads or workers for onnxruntime-node: the wide suite's feature ablations as the
 * first-layer path runs them (the tail graph, each feature's 3 repeats stacked: 100 runs of
 * 15,000 rows), done four ways in one process — one session on one intra-op thread;
 * one session on the runtime's default intra-op threads (one per core), spinning while idle
 * (the default) or not; and one worker thread
 * per core, each with its own one-thread session and its share of the features. Wall and CPU
 * seconds of the runs (sessions made beforehand; the workers' start-up is timed apart),
 * medians of interleaved rounds.
 *
 * Alone: tsx bench/speed/onnx-threads.ts DIR ROUNDS (DIR holds weights.json of the wide suite).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { splitFirstLayer, TAIL_INPUTS } from '../../src/onnx/first-layer.js';
import { decodeModel, encodeModel } from '../../src/onnx/model.js';
import { workerEntry } from '../../src/process/worker-entry.js';
import { denseStackOnnx, type DenseWeights } from './onnx-writer.js';
import { median } from './process.js';

const ROWS = 5_000;
const FEATURES = 100;
const REPEATS = 3;

export interface ThreadsRow {
  way: string;
  wall: number;
  cpu: number;
  /** Seconds to start the workers and make their sessions (workers only). */
  startup?: number;
}

interface Job {
  tail: Uint8Array;
  units: number;
  features: number[];
  threads: number;
  /** Whether idle intra-op threads spin (the runtime's default) or sleep. */
  spin?: boolean;
}

/** The tail runs of these features (deterministic inputs: the timing is what counts). */
async function runJob(job: Job): Promise<void> {
  const session = await ort.InferenceSession.create(job.tail, {
    intraOpNumThreads: job.threads,
    ...(job.spin === false ? { extra: { session: { intra_op: { allow_spinning: '0' } } } } : {}),
  });
  if (!isMainThread) parentPort!.postMessage('ready');
  if (!isMainThread) await new Promise((resolve) => parentPort!.once('message', resolve));
  const m = ROWS * REPEATS;
  const z1 = Float32Array.from(
    { length: ROWS * job.units },
    (_, i) => ((i * 7919) % 1000) / 500 - 1,
  );
  const rows = Int32Array.from({ length: m }, (_, i) => (i * 2654435761) % ROWS);
  const delta = Float32Array.from({ length: m }, (_, i) => ((i * 104729) % 2000) / 1000 - 1);
  for (const feature of job.features) {
    await session.run({
      [TAIL_INPUTS.block]: new ort.Tensor('float32', z1, [ROWS, job.units]),
      [TAIL_INPUTS.rows]: new ort.Tensor('int32', rows, [m]),
      [TAIL_INPUTS.delta]: new ort.Tensor('float32', delta, [m, 1]),
      [TAIL_INPUTS.columns]: new ort.Tensor('int32', Int32Array.of(feature), [1]),
    });
  }
  await session.release();
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function timed(way: string, work: () => Promise<number | undefined>): Promise<ThreadsRow> {
  const [wall0, cpu0] = [performance.now(), cpuSeconds()];
  const startup = await work();
  return {
    way,
    wall: (performance.now() - wall0) / 1000 - (startup ?? 0),
    cpu: cpuSeconds() - cpu0,
    ...(startup === undefined ? {} : { startup }),
  };
}

/** One round of the three ways on this tail graph. */
async function round(tail: Uint8Array, units: number, cores: number): Promise<ThreadsRow[]> {
  const all = Array.from({ length: FEATURES }, (_, j) => j);
  const one = await timed('one session, 1 intra-op thread', async () => {
    await runJob({ tail, units, features: all, threads: 1 });
    return undefined;
  });
  const intra = await timed(`one session, ${cores} intra-op threads (the default)`, async () => {
    await runJob({ tail, units, features: all, threads: 0 });
    return undefined;
  });
  const sleeping = await timed(`one session, ${cores} intra-op threads, no spinning`, async () => {
    await runJob({ tail, units, features: all, threads: 0, spin: false });
    return undefined;
  });
  const entry = workerEntry(import.meta.url, './onnx-threads.ts', 'none');
  if (entry.eval !== true) throw new Error('run from source (tsx)');
  const workers = await timed(`${cores} worker threads, 1 intra-op thread each`, async () => {
    const started = performance.now();
    const pool = Array.from(
      { length: cores },
      (_, w) =>
        new Worker(entry.code, {
          eval: true,
          workerData: { tail, units, features: all.filter((j) => j % cores === w), threads: 1 },
        }),
    );
    await Promise.all(pool.map((w) => new Promise((resolve) => w.once('message', resolve))));
    const startup = (performance.now() - started) / 1000;
    const done = pool.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    for (const w of pool) w.postMessage('go');
    await Promise.all(done);
    return startup;
  });
  return [one, intra, sleeping, workers];
}

/**
 * Runs the comparison in its own process (worker threads need tsx) and returns the medians.
 * `dir`: the wide suite's folder (weights.json).
 */
export function onnxThreads(root: string, dir: string, rounds: number): ThreadsRow[] {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/speed/onnx-threads.ts', dir, String(rounds)],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out) as ThreadsRow[];
}

async function main(dir: string, rounds: number): Promise<void> {
  const weights = JSON.parse(
    readFileSync(path.join(dir, 'weights.json'), 'utf8'),
  ) as DenseWeights[];
  const layer = splitFirstLayer(decodeModel(denseStackOnnx(weights)), 'input', 'probabilities');
  if (layer === undefined) throw new Error('the wide model has no first layer to cut');
  const tail = encodeModel(layer.tail);
  const cores = os.availableParallelism();
  const measured: ThreadsRow[][] = [];
  for (let r = 0; r < rounds; r++) measured.push(await round(tail, layer.units, cores));
  const rows = measured[0].map((row, i) => {
    const startups = measured.map((m) => m[i].startup).filter((s) => s !== undefined);
    return {
      way: row.way,
      wall: median(measured.map((m) => m[i].wall)),
      cpu: median(measured.map((m) => m[i].cpu)),
      ...(startups.length === 0 ? {} : { startup: median(startups) }),
    };
  });
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

if (!isMainThread) {
  await runJob(workerData as Job);
} else if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('onnx-threads.ts')
) {
  await main(process.argv[2], Number(process.argv[3] ?? 3));
}
