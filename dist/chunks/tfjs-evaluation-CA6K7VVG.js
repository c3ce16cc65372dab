import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  curvePlanOf
} from "./chunk-UCCGUDRG.js";
import {
  curveEvaluations,
  modelData
} from "./chunk-SZQ2J3X2.js";
import "./chunk-TJL3ROGX.js";
import {
  freeCoresNow,
  planSeconds,
  spawnThread,
  threadError,
  workersFor
} from "./chunk-7BDPXSBU.js";
import "./chunk-CFMESWCY.js";
import {
  CurveEvaluator,
  Evaluator,
  allocateOutputs,
  placeUnit,
  planUnits,
  unitLength
} from "./chunk-XSLR7JCO.js";
import "./chunk-2F72UHEX.js";
import "./chunk-FT6JTLYM.js";
import "./chunk-RRZRISNN.js";
import "./chunk-CGUDVJKI.js";
import "./chunk-4DLMUD5B.js";
import "./chunk-YSKLVAJM.js";
import "./chunk-QGQCRQM2.js";

// src/pool/pool.ts
var WorkerPool = class _WorkerPool {
  constructor(slots) {
    this.slots = slots;
    for (const slot of slots) this.watch(slot);
  }
  slots;
  /** Units queued this turn, not yet sent. */
  queue = [];
  /** Units sent, by id, until their outputs are back. */
  sent = /* @__PURE__ */ new Map();
  flushing = false;
  nextId = 0;
  failure;
  closed = false;
  /**
   * Starts `size` workers — taken from the run's `pool` (its warm threads
   * first, already loading), else started here — and waits until each has
   * loaded the model. With `baseline`, the setup goes
   * out first and the baseline's outputs (computed here meanwhile) after it.
   */
  static async start(setup, size, pool, baseline) {
    const slots = pool?.take(size) ?? [];
    while (slots.length < size) slots.push(spawnThread());
    const sent = { ...setup, baselineFollows: baseline !== void 0 };
    const started = Promise.all(slots.map((slot) => ready(slot, sent)));
    try {
      if (baseline !== void 0) {
        const request = { type: "baseline", values: baseline() };
        for (const slot of slots) slot.worker.postMessage(request);
      }
      await started;
    } catch (error) {
      started.catch(() => void 0);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      throw error;
    }
    return new _WorkerPool(slots);
  }
  /** Queues a unit; resolves with its outputs. */
  evaluate(unit) {
    if (this.failure !== void 0) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, unit, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        queueMicrotask(() => this.flush());
      }
    });
  }
  /** Stops every worker. */
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
  flush() {
    this.flushing = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0 || this.failure !== void 0) return;
    for (const pending of batch) this.sent.set(pending.id, pending);
    const request = {
      type: "batch",
      first: batch[0].id,
      units: batch.map((pending) => pending.unit),
      next: new Int32Array(new SharedArrayBuffer(4))
    };
    for (const slot of this.slots) slot.worker.postMessage(request);
  }
  watch(slot) {
    slot.worker.on("message", (reply) => {
      if (reply.type === "done") {
        const pending = this.sent.get(reply.id);
        this.sent.delete(reply.id);
        pending?.resolve(reply.values);
      } else if (reply.type === "error") {
        this.fail(new Error(`an evaluation worker failed: ${reply.message}`));
      }
    });
    slot.worker.on("error", (error) => this.fail(threadError(error, slot)));
    slot.worker.on("exit", (code) => {
      if (!this.closed) this.fail(threadError(`it exited with code ${code}`, slot));
    });
  }
  fail(error) {
    if (this.failure !== void 0) return;
    this.failure = error;
    const pending = [...this.queue, ...this.sent.values()];
    this.queue = [];
    this.sent.clear();
    for (const p of pending) p.reject(error);
    void this.close();
  }
};
function ready(slot, setup) {
  return new Promise((resolve, reject) => {
    if (slot.ended !== void 0) {
      reject(slot.ended);
      return;
    }
    const onMessage = (reply) => {
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (reply.type === "ready") resolve();
      else reject(new Error(`an evaluation worker failed to start: ${replyText(reply)}`));
    };
    const onError = (error) => reject(threadError(error, slot));
    const onExit = (code) => reject(threadError(`it exited with code ${code} while starting`, slot));
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    const request = { type: "setup", setup };
    slot.worker.postMessage(request);
  });
}
function replyText(reply) {
  return reply.type === "error" ? reply.message : `unexpected reply ${reply.type}`;
}

