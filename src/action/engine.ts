import { mayUseTfjsThreads } from '../pool/needs.js';
import { RunPool } from '../pool/run-pool.js';
import { progressLine } from '../progress/progress.js';
import { freeCoresNow } from '../pool/size.js';
import { sourceOf } from '../results/source.js';
import type { Shard } from '../shard/plan.js';
import { runEngine, type EngineRun } from '../pipeline/engine.js';
import type { ActionContext } from './context.js';

/**
 * Runs the suite the Action's inputs describe — one shard of it when
 * `shard` is given — in a log group titled `title`. Evaluation threads
 * start loading TF.js at once, while the config, data and model are read;
 * those the run does not use are stopped when it ends, however it ends.
 */
export function runConfiguredSuite(
  context: ActionContext,
  title: string,
  shard?: Shard,
): Promise<EngineRun> {
  const { inputs } = context;
  return context.sinks.group(title, async () => {
    // The run's one pool (training and evaluation), its threads warming (none for an ONNX model).
    const warm = mayUseTfjsThreads(inputs.config, context.workspace);
    const pool = RunPool.open(freeCoresNow(), warm ? { warm: inputs.backend } : {});
    // The same phases and 30 s heartbeat as the command line's log, as info lines of the step.
    const progress = progressLine(
      { write: (text) => context.sinks.info(text.trimEnd()), isTTY: false },
      { tty: false },
    );
    progress.phase('loading');
    try {
      return await runEngine(inputs.config, {
        cwd: context.workspace,
        backend: inputs.backend,
        source: () => sourceOf(context.git, context.env),
        onNotice: (message) => context.sinks.warning(message),
        onProgress: (fraction) => progress.update(fraction),
        onPhase: (phase, detail) => progress.phase(phase, detail),
        onTrainingProgress: (fraction, running) => progress.update(fraction, running),
        ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
        ...(inputs.timeLimit === undefined ? {} : { timeLimit: inputs.timeLimit }),
        ...(shard === undefined ? {} : { shard }),
        pool,
      });
    } finally {
      progress.done();
      await pool.close();
    }
  });
}
