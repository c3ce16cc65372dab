import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  benjaminiHochberg,
  clopperPearsonInterval,
  membersHash,
  runUnitTest
} from "./chunk-NVFMCPRU.js";
import {
  showDuration
} from "./chunk-NXVASJ67.js";
import {
  freeCoresNow,
  planSeconds,
  shardComponents,
  spawnThread,
  threadError,
  workersFor
} from "./chunk-BHTUPGDU.js";
import {
  CHUNKS,
  Resamples,
  graceSeconds,
  modelData
} from "./chunk-6QKGLQWG.js";
import {
  Baseline,
  METRICS,
  baselineEstimate,
  classCounter,
  exampleLogLosses,
  proportionCounts,
  scoreBaseline,
  scoreContributions,
  toPredictions
} from "./chunk-DTUK5WY7.js";
import {
  Evaluator,
  allocateOutputs,
  placeUnit,
  planUnits,
  unitLength
} from "./chunk-5U6DG3BG.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/suite/run.ts
import { relative } from "node:path";

// src/model/finite.ts
function firstNonFinite(outputs, width) {
  for (let i = 0; i < outputs.length; i++) {
    if (Number.isFinite(outputs[i])) continue;
    const w = Math.max(1, width);
    return { row: Math.floor(i / w) + 1, output: i % w + 1, value: outputs[i] };
  }
  return void 0;
}
function describeNonFinite(found, width) {
  const output = width > 1 ? ` (output ${found.output} of ${width})` : "";
  return `the model's output for row ${found.row} of the eval data is ${String(found.value)}${output}`;
}
function checkFiniteOutputs(outputs, width, file) {
  const found = firstNonFinite(outputs, width);
  if (found === void 0) return;
  throw new InputError(
    `${describeNonFinite(found, width)}; a model must output finite numbers (check its weights and the input scaling)`,
    { file }
  );
}

// src/suite/data-facts.ts
function dataFacts(dataset) {
  const labelCounts = dataset.classes === void 0 ? null : Object.fromEntries(dataset.classes.map((name) => [name, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes[dataset.y[i]]]++;
  }
  return { labelCounts, duplicateRows: duplicateRows(dataset.x, dataset.y, dataset.n) };
}
function duplicateRows(x, y, n, hash = rowHash) {
  const f = n === 0 ? 0 : x.length / n;
  const seen = /* @__PURE__ */ new Map();
  let duplicates = 0;
  for (let i = 0; i < n; i++) {
    const key = hash(x, y, f, i);
    const earlier = seen.get(key);
    if (earlier === void 0) {
      seen.set(key, i);
    } else if (typeof earlier === "number") {
      if (sameRow(x, y, f, earlier, i)) duplicates++;
      else seen.set(key, [earlier, i]);
    } else if (earlier.some((row) => sameRow(x, y, f, row, i))) {
      duplicates++;
    } else {
      earlier.push(i);
    }
  }
  return duplicates;
}
function sameRow(x, y, f, a, b) {
  if (y[a] !== y[b]) return false;
  for (let j = 0; j < f; j++) if (x[a * f + j] !== x[b * f + j]) return false;
  return true;
}
var rowHash = (x, y, f, i) => {
  const words = new Uint32Array(x.buffer, x.byteOffset + i * f * 8, 2 * f);
  let h1 = 2538058380;
  let h2 = 2246822507;
  for (let w = 0; w <= 2 * f; w += 2) {
    let low;
    let high;
    if (w < 2 * f) {
      low = words[w];
      high = words[w + 1];
    } else {
      labelScratch[0] = y[i];
      low = labelWords[0];
      high = labelWords[1];
    }
    if (low === 0 && high === 2147483648) high = 0;
    let k = Math.imul(low, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + high;
    k = Math.imul(high, 3432918353);
    k = Math.imul(k << 15 | k >>> 17, 461845907);
    h1 ^= k;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ k >>> 7, 3266489909) + low;
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ h2 >>> 15, 668265263);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
};
var labelScratch = new Float64Array(1);
var labelWords = new Uint32Array(labelScratch.buffer);

// src/suite/groups.ts
function groupDefinitions(groups, components) {
  const patterns = new Map(groups.map((g) => [g.name, g.layers ?? g.features ?? []]));
  const defined = /* @__PURE__ */ new Map();
  for (const component of components) {
    if (component.kind !== "group" || defined.has(component.name)) continue;
    const members = component.on === "layers" ? component.layers : component.features;
    defined.set(component.name, {
      name: component.name,
      on: component.on,
      patterns: patterns.get(component.name) ?? members,
      count: members.length,
      members: membersHash(members)
    });
  }
  return [...defined.values()];
}

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
   * Starts `size` workers — the `warm` threads first, already loading — and
   * waits until each has loaded the model. With `baseline`, the setup goes
   * out first and the baseline's outputs (computed here meanwhile) after it.
   */
  static async start(setup, size, warm, baseline) {
    const slots = warm?.take(size) ?? [];
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
async function startRunner(evaluator, components, workers, setup, warm, baseline) {
  if (workers <= 1) {
    await warm?.close();
    return {
      parallel: false,
      evaluate: (unit) => Promise.resolve(evaluator.evaluateUnit(unit, components)),
      close: () => Promise.resolve()
    };
  }
  const pool = await WorkerPool.start(setup(), workers, warm, baseline);
  return { parallel: true, evaluate: (unit) => pool.evaluate(unit), close: () => pool.close() };
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

// src/suite/evaluation.ts
var OUTPUT_BUDGET = 64 * 1024 * 1024;
var LIVE_CHUNKS = 3;
function startEvaluation(suite, options) {
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
      options: evaluatorOptions
    }),
    options.threads,
    // Feature units start from the baseline: computed once here while the
    // workers load the model, shared, not redone per worker.
    () => shared(evaluator.baseline())
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
      evaluator.dispose();
      await (await runner.catch(() => void 0))?.close();
    }
  });
}
function defaultWorkers(suite) {
  const seconds = planSeconds(suite.graph, suite.components, suite.config.repeats, suite.dataset.n);
  return workersFor(seconds, freeCoresNow());
}
function shared(values) {
  const copy = new values.constructor(
    new SharedArrayBuffer(values.byteLength)
  );
  copy.set(values);
  return copy;
}

