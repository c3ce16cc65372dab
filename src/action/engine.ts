import { sourceOf } from '../results/source.js';
import type { Shard } from '../shard/plan.js';
import { runEngine, type EngineRun } from '../suite/engine.js';
import type { ActionContext } from './context.js';

/**
 * Runs the suite the Action's inputs describe — one shard of it when
 * `shard` is given — in a log group titled `title`.
 */
export function runConfiguredSuite(
  context: ActionContext,
  title: string,
  shard?: Shard,
): Promise<EngineRun> {
  const { inputs } = context;
  return context.sinks.group(title, () =>
    runEngine(inputs.config, {
      cwd: context.workspace,
      backend: inputs.backend,
      source: () => sourceOf(context.git, context.env),
      onNotice: (message) => context.sinks.warning(message),
      ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
      ...(inputs.timeLimit === undefined ? {} : { timeLimit: inputs.timeLimit }),
      ...(shard === undefined ? {} : { shard }),
    }),
  );
}
