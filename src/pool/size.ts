import { availableParallelism, loadavg } from 'node:os';
import { othersRunning } from './running.js';
import type { Component } from '../ablation/plan.js';
import type { ModelGraph } from '../model/graph.js';

/**
 * Multiply-adds per second one thread evaluates (the wasm backend, ablated
 * passes as the evaluator runs them), measured on the wide benchmark suite
 * (5,000 rows × 100 features, an MLP 100-128-128-2, 301 passes: 44.7 G
 * multiply-adds in about 4 s on one thread).
 */
export const MACS_PER_SECOND = 1e10;

/**
 * What starting a worker thread costs in wall time: loading TF.js, the
 * backend and the model (about 0.3 s each on the benchmark machine, with
 * --cpu-prof), plus what the threads then share — memory bandwidth, and each
 * thread's own copies of the inputs and activations. Calibrated on the
 * benchmark machine (2 cores) with the evaluator's shortcuts in place: plans
 * estimated at 0.89 s (the wide recipe at 1,000 rows) and 0.92 s (the image
 * suite) ran faster on one thread, 1.28 s (the digits features) on two.
 */
export const WORKER_START_SECONDS = 0.5;

/**
 * The multiply-adds of one example through the model: for every layer call,
 * each kernel (a weight of rank 2 or more) applied at every position of the
 * output (dense: once; a convolution: at each pixel), plus one operation per
 * output value (activations, pooling, additions).
 */
export function macsPerExample(graph: ModelGraph): number {
  const size = (shape: (number | null)[]): number =>
    shape.reduce<number>((a, d) => a * (d ?? 1), 1);
  let macs = 0;
  for (const node of graph.nodes) {
    if (node.isInput) continue;
    for (const slot of node.outputs) {
      const shape = graph.slotShapes[slot];
      const values = size(shape);
      const channels = shape.length === 0 ? 1 : (shape[shape.length - 1] ?? 1);
      macs += values;
      for (const weight of node.layer.weights) {
        if (weight.shape.length >= 2) macs += size(weight.shape) * (values / channels);
      }
    }
  }
  return macs;
}

/** Seconds the plan takes on one thread: the baseline pass and every evaluation, over all rows. */
export function planSeconds(
  graph: ModelGraph,
  components: readonly Component[],
  repeats: number,
  rows: number,
): number {
  const evaluations = components.reduce(
    (sum, c) => sum + (c.notApplicable !== undefined ? 0 : c.stochastic ? repeats : 1),
    0,
  );
  return (macsPerExample(graph) * rows * (evaluations + 1)) / MACS_PER_SECOND;
}

/**
 * What running side by side adds to each thread's work: measured on the
 * heavy image suite of `npm run bench` (a conv net at MobileNet's cost, 16
 * rows; bench/speed/image.ts), interleaved, 6 runs each (3 free, 3 pinned
 * to one core): two workers used 9.4 s of CPU (8.8–10.2) where this thread
 * alone used 7.9 s (7.5–8.3); 1.1 s of the difference is the two workers'
 * start (TF.js, backend and model, as on the light image suite, whose work
 * is too small to show contention), the rest, 6%, two threads streaming
 * activations through one memory.
 */
export const CONTENTION = 0.06;

/**
 * Cores this run can use: `cores` less those other processes keep busy,
 * whole cores of `load` (the 1-minute load average), at least one. A worker
 * on a core that is not free only shares it: it adds its start and its
 * contention and saves little (the heavy image suite on 2 cores at a load
 * of 10–22: two workers took 1.2× the CPU of one, and a median 57 s of wall
 * time against 60 s).
 */
export function freeCores(cores: number, load: number): number {
  const busy = Number.isFinite(load) && load > 0 ? Math.floor(load) : 0;
  return Math.max(1, Math.min(cores, cores - busy));
}

/**
 * The load to count as busy cores: the 1-minute load average, but no more
 * than the processes running right now (`running`, when known). The
 * average trails by a minute: right after `npm ci` or a build step, or
 * the bench's previous process, it still says the cores are busy when
 * nothing runs any more (the wide suite then ran on one thread in 3.3 s
 * instead of 1.8 s on two, bench/results/speed.md); what runs now and has
 * run for a while is both.
 */
export function busyLoad(load: number, running: number | undefined): number {
  return running === undefined ? load : Math.min(load, running);
}

/**
 * This machine's free cores now (see `freeCores` and `busyLoad`): the
 * running processes are sampled once per process, when the run starts,
 * before its own threads do (theirs would count as others').
 */
export function freeCoresNow(): number {
  startedRunning ??= { value: othersRunning() };
  return freeCores(availableParallelism(), busyLoad(loadavg()[0], startedRunning.value));
}

let startedRunning: { value: number | undefined } | undefined;

/**
 * Threads for a plan of `seconds` on this thread, given `cores` and the
 * machine's `load` (see `freeCores`): all free cores when starting them
 * (once, in parallel) and splitting the work, slowed by `CONTENTION`, is
 * faster than this thread alone, `start + seconds · (1 + c) / free <
 * seconds`; else this thread alone.
 */
export function workersFor(seconds: number, cores: number, load = 0): number {
  const free = freeCores(cores, load);
  if (free <= 1) return 1;
  return WORKER_START_SECONDS + (seconds * (1 + CONTENTION)) / free < seconds ? free : 1;
}
