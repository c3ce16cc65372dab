import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Rng
} from "./chunk-CGUDVJKI.js";

// src/suite/deadline.ts
var CHUNKS = 20;
function graceSeconds(limit) {
  return Math.max(5, 0.1 * limit);
}

// src/budget/plan.ts
var TARGET_SHARE = 0.9;
var MIN_REPEATS = 2;
function planBudget(input) {
  const target = TARGET_SHARE * input.limit;
  const perRow = (repeats) => (input.fixed + input.work.reduce((sum, w) => sum + (w.deterministic + w.stochastic * repeats) * w.unit, 0)) / input.rows;
  const cost = (rows2, repeats) => input.elapsed + rows2 * perRow(repeats);
  const estimate = cost(input.rows, input.repeats);
  const plan = (rows2, repeats) => {
    const planned = cost(rows2, repeats);
    return { estimate, planned, repeats, rows: rows2, fits: planned <= target };
  };
  if (estimate <= target) return plan(input.rows, input.repeats);
  const repeated = input.work.some((w) => w.stochastic > 0);
  const floor = repeated ? Math.min(input.repeats, MIN_REPEATS) : input.repeats;
  for (let repeats = input.repeats - 1; repeats >= floor; repeats--) {
    if (cost(input.rows, repeats) <= target) return plan(input.rows, repeats);
  }
  const rows = Math.floor((target - input.elapsed) / perRow(floor));
  return plan(Math.min(input.rows, Math.max(input.minRows, rows)), floor);
}

// src/budget/sample.ts
function subsampleRows(dataset, rows, seed) {
  const strata = /* @__PURE__ */ new Map();
  for (let i = 0; i < dataset.n; i++) {
    const key = dataset.classes === void 0 ? 0 : dataset.y[i];
    const list = strata.get(key) ?? [];
    list.push(i);
    strata.set(key, list);
  }
  const keys = [...strata.keys()].sort((a, b) => a - b);
  const exact = keys.map((k) => strata.get(k).length * rows / dataset.n);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let r = 0, left = rows - counts.reduce((a, b) => a + b, 0); r < left; r++)
    counts[order[r]]++;
  const kept = [];
  keys.forEach((key, i) => {
    const members = strata.get(key);
    const permutation = Rng.stream(seed, "time-limit", "rows", key).permutation(members.length);
    for (let j = 0; j < counts[i]; j++) kept.push(members[permutation[j]]);
  });
  return Int32Array.from(kept).sort();
}
function restrictRows(suite, kept) {
  const { dataset } = suite;
  const f = dataset.features.length;
  const x = new Float64Array(kept.length * f);
  kept.forEach((row, i) => x.set(dataset.x.subarray(row * f, (row + 1) * f), i * f));
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of dataset.columns) {
    columns.set(
      name,
      column.kind === "number" ? { kind: "number", values: Float64Array.from(kept, (row) => column.values[row]) } : { kind: "string", values: Array.from(kept, (row) => column.values[row]) }
    );
  }
  const position = new Int32Array(dataset.n).fill(-1);
  kept.forEach((row, i) => position[row] = i);
  return {
    ...suite,
    dataset: {
      ...dataset,
      n: kept.length,
      x,
      y: Float64Array.from(kept, (row) => dataset.y[row]),
      columns
    },
    tests: suite.tests.map((test) => ({
      ...test,
      rows: Int32Array.from(Array.from(test.rows, (row) => position[row]).filter((i) => i >= 0))
    }))
  };
}
function fitBySample(suite, sample, seconds, options, restrict) {
  const { config, dataset } = suite;
  const plan = planBudget({
    limit: options.limit,
    elapsed: seconds() - options.startedAt / 1e3,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: minRows(dataset)
  });
  let fitted = suite;
  if (plan.rows < dataset.n)
    fitted = restrict(suite, subsampleRows(dataset, plan.rows, config.seed));
  if (plan.repeats !== config.repeats) {
    fitted = { ...fitted, config: { ...fitted.config, repeats: plan.repeats } };
  }
  const round = (s) => Math.round(s * 10) / 10;
  const tail = Math.max(0.5, 0.02 * options.limit);
  return {
    suite: fitted,
    budget: {
      limit: options.limit,
      estimate: round(plan.estimate),
      repeats: plan.repeats === config.repeats ? null : { from: config.repeats, to: plan.repeats },
      rows: plan.rows === dataset.n ? null : { from: dataset.n, to: plan.rows },
      notEvaluated: 0
    },
    deadline: options.startedAt + (options.limit - tail) * 1e3,
    fits: plan.fits
  };
}
function minRows(dataset) {
  const classes = dataset.classes?.length ?? 1;
  return Math.min(dataset.n, Math.max(MIN_ROWS, 2 * classes));
}
var MIN_ROWS = 50;

// src/budget/plan-cost.ts
function costOfPlan(sample, suite, components, width, options) {
  const { config, dataset } = suite;
  const applicable = components.filter((c) => c.notApplicable === void 0);
  const input = {
    elapsed: 0,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: minRows(dataset)
  };
  const { estimate } = planBudget({ ...input, limit: Infinity });
  return {
    components: applicable.length,
    evaluations: applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0),
    repeats: config.repeats,
    rows: dataset.n,
    seconds: estimate,
    on: options.on ?? "one thread",
    bytes: resultsBytes(suite, components, width),
    ...options.limit === void 0 ? {} : {
      budget: planBudget({ ...input, elapsed: options.elapsed ?? 0, limit: options.limit })
    }
  };
}
function resultsBytes(suite, components, width = outputWidth(suite)) {
  const number = 0.12345678901234568;
  const contribution = {
    value: number,
    valueCi: [number, number],
    contribution: number,
    ci: [number, number],
    p: number,
    q: number
  };
  const metrics = Object.fromEntries(suite.config.metrics.map((m) => [m, contribution]));
  let bytes = 0;
  for (const c of components) {
    const row = {
      id: c.id,
      kind: c.kind,
      name: c.name,
      target: c.on === "layers" ? c.layers : c.features,
      mode: c.mode,
      repeats: suite.config.repeats,
      ...c.notApplicable === void 0 ? { metrics } : { notApplicable: c.notApplicable }
    };
    const text = JSON.stringify(row, null, 2);
    bytes += text.length + 4 * (text.split("\n").length + 1);
  }
  const { n } = suite.dataset;
  return bytes + Math.ceil((n * width * 4 + n * 8) / 3) * 4;
}
function outputWidth(suite) {
  const shape = suite.model?.outputs[0]?.shape ?? [];
  return shape.slice(1).reduce((a, d) => a * (d ?? 1), 1);
}

export {
  CHUNKS,
  graceSeconds,
  restrictRows,
  fitBySample,
  costOfPlan,
  resultsBytes,
  outputWidth
};