// src/pool/runner.ts
async function startRunner(evaluator, components, workers, setup, pool, baseline, curves) {
  if (workers <= 1) {
    await pool?.stopThreads();
    return {
      parallel: false,
      evaluate: (unit) => Promise.resolve(
        unit.on === "curve" ? curves().evaluateUnit(unit) : evaluator.evaluateUnit(unit, components)
      ),
      close: () => Promise.resolve()
    };
  }
  const threads = await WorkerPool.start(setup(), workers, pool, baseline);
  return {
    parallel: true,
    evaluate: (unit) => threads.evaluate(unit),
    close: () => threads.close()
  };
}
async function evaluateComponents(runner, plan, indices, onProgress) {
  const { components, repeats, n, width } = plan;
  const chosen = indices.map((i) => components[i]);
  const outputs = allocateOutputs(chosen, repeats, n * width);
  const units = planUnits(components, indices, repeats, n, plan.rowsPerPass);
  let done = 0;
  const place = (unit, values) => {
    placeUnit(unit, values, components, outputs, width);
    done += unitLength(unit, 1) / n;
    onProgress?.(done);
  };
  if (runner.parallel) {
    await Promise.all(units.map(async (unit) => place(unit, await runner.evaluate(unit))));
  } else {
    for (const unit of units) place(unit, await runner.evaluate(unit));
  }
  return outputs;
}