// src/suite/headline.ts
function headlineEstimate(metric, baseline, confidence) {
  const estimate = baselineEstimate(metric, confidence);
  const counts = proportionCounts(metric.name, baseline);
  if (estimate.value === null || counts === void 0 || counts.trials === 0) return estimate;
  return {
    value: estimate.value,
    ci: clopperPearsonInterval(counts.successes, counts.trials, confidence)
  };
}

// src/metrics/sums.ts
function sumMetric(name, yTrue) {
  const n = yTrue.length;
  const mean = (sum) => sum / n;
  switch (name) {
    case "accuracy":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 1 : 0),
        value: mean,
        linear: true
      };
    case "error_rate":
      return {
        terms: (p) => perExample(p, (i) => p.predicted[i] === p.yTrue[i] ? 0 : 1),
        value: mean,
        linear: true
      };
    case "log_loss":
      return { terms: exampleLogLosses, value: mean, linear: true };
    case "mse":
      return { terms: squaredErrors, value: mean, linear: true };
    case "rmse":
      return { terms: squaredErrors, value: (sum) => Math.sqrt(sum / n), linear: false };
    case "mae":
      return {
        terms: (p) => perExample(p, (i) => Math.abs(p.scores[i] - p.yTrue[i])),
        value: mean,
        linear: true
      };
    case "r2": {
      const spread = targetSpread(yTrue);
      return {
        terms: squaredErrors,
        value: (sum) => sum === 0 ? 1 : spread === 0 ? 0 : 1 - sum / spread,
        linear: spread !== 0
      };
    }
    case "precision":
    case "recall":
    case "f1":
    case "precision_macro":
    case "recall_macro":
    case "f1_macro":
    case "f1_weighted":
    case "roc_auc":
      return void 0;
  }
}
function perExample(preds, term) {
  return Float64Array.from({ length: preds.n }, (_, i) => term(i));
}
function squaredErrors(preds) {
  return perExample(preds, (i) => (preds.yTrue[i] - preds.scores[i]) ** 2);
}
function targetSpread(yTrue) {
  const n = yTrue.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i];
  mean /= n;
  let spread = 0;
  let constant = true;
  for (let i = 0; i < n; i++) {
    spread += (yTrue[i] - mean) ** 2;
    if (yTrue[i] !== yTrue[0]) constant = false;
  }
  return constant ? 0 : spread;
}

