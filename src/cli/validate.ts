import { parseArgs } from 'node:util';
import { showDuration } from '../results/budget-notice.js';
import type { PlanCost } from '../budget/plan-cost.js';
import { LARGE_RESULTS_BYTES, largeResultsWarning, showBytes } from '../budget/results-size.js';
import { backendOf, COMMON, parse } from './args.js';
import { routeConsoleWarnings } from './console.js';
import type { CliIo } from './main.js';
import { quietProgress } from '../progress/progress.js';

/**
 * `ablation-ci validate`: checks a config and everything it names, then
 * says what the plan costs on this machine (a short timed sample) and
 * warns when it cannot fit the time limit or the results store.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(() => parseArgs({ args, strict: true, options: COMMON }));
  const started = performance.now();
  const progress = quietProgress(io);
  progress.phase('loading');
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}\n`));
  let line: string;
  let cost: { value: PlanCost; limit: number | undefined } | undefined;
  try {
    // Loaded once the progress runs: the engine's modules (TF.js among them) take a while.
    const { validateConfig } = await import('../pipeline/engine.js');
    const { planCost } = await import('../budget/tfjs-sample.js');
    line = await validateConfig(values.config, {
      cwd: io.cwd,
      backend: backendOf(values.backend),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
      onPhase: (phase, detail) => progress.phase(phase, detail),
      onSuite: (suite) => {
        progress.phase('estimating', 'a timed sample of the plan');
        const limit = suite.config.timeLimit;
        const elapsed = (performance.now() - started) / 1000;
        cost = { value: planCost(suite, suite.components, { limit, elapsed }), limit };
      },
      // An ONNX suite times its own sample (the runtime's evaluations).
      onCost: (value, limit) => {
        cost = { value, limit };
      },
    });
  } finally {
    restore();
    progress.done();
  }
  io.stdout.write(`${line}\n`);
  if (cost === undefined) return 0;
  io.stdout.write(`${planLine(cost.value)}\n`);
  for (const warning of planWarnings(cost.value, cost.limit)) {
    io.stderr.write(`ablation-ci: ${warning}\n`);
  }
  return 0;
}

/** `plan: 390 evaluations of 78 components, about 2.1 s on one thread here; results about 400 kB`. */
export function planLine(cost: PlanCost): string {
  return (
    `plan: ${cost.evaluations} evaluations of ${cost.components} components, ` +
    `about ${showDuration(cost.seconds)} on ${cost.on} of this machine (a timed sample); ` +
    `results about ${showBytes(cost.bytes)}`
  );
}

/** What will not fit: the time limit, the results store. */
export function planWarnings(cost: PlanCost, limit: number | undefined): string[] {
  const warnings: string[] = [];
  const plan = cost.budget;
  if (limit !== undefined && plan !== undefined && plan.estimate > limit) {
    const changes = [
      ...(plan.repeats < cost.repeats ? [`repeats ${cost.repeats} → ${plan.repeats}`] : []),
      ...(plan.rows < cost.rows ? [`rows ${cost.rows} → ${plan.rows}`] : []),
    ];
    warnings.push(
      `warning: time-limit ${showDuration(limit)}: the plan needs an estimated ` +
        `${showDuration(plan.estimate)} here; run will ` +
        (changes.length === 0 ? '' : `reduce ${changes.join(' and ')}, and `) +
        (plan.fits
          ? 'then fit'
          : 'report the components its deadline reaches as not evaluated (time limit)'),
    );
  }
  if (cost.bytes > LARGE_RESULTS_BYTES) {
    warnings.push(largeResultsWarning(cost.bytes, cost.components));
  }
  return warnings;
}
