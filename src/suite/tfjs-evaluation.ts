/**
 * The evaluation of a TF.js suite (suite/evaluation.ts's `startEvaluation`, loaded only for
 * one): the baseline on this thread, the components on the run's worker threads or here.
 */
import { Evaluator } from '../ablation/evaluate.js';
import { evaluateComponents, startRunner } from '../pool/runner.js';
import { CHUNK_ENDS, chunkIndices } from './chunks.js';
import { freeCoresNow, planSeconds, workersFor } from '../pool/size.js';
import { CurveEvaluator } from '../sensitivity/evaluate.js';
import { curveEvaluations } from '../sensitivity/units.js';
import type { Evaluation, EvaluationOptions } from './evaluation.js';
import { modelData, type PreparedSuite } from './prepare.js';
import { curvePlanOf } from './sensitivity-stage.js';
import type { Outputs } from '../ablation/evaluate.js';

/**
 * Bytes of component outputs held at once, over the chunks live at a time.
 * Scoring a chunk holds about twice its outputs again (predictions and the
 * values the statistics keep), so this bounds the main thread's memory:
 * 512 MiB took it past 1 GiB at 100,000 rows, and 128 MiB held its buffers
 * near 380 MiB (64 MiB: near 300); chunks end between the plan's units
 * whatever their size, so the results are the same.
 */
const OUTPUT_BUDGET = 64 * 1024 * 1024;

/** Chunks live at once with workers: one being scored, two queued for evaluation. */
const LIVE_CHUNKS = 3;

/** Starts evaluating a TF.js suite (see `startEvaluation`). */
export function startTfjsEvaluation(
  suite: PreparedSuite,
  options: EvaluationOptions,
): Promise<Evaluation> {
  const { config, dataset } = suite;
  const workers = options.workers ?? config.workers ?? defaultWorkers(suite);
  // Workers read the raw data where the main thread keeps it, without a copy each; the
  // dataset keeps the shared copy only (the same values), not two of n × f.
  if (workers > 1 && !(dataset.x.buffer instanceof SharedArrayBuffer))
    dataset.x = shared(dataset.x);
  const data = modelData(suite, dataset.x);
  const evaluatorOptions = {
    seed: config.seed,
    repeats: config.repeats,
    ...(options.memoryBudget === undefined ? {} : { memoryBudget: options.memoryBudget }),
  };
  const evaluator = new Evaluator(suite.graph, suite.inputShape, data, {
    ...evaluatorOptions,
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
  });
  const curvePlan = curvePlanOf(suite);
  // This thread's curves (a run on one thread): on the same evaluator and activation cache.
  let curves: CurveEvaluator | undefined;
  const curvesHere = (): CurveEvaluator =>
    (curves ??= new CurveEvaluator(evaluator, suite.graph, data, curvePlan!));
  // Not awaited here: the caller scores the baseline while the workers load the model.
  const runner = startRunner(
    evaluator,
    suite.components,
    workers,
    () => ({
      backend: options.backend,
      searchFrom: options.searchFrom ?? [config.root],
      model: { path: suite.modelFile, displayPath: suite.modelFile, hash: suite.modelHash },
      inputShape: suite.inputShape,
      data,
      components: suite.components,
      options: evaluatorOptions,
      ...(curvePlan === undefined ? {} : { curves: curvePlan }),
    }),
    options.pool,
    // Feature units start from the baseline: computed once here while the
    // workers load the model, shared, not redone per worker.
    () => shared(evaluator.baseline()),
    curvesHere,
  );
  // Observed by `chunks` or `close`; never an unhandled rejection meanwhile.
  runner.catch(() => undefined);
  const plan = {
    components: suite.components,
    repeats: config.repeats,
    n: dataset.n,
    width: evaluator.outputWidth,
    rowsPerPass: evaluator.rowsPerPass,
  };
  return Promise.resolve({
    evaluator,
    ...(curvePlan === undefined
      ? {}
      : {
          curves: {
            rowsPerPass: evaluator.rowsPerPass,
            width: evaluator.outputWidth,
            evaluate: async (unit) => (await runner).evaluate(unit),
          },
        }),
    async *chunks(onProgress, limits = {}) {
      const ready = await runner;
      const applicable = suite.components.flatMap((c, i) => (c.notApplicable ? [] : [i]));
      const count = (i: number): number => (suite.components[i].stochastic ? config.repeats : 1);
      const evaluations = (indices: number[]): number =>
        indices.reduce((sum, i) => sum + count(i), 0);
      const total = Math.max(1, evaluations(applicable));
      const pieces = chunkIndices(plan, applicable, {
        bytesPerEvaluation: dataset.n * evaluator.outputWidth * 4,
        maxBytes: OUTPUT_BUDGET / LIVE_CHUNKS,
        maxUnits: limits.maxUnits ?? Infinity,
        // On this thread alone nothing overlaps the scoring: more chunks would only cost.
        ends: options.chunkEnds ?? (ready.parallel ? CHUNK_ENDS : []),
      });
      // Workers: the next chunk waits in the queue behind the one being
      // evaluated, so they never wait for a chunk to finish to get more work.
      const ahead = ready.parallel ? LIVE_CHUNKS - 1 : 1;
      const started: (Promise<Map<string, Outputs[]>> | undefined)[] = [];
      let completed = 0;
      let queued = 0;
      let refused = false;
      const startUpTo = (last: number): void => {
        while (started.length <= Math.min(last, pieces.length - 1)) {
          const indices = pieces[started.length];
          const units = evaluations(indices);
          // A time limit weighs this chunk and the ones still queued ahead of it.
          refused ||= limits.admit?.(queued + units) === false;
          if (refused) {
            started.push(undefined);
            continue;
          }
          queued += units;
          // Chunks run side by side: progress counts every chunk's evaluations done so far.
          let last = 0;
          const outputs = evaluateComponents(ready, plan, indices, (done) => {
            completed += done - last;
            last = done;
            onProgress?.(Math.min(1, completed / total));
          }).finally(() => (queued -= units));
          // A pending chunk must not reject unobserved while the caller scores another.
          outputs.catch(() => undefined);
          started.push(outputs);
        }
      };
      for (let k = 0; k < pieces.length; k++) {
        startUpTo(k + ahead - 1);
        const outputs = await started[k];
        started[k] = undefined;
        startUpTo(k + ahead);
        yield { components: pieces[k].map((i) => suite.components[i]), outputs };
      }
    },
    async close() {
      curves?.dispose();
      evaluator.dispose();
      await (await runner.catch(() => undefined))?.close();
    },
  });
}

/** One thread per free core, or this thread alone when starting workers costs more than they save. */
function defaultWorkers(suite: PreparedSuite): number {
  const { graph, components, config, dataset } = suite;
  const plan = curvePlanOf(suite);
  // A curve's noisy evaluations cost about a pass each, as an ablation's.
  const curves = plan === undefined ? 0 : plan.curves.length * curveEvaluations(plan.settings);
  const seconds =
    planSeconds(graph, components, config.repeats, dataset.n) +
    curves * planSeconds(graph, [], 1, dataset.n);
  return workersFor(seconds, freeCoresNow());
}

function shared<T extends Float64Array | Float32Array>(values: T): T {
  const copy = new (values.constructor as new (buffer: SharedArrayBuffer) => T)(
    new SharedArrayBuffer(values.byteLength),
  );
  copy.set(values);
  return copy;
}