// src/suite/chunks.ts
var CHUNK_ENDS = [1 / 2, 3 / 4, 7 / 8, 15 / 16];
function chunkIndices(plan, indices, bounds) {
  const count = (i) => plan.components[i].stochastic ? plan.repeats : 1;
  const total = indices.reduce((sum, i) => sum + count(i), 0);
  const targets = (bounds.ends ?? CHUNK_ENDS).map((share) => Math.ceil(share * total));
  const clean = unitBoundaries(plan, indices);
  const result = [];
  let current = [];
  let chunkStart = 0;
  let done = 0;
  for (const [k, i] of indices.entries()) {
    const size = count(i);
    if (current.length > 0) {
      const evaluations = done - chunkStart;
      const forced = (evaluations + size) * bounds.bytesPerEvaluation > bounds.maxBytes || evaluations + size > bounds.maxUnits;
      const target = targets.find((t) => t > chunkStart) ?? Infinity;
      if (forced || clean[k] && done >= target) {
        result.push(current);
        current = [];
        chunkStart = done;
      }
    }
    current.push(i);
    done += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}
function unitBoundaries(plan, indices) {
  const units = planUnits(plan.components, indices, plan.repeats, plan.n, plan.rowsPerPass);
  const first = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  units.forEach((unit, u) => {
    if (unit.on !== "features") return;
    for (const { component } of unit.segments) {
      if (!first.has(component)) first.set(component, u);
      last.set(component, u);
    }
  });
  const clean = indices.map(() => false);
  const after = new Array(indices.length + 1).fill(Infinity);
  for (let k = indices.length - 1; k >= 0; k--) {
    after[k] = Math.min(after[k + 1], first.get(indices[k]) ?? Infinity);
  }
  let before = -Infinity;
  for (let k = 0; k < indices.length; k++) {
    clean[k] = k > 0 && before < after[k];
    before = Math.max(before, last.get(indices[k]) ?? -Infinity);
  }
  return clean;
}

// src/suite/tfjs-evaluation.ts
var OUTPUT_BUDGET = 64 * 1024 * 1024;
var LIVE_CHUNKS = 3;
function startTfjsEvaluation(suite, options) {
  const { config, dataset } = suite;
  const workers = options.workers ?? config.workers ?? defaultWorkers(suite);
  if (workers > 1 && !(dataset.x.buffer instanceof SharedArrayBuffer))
    dataset.x = shared(dataset.x);
  const data = modelData(suite, dataset.x);
  const evaluatorOptions = {
    seed: config.seed,
    repeats: config.repeats,
    ...options.memoryBudget === void 0 ? {} : { memoryBudget: options.memoryBudget }
  };
  const evaluator = new Evaluator(suite.graph, suite.inputShape, data, {
    ...evaluatorOptions,
    ...options.baseline === void 0 ? {} : { baseline: options.baseline }
  });
  const curvePlan = curvePlanOf(suite);
  let curves;
  const curvesHere = () => curves ??= new CurveEvaluator(evaluator, suite.graph, data, curvePlan);
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
      ...curvePlan === void 0 ? {} : { curves: curvePlan }
    }),
    options.pool,
    // Feature units start from the baseline: computed once here while the
    // workers load the model, shared, not redone per worker.
    () => shared(evaluator.baseline()),
    curvesHere
  );
  runner.catch(() => void 0);
  const plan = {
    components: suite.components,
    repeats: config.repeats,
    n: dataset.n,
    width: evaluator.outputWidth,
    rowsPerPass: evaluator.rowsPerPass
  };
  return Promise.resolve({
    evaluator,
    ...curvePlan === void 0 ? {} : {
      curves: {
        rowsPerPass: evaluator.rowsPerPass,
        width: evaluator.outputWidth,
        evaluate: async (unit) => (await runner).evaluate(unit)
      }
    },
    async *chunks(onProgress, limits = {}) {
      const ready2 = await runner;
      const applicable = suite.components.flatMap((c, i) => c.notApplicable ? [] : [i]);
      const count = (i) => suite.components[i].stochastic ? config.repeats : 1;
      const evaluations = (indices) => indices.reduce((sum, i) => sum + count(i), 0);
      const total = Math.max(1, evaluations(applicable));
      const pieces = chunkIndices(plan, applicable, {
        bytesPerEvaluation: dataset.n * evaluator.outputWidth * 4,
        maxBytes: OUTPUT_BUDGET / LIVE_CHUNKS,
        maxUnits: limits.maxUnits ?? Infinity,
        // On this thread alone nothing overlaps the scoring: more chunks would only cost.
        ends: options.chunkEnds ?? (ready2.parallel ? CHUNK_ENDS : [])
      });
      const ahead = ready2.parallel ? LIVE_CHUNKS - 1 : 1;
      const started = [];
      let completed = 0;
      let queued = 0;
      let refused = false;
      const startUpTo = (last) => {
        while (started.length <= Math.min(last, pieces.length - 1)) {
          const indices = pieces[started.length];
          const units = evaluations(indices);
          refused ||= limits.admit?.(queued + units) === false;
          if (refused) {
            started.push(void 0);
            continue;
          }
          queued += units;
          let last2 = 0;
          const outputs = evaluateComponents(ready2, plan, indices, (done) => {
            completed += done - last2;
            last2 = done;
            onProgress?.(Math.min(1, completed / total));
          }).finally(() => queued -= units);
          outputs.catch(() => void 0);
          started.push(outputs);
        }
      };
      for (let k = 0; k < pieces.length; k++) {
        startUpTo(k + ahead - 1);
        const outputs = await started[k];
        started[k] = void 0;
        startUpTo(k + ahead);
        yield { components: pieces[k].map((i) => suite.components[i]), outputs };
      }
    },
    async close() {
      curves?.dispose();
      evaluator.dispose();
      await (await runner.catch(() => void 0))?.close();
    }
  });
}
function defaultWorkers(suite) {
  const { graph, components, config, dataset } = suite;
  const plan = curvePlanOf(suite);
  const curves = plan === void 0 ? 0 : plan.curves.length * curveEvaluations(plan.settings);
  const seconds = planSeconds(graph, components, config.repeats, dataset.n) + curves * planSeconds(graph, [], 1, dataset.n);
  return workersFor(seconds, freeCoresNow());
}
function shared(values) {
  const copy = new values.constructor(
    new SharedArrayBuffer(values.byteLength)
  );
  copy.set(values);
  return copy;
}
export {
  startTfjsEvaluation
};
