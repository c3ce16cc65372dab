import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { mayUseTfjsThreads } from '../pool/needs.js';
import { RunPool } from '../pool/run-pool.js';
import { freeCoresNow } from '../pool/size.js';
import { parseShard } from '../shard/plan.js';
import { backendOf, COMMON, parse, workersOf } from './args.js';
import type { CliIo } from './main.js';
import { quietProgress } from '../progress/progress.js';

/** What `run` takes. */
export const RUN_OPTIONS = {
  ...COMMON,
  out: { type: 'string' },
  baseline: { type: 'string' },
  report: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  workers: { type: 'string' },
  shard: { type: 'string' },
} as const;

/** `run`'s parsed options. */
export type RunValues = ReturnType<
  typeof parseArgs<{ options: typeof RUN_OPTIONS; strict: true }>
>['values'];

/**
 * `ablation-ci run`: checks the arguments, starts the evaluation threads
 * warming, then loads the rest of the command (its modules are most of
 * the bundle) while they start.
 */
export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const startedAt = Date.now();
  const { values } = parse(() => parseArgs({ args, strict: true, options: RUN_OPTIONS }));
  const backend = backendOf(values.backend);
  const workers = values.workers === undefined ? undefined : workersOf(values.workers);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard, '--shard');
  if (shard !== undefined && values.baseline !== undefined) {
    throw new InputError(
      '--shard writes one part of the results: merge the shards, then compare (ablation-ci merge, ablation-ci compare)',
    );
  }
  if (shard !== undefined && values.report !== undefined) {
    throw new InputError(
      '--shard writes one part of the results, too little for a report: merge the shards, then compare (ablation-ci merge, ablation-ci compare --report F)',
    );
  }
  // The run's one pool (training and evaluation): its evaluation threads load TF.js while this
  // one reads the inputs (none for an ONNX model); closed on every way out.
  const warm = mayUseTfjsThreads(values.config ?? 'ablation.yml', io.cwd);
  const pool = RunPool.open(workers ?? freeCoresNow(), warm ? { warm: backend } : {});
  // Said within the first second, whatever comes next; stopped on every way out.
  const progress = quietProgress(io);
  progress.phase('loading');
  try {
    const { checkAndRun } = await import('./run-suite.js');
    return await checkAndRun(values, { backend, workers, shard, pool, progress, startedAt }, io);
  } finally {
    progress.done();
    await pool.close();
  }
}
