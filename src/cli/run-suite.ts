import type { BackendChoice } from '../backend/choices.js';
import { checkDocument, checkPair } from '../compare/check.js';
import { compare, verdict as gateVerdict } from '../compare/compare.js';
import { InputError } from '../errors.js';
import { checkOutputs, resolveOutput, writeOutput } from '../files/output.js';
import type { RunPool } from '../pool/run-pool.js';
import { engineOf } from '../report/run-facts.js';
import { budgetNotice } from '../results/budget-notice.js';
import type { Results } from '../results/types.js';
import type { Shard } from '../shard/plan.js';
import { runEngine } from '../pipeline/engine.js';
import { NOT_EVALUATED } from '../suite/run.js';
import { resolveSettings } from '../pipeline/settings.js';
import { finishComparison, readResultsFile, shownTarget, writeReport } from './compare.js';
import { routeConsoleWarnings } from './console.js';
import { checkReadable, runInputs } from './inputs.js';
import type { CliIo } from './main.js';
import type { Progress } from '../progress/progress.js';
import type { RunValues } from './run.js';
import { sourceOf } from './source.js';

/**
 * The rest of `run`: every check on inputs and outputs, the evaluation,
 * the results written, the verdict as an exit code.
 */
export async function checkAndRun(
  values: RunValues,
  options: {
    backend: BackendChoice;
    workers: number | undefined;
    shard: Shard | undefined;
    /** The run's pool of workers, opened early with warm threads. */
    pool: RunPool;
    progress: Progress;
    /** When the command started (ms): its time limit counts from then. */
    startedAt: number;
  },
  io: CliIo,
): Promise<number> {
  const { backend, workers, shard, pool, progress, startedAt } = options;
  // Every check on inputs and outputs comes before anything is evaluated.
  const out = await resolveOutput('--out', values.out ?? 'ablation-results.json', io.cwd, {
    replaces: 'results',
  });
  const report =
    values.report === undefined
      ? undefined
      : await resolveOutput('--report', values.report, io.cwd);
  let base: Results | undefined;
  if (values.baseline !== undefined) {
    await checkReadable(values.baseline, io.cwd);
    base = await readResultsFile(values.baseline, io.cwd);
    checkDocument(base, values.baseline);
  }
  const { config, files } = await runInputs(values.config, io.cwd, values.baseline);
  await checkOutputs([out, ...(report === undefined ? [] : [report])], files);
  // One thread alone evaluates: the warm threads are not needed.
  await pool.limit(resolveSettings(config, { workers }).workers);
  if (base !== undefined && base.suite !== config.suite) {
    throw new InputError(
      `is suite ${JSON.stringify(base.suite)} but ${config.file} runs ${JSON.stringify(config.suite)}`,
      { file: values.baseline, where: 'suite' },
    );
  }
  const restore = routeConsoleWarnings((line) => io.stderr.write(`ablation-ci: TF.js: ${line}\n`));
  let results: Results;
  try {
    ({ results } = await runEngine(values.config, {
      cwd: io.cwd,
      startedAt,
      // Loaded and checked with the other inputs above: not read again.
      config,
      backend,
      ...(workers === undefined ? {} : { workers }),
      pool,
      source: (root) => sourceOf(root, io.env),
      onNotice: (message) => io.stderr.write(`ablation-ci: ${message}\n`),
      onProgress: (fraction) => progress.update(fraction),
      onPhase: (phase, detail) => progress.phase(phase, detail),
      onTrainingProgress: (fraction, running) => progress.update(fraction, running),
      ...(shard === undefined ? {} : { shard }),
      useCache: values['no-cache'] !== true,
      onRetrainRun: (line) => io.stderr.write(`ablation-ci: ${line}\n`),
    }));
  } finally {
    restore();
  }
  // The task and classes come from the data: known only now, still before anything is written.
  if (base !== undefined) checkPair(base, results, [values.baseline ?? '', config.file]);
  await writeOutput(out, `${JSON.stringify(results, null, 2)}\n`, io.stdout);
  progress.done();
  const budget = results.run.budget;
  if (budget !== undefined && (budget.notEvaluated > 0 || (budget.curvesNotEvaluated ?? 0) > 0)) {
    io.stderr.write(`ablation-ci: ${budgetNotice(budget)}\n`);
  }
  // Standard output carries a document: the lines for people go to stderr.
  const human = out.kind === 'stdout' || report?.kind === 'stdout' ? io.stderr : io.stdout;
  human.write(`${summary(results)}\nresults: ${shownTarget(out, io.cwd)}\n`);
  if (base === undefined) {
    const verdict = gateVerdict(results, []);
    if (report !== undefined) {
      // No baseline: the report of this run alone (contributions, tests, data checks, run facts).
      await writeReport(
        report,
        compare(undefined, results),
        results,
        'No baseline: the report of this run alone. Pass --baseline with a results document of main to compare with it.',
        io.stdout,
      );
      human.write(`report: ${shownTarget(report, io.cwd)}\n`);
    }
    if (!verdict.passed) {
      human.write(
        `gate: failed (${[...verdict.failedTests, ...verdict.inconclusiveTests, ...(verdict.sensitivity ?? [])].join(', ')})\n`,
      );
    }
    return verdict.passed ? 0 : 1;
  }
  return finishComparison(
    compare(base, results),
    { base, head: results },
    `baseline: ${values.baseline}`,
    report,
    io,
    human,
  );
}

/** A few lines for the terminal: baseline, components, tests. */
function summary(results: Results): string {
  // A command suite's model runs in its own command: the TF.js backend never touched it.
  const engine = engineOf(results.run);
  const primary = results.metrics[0].name;
  const base = results.baseline.metrics[primary];
  const baseText =
    base.value === null
      ? 'undefined'
      : `${fmt(base.value)} [${fmt(base.ci[0])}, ${fmt(base.ci[1])}]`;
  const count = (status: string): number => results.tests.filter((t) => t.status === status).length;
  const applicable = results.components.filter((c) => c.metrics !== undefined).length;
  const others = results.metrics.slice(1).map(({ name }) => {
    const estimate = results.baseline.metrics[name];
    return estimate === undefined || estimate.value === null
      ? `${name} undefined`
      : `${name} ${fmt(estimate.value)} [${fmt(estimate.ci[0])}, ${fmt(estimate.ci[1])}]`;
  });
  // A time limit's deadline leaves components unevaluated: not "not applicable".
  const late = results.components.filter((c) => c.notApplicable?.startsWith(NOT_EVALUATED)).length;
  const lateText = late === 0 ? '' : `, ${late} not evaluated (time limit)`;
  const lines = [
    `${results.suite}: ${primary} ${baseText} on ${results.baseline.n} examples (${engine})`,
    ...(others.length === 0 ? [] : [`other metrics: ${others.join(', ')}`]),
    `components: ${applicable} evaluated${lateText}, ${results.components.length - applicable - late} not applicable`,
    `tests: ${count('pass')} pass, ${count('fail')} fail, ${count('inconclusive')} inconclusive, ${count('skipped')} skipped`,
  ];
  return lines.join('\n');
}

function fmt(value: number): string {
  return value.toFixed(4);
}