// src/metrics/influence.ts
function influenceTerms(name, versions) {
  const sums = sumMetric(name === "rmse" || name === "r2" ? "mse" : name, versions[0].yTrue);
  if (sums !== void 0) return versions.map((p) => sums.terms(p));
  if (name === "roc_auc") return placements(versions);
  return countTerms(name, versions);
}
function countTerms(name, versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const truth = classCounter(base)().trueSum.slice();
  const predicted = new Float64Array(k);
  const hits = new Float64Array(k);
  for (const p of versions) {
    const counts = classCounter(p)();
    for (let c = 0; c < k; c++) {
      predicted[c] += counts.predSum[c] / V;
      hits[c] += counts.tp[c] / V;
    }
  }
  const weights = classWeights(name, base.task, truth, predicted);
  const score = name.startsWith("precision") ? "precision" : name.startsWith("recall") ? "recall" : "f1";
  return versions.map((p) => {
    const terms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = base.yTrue[i];
      const c = p.predicted[i];
      for (const cls of c === t ? [c] : [c, t]) {
        const w = weights[cls];
        if (w === 0) continue;
        const hit = c === t ? 1 : 0;
        const asPredicted = c === cls ? 1 : 0;
        const asTrue = t === cls ? 1 : 0;
        terms[i] += w * classTerm(score, hit, asPredicted, asTrue, {
          truth: truth[cls],
          predicted: predicted[cls],
          hits: hits[cls]
        });
      }
    }
    return terms;
  });
}
function classTerm(score, hit, asPredicted, asTrue, pooled) {
  const { truth, predicted, hits } = pooled;
  switch (score) {
    case "recall":
      return truth > 0 ? hit / truth : 0;
    case "precision":
      return predicted > 0 ? asPredicted * (asTrue - hits / predicted) / predicted : 0;
    case "f1": {
      const denominator = truth + predicted;
      if (denominator === 0) return 0;
      return (2 * hit - 2 * hits / denominator * (asPredicted + asTrue)) / denominator;
    }
  }
}
function classWeights(name, task, truth, predicted) {
  const k = truth.length;
  const weights = new Float64Array(k);
  const average = (present) => {
    let m = 0;
    for (let c = 0; c < k; c++) if (present(c)) m++;
    for (let c = 0; c < k; c++) weights[c] = present(c) && m > 0 ? 1 / m : 0;
    return weights;
  };
  if (name === "f1_weighted") {
    const total = truth.reduce((a, b) => a + b, 0);
    for (let c = 0; c < k; c++) weights[c] = total > 0 ? truth[c] / total : 0;
    return weights;
  }
  if (name.endsWith("_macro")) return average((c) => truth[c] > 0 || predicted[c] > 0);
  if (task === "binary") {
    weights[1] = 1;
    return weights;
  }
  return average((c) => truth[c] > 0);
}
function placements(versions) {
  const base = versions[0];
  const { n, k } = base;
  const V = versions.length;
  const columns = k === 2 ? [1] : Array.from({ length: k }, (_, c) => c);
  const terms = versions.map(() => new Float64Array(n));
  for (const c of columns) {
    const positive = (i) => base.yTrue[i] === c;
    const pooled = (side) => {
      const scores = [];
      for (const p of versions)
        for (let i = 0; i < n; i++) if (positive(i) === side) scores.push(p.scores[i * k + c]);
      return Float64Array.from(scores).sort();
    };
    const pos = pooled(true);
    const neg = pooled(false);
    const nPos = pos.length / V;
    const nNeg = neg.length / V;
    if (nPos === 0 || nNeg === 0) continue;
    versions.forEach((p, v) => {
      for (let i = 0; i < n; i++) {
        const s = p.scores[i * k + c];
        const share = positive(i) ? (below(neg, s) + 0.5 * (atOrBelow(neg, s) - below(neg, s))) / neg.length / nPos : (pos.length - atOrBelow(pos, s) + 0.5 * (atOrBelow(pos, s) - below(pos, s))) / pos.length / nNeg;
        terms[v][i] += share / columns.length;
      }
    });
  }
  return terms;
}
function below(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function atOrBelow(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/stats/randomization.ts
var RANDOMIZATION_DEFAULTS = {
  enumerateUpTo: 4096,
  maxDraws: 9999,
  stopAfter: 20
};
function randomizationTest(terms, versions, rng, options = RANDOMIZATION_DEFAULTS) {
  const rows = terms.length / versions;
  if (!Number.isInteger(rows) || !Number.isInteger(versions) || versions < 2) {
    throw new RangeError(`randomizationTest: ${terms.length} terms for ${versions} versions`);
  }
  if (rows === 0) return { p: 1, method: "exact", draws: 1 };
  let observed = 0;
  for (let j = 0; j < rows; j++) observed += terms[j * versions];
  observed = Math.abs(observed);
  if (Number.isNaN(observed)) return { p: NaN, method: "exact", draws: 1 };
  const cut = observed * (1 - 1e-9) - 1e-300;
  if (rows * Math.log(versions) <= Math.log(options.enumerateUpTo) + 1e-9) {
    const total = Math.round(versions ** rows);
    let count2 = 0;
    for (let index = 0; index < total; index++) {
      let rest = index;
      let sum = 0;
      for (let j = 0; j < rows; j++) {
        sum += terms[j * versions + rest % versions];
        rest = Math.floor(rest / versions);
      }
      if (Math.abs(sum) >= cut) count2++;
    }
    return { p: count2 / total, method: "exact", draws: total };
  }
  const floor = 1 / (options.maxDraws + 1);
  const bound = tailBound(terms, versions, observed);
  if (bound < floor) return { p: bound, method: "tail-bound", draws: 0 };
  const groups = new Groups(terms, versions);
  let count = 0;
  for (let draw = 1; draw <= options.maxDraws; draw++) {
    if (Math.abs(groups.draw(rng)) >= cut) count++;
    if (count === options.stopAfter)
      return { p: count / draw, method: "monte-carlo", draws: draw + 1 };
  }
  return {
    p: (1 + count) / (1 + options.maxDraws),
    method: "monte-carlo",
    draws: options.maxDraws + 1
  };
}
function tailBound(terms, versions, t) {
  let spread = 0;
  let variance = 0;
  let largest = 0;
  for (let j = 0; j < terms.length; j += versions) {
    let low = Infinity;
    let high = -Infinity;
    for (let v = 0; v < versions; v++) {
      const x = terms[j + v];
      low = Math.min(low, x);
      high = Math.max(high, x);
      variance += x * x / versions;
      largest = Math.max(largest, Math.abs(x));
    }
    spread += (high - low) ** 2;
  }
  if (spread === 0) return 1;
  const hoeffding = 2 * Math.exp(-2 * t * t / spread);
  const bernstein = 2 * Math.exp(-t * t / (2 * variance + 2 * largest * t / 3));
  return Math.min(1, hoeffding, bernstein);
}
var Groups = class {
  tables = [];
  sizes = [];
  per = [];
  limits = [];
  constructor(terms, versions) {
    const rows = terms.length / versions;
    let g = 1;
    while (versions ** (g + 1) <= 256) g++;
    for (let start = 0; start < rows; start += g) {
      const members = Math.min(g, rows - start);
      const size = versions ** members;
      const table = new Float64Array(size);
      for (let index = 0; index < size; index++) {
        let rest = index;
        let sum = 0;
        for (let m = 0; m < members; m++) {
          sum += terms[(start + m) * versions + rest % versions];
          rest = Math.floor(rest / versions);
        }
        table[index] = sum;
      }
      this.tables.push(table);
      let per = 1;
      while (size ** (per + 1) <= 2 ** 32) per++;
      this.sizes.push(size);
      this.per.push(per);
      this.limits.push(Math.floor(2 ** 32 / size ** per) * size ** per);
    }
  }
  /** The sum under one uniform random rotation. */
  draw(rng) {
    const { tables, sizes, per, limits } = this;
    let sum = 0;
    let x = 0;
    let left = 0;
    for (let t = 0; t < tables.length; t++) {
      const size = sizes[t];
      if (left === 0 || size !== sizes[t - 1]) {
        do
          x = rng.nextUint32();
        while (x >= limits[t]);
        left = per[t];
      }
      const pick = x % size;
      x = (x - pick) / size;
      left--;
      sum += tables[t][pick];
    }
    return sum;
  }
};

// src/suite/significance.ts
var P_FLOOR = 1 / (RANDOMIZATION_DEFAULTS.maxDraws + 1);
function contributionTest(name, baseline, component, seed, options = RANDOMIZATION_DEFAULTS) {
  const versions = [baseline, ...component.ablated];
  const { rows, centred } = centredTerms(influenceTerms(name, versions));
  const rng = Rng.stream(seed, "swap", component.id, name);
  return { ...randomizationTest(centred, versions.length, rng, options), changed: rows };
}
function agreeingInterval(ci, p, confidence) {
  if (p <= 1 - confidence || ci[0] <= 0 && ci[1] >= 0) return ci;
  return [Math.min(ci[0], 0), Math.max(ci[1], 0)];
}
function withPValues(intervals, baseline, components, seed, confidence) {
  const result = /* @__PURE__ */ new Map();
  for (const component of components) {
    const record = {};
    for (const [metric, interval] of Object.entries(intervals.get(component.id) ?? {})) {
      if (interval.value === null) {
        record[metric] = interval;
        continue;
      }
      const test = contributionTest(metric, baseline, component, seed);
      record[metric] = test.changed === 0 ? { ...interval, contribution: 0, ci: [0, 0], p: 1, q: 1 } : {
        ...interval,
        ci: agreeingInterval(interval.ci, test.p, confidence),
        p: test.p,
        q: test.p
      };
    }
    result.set(component.id, record);
  }
  return result;
}
function centredTerms(terms) {
  const V = terms.length;
  const [first] = terms;
  const n = first.length;
  const rows = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let v = 1; v < V; v++) {
      if (terms[v][i] !== first[i]) {
        rows[count++] = i;
        break;
      }
    }
  }
  const centred = new Float64Array(count * V);
  for (let j = 0; j < count; j++) {
    const i = rows[j];
    let mean = 0;
    for (let v = 0; v < V; v++) mean += terms[v][i];
    mean /= V;
    for (let v = 0; v < V; v++) centred[j * V + v] = terms[v][i] - mean;
  }
  return { rows: count, centred };
}

// src/suite/run.ts
var NOT_EVALUATED = "not evaluated";
var CONFIDENCE = 0.95;
async function runSuite(suite, options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const { config, dataset } = suite;
  const planned = options.shard === void 0 ? suite.components : (
    // The split is of the plan as configured, whatever a time limit changed.
    shardComponents(
      suite.components,
      options.budget?.record.repeats?.from ?? config.repeats,
      options.shard
    )
  );
  const evaluation = await startEvaluation({ ...suite, components: planned }, options);
  const { evaluator } = evaluation;
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const baselineOutputs = evaluator.baseline();
    checkFiniteOutputs(
      baselineOutputs,
      evaluator.outputWidth,
      config.model === void 0 ? "the retrained baseline" : relative(config.root, config.model)
    );
    const baseline = predict(baselineOutputs);
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const reference = new Baseline(config.metrics, baseline);
    const baseScores = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
    const applicable = planned.filter((c) => c.notApplicable === void 0);
    const units = applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
    const scored = /* @__PURE__ */ new Map();
    const late = /* @__PURE__ */ new Set();
    const { budget } = options;
    const maxUnits = budget === void 0 ? Infinity : Math.max(1, Math.ceil(units / CHUNKS));
    const admit = (chunkUnits) => budget === void 0 || now().getTime() + chunkUnits * budget.unitSeconds * 1e3 <= budget.deadline;
    let evaluated = 0;
    let scoredUnits = 0;
    const report = () => options.onProgress?.((evaluated + scoredUnits / Math.max(1, units)) / 2);
    const onProgress = (fraction) => {
      evaluated = fraction;
      report();
    };
    for await (const { components: chunk, outputs } of evaluation.chunks(onProgress, {
      maxUnits,
      admit
    })) {
      await new Promise((resolve) => setImmediate(resolve));
      const overdue = budget !== void 0 && now().getTime() > budget.deadline + graceSeconds(budget.record.limit) * 1e3 / 2;
      if (outputs === void 0 || overdue) {
        for (const component of chunk) late.add(component.id);
        continue;
      }
      const full = chunk.map((component) => {
        const outs = outputs.get(component.id) ?? [];
        outputs.delete(component.id);
        return { id: component.id, ablated: outs.map(predict) };
      });
      const ablated = full.map(({ id, ablated: repeats }) => ({
        id,
        ablated: repeats.map((p) => reference.record(p))
      }));
      const intervals = scoreContributions(baseScores, reference, ablated, resamples, {
        seed: config.seed,
        confidence: CONFIDENCE
      });
      const chunkScores = withPValues(intervals, baseline, full, config.seed, CONFIDENCE);
      for (const [id, metrics] of chunkScores) scored.set(id, metrics);
      scoredUnits += chunk.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0);
      report();
    }
    options.onPhase?.("scoring");
    adjustForMultipleComparisons(scored, config.metrics);
    const tests = config.tests.map(
      (test, i) => runUnitTest(test, suite.tests[i].rows, baseline, {
        seed: config.seed,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        cls: suite.tests[i].cls
      })
    );
    const groups = groupDefinitions(config.ablations.groups, suite.components);
    return {
      schemaVersion: 1,
      suite: config.suite,
      source: {
        commit: options.source.commit,
        ref: options.source.ref,
        configHash: options.source.configHash,
        modelHash: suite.modelHash,
        dataHash: dataset.hash
      },
      run: {
        seed: config.seed,
        repeats: config.repeats,
        resamples: config.resamples,
        confidence: CONFIDENCE,
        backend: options.backend,
        shard: options.shard === void 0 ? null : { ...options.shard },
        ...budget === void 0 ? {} : { budget: { ...budget.record, notEvaluated: late.size } },
        gate: {
          failOn: [...config.gate.failOn],
          regression: { ...config.gate.regression }
        }
      },
      timing: { startedAt: started.toISOString(), durationMs: now().getTime() - started.getTime() },
      task: dataset.task,
      classes: dataset.classes ?? null,
      data: dataFacts(dataset),
      metrics: config.metrics.map((name) => ({
        name,
        higherIsBetter: METRICS[name].higherIsBetter
      })),
      baseline: {
        n: dataset.n,
        metrics: Object.fromEntries(
          baseScores.map((base) => [base.name, headlineEstimate(base, baseline, CONFIDENCE)])
        )
      },
      // A group is defined once, not its members listed per mode (image groups have thousands).
      ...groups.length === 0 ? {} : { groups },
      components: planned.map(
        (c) => componentResult(
          late.has(c.id) ? {
            ...c,
            notApplicable: `${NOT_EVALUATED}: the time limit of ${showDuration(budget.record.limit)} was reached`
          } : c,
          scored.get(c.id),
          config.repeats
        )
      ),
      tests,
      predictions: {
        encoding: "base64-le",
        shape: [dataset.n, evaluator.outputWidth],
        baseline: base64(baselineOutputs),
        labels: base64(dataset.y)
      }
    };
  } finally {
    await evaluation.close();
  }
}
function componentResult(component, metrics, repeats) {
  const { mode } = component;
  const result = {
    id: component.id,
    kind: component.kind,
    name: component.name,
    ...component.kind === "group" ? {} : { target: component.on === "layers" ? component.layers : component.features },
    ...typeof mode === "string" ? { mode } : { mode: "value", value: mode.value },
    repeats: component.notApplicable !== void 0 ? 0 : component.stochastic ? repeats : 1
  };
  if (component.notApplicable !== void 0) result.notApplicable = component.notApplicable;
  else result.metrics = metrics;
  return result;
}
function adjustForMultipleComparisons(scored, metrics) {
  for (const metric of metrics) {
    const entries = [...scored.values()].map((m) => m[metric]).filter((c) => c.value !== null);
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}
function base64(values) {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

export {
  headlineEstimate,
  dataFacts,
  firstNonFinite,
  describeNonFinite,
  NOT_EVALUATED,
  CONFIDENCE,
  runSuite,
  adjustForMultipleComparisons
};
