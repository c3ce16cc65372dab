import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  buildResults
} from "./chunk-HXB5JK62.js";
import {
  checkFiniteOutputs,
  readCachedRun,
  runOutputsProblem
} from "./chunk-XK4F2DK5.js";
import {
  CHUNKS,
  costOfPlan,
  fitBySample,
  graceSeconds,
  restrictRows
} from "./chunk-3USD5YSS.js";
import {
  BASELINE_NAME,
  clopperPearsonInterval,
  loadConfig,
  membersHash,
  normalCdf,
  normalQuantile,
  runKey,
  runUnitTest,
  trainingCodeHash
} from "./chunk-MSJCR2B5.js";
import {
  RunPool,
  killTree,
  runProcess,
  startTree,
  userEnvironment
} from "./chunk-5PPG3VTE.js";
import {
  shardComponents,
  shardVariants
} from "./chunk-I5XLR3TO.js";
import {
  untilReleased
} from "./chunk-XNJJQHMW.js";
import {
  budgetNotice,
  showDuration
} from "./chunk-SL5ZFFMY.js";
import {
  notRegular
} from "./chunk-CAWXICTY.js";
import {
  sensitivityStage
} from "./chunk-UCCGUDRG.js";
import {
  Resamples,
  loadDataset,
  prepareData,
  scalingVectors,
  withConfigLine
} from "./chunk-SZQ2J3X2.js";
import {
  Baseline,
  METRICS,
  baselineEstimate,
  classCounter,
  exampleLogLosses,
  prepareMetric,
  proportionCounts,
  scoreBaseline,
  scoreContributions,
  toPredictions
} from "./chunk-TJL3ROGX.js";
import {
  freeCoresNow
} from "./chunk-7BDPXSBU.js";
import {
  workerEntry
} from "./chunk-CFMESWCY.js";
import {
  changedRows,
  changedValue,
  columnMeans,
  columnRuns,
  columnsOf,
  configError,
  copyRuns,
  featureChange,
  fillRows,
  indexNames,
  planWith,
  writeChange
} from "./chunk-2F72UHEX.js";
import {
  keyPath,
  locate
} from "./chunk-FT6JTLYM.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError,
  errorMessage
} from "./chunk-YSKLVAJM.js";

// src/pipeline/engine.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile6 } from "node:fs/promises";
import path11 from "node:path";

// src/pipeline/settings.ts
function resolveSettings(config, overrides = {}) {
  return {
    gate: overrides.failOn === void 0 ? config.gate : { ...config.gate, failOn: overrides.failOn },
    workers: overrides.workers ?? config.workers,
    timeLimit: overrides.timeLimit ?? config.timeLimit,
    useCache: overrides.useCache ?? true,
    shard: overrides.shard
  };
}
function effectiveConfig(config, settings) {
  return settings.gate === config.gate ? config : { ...config, gate: settings.gate };
}

// src/suite/run.ts
import { relative } from "node:path";

// src/suite/groups.ts
function groupDefinitions(groups, components) {
  const patterns = new Map(groups.map((g) => [g.name, g.layers ?? g.features ?? []]));
  const defined2 = /* @__PURE__ */ new Map();
  for (const component of components) {
    if (component.kind !== "group" || defined2.has(component.name)) continue;
    const members = component.on === "layers" ? component.layers : component.features;
    defined2.set(component.name, {
      name: component.name,
      on: component.on,
      patterns: patterns.get(component.name) ?? members,
      count: members.length,
      members: membersHash(members)
    });
  }
  return [...defined2.values()];
}

// src/suite/evaluation.ts
async function startEvaluation(suite, options) {
  if ("format" in suite) return suite.evaluate(suite, options);
  const { startTfjsEvaluation } = await import("./tfjs-evaluation-CA6K7VVG.js");
  return startTfjsEvaluation(suite, options);
}

// src/suite/data-facts.ts
function dataFacts(dataset) {
  const labelCounts = dataset.classes === void 0 ? null : Object.fromEntries(dataset.classes.map((name) => [name, 0]));
  if (labelCounts !== null) {
    for (let i = 0; i < dataset.n; i++) labelCounts[dataset.classes[dataset.y[i]]]++;
  }
  return { labelCounts, duplicateRows: duplicateRows(dataset.x, dataset.y, dataset.n) };
}
var SAMPLED_COLUMNS = 64;
function duplicateRows(x, y, n, hash = rowHash, sample = sampleHash) {
  const f = n === 0 ? 0 : x.length / n;
  const bySample = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const key = sample(x, y, f, i);
    const earlier = bySample.get(key);
    if (earlier === void 0) bySample.set(key, i);
    else if (typeof earlier === "number") bySample.set(key, [earlier, i]);
    else earlier.push(i);
  }
  let duplicates = 0;
  for (const rows of bySample.values()) {
    if (typeof rows !== "number") duplicates += duplicatesAmong(x, y, f, rows, hash);
  }
  return duplicates;
}
function duplicatesAmong(x, y, f, rows, hash) {
  const seen = /* @__PURE__ */ new Map();
  let duplicates = 0;
  for (const i of rows) {
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
var rowHash = (x, y, f, i) => hashColumns(x, y, f, i, f);
var sampleHash = (x, y, f, i) => hashColumns(x, y, f, i, Math.min(f, SAMPLED_COLUMNS));
function hashColumns(x, y, f, i, count) {
  const words = new Uint32Array(x.buffer, x.byteOffset + i * f * 8, 2 * f);
  const step = f / Math.max(1, count);
  let h1 = 2538058380;
  let h2 = 2246822507;
  for (let k = 0; k <= count; k++) {
    let low;
    let high;
    if (k < count) {
      const w = count === f ? 2 * k : 2 * Math.floor(k * step);
      low = words[w];
      high = words[w + 1];
    } else {
      labelScratch[0] = y[i];
      low = labelWords[0];
      high = labelWords[1];
    }
    if (low === 0 && high === 2147483648) high = 0;
    let m = Math.imul(low, 3432918353);
    m = Math.imul(m << 15 | m >>> 17, 461845907);
    h1 ^= m;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ m >>> 7, 3266489909) + high;
    m = Math.imul(high, 3432918353);
    m = Math.imul(m << 15 | m >>> 17, 461845907);
    h1 ^= m;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196;
    h2 = Math.imul(h2 ^ m >>> 7, 3266489909) + low;
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ h2 >>> 15, 668265263);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
}
var labelScratch = new Float64Array(1);
var labelWords = new Uint32Array(labelScratch.buffer);

// src/stats/headline.ts
function headlineEstimate(metric, baseline, confidence) {
  const estimate = baselineEstimate(metric, confidence);
  const counts = proportionCounts(metric.name, baseline);
  if (estimate.value === null || counts === void 0 || counts.trials === 0) return estimate;
  return {
    value: estimate.value,
    ci: clopperPearsonInterval(counts.successes, counts.trials, confidence)
  };
}

// src/suite/score-baseline.ts
var CONFIDENCE = 0.95;
function scoreBaselineStage(config, data, outputs, width) {
  const { dataset } = data;
  const predictions = toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const reference = new Baseline(config.metrics, predictions);
  const scores = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
  const tests = config.tests.map(
    (test, i) => runUnitTest(test, data.tests[i].rows, predictions, {
      seed: config.seed,
      resamples: config.resamples,
      confidence: CONFIDENCE,
      ...data.tests[i].cls === void 0 ? {} : { cls: data.tests[i].cls }
    })
  );
  const part = {
    task: dataset.task,
    classes: dataset.classes ?? null,
    data: dataFacts(dataset),
    metrics: config.metrics.map((name) => ({ name, higherIsBetter: METRICS[name].higherIsBetter })),
    baseline: {
      n: dataset.n,
      metrics: Object.fromEntries(
        scores.map((base) => [base.name, headlineEstimate(base, predictions, CONFIDENCE)])
      )
    },
    tests,
    predictions: {
      encoding: "base64-le",
      shape: [dataset.n, width],
      baseline: base64(outputs),
      labels: base64(dataset.y)
    }
  };
  return { part, predictions, reference, scores, resamples };
}
function base64(values) {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

// src/metrics/sums.ts
function sumMetric(name, yTrue) {
  const n = yTrue.length;
  const mean = (sum) => sum / n;
  switch (name) {
    case "accuracy":
      return {
        terms: (p) => matches(p, 1),
        value: mean,
        linear: true
      };
    case "error_rate":
      return {
        terms: (p) => matches(p, 0),
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
function matches(preds, hit) {
  const { n, predicted, yTrue } = preds;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) terms[i] = predicted[i] === yTrue[i] ? hit : 1 - hit;
  return terms;
}
function perExample(preds, term) {
  const terms = new Float64Array(preds.n);
  for (let i = 0; i < preds.n; i++) terms[i] = term(i);
  return terms;
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
  const score2 = name.startsWith("precision") ? "precision" : name.startsWith("recall") ? "recall" : "f1";
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
        terms[i] += w * classTerm(score2, hit, asPredicted, asTrue, {
          truth: truth[cls],
          predicted: predicted[cls],
          hits: hits[cls]
        });
      }
    }
    return terms;
  });
}
function classTerm(score2, hit, asPredicted, asTrue, pooled) {
  const { truth, predicted, hits } = pooled;
  switch (score2) {
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
  const average2 = (present) => {
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
  if (name.endsWith("_macro")) return average2((c) => truth[c] > 0 || predicted[c] > 0);
  if (task === "binary") {
    weights[1] = 1;
    return weights;
  }
  return average2((c) => truth[c] > 0);
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
  let variance2 = 0;
  let largest = 0;
  for (let j = 0; j < terms.length; j += versions) {
    let low = Infinity;
    let high = -Infinity;
    for (let v = 0; v < versions; v++) {
      const x = terms[j + v];
      low = Math.min(low, x);
      high = Math.max(high, x);
      variance2 += x * x / versions;
      largest = Math.max(largest, Math.abs(x));
    }
    spread += (high - low) ** 2;
  }
  if (spread === 0) return 1;
  const hoeffding = 2 * Math.exp(-2 * t * t / spread);
  const bernstein = 2 * Math.exp(-t * t / (2 * variance2 + 2 * largest * t / 3));
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

// src/stats/significance.ts
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
async function runSuite(suite, options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const started2 = now();
  const { config } = suite;
  const part = await evaluateSuite(suite, options);
  return buildResults({
    suite: config.suite,
    source: { ...options.source, modelHash: suite.modelHash, dataHash: suite.dataset.hash },
    run: {
      seed: config.seed,
      repeats: config.repeats,
      resamples: config.resamples,
      confidence: CONFIDENCE,
      backend: options.backend,
      ..."format" in suite ? { runtime: { name: suite.runtime.name, version: suite.runtime.version } } : {},
      shard: options.shard === void 0 ? null : { ...options.shard },
      ...part.budget === void 0 ? {} : { budget: part.budget },
      gate: { failOn: [...config.gate.failOn], regression: { ...config.gate.regression } }
    },
    timing: { startedAt: started2.toISOString(), durationMs: now().getTime() - started2.getTime() },
    baseline: part.baseline,
    groups: part.groups,
    components: part.components,
    ...part.sensitivity === void 0 ? {} : { sensitivity: part.sensitivity },
    ...options.retrain === void 0 ? {} : { retrain: options.retrain }
  });
}
async function evaluateSuite(suite, options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
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
    const base = scoreBaselineStage(config, suite, baselineOutputs, evaluator.outputWidth);
    const { predictions: baseline, reference, resamples, scores: baseScores } = base;
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
    const { curvesNotEvaluated, ...sensitivity } = "graph" in suite && evaluation.curves !== void 0 ? await sensitivityStage(suite, {
      baseline: baselineOutputs,
      confidence: CONFIDENCE,
      runner: evaluation.curves,
      ...options.shard === void 0 ? {} : { shard: options.shard },
      ...budget === void 0 ? {} : {
        admit: (seconds) => now().getTime() + seconds * 1e3 <= budget.deadline,
        curveSeconds: budget.curveSeconds ?? {}
      }
    }) : {};
    return {
      ...sensitivity,
      baseline: base.part,
      groups: groupDefinitions(config.ablations.groups, suite.components),
      ...budget === void 0 ? {} : {
        budget: {
          ...budget.record,
          notEvaluated: late.size,
          ...curvesNotEvaluated === void 0 ? {} : { curvesNotEvaluated }
        }
      },
      components: planned.map(
        (c) => componentResult(
          late.has(c.id) ? {
            ...c,
            notApplicable: `${NOT_EVALUATED}: the time limit of ${showDuration(budget.record.limit)} was reached`
          } : c,
          scored.get(c.id),
          config.repeats
        )
      )
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

// src/ablation/row-writer.ts
var SLACK = 2;
var RowWriter = class {
  constructor(data) {
    this.data = data;
  }
  data;
  slots = /* @__PURE__ */ new Map();
  /** Rows `rows[first, last)` one after another with `change` applied; valid until the next call. */
  write(rows, first, last, change) {
    const { data } = this;
    const f = data.features.length;
    const count = last - first;
    const scaled = data.scaled;
    const key = scaled === void 0 ? 0 : first;
    const slack = scaled === void 0 ? 0 : SLACK;
    let slot = this.slots.get(key);
    if (slot === void 0 || slot.held.length < count + 2 * slack) {
      slot = {
        buffer: new Float32Array((count + 2 * slack) * f),
        held: new Int32Array(count + 2 * slack).fill(-1),
        changes: [],
        start: slack
      };
      this.slots.set(key, slot);
    }
    const { buffer, held, changes } = slot;
    const start = slot.start = windowStart(slot, rows, first, count, slack);
    for (let p = 0; p < count; p++) {
      const row = rows[first + p];
      const at = start + p;
      const before = changes[at];
      if (scaled === void 0 || held[at] !== row || before === void 0) {
        fillRows(buffer, at * f, row, row + 1, data, change);
      } else if (before !== change) {
        if (before.columns !== change.columns) {
          copyRuns(buffer, at * f, row, row + 1, scaled, f, void 0, columnRuns(before.columns));
        }
        writeChange(buffer, at * f, row, row + 1, data, change);
      }
      held[at] = row;
      changes[at] = change;
    }
    return buffer.subarray(start * f, (start + count) * f);
  }
};
function windowStart(slot, rows, first, count, slack) {
  let best = slot.start;
  let most = -1;
  for (let start = 0; start <= 2 * slack; start++) {
    let found = 0;
    for (let p = 0; p < count; p++) {
      if (slot.held[start + p] === rows[first + p] && slot.changes[start + p] !== void 0)
        found++;
    }
    if (found > most || found === most && start === slot.start) {
      most = found;
      best = start;
    }
  }
  return best;
}

// node_modules/@bufbuild/protobuf/dist/esm/is-message.js
function isMessage(arg, schema) {
  const isMessage2 = arg !== null && typeof arg == "object" && "$typeName" in arg && typeof arg.$typeName == "string";
  if (!isMessage2) {
    return false;
  }
  if (schema === void 0) {
    return true;
  }
  return schema.typeName === arg.$typeName;
}

// node_modules/@bufbuild/protobuf/dist/esm/descriptors.js
var ScalarType;
(function(ScalarType2) {
  ScalarType2[ScalarType2["DOUBLE"] = 1] = "DOUBLE";
  ScalarType2[ScalarType2["FLOAT"] = 2] = "FLOAT";
  ScalarType2[ScalarType2["INT64"] = 3] = "INT64";
  ScalarType2[ScalarType2["UINT64"] = 4] = "UINT64";
  ScalarType2[ScalarType2["INT32"] = 5] = "INT32";
  ScalarType2[ScalarType2["FIXED64"] = 6] = "FIXED64";
  ScalarType2[ScalarType2["FIXED32"] = 7] = "FIXED32";
  ScalarType2[ScalarType2["BOOL"] = 8] = "BOOL";
  ScalarType2[ScalarType2["STRING"] = 9] = "STRING";
  ScalarType2[ScalarType2["BYTES"] = 12] = "BYTES";
  ScalarType2[ScalarType2["UINT32"] = 13] = "UINT32";
  ScalarType2[ScalarType2["SFIXED32"] = 15] = "SFIXED32";
  ScalarType2[ScalarType2["SFIXED64"] = 16] = "SFIXED64";
  ScalarType2[ScalarType2["SINT32"] = 17] = "SINT32";
  ScalarType2[ScalarType2["SINT64"] = 18] = "SINT64";
})(ScalarType || (ScalarType = {}));

// node_modules/@bufbuild/protobuf/dist/esm/wire/varint.js
function varint64read() {
  const buf = this.buf;
  let pos = this.pos;
  let lo = 0;
  let hi = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    const b = buf[pos++];
    lo |= (b & 127) << shift;
    if ((b & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  const middleByte = buf[pos++];
  lo |= (middleByte & 15) << 28;
  hi = (middleByte & 112) >> 4;
  if ((middleByte & 128) == 0) {
    this.pos = pos;
    this.assertBounds();
    this.varint64Lo = lo;
    this.varint64Hi = hi;
    return;
  }
  for (let shift = 3; shift <= 31; shift += 7) {
    const b = buf[pos++];
    hi |= (b & 127) << shift;
    if ((b & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  throw new Error("invalid varint");
}
var TWO_PWR_32_DBL = 4294967296;
function int64FromString(dec) {
  const minus = dec[0] === "-";
  if (minus) {
    dec = dec.slice(1);
  }
  const base = 1e6;
  let lowBits = 0;
  let highBits = 0;
  function add1e6digit(begin, end) {
    const digit1e6 = Number(dec.slice(begin, end));
    highBits *= base;
    lowBits = lowBits * base + digit1e6;
    if (lowBits >= TWO_PWR_32_DBL) {
      highBits = highBits + (lowBits / TWO_PWR_32_DBL | 0);
      lowBits = lowBits % TWO_PWR_32_DBL;
    }
  }
  add1e6digit(-24, -18);
  add1e6digit(-18, -12);
  add1e6digit(-12, -6);
  add1e6digit(-6);
  return minus ? negate(lowBits, highBits) : newBits(lowBits, highBits);
}
function int64ToString(lo, hi) {
  let bits = newBits(lo, hi);
  const negative = bits.hi & 2147483648;
  if (negative) {
    bits = negate(bits.lo, bits.hi);
  }
  const result = uInt64ToString(bits.lo, bits.hi);
  return negative ? "-" + result : result;
}
function uInt64ToString(lo, hi) {
  ({ lo, hi } = toUnsigned(lo, hi));
  if (hi <= 2097151) {
    return String(TWO_PWR_32_DBL * hi + lo);
  }
  const low = lo & 16777215;
  const mid = (lo >>> 24 | hi << 8) & 16777215;
  const high = hi >> 16 & 65535;
  let digitA = low + mid * 6777216 + high * 6710656;
  let digitB = mid + high * 8147497;
  let digitC = high * 2;
  const base = 1e7;
  if (digitA >= base) {
    digitB += Math.floor(digitA / base);
    digitA %= base;
  }
  if (digitB >= base) {
    digitC += Math.floor(digitB / base);
    digitB %= base;
  }
  return digitC.toString() + decimalFrom1e7WithLeadingZeros(digitB) + decimalFrom1e7WithLeadingZeros(digitA);
}
function toUnsigned(lo, hi) {
  return { lo: lo >>> 0, hi: hi >>> 0 };
}
function newBits(lo, hi) {
  return { lo: lo | 0, hi: hi | 0 };
}
function negate(lowBits, highBits) {
  highBits = ~highBits;
  if (lowBits) {
    lowBits = ~lowBits + 1;
  } else {
    highBits += 1;
  }
  return newBits(lowBits, highBits);
}
var decimalFrom1e7WithLeadingZeros = (digit1e7) => {
  const partial = String(digit1e7);
  return "0000000".slice(partial.length) + partial;
};
function varint32write(value, bytes) {
  if (value >>> 0 < 128) {
    bytes.push(value);
    return;
  }
  if (value >= 0) {
    while (value > 127) {
      bytes.push(value & 127 | 128);
      value = value >>> 7;
    }
    bytes.push(value);
  } else {
    for (let i = 0; i < 9; i++) {
      bytes.push(value & 127 | 128);
      value = value >> 7;
    }
    bytes.push(1);
  }
}
function varint32read() {
  let b = this.buf[this.pos++];
  if ((b & 128) === 0) {
    this.assertBounds();
    return b;
  }
  let result = b & 127;
  b = this.buf[this.pos++];
  result |= (b & 127) << 7;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 127) << 14;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 127) << 21;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 15) << 28;
  for (let readBytes = 5; (b & 128) !== 0 && readBytes < 10; readBytes++)
    b = this.buf[this.pos++];
  if ((b & 128) !== 0)
    throw new Error("invalid varint");
  this.assertBounds();
  return result >>> 0;
}

// node_modules/@bufbuild/protobuf/dist/esm/proto-int64.js
var protoInt64 = /* @__PURE__ */ makeInt64Support();
function makeInt64Support() {
  const dv = new DataView(new ArrayBuffer(8));
  const ok = typeof BigInt === "function" && typeof dv.getBigInt64 === "function" && typeof dv.getBigUint64 === "function" && typeof dv.setBigInt64 === "function" && typeof dv.setBigUint64 === "function" && (!!globalThis.Deno || !!globalThis.Bun || typeof process != "object" || typeof process.env != "object" || process.env.BUF_BIGINT_DISABLE !== "1");
  if (ok) {
    const MIN = BigInt("-9223372036854775808");
    const MAX = BigInt("9223372036854775807");
    const UMIN = BigInt("0");
    const UMAX = BigInt("18446744073709551615");
    return {
      zero: BigInt(0),
      supported: true,
      parse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > MAX || bi < MIN) {
          throw new Error(`invalid int64: ${value}`);
        }
        return bi;
      },
      uParse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > UMAX || bi < UMIN) {
          throw new Error(`invalid uint64: ${value}`);
        }
        return bi;
      },
      enc(value) {
        dv.setBigInt64(0, this.parse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      uEnc(value) {
        dv.setBigInt64(0, this.uParse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      dec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigInt64(0, true);
      },
      uDec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigUint64(0, true);
      }
    };
  }
  return {
    zero: "0",
    supported: false,
    parse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return value;
    },
    uParse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return value;
    },
    enc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return int64FromString(value);
    },
    uEnc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return int64FromString(value);
    },
    dec(lo, hi) {
      return int64ToString(lo, hi);
    },
    uDec(lo, hi) {
      return uInt64ToString(lo, hi);
    }
  };
}
function assertInt64String(value) {
  if (!/^-?[0-9]+$/.test(value)) {
    throw new Error("invalid int64: " + value);
  }
}
function assertUInt64String(value) {
  if (!/^[0-9]+$/.test(value)) {
    throw new Error("invalid uint64: " + value);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/scalar.js
function scalarZeroValue(type, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return false;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 0;
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SFIXED64:
    case ScalarType.FIXED64:
    case ScalarType.SINT64:
      return longAsString ? "0" : protoInt64.zero;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    default:
      return 0;
  }
}
function isScalarZeroValue(type, value) {
  switch (type) {
    case ScalarType.BOOL:
      return value === false;
    case ScalarType.STRING:
      return value === "";
    case ScalarType.BYTES:
      return value instanceof Uint8Array && !value.byteLength;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return Object.is(value, 0);
    default:
      return value == 0;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/unsafe.js
var IMPLICIT = 2;
var unsafeLocal = /* @__PURE__ */ Symbol.for("reflect unsafe local");
function unsafeOneofCase(target, oneof) {
  const c = target[oneof.localName].case;
  if (c === void 0) {
    return c;
  }
  return oneof.fields.find((f) => f.localName === c);
}
function unsafeIsSet(target, field) {
  const name = field.localName;
  if (field.oneof) {
    return target[field.oneof.localName].case === name;
  }
  if (field.presence != IMPLICIT) {
    return target[name] !== void 0 && Object.prototype.hasOwnProperty.call(target, name);
  }
  switch (field.fieldKind) {
    case "list":
      return target[name].length > 0;
    case "map":
      return Object.keys(target[name]).length > 0;
    case "scalar":
      return !isScalarZeroValue(field.scalar, target[name]);
    case "enum":
      return target[name] !== field.enum.values[0].number;
  }
  throw new Error("message field with implicit presence");
}
function unsafeIsSetExplicit(target, localName) {
  return Object.prototype.hasOwnProperty.call(target, localName) && target[localName] !== void 0;
}
function unsafeGet(target, field) {
  if (field.oneof) {
    const oneof = target[field.oneof.localName];
    if (oneof.case === field.localName) {
      return oneof.value;
    }
    return void 0;
  }
  return target[field.localName];
}
function unsafeSet(target, field, value) {
  if (field.oneof) {
    target[field.oneof.localName] = {
      case: field.localName,
      value
    };
  } else {
    target[field.localName] = value;
  }
}
function setOwn(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, "__proto__", {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    obj[key] = value;
  }
}
function getOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function unsafeClear(target, field) {
  const name = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    if (target[oneofLocalName].case === name) {
      target[oneofLocalName] = { case: void 0 };
    }
  } else if (field.presence != IMPLICIT) {
    delete target[name];
  } else {
    switch (field.fieldKind) {
      case "map":
        target[name] = {};
        break;
      case "list":
        target[name] = [];
        break;
      case "enum":
        target[name] = field.enum.values[0].number;
        break;
      case "scalar":
        target[name] = scalarZeroValue(field.scalar, field.longAsString);
        break;
    }
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/guard.js
function isObject(arg) {
  return arg !== null && typeof arg == "object" && !Array.isArray(arg);
}
function isReflectList(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "add" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      const a = field;
      const b = arg.field();
      return a.listKind == b.listKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMap(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "has" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      const a = field, b = arg.field();
      return a.mapKey === b.mapKey && a.mapKind == b.mapKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMessage(arg, messageDesc2) {
  return isObject(arg) && unsafeLocal in arg && "desc" in arg && isObject(arg.desc) && arg.desc.kind === "message" && (messageDesc2 === void 0 || arg.desc.typeName == messageDesc2.typeName);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/wrappers.js
function isWrapper(arg) {
  return isWrapperTypeName(arg.$typeName);
}
function isWrapperDesc(messageDesc2) {
  const f = messageDesc2.fields[0];
  return isWrapperTypeName(messageDesc2.typeName) && f !== void 0 && f.fieldKind == "scalar" && f.name == "value" && f.number == 1;
}
var wrapperTypeNames = /* @__PURE__ */ new Set([
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue"
]);
function isWrapperTypeName(name) {
  return wrapperTypeNames.has(name);
}

// node_modules/@bufbuild/protobuf/dist/esm/create.js
var EDITION_PROTO3 = 999;
var EDITION_PROTO2 = 998;
var IMPLICIT2 = 2;
function create(schema, init) {
  if (isMessage(init, schema)) {
    return init;
  }
  return compiledCreate(schema)(init);
}
var compiledCreates = /* @__PURE__ */ new WeakMap();
function compiledCreate(desc) {
  let compiled = compiledCreates.get(desc);
  if (compiled === void 0) {
    compiled = compileCreate(desc);
    compiledCreates.set(desc, compiled);
  }
  return compiled;
}
var INIT_SINGULAR = 0;
var INIT_LIST = 1;
var INIT_MAP = 2;
var INIT_ONEOF = 3;
function compileCreate(desc) {
  const typeName = desc.typeName;
  const { properties, prototype } = compileInitMessage(desc);
  return (init) => {
    let message;
    if (prototype !== void 0) {
      message = Object.create(prototype);
      message.$typeName = typeName;
    } else {
      message = { $typeName: typeName };
    }
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i];
      const name = property.name;
      const initValue = init === null || init === void 0 ? void 0 : init[name];
      switch (property.kind) {
        case INIT_SINGULAR:
          if (initValue != null) {
            message[name] = property.convert !== void 0 ? property.convert(initValue) : initValue;
          } else if (property.constant !== void 0) {
            message[name] = property.constant;
          }
          break;
        case INIT_LIST:
          message[name] = property.convert !== void 0 && Array.isArray(initValue) ? initValue.map(property.convert) : initValue !== null && initValue !== void 0 ? initValue : [];
          break;
        case INIT_MAP:
          if (property.convert === void 0 || !isObject(initValue)) {
            message[name] = initValue !== null && initValue !== void 0 ? initValue : {};
          } else {
            const converted = {};
            const keys = Object.keys(initValue);
            for (let k = 0; k < keys.length; k++) {
              setOwn(converted, keys[k], property.convert(initValue[keys[k]]));
            }
            message[name] = converted;
          }
          break;
        case INIT_ONEOF: {
          const oneofValue = initValue;
          if ((oneofValue === null || oneofValue === void 0 ? void 0 : oneofValue.case) != null) {
            const convert = property.convert.get(oneofValue.case);
            if (convert !== void 0) {
              message[name] = {
                case: oneofValue.case,
                value: convert(oneofValue.value)
              };
              break;
            }
          }
          message[name] = { case: void 0 };
          break;
        }
      }
    }
    return message;
  };
}
function compileInitMessage(desc) {
  var _a, _b;
  const properties = [];
  const prototype = {};
  const usePrototype = needsPrototypeChain(desc);
  for (const member of desc.members) {
    const name = member.localName;
    if (member.kind == "oneof") {
      properties.push({
        name,
        kind: INIT_ONEOF,
        constant: void 0,
        convert: compileConvertOneof(member)
      });
      continue;
    }
    switch (member.fieldKind) {
      case "message": {
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: void 0,
          convert: compileConvertMessage(member)
        });
        break;
      }
      case "list": {
        properties.push({
          name,
          kind: INIT_LIST,
          constant: void 0,
          convert: member.listKind == "message" ? (_a = compileConvertMessage(member)) !== null && _a !== void 0 ? _a : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      case "map": {
        properties.push({
          name,
          kind: INIT_MAP,
          constant: void 0,
          convert: member.mapKind == "message" ? (_b = compileConvertMessage(member)) !== null && _b !== void 0 ? _b : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      default: {
        const zeroValue = createZeroValue(member);
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: member.presence == IMPLICIT2 ? zeroValue : void 0,
          convert: member.fieldKind == "scalar" && member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        if (usePrototype) {
          prototype[name] = zeroValue;
        }
        break;
      }
    }
  }
  return {
    properties,
    prototype: usePrototype ? prototype : void 0
  };
}
function compileConvertOneof(oneof) {
  const converters = /* @__PURE__ */ new Map();
  for (const field of oneof.fields) {
    let convert;
    if (field.fieldKind == "message") {
      convert = compileConvertMessage(field);
    } else if (field.fieldKind == "scalar" && field.scalar == ScalarType.BYTES) {
      convert = toU8Arr;
    }
    converters.set(field.localName, convert !== null && convert !== void 0 ? convert : ((value) => value));
  }
  return converters;
}
function compileConvertMessage(field) {
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message)) {
    return field.message.fields[0].scalar == ScalarType.BYTES ? toU8Arr : void 0;
  }
  if (field.message.typeName == "google.protobuf.Struct" && field.parent.typeName !== "google.protobuf.Value") {
    return void 0;
  }
  const messageDesc2 = field.message;
  let compiled;
  return (value) => {
    if (!isObject(value) || isMessage(value, messageDesc2)) {
      return value;
    }
    compiled !== null && compiled !== void 0 ? compiled : compiled = compiledCreate(messageDesc2);
    return compiled(value);
  };
}
function toU8Arr(value) {
  return Array.isArray(value) ? new Uint8Array(value) : value;
}
function needsPrototypeChain(desc) {
  switch (desc.file.edition) {
    case EDITION_PROTO3:
      return false;
    case EDITION_PROTO2:
      return true;
    default:
      return desc.fields.some((f) => f.presence != IMPLICIT2 && f.fieldKind != "message" && !f.oneof);
  }
}
function createZeroValue(field) {
  const defaultValue = field.getDefaultValue();
  if (defaultValue !== void 0) {
    return field.fieldKind == "scalar" && field.longAsString ? defaultValue.toString() : defaultValue;
  }
  return field.fieldKind == "scalar" ? scalarZeroValue(field.scalar, field.longAsString) : field.enum.values[0].number;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/error.js
var FieldError = class extends Error {
  constructor(fieldOrOneof, message, name = "FieldValueInvalidError") {
    super(message);
    this.name = name;
    this.field = () => fieldOrOneof;
  }
};

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-encoding.js
var te;
function configureTextEncoding(textEncoding) {
  var _a;
  te = Object.assign(Object.assign({}, textEncoding), { encodeUtf8Into: (_a = textEncoding.encodeUtf8Into) !== null && _a !== void 0 ? _a : emulateEncodeInto(textEncoding.encodeUtf8.bind(textEncoding)) });
}
function getTextEncoding() {
  if (!te) {
    const globals = globalThis;
    if (!globals.TextEncoder || !globals.TextDecoder) {
      throw new Error("encoding API missing: install TextEncoder and TextDecoder on globalThis");
    }
    const textEncoder = new globals.TextEncoder();
    const textDecoder = new globals.TextDecoder("utf-8", {
      ignoreBOM: true
    });
    let textDecoderStrict;
    const config = {
      encodeUtf8(text2) {
        return textEncoder.encode(text2);
      },
      decodeUtf8(bytes, strict) {
        if (strict) {
          if (!textDecoderStrict) {
            textDecoderStrict = new globals.TextDecoder("utf-8", {
              fatal: true,
              ignoreBOM: true
            });
          }
          return textDecoderStrict.decode(bytes);
        }
        return textDecoder.decode(bytes);
      },
      checkUtf8(text2) {
        try {
          encodeURIComponent(text2);
          return true;
        } catch (_) {
          return false;
        }
      }
    };
    if (textEncoder.encodeInto) {
      config.encodeUtf8Into = textEncoder.encodeInto.bind(textEncoder);
    }
    const nativeStringIsWellFormed = String.prototype.isWellFormed;
    if (nativeStringIsWellFormed) {
      config.checkUtf8 = (text2) => {
        return nativeStringIsWellFormed.call(text2);
      };
    }
    configureTextEncoding(config);
  }
  return te;
}
function emulateEncodeInto(encodeUtf8) {
  return (text2, dest) => {
    const bytes = encodeUtf8(text2);
    dest.set(bytes);
    return { written: bytes.byteLength };
  };
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/binary-encoding.js
var WireType;
(function(WireType2) {
  WireType2[WireType2["Varint"] = 0] = "Varint";
  WireType2[WireType2["Bit64"] = 1] = "Bit64";
  WireType2[WireType2["LengthDelimited"] = 2] = "LengthDelimited";
  WireType2[WireType2["StartGroup"] = 3] = "StartGroup";
  WireType2[WireType2["EndGroup"] = 4] = "EndGroup";
  WireType2[WireType2["Bit32"] = 5] = "Bit32";
})(WireType || (WireType = {}));
var UINT32_MAX = 4294967295;
var INT32_MAX = 2147483647;
var INT32_MIN = -2147483648;
var BinaryWriter = class {
  constructor(encodeUtf8) {
    this.stackPos = [];
    this.encodeUtf8Into = encodeUtf8 ? emulateEncodeInto(encodeUtf8) : getTextEncoding().encodeUtf8Into;
    this.buffer = EMPTY_BUFFER;
    this.viewCache = EMPTY_VIEW;
    this.pos = 0;
  }
  ensureCapacity(size) {
    const required = this.pos + size;
    if (required > this.buffer.length) {
      let newLen = this.buffer.length || INITIAL_SIZE;
      while (newLen < required)
        newLen *= 2;
      const newBuf = new Uint8Array(newLen);
      if (this.pos > 0)
        newBuf.set(this.buffer);
      this.buffer = newBuf;
    }
  }
  /**
   * The DataView over `buffer`, rebuilt only if the buffer has grown since it
   * was last used.
   */
  view() {
    const bytes = this.buffer;
    const view = this.viewCache;
    if (view.byteLength === bytes.byteLength)
      return view;
    const newView = new DataView(bytes.buffer);
    this.viewCache = newView;
    return newView;
  }
  /**
   * Return all bytes written and reset this writer.
   */
  finish() {
    const result = this.buffer.slice(0, this.pos);
    this.pos = 0;
    this.stackPos = [];
    return result;
  }
  /**
   * Start a new fork for length-delimited data like a message
   * or a packed repeated field.
   *
   * Must be joined later with `join()`.
   */
  fork() {
    this.stackPos.push(this.pos);
    this.ensureCapacity(DEFAULT_LEN_PREFIX_SIZE);
    this.buffer[this.pos++] = 0;
    return this;
  }
  /**
   * Join the last fork. Write its length and bytes, then
   * return to the previous state.
   */
  join() {
    const forkPos = this.stackPos.pop();
    if (forkPos === void 0)
      throw new Error("invalid state, fork stack empty");
    const len = this.pos - forkPos - DEFAULT_LEN_PREFIX_SIZE;
    const lenPrefixSize = varint32Size(len);
    if (lenPrefixSize > DEFAULT_LEN_PREFIX_SIZE) {
      this.ensureCapacity(lenPrefixSize - DEFAULT_LEN_PREFIX_SIZE);
      this.buffer.copyWithin(forkPos + lenPrefixSize, forkPos + DEFAULT_LEN_PREFIX_SIZE, this.pos);
    }
    this.pos = forkPos;
    this.uint32(len);
    this.pos += len;
    return this;
  }
  /**
   * Writes a tag (field number and wire type).
   *
   * Equivalent to `uint32( (fieldNo << 3 | type) >>> 0 )`.
   *
   * Generated code should compute the tag ahead of time and call `uint32()`.
   */
  tag(fieldNo, type) {
    return this.uint32((fieldNo << 3 | type) >>> 0);
  }
  /**
   * Write a chunk of raw bytes.
   */
  raw(chunk) {
    this.ensureCapacity(chunk.length);
    this.buffer.set(chunk, this.pos);
    this.pos += chunk.length;
    return this;
  }
  /**
   * Write a `uint32` value, an unsigned 32 bit varint.
   */
  uint32(value) {
    assertUInt32(value);
    this.ensureCapacity(5);
    if (value < 128) {
      this.buffer[this.pos++] = value;
      return this;
    }
    while (value > 127) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>>= 7;
    }
    this.buffer[this.pos++] = value;
    return this;
  }
  /**
   * Write a `int32` value, a signed 32 bit varint.
   */
  int32(value) {
    assertInt32(value);
    if (value >= 0) {
      return this.uint32(value);
    }
    this.ensureCapacity(10);
    for (let i = 0; i < 9; i++) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>= 7;
    }
    this.buffer[this.pos++] = 1;
    return this;
  }
  /**
   * Write a `bool` value, a varint.
   */
  bool(value) {
    this.ensureCapacity(1);
    this.buffer[this.pos++] = value ? 1 : 0;
    return this;
  }
  /**
   * Write a `bytes` value, length-delimited arbitrary data.
   */
  bytes(value) {
    this.uint32(value.byteLength);
    return this.raw(value);
  }
  /**
   * Write a `string` value, length-delimited data converted to UTF-8 text.
   */
  string(value) {
    if (typeof value !== "string") {
      value = String(value);
    }
    const len = value.length;
    if (len <= ASCII_MAX_LENGTH) {
      this.ensureCapacity(len + 1);
      const ascii = this.buffer;
      let pos = this.pos;
      ascii[pos++] = len;
      let i = 0;
      for (; i < len; i++) {
        const code = value.charCodeAt(i);
        if (code > 127)
          break;
        ascii[pos++] = code;
      }
      if (i == len) {
        this.pos = pos;
        return this;
      }
    }
    this.ensureCapacity(len * 3 + 5);
    const lenPrefixSizeGuess = varint32Size(len);
    const buf = this.buffer;
    const start = this.pos;
    const { written } = this.encodeUtf8Into(value, buf.subarray(start + lenPrefixSizeGuess));
    const lenPrefixSize = varint32Size(written);
    if (lenPrefixSize != lenPrefixSizeGuess) {
      buf.copyWithin(start + lenPrefixSize, start + lenPrefixSizeGuess, start + lenPrefixSizeGuess + written);
    }
    this.uint32(written);
    this.pos += written;
    return this;
  }
  /**
   * Write a `float` value, 32-bit floating point number.
   */
  float(value) {
    assertFloat32(value);
    this.ensureCapacity(4);
    this.view().setFloat32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `double` value, a 64-bit floating point number.
   */
  double(value) {
    this.ensureCapacity(8);
    this.view().setFloat64(this.pos, value, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed32` value, an unsigned, fixed-length 32-bit integer.
   */
  fixed32(value) {
    assertUInt32(value);
    this.ensureCapacity(4);
    this.view().setUint32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sfixed32` value, a signed, fixed-length 32-bit integer.
   */
  sfixed32(value) {
    assertInt32(value);
    this.ensureCapacity(4);
    this.view().setInt32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sint32` value, a signed, zigzag-encoded 32-bit varint.
   */
  sint32(value) {
    assertInt32(value);
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
  }
  /**
   * Write a `sfixed64` value, a signed, fixed-length 64-bit integer.
   */
  sfixed64(value) {
    const tc = protoInt64.enc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed64` value, an unsigned, fixed-length 64 bit integer.
   */
  fixed64(value) {
    const tc = protoInt64.uEnc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `int64` value, a signed 64-bit varint.
   */
  int64(value) {
    const tc = protoInt64.enc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a `sint64` value, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64(value) {
    const tc = protoInt64.enc(value), sign = tc.hi >> 31, lo = tc.lo << 1 ^ sign, hi = (tc.hi << 1 | tc.lo >>> 31) ^ sign;
    return this.writeVarint64(lo, hi);
  }
  /**
   * Write a `uint64` value, an unsigned 64-bit varint.
   */
  uint64(value) {
    const tc = protoInt64.uEnc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a 64-bit varint directly into the buffer. Accepts the value as
   * split low/high 32-bit words.
   *
   * Ported from varint64write() to avoid the intermediate number[] buffer.
   * See https://github.com/protocolbuffers/protobuf/blob/8a71927d74a4ce34efe2d8769fda198f52d20d12/js/experimental/runtime/kernel/writer.js#L344
   */
  writeVarint64(lo, hi) {
    this.ensureCapacity(10);
    const buf = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < 28; i = i + 7) {
      const shift = lo >>> i;
      const hasNext = !(shift >>> 7 == 0 && hi == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    const splitBits = lo >>> 28 & 15 | (hi & 7) << 4;
    const hasMoreBits = !(hi >> 3 == 0);
    buf[pos++] = (hasMoreBits ? splitBits | 128 : splitBits) & 255;
    if (!hasMoreBits) {
      this.pos = pos;
      return this;
    }
    for (let i = 3; i < 31; i = i + 7) {
      const shift = hi >>> i;
      const hasNext = !(shift >>> 7 == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    buf[pos++] = hi >>> 31 & 1;
    this.pos = pos;
    return this;
  }
};
var INITIAL_SIZE = 128;
var DEFAULT_LEN_PREFIX_SIZE = 1;
var EMPTY_BUFFER = new Uint8Array(0);
var EMPTY_VIEW = new DataView(EMPTY_BUFFER.buffer);
var ASCII_MAX_LENGTH = 32;
function varint32Size(value) {
  if (value < 128)
    return 1;
  if (value < 16384)
    return 2;
  if (value < 2097152)
    return 3;
  if (value < 268435456)
    return 4;
  return 5;
}
var BinaryReader = class {
  constructor(buf, decodeUtf8 = getTextEncoding().decodeUtf8) {
    this.decodeUtf8 = decodeUtf8;
    this.varint64Lo = 0;
    this.varint64Hi = 0;
    this.varint64 = varint64read;
    this.uint32 = varint32read;
    this.buf = buf;
    this.len = buf.length;
    this.pos = 0;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  /**
   * Reads a tag - field number and wire type. Tags are uint32 varints; values
   * that do not fit in uint32 are rejected.
   */
  tag() {
    const start = this.pos;
    const tag = this.uint32();
    const bytesRead = this.pos - start;
    if (bytesRead > 5 || bytesRead == 5 && this.buf[this.pos - 1] > 15) {
      throw new Error("illegal tag: varint overflows uint32");
    }
    const fieldNo = tag >>> 3;
    const wireType = tag & 7;
    if (fieldNo <= 0 || wireType > 5) {
      throw new Error("illegal tag: field no " + fieldNo + " wire type " + wireType);
    }
    return [fieldNo, wireType];
  }
  /**
   * Skip one element and return the skipped data.
   *
   * When skipping StartGroup, provide the tags field number to check for
   * matching field number in the EndGroup tag. Recursion into nested groups
   * is guarded by the `recursionLimit` argument: When the limit is reached,
   * this method throws.
   */
  skip(wireType, fieldNo, recursionLimit = 100) {
    let start = this.pos;
    switch (wireType) {
      case WireType.Varint:
        while (this.buf[this.pos++] & 128) {
        }
        break;
      // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
      case WireType.Bit64:
        this.pos += 4;
      case WireType.Bit32:
        this.pos += 4;
        break;
      case WireType.LengthDelimited:
        let len = this.uint32();
        this.pos += len;
        break;
      case WireType.StartGroup:
        if (recursionLimit <= 0) {
          throw new Error("maximum recursion depth reached");
        }
        for (; ; ) {
          const [fn, wt] = this.tag();
          if (wt === WireType.EndGroup) {
            if (fieldNo !== void 0 && fn !== fieldNo) {
              throw new Error("invalid end group tag");
            }
            break;
          }
          this.skip(wt, fn, recursionLimit - 1);
        }
        break;
      default:
        throw new Error("cant skip wire type " + wireType);
    }
    this.assertBounds();
    return this.buf.subarray(start, this.pos);
  }
  /**
   * Throws error if position in byte array is out of range.
   */
  assertBounds() {
    if (this.pos > this.len)
      throw new RangeError("premature EOF");
  }
  /**
   * Read a `int32` field, a signed 32 bit varint.
   */
  int32() {
    return this.uint32() | 0;
  }
  /**
   * Read a `sint32` field, a signed, zigzag-encoded 32-bit varint.
   */
  sint32() {
    let zze = this.uint32();
    return zze >>> 1 ^ -(zze & 1);
  }
  /**
   * Read a `int64` field, a signed 64-bit varint.
   */
  int64() {
    this.varint64();
    return protoInt64.dec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `uint64` field, an unsigned 64-bit varint.
   */
  uint64() {
    this.varint64();
    return protoInt64.uDec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `sint64` field, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64() {
    this.varint64();
    let lo = this.varint64Lo;
    let hi = this.varint64Hi;
    let s = -(lo & 1);
    lo = (lo >>> 1 | (hi & 1) << 31) ^ s;
    hi = hi >>> 1 ^ s;
    return protoInt64.dec(lo, hi);
  }
  /**
   * Read a `bool` field, a variant.
   */
  bool() {
    const b = this.buf[this.pos];
    if (b < 128) {
      this.pos++;
      return b !== 0;
    }
    this.varint64();
    return this.varint64Lo !== 0 || this.varint64Hi !== 0;
  }
  /**
   * Read a `fixed32` field, an unsigned, fixed-length 32-bit integer.
   */
  fixed32() {
    return this.view.getUint32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `sfixed32` field, a signed, fixed-length 32-bit integer.
   */
  sfixed32() {
    return this.view.getInt32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `fixed64` field, an unsigned, fixed-length 64 bit integer.
   */
  fixed64() {
    return protoInt64.uDec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `fixed64` field, a signed, fixed-length 64-bit integer.
   */
  sfixed64() {
    return protoInt64.dec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `float` field, 32-bit floating point number.
   */
  float() {
    return this.view.getFloat32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `double` field, a 64-bit floating point number.
   */
  double() {
    return this.view.getFloat64((this.pos += 8) - 8, true);
  }
  /**
   * Read a `bytes` field, length-delimited arbitrary data.
   */
  bytes() {
    let len = this.uint32(), start = this.pos;
    this.pos += len;
    this.assertBounds();
    return this.buf.subarray(start, start + len);
  }
  /**
   * Read a `string` field, length-delimited data converted to UTF-8 text. If
   * `strict` is true, throw on invalid UTF-8 instead of substituting U+FFFD.
   */
  string(strict) {
    const len = this.uint32();
    const start = this.pos;
    this.pos += len;
    this.assertBounds();
    const buf = this.buf;
    if (len <= ASCII_MAX_LENGTH) {
      const codes = new Array(len);
      for (let i = 0; i < len; i++) {
        const byte = buf[start + i];
        if (byte > 127) {
          return this.decodeUtf8(buf.subarray(start, this.pos), strict);
        }
        codes[i] = byte;
      }
      return String.fromCharCode.apply(String, codes);
    }
    return this.decodeUtf8(buf.subarray(start, this.pos), strict);
  }
};
function assertInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid int32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > INT32_MAX || arg < INT32_MIN)
    throw new Error("invalid int32: " + arg);
}
function assertUInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid uint32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > UINT32_MAX || arg < 0)
    throw new Error("invalid uint32: " + arg);
}
function assertFloat32(arg) {
  if (typeof arg == "string") {
    const o = arg;
    arg = Number(arg);
    if (Number.isNaN(arg) && o !== "NaN") {
      throw new Error("invalid float32: " + o);
    }
  } else if (typeof arg != "number") {
    throw new Error("invalid float32: " + typeof arg);
  }
  if (!Number.isFinite(Math.fround(arg)) && Number.isFinite(arg)) {
    throw new Error("invalid float32: " + arg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect-check.js
function checkField(field, value) {
  const check = field.fieldKind == "list" ? isReflectList(value, field) : field.fieldKind == "map" ? isReflectMap(value, field) : checkSingular(field, value);
  if (check === true) {
    return void 0;
  }
  let reason;
  switch (field.fieldKind) {
    case "list":
      reason = `expected ${formatReflectList(field)}, got ${formatVal(value)}`;
      break;
    case "map":
      reason = `expected ${formatReflectMap(field)}, got ${formatVal(value)}`;
      break;
    default: {
      reason = reasonSingular(field, value, check);
    }
  }
  return new FieldError(field, reason);
}
function checkListItem(field, index, value) {
  const check = checkSingular(field, value);
  if (check !== true) {
    return new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
  }
  return void 0;
}
function checkMapEntry(field, key, value) {
  const checkKey = checkScalarValue(field.mapKey)(key);
  if (checkKey !== true) {
    return new FieldError(field, `invalid map key: ${reasonSingular({ scalar: field.mapKey }, key, checkKey)}`);
  }
  const checkVal = checkSingular(field, value);
  if (checkVal !== true) {
    return new FieldError(field, `map entry ${formatVal(key)}: ${reasonSingular(field, value, checkVal)}`);
  }
  return void 0;
}
function checkSingular(field, value) {
  if (field.scalar !== void 0) {
    return checkScalarValue(field.scalar)(value);
  }
  if (field.enum !== void 0) {
    if (field.enum.open) {
      return checkScalarValue(ScalarType.INT32)(value);
    }
    return field.enum.values.some((v) => v.number === value);
  }
  return isReflectMessage(value, field.message);
}
function checkScalarValue(scalar) {
  switch (scalar) {
    case ScalarType.DOUBLE:
      return (value) => typeof value == "number";
    case ScalarType.FLOAT:
      return (value) => {
        if (typeof value != "number") {
          return false;
        }
        if (!Number.isFinite(Math.fround(value)) && Number.isFinite(value)) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > INT32_MAX || value < INT32_MIN) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > UINT32_MAX || value < 0) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.BOOL:
      return (value) => typeof value == "boolean";
    case ScalarType.STRING:
      return (value) => {
        if (typeof value != "string") {
          return false;
        }
        return getTextEncoding().checkUtf8(value) || "invalid UTF8";
      };
    case ScalarType.BYTES:
      return (value) => value instanceof Uint8Array;
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.parse(value);
            return true;
          } catch (_) {
            return `${value} out of range`;
          }
        }
        return false;
      };
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.uParse(value);
            return true;
          } catch (_) {
            return `${value} out of range`;
          }
        }
        return false;
      };
  }
}
function reasonSingular(field, val, details) {
  details = typeof details == "string" ? `: ${details}` : `, got ${formatVal(val)}`;
  if (field.scalar !== void 0) {
    return `expected ${scalarTypeDescription(field.scalar)}` + details;
  }
  if (field.enum !== void 0) {
    return `expected ${field.enum.toString()}` + details;
  }
  return `expected ${formatReflectMessage(field.message)}` + details;
}
function formatVal(val) {
  switch (typeof val) {
    case "object":
      if (val === null) {
        return "null";
      }
      if (val instanceof Uint8Array) {
        return `Uint8Array(${val.length})`;
      }
      if (Array.isArray(val)) {
        return `Array(${val.length})`;
      }
      if (isReflectList(val)) {
        return formatReflectList(val.field());
      }
      if (isReflectMap(val)) {
        return formatReflectMap(val.field());
      }
      if (isReflectMessage(val)) {
        return formatReflectMessage(val.desc);
      }
      if (isMessage(val)) {
        return `message ${val.$typeName}`;
      }
      return "object";
    case "string":
      return val.length > 30 ? "string" : `"${val.split('"').join('\\"')}"`;
    case "boolean":
      return String(val);
    case "number":
      return String(val);
    case "bigint":
      return String(val) + "n";
    default:
      return typeof val;
  }
}
function formatReflectMessage(desc) {
  return `ReflectMessage (${desc.typeName})`;
}
function formatReflectList(field) {
  switch (field.listKind) {
    case "message":
      return `ReflectList (${field.message.toString()})`;
    case "enum":
      return `ReflectList (${field.enum.toString()})`;
    case "scalar":
      return `ReflectList (${ScalarType[field.scalar]})`;
  }
}
function formatReflectMap(field) {
  switch (field.mapKind) {
    case "message":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.message.toString()})`;
    case "enum":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.enum.toString()})`;
    case "scalar":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${ScalarType[field.scalar]})`;
  }
}
function scalarTypeDescription(scalar) {
  switch (scalar) {
    case ScalarType.STRING:
      return "string";
    case ScalarType.BOOL:
      return "boolean";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return "bigint (int64)";
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return "bigint (uint64)";
    case ScalarType.BYTES:
      return "Uint8Array";
    case ScalarType.DOUBLE:
      return "number (float64)";
    case ScalarType.FLOAT:
      return "number (float32)";
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return "number (uint32)";
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return "number (int32)";
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/message.js
var NULL_VALUE = 0;
function localMessageMapper(field) {
  if (usesJsonRepresentation(field)) {
    return {
      toMessage: (local) => wktStructToReflect(local),
      toLocal: (message) => wktStructToLocal(message)
    };
  }
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message)) {
    const wrapperDesc = field.message;
    const valueLocalName = wrapperDesc.fields[0].localName;
    return {
      toMessage: (local) => {
        const message = create(wrapperDesc);
        if (local !== void 0) {
          message[valueLocalName] = local;
        }
        return message;
      },
      toLocal: (message) => message[valueLocalName]
    };
  }
  const childDesc = field.message;
  return {
    toMessage: (local) => local === void 0 ? create(childDesc) : local,
    toLocal: (message) => message
  };
}
function usesJsonRepresentation(field) {
  return field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value";
}
function wktStructToReflect(json) {
  const struct = {
    $typeName: "google.protobuf.Struct",
    fields: {}
  };
  if (isObject(json)) {
    for (const k of Object.keys(json)) {
      setOwn(struct.fields, k, wktValueToReflect(json[k]));
    }
  }
  return struct;
}
function wktStructToLocal(val) {
  const json = {};
  for (const k of Object.keys(val.fields)) {
    setOwn(json, k, wktValueToLocal(val.fields[k]));
  }
  return json;
}
function wktValueToLocal(val) {
  switch (val.kind.case) {
    case "structValue":
      return wktStructToLocal(val.kind.value);
    case "listValue":
      return val.kind.value.values.map(wktValueToLocal);
    case "nullValue":
    case void 0:
      return null;
    default:
      return val.kind.value;
  }
}
function wktValueToReflect(json) {
  const value = {
    $typeName: "google.protobuf.Value",
    kind: { case: void 0 }
  };
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null) {
        value.kind = { case: "nullValue", value: NULL_VALUE };
      } else if (Array.isArray(json)) {
        const listValue = {
          $typeName: "google.protobuf.ListValue",
          values: []
        };
        if (Array.isArray(json)) {
          for (const e of json) {
            listValue.values.push(wktValueToReflect(e));
          }
        }
        value.kind = {
          case: "listValue",
          value: listValue
        };
      } else {
        value.kind = {
          case: "structValue",
          value: wktStructToReflect(json)
        };
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
function reflect(messageDesc2, message, check = true) {
  return new ReflectMessageImpl(messageDesc2, message, check);
}
var messageSortedFields = /* @__PURE__ */ new WeakMap();
var ReflectMessageImpl = class {
  get sortedFields() {
    const cached = messageSortedFields.get(this.desc);
    if (cached) {
      return cached;
    }
    const sortedFields = this.desc.fields.concat().sort((a, b) => a.number - b.number);
    messageSortedFields.set(this.desc, sortedFields);
    return sortedFields;
  }
  constructor(messageDesc2, message, check = true) {
    this.lists = /* @__PURE__ */ new Map();
    this.maps = /* @__PURE__ */ new Map();
    this.check = check;
    this.desc = messageDesc2;
    this.message = this[unsafeLocal] = message !== null && message !== void 0 ? message : create(messageDesc2);
    this.fields = messageDesc2.fields;
    this.oneofs = messageDesc2.oneofs;
    this.members = messageDesc2.members;
  }
  findNumber(number) {
    if (!this._fieldsByNumber) {
      this._fieldsByNumber = new Map(this.desc.fields.map((f) => [f.number, f]));
    }
    return this._fieldsByNumber.get(number);
  }
  oneofCase(oneof) {
    assertOwn(this.message, oneof);
    return unsafeOneofCase(this.message, oneof);
  }
  isSet(field) {
    assertOwn(this.message, field);
    return unsafeIsSet(this.message, field);
  }
  clear(field) {
    assertOwn(this.message, field);
    unsafeClear(this.message, field);
  }
  get(field) {
    assertOwn(this.message, field);
    const value = unsafeGet(this.message, field);
    switch (field.fieldKind) {
      case "list":
        let list = this.lists.get(field);
        if (!list || list[unsafeLocal] !== value) {
          this.lists.set(
            field,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            list = new ReflectListImpl(field, value, this.check)
          );
        }
        return list;
      case "map":
        let map = this.maps.get(field);
        if (!map || map[unsafeLocal] !== value) {
          this.maps.set(
            field,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            map = new ReflectMapImpl(field, value, this.check)
          );
        }
        return map;
      case "message":
        return messageToReflect(field, value, this.check);
      case "scalar":
        return value === void 0 ? scalarZeroValue(field.scalar, false) : longToReflect(field, value);
      case "enum":
        return value !== null && value !== void 0 ? value : field.enum.values[0].number;
    }
  }
  set(field, value) {
    assertOwn(this.message, field);
    if (this.check) {
      const err = checkField(field, value);
      if (err) {
        throw err;
      }
    }
    let local;
    if (field.fieldKind == "message") {
      local = messageToLocal(field, value);
    } else if (isReflectMap(value) || isReflectList(value)) {
      local = value[unsafeLocal];
    } else {
      local = longToLocal(field, value);
    }
    unsafeSet(this.message, field, local);
  }
  getUnknown() {
    return this.message.$unknown;
  }
  setUnknown(value) {
    this.message.$unknown = value;
  }
};
function assertOwn(owner, member) {
  if (member.parent.typeName !== owner.$typeName) {
    throw new FieldError(member, `cannot use ${member.toString()} with message ${owner.$typeName}`, "ForeignFieldError");
  }
}
var ReflectListImpl = class {
  field() {
    return this._field;
  }
  get size() {
    return this._arr.length;
  }
  constructor(field, unsafeInput, check) {
    this._field = field;
    this._arr = this[unsafeLocal] = unsafeInput;
    this.check = check;
  }
  get(index) {
    const item = this._arr[index];
    return item === void 0 ? void 0 : listItemToReflect(this._field, item, this.check);
  }
  set(index, item) {
    if (index < 0 || index >= this._arr.length) {
      throw new FieldError(this._field, `list item #${index + 1}: out of range`);
    }
    if (this.check) {
      const err = checkListItem(this._field, index, item);
      if (err) {
        throw err;
      }
    }
    this._arr[index] = listItemToLocal(this._field, item);
  }
  add(item) {
    if (this.check) {
      const err = checkListItem(this._field, this._arr.length, item);
      if (err) {
        throw err;
      }
    }
    this._arr.push(listItemToLocal(this._field, item));
    return void 0;
  }
  clear() {
    this._arr.splice(0, this._arr.length);
  }
  [Symbol.iterator]() {
    return this.values();
  }
  keys() {
    return this._arr.keys();
  }
  *values() {
    for (const item of this._arr) {
      yield listItemToReflect(this._field, item, this.check);
    }
  }
  *entries() {
    for (let i = 0; i < this._arr.length; i++) {
      yield [i, listItemToReflect(this._field, this._arr[i], this.check)];
    }
  }
};
var ReflectMapImpl = class {
  constructor(field, unsafeInput, check = true) {
    this.obj = this[unsafeLocal] = unsafeInput !== null && unsafeInput !== void 0 ? unsafeInput : {};
    this.check = check;
    this._field = field;
  }
  field() {
    return this._field;
  }
  set(key, value) {
    if (this.check) {
      const err = checkMapEntry(this._field, key, value);
      if (err) {
        throw err;
      }
    }
    setOwn(this.obj, mapKeyToLocal(key), mapValueToLocal(this._field, value));
    return this;
  }
  delete(key) {
    const k = mapKeyToLocal(key);
    const has = Object.prototype.hasOwnProperty.call(this.obj, k);
    if (has) {
      delete this.obj[k];
    }
    return has;
  }
  clear() {
    for (const key of Object.keys(this.obj)) {
      delete this.obj[key];
    }
  }
  get(key) {
    let val = getOwn(this.obj, mapKeyToLocal(key));
    if (val !== void 0) {
      val = mapValueToReflect(this._field, val, this.check);
    }
    return val;
  }
  has(key) {
    return Object.prototype.hasOwnProperty.call(this.obj, mapKeyToLocal(key));
  }
  *keys() {
    for (const objKey of Object.keys(this.obj)) {
      yield mapKeyToReflect(objKey, this._field.mapKey);
    }
  }
  *entries() {
    for (const objEntry of Object.entries(this.obj)) {
      yield [
        mapKeyToReflect(objEntry[0], this._field.mapKey),
        mapValueToReflect(this._field, objEntry[1], this.check)
      ];
    }
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  get size() {
    return Object.keys(this.obj).length;
  }
  *values() {
    for (const val of Object.values(this.obj)) {
      yield mapValueToReflect(this._field, val, this.check);
    }
  }
  forEach(callbackfn, thisArg) {
    for (const mapEntry of this.entries()) {
      callbackfn.call(thisArg, mapEntry[1], mapEntry[0], this);
    }
  }
};
function messageToLocal(field, value) {
  if (!isReflectMessage(value)) {
    return value;
  }
  if (isWrapper(value.message) && !field.oneof && field.fieldKind == "message") {
    return value.message.value;
  }
  if (value.desc.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value") {
    return wktStructToLocal(value.message);
  }
  return value.message;
}
function messageToReflect(field, value, check) {
  if (value !== void 0) {
    if (isWrapperDesc(field.message) && !field.oneof && field.fieldKind == "message") {
      value = {
        $typeName: field.message.typeName,
        value: longToReflect(field.message.fields[0], value)
      };
    } else if (field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value" && isObject(value)) {
      value = wktStructToReflect(value);
    }
  }
  return new ReflectMessageImpl(field.message, value, check);
}
function listItemToLocal(field, value) {
  if (field.listKind == "message") {
    return messageToLocal(field, value);
  }
  return longToLocal(field, value);
}
function listItemToReflect(field, value, check) {
  if (field.listKind == "message") {
    return messageToReflect(field, value, check);
  }
  return longToReflect(field, value);
}
function mapValueToLocal(field, value) {
  if (field.mapKind == "message") {
    return messageToLocal(field, value);
  }
  return longToLocal(field, value);
}
function mapValueToReflect(field, value, check) {
  if (field.mapKind == "message") {
    return messageToReflect(field, value, check);
  }
  return value;
}
function mapKeyToLocal(key) {
  return typeof key == "string" || typeof key == "number" ? key : String(key);
}
function mapKeyToReflect(key, type) {
  switch (type) {
    case ScalarType.STRING:
      return key;
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32: {
      const n = Number.parseInt(key);
      if (Number.isFinite(n)) {
        return n;
      }
      break;
    }
    case ScalarType.BOOL:
      switch (key) {
        case "true":
          return true;
        case "false":
          return false;
      }
      break;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      try {
        return protoInt64.uParse(key);
      } catch (_a) {
      }
      break;
    default:
      try {
        return protoInt64.parse(key);
      } catch (_b) {
      }
      break;
  }
  return key;
}
function longToReflect(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field && field.longAsString && typeof value == "string") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field && field.longAsString && typeof value == "string") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}
function longToLocal(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field && field.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field && field.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/clone.js
function clone(schema, message) {
  return cloneReflect(reflect(schema, message)).message;
}
function cloneReflect(i) {
  const o = reflect(i.desc);
  for (const f of i.fields) {
    if (!i.isSet(f)) {
      continue;
    }
    switch (f.fieldKind) {
      case "list":
        const list = o.get(f);
        for (const item of i.get(f)) {
          list.add(cloneSingular(f, item));
        }
        break;
      case "map":
        const map = o.get(f);
        for (const entry of i.get(f).entries()) {
          map.set(entry[0], cloneSingular(f, entry[1]));
        }
        break;
      default: {
        o.set(f, cloneSingular(f, i.get(f)));
        break;
      }
    }
  }
  const unknown = i.getUnknown();
  if (unknown && unknown.length > 0) {
    o.setUnknown([...unknown]);
  }
  return o;
}
function cloneSingular(field, value) {
  if (field.message !== void 0 && isReflectMessage(value)) {
    return cloneReflect(value);
  }
  if (field.scalar == ScalarType.BYTES && value instanceof Uint8Array) {
    return value.slice();
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/base64-encoding.js
var nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
function base64Decode(base64Str) {
  const len = base64Str.length;
  let size = len - (len + 3 >> 2);
  if ((len & 3) == 0 && base64Str[len - 1] == "=") {
    size -= base64Str[len - 2] == "=" ? 2 : 1;
  }
  const bytes = new Uint8Array(size);
  let written = -1;
  if (nativeSetFromBase64) {
    try {
      const result = nativeSetFromBase64.call(bytes, base64Str);
      if (result.read == len) {
        written = result.written;
      }
    } catch (_a) {
    }
  }
  if (written < 0) {
    written = setFromBase64(bytes, base64Str);
  }
  return written == size ? bytes : bytes.subarray(0, written);
}
function setFromBase64(bytes, base64Str) {
  const table = getDecodeTable();
  let bytePos = 0, groupPos = 0, b, p = 0;
  for (let i = 0; i < base64Str.length; i++) {
    b = table[base64Str.charCodeAt(i)];
    if (b === void 0) {
      switch (base64Str[i]) {
        // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
        case "=":
          groupPos = 0;
        // reset state when padding found
        case "\n":
        case "\r":
        case "	":
        case " ":
          continue;
        // skip white-space, and padding
        default:
          throw Error("invalid base64 string");
      }
    }
    switch (groupPos) {
      case 0:
        p = b;
        groupPos = 1;
        break;
      case 1:
        bytes[bytePos++] = p << 2 | (b & 48) >> 4;
        p = b;
        groupPos = 2;
        break;
      case 2:
        bytes[bytePos++] = (p & 15) << 4 | (b & 60) >> 2;
        p = b;
        groupPos = 3;
        break;
      case 3:
        bytes[bytePos++] = (p & 3) << 6 | b;
        groupPos = 0;
        break;
    }
  }
  if (groupPos == 1)
    throw Error("invalid base64 string");
  return bytePos;
}
var nativeToBase64 = Uint8Array.prototype.toBase64;
var encodeTableStd;
var encodeTableUrl;
var decodeTable;
function getEncodeTable(encoding) {
  if (!encodeTableStd) {
    encodeTableStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    encodeTableUrl = encodeTableStd.slice(0, -2).concat("-", "_");
  }
  return encoding == "url" ? (
    // biome-ignore lint/style/noNonNullAssertion: TS fails to narrow down
    encodeTableUrl
  ) : encodeTableStd;
}
function getDecodeTable() {
  if (!decodeTable) {
    decodeTable = [];
    const encodeTable = getEncodeTable("std");
    for (let i = 0; i < encodeTable.length; i++)
      decodeTable[encodeTable[i].charCodeAt(0)] = i;
    decodeTable["-".charCodeAt(0)] = encodeTable.indexOf("+");
    decodeTable["_".charCodeAt(0)] = encodeTable.indexOf("/");
  }
  return decodeTable;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/names.js
function protoCamelCase(snakeCase) {
  let capNext = false;
  const b = [];
  for (let i = 0; i < snakeCase.length; i++) {
    let c = snakeCase.charAt(i);
    switch (c) {
      case "_":
        capNext = true;
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        b.push(c);
        capNext = false;
        break;
      default:
        if (capNext) {
          capNext = false;
          c = c.toUpperCase();
        }
        b.push(c);
        break;
    }
  }
  return b.join("");
}
var reservedObjectProperties = /* @__PURE__ */ new Set([
  // names reserved by JavaScript
  "constructor",
  "toString",
  "toJSON",
  "valueOf"
]);
function safeObjectProperty(name) {
  return reservedObjectProperties.has(name) ? name + "$" : name;
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/restore-json-names.js
function restoreJsonNames(message) {
  for (const f of message.field) {
    if (!unsafeIsSetExplicit(f, "jsonName")) {
      f.jsonName = protoCamelCase(f.name);
    }
  }
  message.nestedType.forEach(restoreJsonNames);
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-format.js
function parseTextFormatEnumValue(descEnum, value) {
  const enumValue = descEnum.values.find((v) => v.name === value);
  if (!enumValue) {
    throw new Error(`cannot parse ${descEnum} default value: ${value}`);
  }
  return enumValue.number;
}
function parseTextFormatScalarValue(type, value) {
  switch (type) {
    case ScalarType.STRING:
      return value;
    case ScalarType.BYTES: {
      const u = unescapeBytesDefaultValue(value);
      if (u === false) {
        throw new Error(`cannot parse ${ScalarType[type]} default value: ${value}`);
      }
      return u;
    }
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return protoInt64.parse(value);
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return protoInt64.uParse(value);
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      switch (value) {
        case "inf":
          return Number.POSITIVE_INFINITY;
        case "-inf":
          return Number.NEGATIVE_INFINITY;
        case "nan":
          return Number.NaN;
        default:
          return parseFloat(value);
      }
    case ScalarType.BOOL:
      return value === "true";
    case ScalarType.INT32:
    case ScalarType.UINT32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
      return parseInt(value, 10);
  }
}
function unescapeBytesDefaultValue(str) {
  const b = [];
  const input = {
    tail: str,
    c: "",
    next() {
      if (this.tail.length == 0) {
        return false;
      }
      this.c = this.tail[0];
      this.tail = this.tail.substring(1);
      return true;
    },
    take(n) {
      if (this.tail.length >= n) {
        const r = this.tail.substring(0, n);
        this.tail = this.tail.substring(n);
        return r;
      }
      return false;
    }
  };
  while (input.next()) {
    switch (input.c) {
      case "\\":
        if (input.next()) {
          switch (input.c) {
            case "\\":
              b.push(input.c.charCodeAt(0));
              break;
            case "b":
              b.push(8);
              break;
            case "f":
              b.push(12);
              break;
            case "n":
              b.push(10);
              break;
            case "r":
              b.push(13);
              break;
            case "t":
              b.push(9);
              break;
            case "v":
              b.push(11);
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7": {
              const s = input.c;
              const t = input.take(2);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 8);
              if (Number.isNaN(n)) {
                return false;
              }
              b.push(n);
              break;
            }
            case "x": {
              const s = input.c;
              const t = input.take(2);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              b.push(n);
              break;
            }
            case "u": {
              const s = input.c;
              const t = input.take(4);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              const chunk = new Uint8Array(4);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, n, true);
              b.push(chunk[0], chunk[1], chunk[2], chunk[3]);
              break;
            }
            case "U": {
              const s = input.c;
              const t = input.take(8);
              if (t === false) {
                return false;
              }
              const tc = protoInt64.uEnc(s + t);
              const chunk = new Uint8Array(8);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, tc.lo, true);
              view.setInt32(4, tc.hi, true);
              b.push(chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]);
              break;
            }
          }
        }
        break;
      default:
        b.push(input.c.charCodeAt(0));
    }
  }
  return new Uint8Array(b);
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/nested-types.js
function* nestedTypes(desc) {
  switch (desc.kind) {
    case "file":
      for (const message of desc.messages) {
        yield message;
        yield* nestedTypes(message);
      }
      yield* desc.enums;
      yield* desc.services;
      yield* desc.extensions;
      break;
    case "message":
      for (const message of desc.nestedMessages) {
        yield message;
        yield* nestedTypes(message);
      }
      yield* desc.nestedEnums;
      yield* desc.nestedExtensions;
      break;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/registry.js
function createEmbeddedFileRegistry(fileDescriptorProto, resolve) {
  return buildFileRegistry([fileDescriptorProto, resolve]);
}
function buildFileRegistry(args, check) {
  const registry = createBaseRegistry();
  if (!args.length) {
    return registry;
  }
  if ("$typeName" in args[0] && args[0].$typeName == "google.protobuf.FileDescriptorSet") {
    for (const file of args[0].file) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
    return registry;
  }
  if ("$typeName" in args[0]) {
    let recurseDeps = function(file) {
      const deps = [];
      for (const protoFileName of file.dependency) {
        if (registry.getFile(protoFileName) != void 0) {
          continue;
        }
        if (seen.has(protoFileName)) {
          continue;
        }
        const dep = resolve(protoFileName);
        if (!dep) {
          throw new Error(`Unable to resolve ${protoFileName}, imported by ${file.name}`);
        }
        if ("kind" in dep) {
          registry.addFile(dep, false, true);
        } else {
          seen.add(dep.name);
          deps.push(dep);
        }
      }
      return deps.concat(...deps.map(recurseDeps));
    };
    const input = args[0];
    const resolve = args[1];
    const seen = /* @__PURE__ */ new Set();
    for (const file of [input, ...recurseDeps(input)].reverse()) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
  } else {
    for (const fileReg of args) {
      for (const file of fileReg.files) {
        registry.addFile(file);
      }
    }
  }
  return registry;
}
function createBaseRegistry() {
  const types = /* @__PURE__ */ new Map();
  const extendees = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  return {
    kind: "registry",
    types,
    extendees,
    [Symbol.iterator]() {
      return types.values();
    },
    get files() {
      return files.values();
    },
    addFile(file, skipTypes, withDeps) {
      files.set(file.proto.name, file);
      if (!skipTypes) {
        for (const type of nestedTypes(file)) {
          this.add(type);
        }
      }
      if (withDeps) {
        for (const f of file.dependencies) {
          this.addFile(f, skipTypes, withDeps);
        }
      }
    },
    add(desc) {
      if (desc.kind == "extension") {
        let numberToExt = extendees.get(desc.extendee.typeName);
        if (!numberToExt) {
          extendees.set(
            desc.extendee.typeName,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            numberToExt = /* @__PURE__ */ new Map()
          );
        }
        numberToExt.set(desc.number, desc);
      }
      types.set(desc.typeName, desc);
    },
    get(typeName) {
      return types.get(typeName);
    },
    getFile(fileName) {
      return files.get(fileName);
    },
    getMessage(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "message" ? t : void 0;
    },
    getEnum(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "enum" ? t : void 0;
    },
    getExtension(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "extension" ? t : void 0;
    },
    getExtensionFor(extendee, no) {
      var _a;
      return (_a = extendees.get(extendee.typeName)) === null || _a === void 0 ? void 0 : _a.get(no);
    },
    getService(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "service" ? t : void 0;
    }
  };
}
var EDITION_PROTO22 = 998;
var EDITION_PROTO32 = 999;
var EDITION_UNSTABLE = 9999;
var TYPE_STRING = 9;
var TYPE_GROUP = 10;
var TYPE_MESSAGE = 11;
var TYPE_BYTES = 12;
var TYPE_ENUM = 14;
var LABEL_REPEATED = 3;
var LABEL_REQUIRED = 2;
var JS_STRING = 1;
var IDEMPOTENCY_UNKNOWN = 0;
var EXPLICIT = 1;
var IMPLICIT3 = 2;
var LEGACY_REQUIRED = 3;
var PACKED = 1;
var DELIMITED = 2;
var OPEN = 1;
var VERIFY = 2;
var maximumEdition = 1002;
var featureDefaults = {
  // EDITION_PROTO2
  998: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 2,
    // CLOSED,
    repeatedFieldEncoding: 2,
    // EXPANDED,
    utf8Validation: 3,
    // NONE,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 2,
    // LEGACY_BEST_EFFORT,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_PROTO3
  999: {
    fieldPresence: 2,
    // IMPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2023
  1e3: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2024
  1001: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 1,
    // STYLE2024,
    defaultSymbolVisibility: 2,
    // EXPORT_TOP_LEVEL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2026
  1002: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 3,
    // STYLE2026,
    defaultSymbolVisibility: 4,
    // STRICT,
    enforceProtoLimits: 2
    // PROTO_LIMITS2026,
  }
};
function addFile(proto, reg) {
  var _a, _b;
  const file = {
    kind: "file",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    edition: getFileEdition(proto),
    name: proto.name.replace(/\.proto$/, ""),
    dependencies: findFileDependencies(proto, reg),
    enums: [],
    messages: [],
    extensions: [],
    services: [],
    toString() {
      return `file ${proto.name}`;
    }
  };
  const mapEntriesStore = /* @__PURE__ */ new Map();
  const mapEntries = {
    get(typeName) {
      return mapEntriesStore.get(typeName);
    },
    add(desc) {
      var _a2;
      assert(((_a2 = desc.proto.options) === null || _a2 === void 0 ? void 0 : _a2.mapEntry) === true);
      mapEntriesStore.set(desc.typeName, desc);
    }
  };
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, void 0, reg);
  }
  for (const messageProto of proto.messageType) {
    addMessage(messageProto, file, void 0, reg, mapEntries);
  }
  for (const serviceProto of proto.service) {
    addService(serviceProto, file, reg);
  }
  addExtensions(file, reg);
  for (const mapEntry of mapEntriesStore.values()) {
    addFields(mapEntry, reg, mapEntries);
  }
  for (const message of file.messages) {
    addFields(message, reg, mapEntries);
    addExtensions(message, reg);
  }
  reg.addFile(file, true);
}
function addExtensions(desc, reg) {
  switch (desc.kind) {
    case "file":
      for (const proto of desc.proto.extension) {
        const ext = newField(proto, desc, reg);
        desc.extensions.push(ext);
        reg.add(ext);
      }
      break;
    case "message":
      for (const proto of desc.proto.extension) {
        const ext = newField(proto, desc, reg);
        desc.nestedExtensions.push(ext);
        reg.add(ext);
      }
      for (const message of desc.nestedMessages) {
        addExtensions(message, reg);
      }
      break;
  }
}
function addFields(message, reg, mapEntries) {
  const allOneofs = message.proto.oneofDecl.map((proto) => newOneof(proto, message));
  const oneofsSeen = /* @__PURE__ */ new Set();
  for (const proto of message.proto.field) {
    const oneof = findOneof(proto, allOneofs);
    const field = newField(proto, message, reg, oneof, mapEntries);
    message.fields.push(field);
    message.field[field.localName] = field;
    if (oneof === void 0) {
      message.members.push(field);
    } else {
      oneof.fields.push(field);
      if (!oneofsSeen.has(oneof)) {
        oneofsSeen.add(oneof);
        message.members.push(oneof);
      }
    }
  }
  for (const oneof of allOneofs.filter((o) => oneofsSeen.has(o))) {
    message.oneofs.push(oneof);
  }
  for (const child of message.nestedMessages) {
    addFields(child, reg, mapEntries);
  }
}
function addEnum(proto, file, parent, reg) {
  var _a, _b, _c, _d, _e, _f, _g;
  var _h, _j;
  const sharedPrefix = findEnumSharedPrefix(proto.name, proto.value);
  const desc = {
    kind: "enum",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    open: true,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    value: {},
    values: [],
    sharedPrefix,
    toString() {
      return `enum ${this.typeName}`;
    }
  };
  desc.open = isEnumOpen(desc);
  reg.add(desc);
  for (const p of proto.value) {
    const name = p.name;
    const value = {
      kind: "enum_value",
      proto: p,
      deprecated: (_d = (_c = p.options) === null || _c === void 0 ? void 0 : _c.deprecated) !== null && _d !== void 0 ? _d : false,
      parent: desc,
      name,
      localName: safeObjectProperty(sharedPrefix == void 0 ? name : name.substring(sharedPrefix.length)),
      number: p.number,
      jsonName: (_e = findEnumValueJsonName(p)) !== null && _e !== void 0 ? _e : name,
      toString() {
        return `enum value ${desc.typeName}.${name}`;
      }
    };
    desc.values.push(value);
    (_f = (_h = desc.value)[_j = p.number]) !== null && _f !== void 0 ? _f : _h[_j] = value;
  }
  ((_g = parent === null || parent === void 0 ? void 0 : parent.nestedEnums) !== null && _g !== void 0 ? _g : file.enums).push(desc);
}
function addMessage(proto, file, parent, reg, mapEntries) {
  var _a, _b, _c, _d;
  const desc = {
    kind: "message",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    fields: [],
    field: {},
    oneofs: [],
    members: [],
    nestedEnums: [],
    nestedMessages: [],
    nestedExtensions: [],
    toString() {
      return `message ${this.typeName}`;
    }
  };
  if (((_c = proto.options) === null || _c === void 0 ? void 0 : _c.mapEntry) === true) {
    mapEntries.add(desc);
  } else {
    ((_d = parent === null || parent === void 0 ? void 0 : parent.nestedMessages) !== null && _d !== void 0 ? _d : file.messages).push(desc);
    reg.add(desc);
  }
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, desc, reg);
  }
  for (const messageProto of proto.nestedType) {
    addMessage(messageProto, file, desc, reg, mapEntries);
  }
}
function addService(proto, file, reg) {
  var _a, _b;
  const desc = {
    kind: "service",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    name: proto.name,
    typeName: makeTypeName(proto, void 0, file),
    methods: [],
    method: {},
    toString() {
      return `service ${this.typeName}`;
    }
  };
  file.services.push(desc);
  reg.add(desc);
  for (const methodProto of proto.method) {
    const method = newMethod(methodProto, desc, reg);
    desc.methods.push(method);
    desc.method[method.localName] = method;
  }
}
function newMethod(proto, parent, reg) {
  var _a, _b, _c, _d;
  let methodKind;
  if (proto.clientStreaming && proto.serverStreaming) {
    methodKind = "bidi_streaming";
  } else if (proto.clientStreaming) {
    methodKind = "client_streaming";
  } else if (proto.serverStreaming) {
    methodKind = "server_streaming";
  } else {
    methodKind = "unary";
  }
  const input = reg.getMessage(trimLeadingDot(proto.inputType));
  const output = reg.getMessage(trimLeadingDot(proto.outputType));
  assert(input, `invalid MethodDescriptorProto: input_type ${proto.inputType} not found`);
  assert(output, `invalid MethodDescriptorProto: output_type ${proto.inputType} not found`);
  const name = proto.name;
  return {
    kind: "rpc",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    parent,
    name,
    localName: safeObjectProperty(name.length ? safeObjectProperty(name[0].toLowerCase() + name.substring(1)) : name),
    methodKind,
    input,
    output,
    idempotency: (_d = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.idempotencyLevel) !== null && _d !== void 0 ? _d : IDEMPOTENCY_UNKNOWN,
    toString() {
      return `rpc ${parent.typeName}.${name}`;
    }
  };
}
function newOneof(proto, parent) {
  return {
    kind: "oneof",
    proto,
    deprecated: false,
    parent,
    fields: [],
    name: proto.name,
    localName: safeObjectProperty(protoCamelCase(proto.name)),
    toString() {
      return `oneof ${parent.typeName}.${this.name}`;
    }
  };
}
function newField(proto, parentOrFile, reg, oneof, mapEntries) {
  var _a, _b, _c;
  const isExtension = mapEntries === void 0;
  const field = {
    kind: "field",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    name: proto.name,
    number: proto.number,
    scalar: void 0,
    message: void 0,
    enum: void 0,
    presence: getFieldPresence(proto, oneof, isExtension, parentOrFile),
    utf8Validation: isUtf8Validated(proto, parentOrFile),
    listKind: void 0,
    mapKind: void 0,
    mapKey: void 0,
    delimitedEncoding: void 0,
    packed: void 0,
    longAsString: false,
    getDefaultValue: void 0
  };
  let toStr;
  if (isExtension) {
    const file = parentOrFile.kind == "file" ? parentOrFile : parentOrFile.file;
    const parent = parentOrFile.kind == "file" ? void 0 : parentOrFile;
    const typeName = makeTypeName(proto, parent, file);
    field.kind = "extension";
    field.file = file;
    field.parent = parent;
    field.oneof = void 0;
    field.typeName = typeName;
    field.jsonName = `[${typeName}]`;
    toStr = () => `extension ${typeName}`;
    const extendee = reg.getMessage(trimLeadingDot(proto.extendee));
    assert(extendee, `invalid FieldDescriptorProto: extendee ${proto.extendee} not found`);
    field.extendee = extendee;
  } else {
    const parent = parentOrFile;
    assert(parent.kind == "message");
    field.parent = parent;
    field.oneof = oneof;
    field.localName = oneof ? protoCamelCase(proto.name) : safeObjectProperty(protoCamelCase(proto.name));
    field.jsonName = proto.jsonName;
    toStr = () => `field ${parent.typeName}.${proto.name}`;
  }
  Object.defineProperty(field, "toString", {
    value: toStr,
    writable: true,
    enumerable: true,
    configurable: true
  });
  const label = proto.label;
  const type = proto.type;
  const jstype = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.jstype;
  if (label === LABEL_REPEATED) {
    const mapEntry = type == TYPE_MESSAGE ? mapEntries === null || mapEntries === void 0 ? void 0 : mapEntries.get(trimLeadingDot(proto.typeName)) : void 0;
    if (mapEntry) {
      field.fieldKind = "map";
      const { key, value } = findMapEntryFields(mapEntry);
      field.mapKey = key.scalar;
      field.mapKind = value.fieldKind;
      field.message = value.message;
      field.delimitedEncoding = false;
      field.enum = value.enum;
      field.scalar = value.scalar;
      return field;
    }
    field.fieldKind = "list";
    switch (type) {
      case TYPE_MESSAGE:
      case TYPE_GROUP:
        field.listKind = "message";
        field.message = reg.getMessage(trimLeadingDot(proto.typeName));
        assert(field.message);
        field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
        break;
      case TYPE_ENUM:
        field.listKind = "enum";
        field.enum = reg.getEnum(trimLeadingDot(proto.typeName));
        assert(field.enum);
        break;
      default:
        field.listKind = "scalar";
        field.scalar = type;
        field.longAsString = jstype == JS_STRING;
        break;
    }
    field.packed = isPackedField(proto, parentOrFile);
    return field;
  }
  switch (type) {
    case TYPE_MESSAGE:
    case TYPE_GROUP:
      field.fieldKind = "message";
      field.message = reg.getMessage(trimLeadingDot(proto.typeName));
      assert(field.message, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
      field.getDefaultValue = () => void 0;
      break;
    case TYPE_ENUM: {
      const enumeration = reg.getEnum(trimLeadingDot(proto.typeName));
      assert(enumeration !== void 0, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field.fieldKind = "enum";
      field.enum = reg.getEnum(trimLeadingDot(proto.typeName));
      field.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatEnumValue(enumeration, proto.defaultValue) : void 0;
      };
      break;
    }
    default: {
      field.fieldKind = "scalar";
      field.scalar = type;
      field.longAsString = jstype == JS_STRING;
      field.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatScalarValue(type, proto.defaultValue) : void 0;
      };
      break;
    }
  }
  return field;
}
function getFileEdition(proto) {
  switch (proto.syntax) {
    case "":
    case "proto2":
      return EDITION_PROTO22;
    case "proto3":
      return EDITION_PROTO32;
    case "editions":
      if (proto.edition === EDITION_UNSTABLE) {
        return maximumEdition;
      }
      if (proto.edition in featureDefaults) {
        return proto.edition;
      }
      throw new Error(`${proto.name}: unsupported edition`);
    default:
      throw new Error(`${proto.name}: unsupported syntax "${proto.syntax}"`);
  }
}
function findFileDependencies(proto, reg) {
  return proto.dependency.map((wantName) => {
    const dep = reg.getFile(wantName);
    if (!dep) {
      throw new Error(`Cannot find ${wantName}, imported by ${proto.name}`);
    }
    return dep;
  });
}
function findEnumSharedPrefix(enumName, values) {
  const prefix = camelToSnakeCase(enumName) + "_";
  for (const value of values) {
    if (!value.name.toLowerCase().startsWith(prefix)) {
      return void 0;
    }
    const shortName = value.name.substring(prefix.length);
    if (shortName.length == 0) {
      return void 0;
    }
    if (/^\d/.test(shortName)) {
      return void 0;
    }
  }
  return prefix;
}
function findEnumValueJsonName(proto) {
  var _a, _b;
  const extensionNumber = 998;
  const fieldNumber = 1;
  let jsonName;
  for (const uf of (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.$unknown) !== null && _b !== void 0 ? _b : []) {
    if (uf.no !== extensionNumber || uf.wireType !== WireType.LengthDelimited) {
      continue;
    }
    const reader = new BinaryReader(new BinaryReader(uf.data).bytes());
    while (reader.pos < reader.len) {
      const [no, wireType] = reader.tag();
      if (no === fieldNumber && wireType === WireType.LengthDelimited) {
        jsonName = reader.string();
      } else {
        reader.skip(wireType, no);
      }
    }
  }
  return jsonName;
}
function camelToSnakeCase(camel) {
  return (camel.substring(0, 1) + camel.substring(1).replace(/[A-Z]/g, (c) => "_" + c)).toLowerCase();
}
function makeTypeName(proto, parent, file) {
  let typeName;
  if (parent) {
    typeName = `${parent.typeName}.${proto.name}`;
  } else if (file.proto.package.length > 0) {
    typeName = `${file.proto.package}.${proto.name}`;
  } else {
    typeName = `${proto.name}`;
  }
  return typeName;
}
function trimLeadingDot(typeName) {
  return typeName.startsWith(".") ? typeName.substring(1) : typeName;
}
function findOneof(proto, allOneofs) {
  if (!unsafeIsSetExplicit(proto, "oneofIndex")) {
    return void 0;
  }
  if (proto.proto3Optional) {
    return void 0;
  }
  const oneof = allOneofs[proto.oneofIndex];
  assert(oneof, `invalid FieldDescriptorProto: oneof #${proto.oneofIndex} for field #${proto.number} not found`);
  return oneof;
}
function getFieldPresence(proto, oneof, isExtension, parent) {
  if (proto.label == LABEL_REQUIRED) {
    return LEGACY_REQUIRED;
  }
  if (proto.label == LABEL_REPEATED) {
    return IMPLICIT3;
  }
  if (!!oneof || proto.proto3Optional) {
    return EXPLICIT;
  }
  if (isExtension) {
    return EXPLICIT;
  }
  const resolved = resolveFeature("fieldPresence", { proto, parent });
  if (resolved == IMPLICIT3 && (proto.type == TYPE_MESSAGE || proto.type == TYPE_GROUP)) {
    return EXPLICIT;
  }
  return resolved;
}
function isPackedField(proto, parent) {
  if (proto.label != LABEL_REPEATED) {
    return false;
  }
  switch (proto.type) {
    case TYPE_STRING:
    case TYPE_BYTES:
    case TYPE_GROUP:
    case TYPE_MESSAGE:
      return false;
  }
  const o = proto.options;
  if (o && unsafeIsSetExplicit(o, "packed")) {
    return o.packed;
  }
  return PACKED == resolveFeature("repeatedFieldEncoding", {
    proto,
    parent
  });
}
function findMapEntryFields(mapEntry) {
  const key = mapEntry.fields.find((f) => f.number === 1);
  const value = mapEntry.fields.find((f) => f.number === 2);
  assert(key && key.fieldKind == "scalar" && key.scalar != ScalarType.BYTES && key.scalar != ScalarType.FLOAT && key.scalar != ScalarType.DOUBLE && value && value.fieldKind != "list" && value.fieldKind != "map");
  return { key, value };
}
function isEnumOpen(desc) {
  var _a;
  return OPEN == resolveFeature("enumType", {
    proto: desc.proto,
    parent: (_a = desc.parent) !== null && _a !== void 0 ? _a : desc.file
  });
}
function isDelimitedEncoding(proto, parent) {
  if (proto.type == TYPE_GROUP) {
    return true;
  }
  return DELIMITED == resolveFeature("messageEncoding", {
    proto,
    parent
  });
}
function isUtf8Validated(proto, parent) {
  return VERIFY == resolveFeature("utf8Validation", {
    proto,
    parent
  });
}
function resolveFeature(name, ref) {
  var _a, _b;
  const featureSet = (_a = ref.proto.options) === null || _a === void 0 ? void 0 : _a.features;
  if (featureSet) {
    const val = featureSet[name];
    if (val != 0) {
      return val;
    }
  }
  if ("kind" in ref) {
    if (ref.kind == "message") {
      return resolveFeature(name, (_b = ref.parent) !== null && _b !== void 0 ? _b : ref.file);
    }
    const editionDefaults = featureDefaults[ref.edition];
    if (!editionDefaults) {
      throw new Error(`feature default for edition ${ref.edition} not found`);
    }
    return editionDefaults[name];
  }
  return resolveFeature(name, ref.parent);
}
function assert(condition, msg) {
  if (!condition) {
    throw new Error(msg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/boot.js
function boot(boot2) {
  const root = bootFileDescriptorProto(boot2);
  root.messageType.forEach(restoreJsonNames);
  const reg = createEmbeddedFileRegistry(root, () => void 0);
  return reg.getFile(root.name);
}
function bootFileDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    syntax: "",
    edition: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FileDescriptorProto", dependency: [], publicDependency: [], weakDependency: [], optionDependency: [], service: [], extension: [] }, init), { messageType: init.messageType.map(bootDescriptorProto), enumType: init.enumType.map(bootEnumDescriptorProto) }));
}
function bootDescriptorProto(init) {
  var _a, _b, _c, _d, _e, _f, _g, _h;
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.DescriptorProto",
    name: init.name,
    field: (_b = (_a = init.field) === null || _a === void 0 ? void 0 : _a.map(bootFieldDescriptorProto)) !== null && _b !== void 0 ? _b : [],
    extension: [],
    nestedType: (_d = (_c = init.nestedType) === null || _c === void 0 ? void 0 : _c.map(bootDescriptorProto)) !== null && _d !== void 0 ? _d : [],
    enumType: (_f = (_e = init.enumType) === null || _e === void 0 ? void 0 : _e.map(bootEnumDescriptorProto)) !== null && _f !== void 0 ? _f : [],
    extensionRange: (_h = (_g = init.extensionRange) === null || _g === void 0 ? void 0 : _g.map((e) => Object.assign({ $typeName: "google.protobuf.DescriptorProto.ExtensionRange" }, e))) !== null && _h !== void 0 ? _h : [],
    oneofDecl: [],
    reservedRange: [],
    reservedName: []
  });
}
function bootFieldDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    label: 1,
    typeName: "",
    extendee: "",
    defaultValue: "",
    oneofIndex: 0,
    jsonName: "",
    proto3Optional: false
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldDescriptorProto" }, init), { options: init.options ? bootFieldOptions(init.options) : void 0 }));
}
function bootFieldOptions(init) {
  var _a, _b, _c;
  const proto = /* @__PURE__ */ Object.create({
    ctype: 0,
    packed: false,
    jstype: 0,
    lazy: false,
    unverifiedLazy: false,
    deprecated: false,
    weak: false,
    debugRedact: false,
    retention: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldOptions" }, init), { targets: (_a = init.targets) !== null && _a !== void 0 ? _a : [], editionDefaults: (_c = (_b = init.editionDefaults) === null || _b === void 0 ? void 0 : _b.map((e) => Object.assign({ $typeName: "google.protobuf.FieldOptions.EditionDefault" }, e))) !== null && _c !== void 0 ? _c : [], uninterpretedOption: [] }));
}
function bootEnumDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.EnumDescriptorProto",
    name: init.name,
    reservedName: [],
    reservedRange: [],
    value: init.value.map((e) => Object.assign({ $typeName: "google.protobuf.EnumValueDescriptorProto" }, e))
  });
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/message.js
function messageDesc(file, path12, ...paths) {
  return paths.reduce((acc, cur) => acc.nestedMessages[cur], file.messages[path12]);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js
var file_google_protobuf_descriptor = /* @__PURE__ */ boot({ "name": "google/protobuf/descriptor.proto", "package": "google.protobuf", "messageType": [{ "name": "FileDescriptorSet", "field": [{ "name": "file", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FileDescriptorProto" }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "FileDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "package", "number": 2, "type": 9, "label": 1 }, { "name": "dependency", "number": 3, "type": 9, "label": 3 }, { "name": "public_dependency", "number": 10, "type": 5, "label": 3 }, { "name": "weak_dependency", "number": 11, "type": 5, "label": 3 }, { "name": "option_dependency", "number": 15, "type": 9, "label": 3 }, { "name": "message_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "service", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.ServiceDescriptorProto" }, { "name": "extension", "number": 7, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FileOptions" }, { "name": "source_code_info", "number": 9, "type": 11, "label": 1, "typeName": ".google.protobuf.SourceCodeInfo" }, { "name": "syntax", "number": 12, "type": 9, "label": 1 }, { "name": "edition", "number": 14, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }] }, { "name": "DescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "field", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "extension", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "nested_type", "number": 3, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "extension_range", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ExtensionRange" }, { "name": "oneof_decl", "number": 8, "type": 11, "label": 3, "typeName": ".google.protobuf.OneofDescriptorProto" }, { "name": "options", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.MessageOptions" }, { "name": "reserved_range", "number": 9, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ReservedRange" }, { "name": "reserved_name", "number": 10, "type": 9, "label": 3 }, { "name": "visibility", "number": 11, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "ExtensionRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions" }] }, { "name": "ReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "ExtensionRangeOptions", "field": [{ "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }, { "name": "declaration", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.ExtensionRangeOptions.Declaration", "options": { "retention": 2 } }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "verification", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions.VerificationState", "defaultValue": "UNVERIFIED", "options": { "retention": 2 } }], "nestedType": [{ "name": "Declaration", "field": [{ "name": "number", "number": 1, "type": 5, "label": 1 }, { "name": "full_name", "number": 2, "type": 9, "label": 1 }, { "name": "type", "number": 3, "type": 9, "label": 1 }, { "name": "reserved", "number": 5, "type": 8, "label": 1 }, { "name": "repeated", "number": 6, "type": 8, "label": 1 }] }], "enumType": [{ "name": "VerificationState", "value": [{ "name": "DECLARATION", "number": 0 }, { "name": "UNVERIFIED", "number": 1 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 3, "type": 5, "label": 1 }, { "name": "label", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Label" }, { "name": "type", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Type" }, { "name": "type_name", "number": 6, "type": 9, "label": 1 }, { "name": "extendee", "number": 2, "type": 9, "label": 1 }, { "name": "default_value", "number": 7, "type": 9, "label": 1 }, { "name": "oneof_index", "number": 9, "type": 5, "label": 1 }, { "name": "json_name", "number": 10, "type": 9, "label": 1 }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions" }, { "name": "proto3_optional", "number": 17, "type": 8, "label": 1 }], "enumType": [{ "name": "Type", "value": [{ "name": "TYPE_DOUBLE", "number": 1 }, { "name": "TYPE_FLOAT", "number": 2 }, { "name": "TYPE_INT64", "number": 3 }, { "name": "TYPE_UINT64", "number": 4 }, { "name": "TYPE_INT32", "number": 5 }, { "name": "TYPE_FIXED64", "number": 6 }, { "name": "TYPE_FIXED32", "number": 7 }, { "name": "TYPE_BOOL", "number": 8 }, { "name": "TYPE_STRING", "number": 9 }, { "name": "TYPE_GROUP", "number": 10 }, { "name": "TYPE_MESSAGE", "number": 11 }, { "name": "TYPE_BYTES", "number": 12 }, { "name": "TYPE_UINT32", "number": 13 }, { "name": "TYPE_ENUM", "number": 14 }, { "name": "TYPE_SFIXED32", "number": 15 }, { "name": "TYPE_SFIXED64", "number": 16 }, { "name": "TYPE_SINT32", "number": 17 }, { "name": "TYPE_SINT64", "number": 18 }] }, { "name": "Label", "value": [{ "name": "LABEL_OPTIONAL", "number": 1 }, { "name": "LABEL_REPEATED", "number": 3 }, { "name": "LABEL_REQUIRED", "number": 2 }] }] }, { "name": "OneofDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "options", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.OneofOptions" }] }, { "name": "EnumDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "value", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumValueDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumOptions" }, { "name": "reserved_range", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto.EnumReservedRange" }, { "name": "reserved_name", "number": 5, "type": 9, "label": 3 }, { "name": "visibility", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "EnumReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "EnumValueDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumValueOptions" }] }, { "name": "ServiceDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "method", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.MethodDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ServiceOptions" }] }, { "name": "MethodDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "input_type", "number": 2, "type": 9, "label": 1 }, { "name": "output_type", "number": 3, "type": 9, "label": 1 }, { "name": "options", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.MethodOptions" }, { "name": "client_streaming", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "server_streaming", "number": 6, "type": 8, "label": 1, "defaultValue": "false" }] }, { "name": "FileOptions", "field": [{ "name": "java_package", "number": 1, "type": 9, "label": 1 }, { "name": "java_outer_classname", "number": 8, "type": 9, "label": 1 }, { "name": "java_multiple_files", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": {} }, { "name": "java_generate_equals_and_hash", "number": 20, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "java_string_check_utf8", "number": 27, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "optimize_for", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FileOptions.OptimizeMode", "defaultValue": "SPEED" }, { "name": "go_package", "number": 11, "type": 9, "label": 1 }, { "name": "cc_generic_services", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "java_generic_services", "number": 17, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "py_generic_services", "number": 18, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 23, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "cc_enable_arenas", "number": 31, "type": 8, "label": 1, "defaultValue": "true", "options": {} }, { "name": "objc_class_prefix", "number": 36, "type": 9, "label": 1 }, { "name": "csharp_namespace", "number": 37, "type": 9, "label": 1 }, { "name": "swift_prefix", "number": 39, "type": 9, "label": 1 }, { "name": "php_class_prefix", "number": 40, "type": 9, "label": 1 }, { "name": "php_namespace", "number": 41, "type": 9, "label": 1 }, { "name": "php_metadata_namespace", "number": 44, "type": 9, "label": 1 }, { "name": "ruby_package", "number": 45, "type": 9, "label": 1 }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "OptimizeMode", "value": [{ "name": "SPEED", "number": 1 }, { "name": "CODE_SIZE", "number": 2 }, { "name": "LITE_RUNTIME", "number": 3 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MessageOptions", "field": [{ "name": "message_set_wire_format", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "no_standard_descriptor_accessor", "number": 2, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "map_entry", "number": 7, "type": 8, "label": 1 }, { "name": "deprecated_legacy_json_field_conflicts", "number": 11, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 12, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldOptions", "field": [{ "name": "ctype", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.CType", "defaultValue": "STRING" }, { "name": "packed", "number": 2, "type": 8, "label": 1 }, { "name": "jstype", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.JSType", "defaultValue": "JS_NORMAL" }, { "name": "lazy", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "unverified_lazy", "number": 15, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "weak", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": { "deprecated": true } }, { "name": "debug_redact", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "retention", "number": 17, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.OptionRetention" }, { "name": "targets", "number": 19, "type": 14, "label": 3, "typeName": ".google.protobuf.FieldOptions.OptionTargetType" }, { "name": "edition_defaults", "number": 20, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldOptions.EditionDefault" }, { "name": "features", "number": 21, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "feature_support", "number": 22, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "nestedType": [{ "name": "EditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "value", "number": 2, "type": 9, "label": 1 }] }, { "name": "FeatureSupport", "field": [{ "name": "edition_introduced", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "edition_deprecated", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "deprecation_warning", "number": 3, "type": 9, "label": 1 }, { "name": "edition_removed", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "removal_error", "number": 5, "type": 9, "label": 1 }] }], "enumType": [{ "name": "CType", "value": [{ "name": "STRING", "number": 0 }, { "name": "CORD", "number": 1 }, { "name": "STRING_PIECE", "number": 2 }] }, { "name": "JSType", "value": [{ "name": "JS_NORMAL", "number": 0 }, { "name": "JS_STRING", "number": 1 }, { "name": "JS_NUMBER", "number": 2 }] }, { "name": "OptionRetention", "value": [{ "name": "RETENTION_UNKNOWN", "number": 0 }, { "name": "RETENTION_RUNTIME", "number": 1 }, { "name": "RETENTION_SOURCE", "number": 2 }] }, { "name": "OptionTargetType", "value": [{ "name": "TARGET_TYPE_UNKNOWN", "number": 0 }, { "name": "TARGET_TYPE_FILE", "number": 1 }, { "name": "TARGET_TYPE_EXTENSION_RANGE", "number": 2 }, { "name": "TARGET_TYPE_MESSAGE", "number": 3 }, { "name": "TARGET_TYPE_FIELD", "number": 4 }, { "name": "TARGET_TYPE_ONEOF", "number": 5 }, { "name": "TARGET_TYPE_ENUM", "number": 6 }, { "name": "TARGET_TYPE_ENUM_ENTRY", "number": 7 }, { "name": "TARGET_TYPE_SERVICE", "number": 8 }, { "name": "TARGET_TYPE_METHOD", "number": 9 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "OneofOptions", "field": [{ "name": "features", "number": 1, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumOptions", "field": [{ "name": "allow_alias", "number": 2, "type": 8, "label": 1 }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated_legacy_json_field_conflicts", "number": 6, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumValueOptions", "field": [{ "name": "deprecated", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "features", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "debug_redact", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "feature_support", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "ServiceOptions", "field": [{ "name": "features", "number": 34, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MethodOptions", "field": [{ "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "idempotency_level", "number": 34, "type": 14, "label": 1, "typeName": ".google.protobuf.MethodOptions.IdempotencyLevel", "defaultValue": "IDEMPOTENCY_UNKNOWN" }, { "name": "features", "number": 35, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "IdempotencyLevel", "value": [{ "name": "IDEMPOTENCY_UNKNOWN", "number": 0 }, { "name": "NO_SIDE_EFFECTS", "number": 1 }, { "name": "IDEMPOTENT", "number": 2 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "UninterpretedOption", "field": [{ "name": "name", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption.NamePart" }, { "name": "identifier_value", "number": 3, "type": 9, "label": 1 }, { "name": "positive_int_value", "number": 4, "type": 4, "label": 1 }, { "name": "negative_int_value", "number": 5, "type": 3, "label": 1 }, { "name": "double_value", "number": 6, "type": 1, "label": 1 }, { "name": "string_value", "number": 7, "type": 12, "label": 1 }, { "name": "aggregate_value", "number": 8, "type": 9, "label": 1 }], "nestedType": [{ "name": "NamePart", "field": [{ "name": "name_part", "number": 1, "type": 9, "label": 2 }, { "name": "is_extension", "number": 2, "type": 8, "label": 2 }] }] }, { "name": "FeatureSet", "field": [{ "name": "field_presence", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.FieldPresence", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPLICIT", "edition": 900 }, { "value": "IMPLICIT", "edition": 999 }, { "value": "EXPLICIT", "edition": 1e3 }] } }, { "name": "enum_type", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnumType", "options": { "retention": 1, "targets": [6, 1], "editionDefaults": [{ "value": "CLOSED", "edition": 900 }, { "value": "OPEN", "edition": 999 }] } }, { "name": "repeated_field_encoding", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.RepeatedFieldEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPANDED", "edition": 900 }, { "value": "PACKED", "edition": 999 }] } }, { "name": "utf8_validation", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.Utf8Validation", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "NONE", "edition": 900 }, { "value": "VERIFY", "edition": 999 }] } }, { "name": "message_encoding", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.MessageEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "LENGTH_PREFIXED", "edition": 900 }] } }, { "name": "json_format", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.JsonFormat", "options": { "retention": 1, "targets": [3, 6, 1], "editionDefaults": [{ "value": "LEGACY_BEST_EFFORT", "edition": 900 }, { "value": "ALLOW", "edition": 999 }] } }, { "name": "enforce_naming_style", "number": 7, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnforceNamingStyle", "options": { "retention": 2, "targets": [1, 2, 3, 4, 5, 6, 7, 8, 9], "editionDefaults": [{ "value": "STYLE_LEGACY", "edition": 900 }, { "value": "STYLE2024", "edition": 1001 }, { "value": "STYLE2026", "edition": 1002 }] } }, { "name": "default_symbol_visibility", "number": 8, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility", "options": { "retention": 2, "targets": [1], "editionDefaults": [{ "value": "EXPORT_ALL", "edition": 900 }, { "value": "EXPORT_TOP_LEVEL", "edition": 1001 }, { "value": "STRICT", "edition": 1002 }] } }, { "name": "enforce_proto_limits", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.ProtoLimitsFeature.EnforceProtoLimits", "options": { "retention": 2, "targets": [6, 3, 4, 5], "editionDefaults": [{ "value": "LEGACY_NO_EXPLICIT_LIMITS", "edition": 900 }, { "value": "PROTO_LIMITS2026", "edition": 1002 }] } }], "nestedType": [{ "name": "VisibilityFeature", "enumType": [{ "name": "DefaultSymbolVisibility", "value": [{ "name": "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", "number": 0 }, { "name": "EXPORT_ALL", "number": 1 }, { "name": "EXPORT_TOP_LEVEL", "number": 2 }, { "name": "LOCAL_ALL", "number": 3 }, { "name": "STRICT", "number": 4 }] }] }, { "name": "ProtoLimitsFeature", "enumType": [{ "name": "EnforceProtoLimits", "value": [{ "name": "PROTO_LIMITS_UNKNOWN", "number": 0 }, { "name": "LEGACY_NO_EXPLICIT_LIMITS", "number": 1 }, { "name": "PROTO_LIMITS2026", "number": 2 }] }] }], "enumType": [{ "name": "FieldPresence", "value": [{ "name": "FIELD_PRESENCE_UNKNOWN", "number": 0 }, { "name": "EXPLICIT", "number": 1 }, { "name": "IMPLICIT", "number": 2 }, { "name": "LEGACY_REQUIRED", "number": 3 }] }, { "name": "EnumType", "value": [{ "name": "ENUM_TYPE_UNKNOWN", "number": 0 }, { "name": "OPEN", "number": 1 }, { "name": "CLOSED", "number": 2 }] }, { "name": "RepeatedFieldEncoding", "value": [{ "name": "REPEATED_FIELD_ENCODING_UNKNOWN", "number": 0 }, { "name": "PACKED", "number": 1 }, { "name": "EXPANDED", "number": 2 }] }, { "name": "Utf8Validation", "value": [{ "name": "UTF8_VALIDATION_UNKNOWN", "number": 0 }, { "name": "VERIFY", "number": 2 }, { "name": "NONE", "number": 3 }] }, { "name": "MessageEncoding", "value": [{ "name": "MESSAGE_ENCODING_UNKNOWN", "number": 0 }, { "name": "LENGTH_PREFIXED", "number": 1 }, { "name": "DELIMITED", "number": 2 }] }, { "name": "JsonFormat", "value": [{ "name": "JSON_FORMAT_UNKNOWN", "number": 0 }, { "name": "ALLOW", "number": 1 }, { "name": "LEGACY_BEST_EFFORT", "number": 2 }] }, { "name": "EnforceNamingStyle", "value": [{ "name": "ENFORCE_NAMING_STYLE_UNKNOWN", "number": 0 }, { "name": "STYLE2024", "number": 1 }, { "name": "STYLE_LEGACY", "number": 2 }, { "name": "STYLE2026", "number": 3 }] }], "extensionRange": [{ "start": 1e3, "end": 9995 }, { "start": 9995, "end": 1e4 }, { "start": 1e4, "end": 10001 }] }, { "name": "FeatureSetDefaults", "field": [{ "name": "defaults", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault" }, { "name": "minimum_edition", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "maximum_edition", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }], "nestedType": [{ "name": "FeatureSetEditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "overridable_features", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "fixed_features", "number": 5, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }] }] }, { "name": "SourceCodeInfo", "field": [{ "name": "location", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.SourceCodeInfo.Location" }], "nestedType": [{ "name": "Location", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "span", "number": 2, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "leading_comments", "number": 3, "type": 9, "label": 1 }, { "name": "trailing_comments", "number": 4, "type": 9, "label": 1 }, { "name": "leading_detached_comments", "number": 6, "type": 9, "label": 3 }] }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "GeneratedCodeInfo", "field": [{ "name": "annotation", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation" }], "nestedType": [{ "name": "Annotation", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "source_file", "number": 2, "type": 9, "label": 1 }, { "name": "begin", "number": 3, "type": 5, "label": 1 }, { "name": "end", "number": 4, "type": 5, "label": 1 }, { "name": "semantic", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation.Semantic" }], "enumType": [{ "name": "Semantic", "value": [{ "name": "NONE", "number": 0 }, { "name": "SET", "number": 1 }, { "name": "ALIAS", "number": 2 }] }] }] }], "enumType": [{ "name": "Edition", "value": [{ "name": "EDITION_UNKNOWN", "number": 0 }, { "name": "EDITION_LEGACY", "number": 900 }, { "name": "EDITION_PROTO2", "number": 998 }, { "name": "EDITION_PROTO3", "number": 999 }, { "name": "EDITION_2023", "number": 1e3 }, { "name": "EDITION_2024", "number": 1001 }, { "name": "EDITION_2026", "number": 1002 }, { "name": "EDITION_UNSTABLE", "number": 9999 }, { "name": "EDITION_1_TEST_ONLY", "number": 1 }, { "name": "EDITION_2_TEST_ONLY", "number": 2 }, { "name": "EDITION_99997_TEST_ONLY", "number": 99997 }, { "name": "EDITION_99998_TEST_ONLY", "number": 99998 }, { "name": "EDITION_99999_TEST_ONLY", "number": 99999 }, { "name": "EDITION_MAX", "number": 2147483647 }] }, { "name": "SymbolVisibility", "value": [{ "name": "VISIBILITY_UNSET", "number": 0 }, { "name": "VISIBILITY_LOCAL", "number": 1 }, { "name": "VISIBILITY_EXPORT", "number": 2 }] }] });
var FileDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 1);
var ExtensionRangeOptions_VerificationState;
(function(ExtensionRangeOptions_VerificationState2) {
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["DECLARATION"] = 0] = "DECLARATION";
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["UNVERIFIED"] = 1] = "UNVERIFIED";
})(ExtensionRangeOptions_VerificationState || (ExtensionRangeOptions_VerificationState = {}));
var FieldDescriptorProto_Type;
(function(FieldDescriptorProto_Type2) {
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["DOUBLE"] = 1] = "DOUBLE";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FLOAT"] = 2] = "FLOAT";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["INT64"] = 3] = "INT64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["UINT64"] = 4] = "UINT64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["INT32"] = 5] = "INT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FIXED64"] = 6] = "FIXED64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FIXED32"] = 7] = "FIXED32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["BOOL"] = 8] = "BOOL";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["STRING"] = 9] = "STRING";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["GROUP"] = 10] = "GROUP";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["MESSAGE"] = 11] = "MESSAGE";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["BYTES"] = 12] = "BYTES";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["UINT32"] = 13] = "UINT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["ENUM"] = 14] = "ENUM";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SFIXED32"] = 15] = "SFIXED32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SFIXED64"] = 16] = "SFIXED64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SINT32"] = 17] = "SINT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SINT64"] = 18] = "SINT64";
})(FieldDescriptorProto_Type || (FieldDescriptorProto_Type = {}));
var FieldDescriptorProto_Label;
(function(FieldDescriptorProto_Label2) {
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["OPTIONAL"] = 1] = "OPTIONAL";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REPEATED"] = 3] = "REPEATED";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REQUIRED"] = 2] = "REQUIRED";
})(FieldDescriptorProto_Label || (FieldDescriptorProto_Label = {}));
var FileOptions_OptimizeMode;
(function(FileOptions_OptimizeMode2) {
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["SPEED"] = 1] = "SPEED";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["CODE_SIZE"] = 2] = "CODE_SIZE";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["LITE_RUNTIME"] = 3] = "LITE_RUNTIME";
})(FileOptions_OptimizeMode || (FileOptions_OptimizeMode = {}));
var FieldOptions_CType;
(function(FieldOptions_CType2) {
  FieldOptions_CType2[FieldOptions_CType2["STRING"] = 0] = "STRING";
  FieldOptions_CType2[FieldOptions_CType2["CORD"] = 1] = "CORD";
  FieldOptions_CType2[FieldOptions_CType2["STRING_PIECE"] = 2] = "STRING_PIECE";
})(FieldOptions_CType || (FieldOptions_CType = {}));
var FieldOptions_JSType;
(function(FieldOptions_JSType2) {
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NORMAL"] = 0] = "JS_NORMAL";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_STRING"] = 1] = "JS_STRING";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NUMBER"] = 2] = "JS_NUMBER";
})(FieldOptions_JSType || (FieldOptions_JSType = {}));
var FieldOptions_OptionRetention;
(function(FieldOptions_OptionRetention2) {
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_UNKNOWN"] = 0] = "RETENTION_UNKNOWN";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_RUNTIME"] = 1] = "RETENTION_RUNTIME";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_SOURCE"] = 2] = "RETENTION_SOURCE";
})(FieldOptions_OptionRetention || (FieldOptions_OptionRetention = {}));
var FieldOptions_OptionTargetType;
(function(FieldOptions_OptionTargetType2) {
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_UNKNOWN"] = 0] = "TARGET_TYPE_UNKNOWN";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FILE"] = 1] = "TARGET_TYPE_FILE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_EXTENSION_RANGE"] = 2] = "TARGET_TYPE_EXTENSION_RANGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_MESSAGE"] = 3] = "TARGET_TYPE_MESSAGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FIELD"] = 4] = "TARGET_TYPE_FIELD";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ONEOF"] = 5] = "TARGET_TYPE_ONEOF";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM"] = 6] = "TARGET_TYPE_ENUM";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM_ENTRY"] = 7] = "TARGET_TYPE_ENUM_ENTRY";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_SERVICE"] = 8] = "TARGET_TYPE_SERVICE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_METHOD"] = 9] = "TARGET_TYPE_METHOD";
})(FieldOptions_OptionTargetType || (FieldOptions_OptionTargetType = {}));
var MethodOptions_IdempotencyLevel;
(function(MethodOptions_IdempotencyLevel2) {
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENCY_UNKNOWN"] = 0] = "IDEMPOTENCY_UNKNOWN";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["NO_SIDE_EFFECTS"] = 1] = "NO_SIDE_EFFECTS";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENT"] = 2] = "IDEMPOTENT";
})(MethodOptions_IdempotencyLevel || (MethodOptions_IdempotencyLevel = {}));
var FeatureSet_VisibilityFeature_DefaultSymbolVisibility;
(function(FeatureSet_VisibilityFeature_DefaultSymbolVisibility2) {
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"] = 0] = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_ALL"] = 1] = "EXPORT_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_TOP_LEVEL"] = 2] = "EXPORT_TOP_LEVEL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["LOCAL_ALL"] = 3] = "LOCAL_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["STRICT"] = 4] = "STRICT";
})(FeatureSet_VisibilityFeature_DefaultSymbolVisibility || (FeatureSet_VisibilityFeature_DefaultSymbolVisibility = {}));
var FeatureSet_ProtoLimitsFeature_EnforceProtoLimits;
(function(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2) {
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS_UNKNOWN"] = 0] = "PROTO_LIMITS_UNKNOWN";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["LEGACY_NO_EXPLICIT_LIMITS"] = 1] = "LEGACY_NO_EXPLICIT_LIMITS";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS2026"] = 2] = "PROTO_LIMITS2026";
})(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits || (FeatureSet_ProtoLimitsFeature_EnforceProtoLimits = {}));
var FeatureSet_FieldPresence;
(function(FeatureSet_FieldPresence2) {
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["FIELD_PRESENCE_UNKNOWN"] = 0] = "FIELD_PRESENCE_UNKNOWN";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["EXPLICIT"] = 1] = "EXPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["IMPLICIT"] = 2] = "IMPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["LEGACY_REQUIRED"] = 3] = "LEGACY_REQUIRED";
})(FeatureSet_FieldPresence || (FeatureSet_FieldPresence = {}));
var FeatureSet_EnumType;
(function(FeatureSet_EnumType2) {
  FeatureSet_EnumType2[FeatureSet_EnumType2["ENUM_TYPE_UNKNOWN"] = 0] = "ENUM_TYPE_UNKNOWN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["OPEN"] = 1] = "OPEN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["CLOSED"] = 2] = "CLOSED";
})(FeatureSet_EnumType || (FeatureSet_EnumType = {}));
var FeatureSet_RepeatedFieldEncoding;
(function(FeatureSet_RepeatedFieldEncoding2) {
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["REPEATED_FIELD_ENCODING_UNKNOWN"] = 0] = "REPEATED_FIELD_ENCODING_UNKNOWN";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["PACKED"] = 1] = "PACKED";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["EXPANDED"] = 2] = "EXPANDED";
})(FeatureSet_RepeatedFieldEncoding || (FeatureSet_RepeatedFieldEncoding = {}));
var FeatureSet_Utf8Validation;
(function(FeatureSet_Utf8Validation2) {
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["UTF8_VALIDATION_UNKNOWN"] = 0] = "UTF8_VALIDATION_UNKNOWN";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["VERIFY"] = 2] = "VERIFY";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["NONE"] = 3] = "NONE";
})(FeatureSet_Utf8Validation || (FeatureSet_Utf8Validation = {}));
var FeatureSet_MessageEncoding;
(function(FeatureSet_MessageEncoding2) {
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["MESSAGE_ENCODING_UNKNOWN"] = 0] = "MESSAGE_ENCODING_UNKNOWN";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["LENGTH_PREFIXED"] = 1] = "LENGTH_PREFIXED";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["DELIMITED"] = 2] = "DELIMITED";
})(FeatureSet_MessageEncoding || (FeatureSet_MessageEncoding = {}));
var FeatureSet_JsonFormat;
(function(FeatureSet_JsonFormat2) {
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["JSON_FORMAT_UNKNOWN"] = 0] = "JSON_FORMAT_UNKNOWN";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["ALLOW"] = 1] = "ALLOW";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["LEGACY_BEST_EFFORT"] = 2] = "LEGACY_BEST_EFFORT";
})(FeatureSet_JsonFormat || (FeatureSet_JsonFormat = {}));
var FeatureSet_EnforceNamingStyle;
(function(FeatureSet_EnforceNamingStyle2) {
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["ENFORCE_NAMING_STYLE_UNKNOWN"] = 0] = "ENFORCE_NAMING_STYLE_UNKNOWN";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2024"] = 1] = "STYLE2024";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE_LEGACY"] = 2] = "STYLE_LEGACY";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2026"] = 3] = "STYLE2026";
})(FeatureSet_EnforceNamingStyle || (FeatureSet_EnforceNamingStyle = {}));
var GeneratedCodeInfo_Annotation_Semantic;
(function(GeneratedCodeInfo_Annotation_Semantic2) {
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["NONE"] = 0] = "NONE";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["SET"] = 1] = "SET";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["ALIAS"] = 2] = "ALIAS";
})(GeneratedCodeInfo_Annotation_Semantic || (GeneratedCodeInfo_Annotation_Semantic = {}));
var Edition;
(function(Edition2) {
  Edition2[Edition2["EDITION_UNKNOWN"] = 0] = "EDITION_UNKNOWN";
  Edition2[Edition2["EDITION_LEGACY"] = 900] = "EDITION_LEGACY";
  Edition2[Edition2["EDITION_PROTO2"] = 998] = "EDITION_PROTO2";
  Edition2[Edition2["EDITION_PROTO3"] = 999] = "EDITION_PROTO3";
  Edition2[Edition2["EDITION_2023"] = 1e3] = "EDITION_2023";
  Edition2[Edition2["EDITION_2024"] = 1001] = "EDITION_2024";
  Edition2[Edition2["EDITION_2026"] = 1002] = "EDITION_2026";
  Edition2[Edition2["EDITION_UNSTABLE"] = 9999] = "EDITION_UNSTABLE";
  Edition2[Edition2["EDITION_1_TEST_ONLY"] = 1] = "EDITION_1_TEST_ONLY";
  Edition2[Edition2["EDITION_2_TEST_ONLY"] = 2] = "EDITION_2_TEST_ONLY";
  Edition2[Edition2["EDITION_99997_TEST_ONLY"] = 99997] = "EDITION_99997_TEST_ONLY";
  Edition2[Edition2["EDITION_99998_TEST_ONLY"] = 99998] = "EDITION_99998_TEST_ONLY";
  Edition2[Edition2["EDITION_99999_TEST_ONLY"] = 99999] = "EDITION_99999_TEST_ONLY";
  Edition2[Edition2["EDITION_MAX"] = 2147483647] = "EDITION_MAX";
})(Edition || (Edition = {}));
var SymbolVisibility;
(function(SymbolVisibility2) {
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_UNSET"] = 0] = "VISIBILITY_UNSET";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_LOCAL"] = 1] = "VISIBILITY_LOCAL";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_EXPORT"] = 2] = "VISIBILITY_EXPORT";
})(SymbolVisibility || (SymbolVisibility = {}));

// node_modules/@bufbuild/protobuf/dist/esm/from-binary.js
function makeReadContext(options) {
  return Object.assign(Object.assign({ readUnknownFields: true, recursionLimit: 100 }, options), { depth: 0 });
}
function fromBinary(schema, bytes, options) {
  const message = create(schema);
  compiledReader(schema).read(message, new BinaryReader(bytes), makeReadContext(options), bytes.byteLength);
  return message;
}
var compiledReaders = /* @__PURE__ */ new WeakMap();
function compiledReader(desc) {
  let compiled = compiledReaders.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage(desc);
  }
  return compiled;
}
function compileMessage(desc) {
  const descString = String(desc);
  const fieldReaders = /* @__PURE__ */ new Map();
  const compiled = {
    read: compileMessageReader(descString, fieldReaders),
    readGroup: compileGroupReader(descString, fieldReaders)
  };
  compiledReaders.set(desc, compiled);
  for (const field of desc.fields) {
    fieldReaders.set(field.number, compileFieldReader(field));
  }
  return compiled;
}
function compileMessageReader(descString, fieldReaders) {
  return (message, reader, ctx, length) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    const end = reader.pos + length;
    const unknownFields = (_a = message.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      const fieldReader = fieldReaders.get(fieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: fieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message, reader, ctx, wireType);
    }
    if (unknownFields.length > 0) {
      message.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function compileGroupReader(descString, fieldReaders) {
  return (message, reader, ctx, fieldNo) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    let recordFieldNo;
    let wireType;
    const unknownFields = (_a = message.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < reader.len) {
      [recordFieldNo, wireType] = reader.tag();
      if (wireType == WireType.EndGroup) {
        break;
      }
      const fieldReader = fieldReaders.get(recordFieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, recordFieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: recordFieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message, reader, ctx, wireType);
    }
    if (wireType != WireType.EndGroup || recordFieldNo !== fieldNo) {
      throw new Error("invalid end group tag");
    }
    if (unknownFields.length > 0) {
      message.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function compileFieldReader(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarFieldReader(field);
    case "enum":
      return compileEnumFieldReader(field);
    case "message":
      return compileMessageFieldReader(field);
    case "list":
      return compileListFieldReader(field);
    case "map":
      return compileMapFieldReader(field);
  }
}
function compileScalarFieldReader(field) {
  const readScalar = compileScalarReader(field.scalar, field.utf8Validation, field.longAsString);
  const localName = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message, reader) => {
      message[oneofLocalName] = {
        case: localName,
        value: readScalar(reader)
      };
    };
  }
  return (message, reader) => {
    message[localName] = readScalar(reader);
  };
}
function compileEnumFieldReader(field) {
  var _a;
  const localName = field.localName;
  const oneofLocalName = (_a = field.oneof) === null || _a === void 0 ? void 0 : _a.localName;
  if (field.enum.open) {
    if (oneofLocalName !== void 0) {
      return (message, reader) => {
        message[oneofLocalName] = { case: localName, value: reader.int32() };
      };
    }
    return (message, reader) => {
      message[localName] = reader.int32();
    };
  }
  const values = field.enum.values;
  const fieldNo = field.number;
  return (message, reader, ctx, wireType) => {
    var _a2;
    const val = reader.int32();
    if (values.some((v) => v.number === val)) {
      if (oneofLocalName !== void 0) {
        message[oneofLocalName] = { case: localName, value: val };
      } else {
        message[localName] = val;
      }
    } else if (ctx.readUnknownFields) {
      const bytes = [];
      varint32write(val, bytes);
      const unknownFields = (_a2 = message.$unknown) !== null && _a2 !== void 0 ? _a2 : [];
      unknownFields.push({
        no: fieldNo,
        wireType,
        data: new Uint8Array(bytes)
      });
      message.$unknown = unknownFields;
    }
  };
}
function compileMessageFieldReader(field) {
  const localName = field.localName;
  const { toMessage, toLocal } = localMessageMapper(field);
  const readChild = compileChildReader(field);
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message, reader, ctx) => {
      const oneof = message[oneofLocalName];
      const child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, reader, ctx);
      message[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message, reader, ctx) => {
    const child = toMessage(message[localName]);
    readChild(child, reader, ctx);
    message[localName] = toLocal(child);
  };
}
function compileChildReader(field) {
  const compiledChild = compiledReader(field.message);
  if (field.delimitedEncoding) {
    const fieldNo = field.number;
    return (child, reader, ctx) => compiledChild.readGroup(child, reader, ctx, fieldNo);
  }
  return (child, reader, ctx) => compiledChild.read(child, reader, ctx, reader.uint32());
}
function compileListFieldReader(field) {
  const localName = field.localName;
  if (field.listKind == "message") {
    const { toMessage, toLocal } = localMessageMapper(field);
    const readChild = compileChildReader(field);
    return (message, reader, ctx) => {
      const child = toMessage(void 0);
      readChild(child, reader, ctx);
      message[localName].push(toLocal(child));
    };
  }
  const scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar;
  const longAsString = field.listKind == "scalar" ? field.longAsString : false;
  const readScalar = compileScalarReader(scalarType, field.utf8Validation, longAsString);
  const packedPossible = scalarType != ScalarType.STRING && scalarType != ScalarType.BYTES;
  return (message, reader, ctx, wireType) => {
    const items = message[localName];
    if (wireType == WireType.LengthDelimited && packedPossible) {
      const end = reader.uint32() + reader.pos;
      while (reader.pos < end) {
        items.push(readScalar(reader));
      }
    } else {
      items.push(readScalar(reader));
    }
  };
}
function compileMapFieldReader(field) {
  const localName = field.localName;
  const readKey = compileScalarReader(field.mapKey, field.utf8Validation, false);
  const keyZero = scalarZeroValue(field.mapKey, false);
  let readValue;
  let valueDefault;
  switch (field.mapKind) {
    case "scalar": {
      const scalar = field.scalar;
      const readScalar = compileScalarReader(scalar, field.utf8Validation, false);
      readValue = (reader) => readScalar(reader);
      if (scalar == ScalarType.BYTES) {
        valueDefault = () => new Uint8Array(0);
      } else {
        const zero = scalarZeroValue(scalar, false);
        valueDefault = () => zero;
      }
      break;
    }
    case "enum": {
      const zero = field.enum.values[0].number;
      readValue = (reader) => reader.int32();
      valueDefault = () => zero;
      break;
    }
    case "message": {
      const { toMessage, toLocal } = localMessageMapper(field);
      const readChild = compiledReader(field.message).read;
      readValue = (reader, ctx, existing) => {
        const child = toMessage(existing);
        readChild(child, reader, ctx, reader.uint32());
        return toLocal(child);
      };
      valueDefault = () => toLocal(toMessage(void 0));
      break;
    }
  }
  return (message, reader, ctx) => {
    const record = message[localName];
    let key;
    let val;
    const len = reader.uint32();
    const end = reader.pos + len;
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      switch (fieldNo) {
        case 1:
          key = readKey(reader);
          break;
        case 2:
          val = readValue(reader, ctx, val);
          break;
        default:
          reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
      }
    }
    if (key === void 0) {
      key = keyZero;
    }
    if (val === void 0) {
      val = valueDefault();
    }
    setOwn(record, key, val);
  };
}
function compileScalarReader(type, utf8Validation, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return (reader) => reader.string(utf8Validation);
    case ScalarType.BOOL:
      return (reader) => reader.bool();
    case ScalarType.DOUBLE:
      return (reader) => reader.double();
    case ScalarType.FLOAT:
      return (reader) => reader.float();
    case ScalarType.INT32:
      return (reader) => reader.int32();
    case ScalarType.INT64:
      if (longAsString) {
        return (reader) => String(reader.int64());
      }
      return (reader) => reader.int64();
    case ScalarType.UINT64:
      if (longAsString) {
        return (reader) => String(reader.uint64());
      }
      return (reader) => reader.uint64();
    case ScalarType.FIXED64:
      if (longAsString) {
        return (reader) => String(reader.fixed64());
      }
      return (reader) => reader.fixed64();
    case ScalarType.BYTES:
      return (reader) => reader.bytes();
    case ScalarType.FIXED32:
      return (reader) => reader.fixed32();
    case ScalarType.SFIXED32:
      return (reader) => reader.sfixed32();
    case ScalarType.SFIXED64:
      if (longAsString) {
        return (reader) => String(reader.sfixed64());
      }
      return (reader) => reader.sfixed64();
    case ScalarType.SINT64:
      if (longAsString) {
        return (reader) => String(reader.sint64());
      }
      return (reader) => reader.sint64();
    case ScalarType.UINT32:
      return (reader) => reader.uint32();
    case ScalarType.SINT32:
      return (reader) => reader.sint32();
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/file.js
function fileDesc(b64, imports) {
  var _a;
  const root = fromBinary(FileDescriptorProtoSchema, base64Decode(b64));
  root.messageType.forEach(restoreJsonNames);
  root.dependency = (_a = imports === null || imports === void 0 ? void 0 : imports.map((f) => f.proto.name)) !== null && _a !== void 0 ? _a : [];
  const reg = createEmbeddedFileRegistry(root, (protoFileName) => imports === null || imports === void 0 ? void 0 : imports.find((f) => f.proto.name === protoFileName));
  return reg.getFile(root.name);
}

// node_modules/@bufbuild/protobuf/dist/esm/to-binary.js
var IMPLICIT4 = 2;
var LEGACY_REQUIRED2 = 3;
var writeDefaults = {
  writeUnknownFields: true
};
function makeWriteOptions(options) {
  return options ? Object.assign(Object.assign({}, writeDefaults), options) : writeDefaults;
}
function toBinary(schema, message, options) {
  const writer = new BinaryWriter();
  compiledWriter(schema)(writer, makeWriteOptions(options), message);
  return writer.finish();
}
var compiledWriters = /* @__PURE__ */ new WeakMap();
function compiledWriter(desc) {
  let compiled = compiledWriters.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage2(desc);
  }
  return compiled;
}
function compileMessage2(desc) {
  const typeName = desc.typeName;
  const sortedFields = desc.fields.concat().sort((a, b) => a.number - b.number);
  const foreignField = sortedFields[0];
  const fieldWriters = [];
  const compiled = (writer, opts, message) => {
    if (message.$typeName !== typeName && foreignField !== void 0) {
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message.$typeName}`, "ForeignFieldError");
    }
    for (let i = 0; i < fieldWriters.length; i++) {
      fieldWriters[i](writer, opts, message);
    }
    const unknown = message.$unknown;
    if (unknown !== void 0 && opts.writeUnknownFields) {
      for (let i = 0; i < unknown.length; i++) {
        const { no, wireType, data } = unknown[i];
        writer.tag(no, wireType).raw(data);
      }
    }
  };
  compiledWriters.set(desc, compiled);
  for (const field of sortedFields) {
    fieldWriters.push(compileField(field));
  }
  return compiled;
}
function compileField(field) {
  switch (field.fieldKind) {
    case "message":
    case "scalar":
    case "enum":
      return compileSingularField(field);
    case "list":
      return compileListField(field);
    case "map":
      return compileMapField(field);
  }
}
function compileSingularField(field) {
  const writeValue = compileSingularValue(field);
  const localName = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (writer, opts, message) => {
      const oneof = message[oneofLocalName];
      if (oneof.case === localName) {
        writeValue(writer, opts, oneof.value);
      }
    };
  }
  if (field.presence != IMPLICIT4) {
    const requiredError = field.presence == LEGACY_REQUIRED2 ? `cannot encode ${field} to binary: required field not set` : void 0;
    return (writer, opts, message) => {
      const value = message[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message, localName)) {
        writeValue(writer, opts, value);
      } else if (requiredError !== void 0) {
        throw new Error(requiredError);
      }
    };
  }
  if (field.fieldKind == "enum") {
    const zero = field.enum.values[0].number;
    return (writer, opts, message) => {
      const value = message[localName];
      if (value !== zero) {
        writeValue(writer, opts, value);
      }
    };
  }
  switch (field.scalar) {
    case ScalarType.BOOL:
      return (writer, opts, message) => {
        const value = message[localName];
        if (value !== false) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.STRING:
      return (writer, opts, message) => {
        const value = message[localName];
        if (value !== "") {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.BYTES:
      return (writer, opts, message) => {
        const value = message[localName];
        if (!(value instanceof Uint8Array) || value.byteLength > 0) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (writer, opts, message) => {
        const value = message[localName];
        if (!Object.is(value, 0)) {
          writeValue(writer, opts, value);
        }
      };
    default:
      return (writer, opts, message) => {
        const value = message[localName];
        if (value != 0) {
          writeValue(writer, opts, value);
        }
      };
  }
}
function compileSingularValue(field) {
  switch (field.fieldKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field);
      const writeChild = compileChildWriter(field);
      return (writer, opts, value) => {
        writeChild(writer, opts, toMessage(value));
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field.fieldKind == "enum" ? ScalarType.INT32 : field.scalar;
      const fieldNo = field.number;
      const wireType = writeTypeOfScalar(scalarType);
      const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      return (writer, opts, value) => {
        writer.tag(fieldNo, wireType);
        writeScalar(writer, value);
      };
    }
  }
}
function compileListField(field) {
  const localName = field.localName;
  const fieldNo = field.number;
  switch (field.listKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field);
      const writeChild = compileChildWriter(field);
      return (writer, opts, message) => {
        const items = message[localName];
        for (let i = 0; i < items.length; i++) {
          writeChild(writer, opts, toMessage(items[i]));
        }
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar;
      const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      if (field.packed) {
        return (writer, opts, message) => {
          const items = message[localName];
          if (items.length == 0) {
            return;
          }
          writer.tag(fieldNo, WireType.LengthDelimited).fork();
          for (let i = 0; i < items.length; i++) {
            writeScalar(writer, items[i]);
          }
          writer.join();
        };
      }
      const wireType = writeTypeOfScalar(scalarType);
      return (writer, opts, message) => {
        const items = message[localName];
        for (let i = 0; i < items.length; i++) {
          writer.tag(fieldNo, wireType);
          writeScalar(writer, items[i]);
        }
      };
    }
  }
}
function compileMapField(field) {
  const localName = field.localName;
  const fieldNo = field.number;
  const writeKey = compileMapKey(field);
  if (field.mapKind == "message") {
    const { toMessage } = localMessageMapper(field);
    const writeMessage = compiledWriter(field.message);
    return (writer, opts, message) => {
      const record = message[localName];
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        writer.tag(fieldNo, WireType.LengthDelimited).fork();
        writeKey(writer, key);
        writer.tag(2, WireType.LengthDelimited).fork();
        writeMessage(writer, opts, toMessage(record[key]));
        writer.join();
        writer.join();
      }
    };
  }
  const scalarType = field.mapKind == "enum" ? ScalarType.INT32 : field.scalar;
  const valueWireType = writeTypeOfScalar(scalarType);
  const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
  return (writer, opts, message) => {
    const record = message[localName];
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      writer.tag(fieldNo, WireType.LengthDelimited).fork();
      writeKey(writer, key);
      writer.tag(2, valueWireType);
      writeScalar(writer, record[key]);
      writer.join();
    }
  };
}
function compileMapKey(field) {
  const wireType = writeTypeOfScalar(field.mapKey);
  const writeScalar = compileScalarValue(field.mapKey, field.parent.typeName, field.name);
  const convertKey = compileMapKeyConverter(field.mapKey);
  return (writer, key) => {
    writer.tag(1, wireType);
    writeScalar(writer, convertKey(key));
  };
}
function compileMapKeyConverter(type) {
  switch (type) {
    case ScalarType.STRING:
      return (key) => key;
    case ScalarType.BOOL:
      return (key) => key === "true" ? true : key === "false" ? false : key;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (key) => {
        try {
          return protoInt64.uParse(key);
        } catch (_a) {
          return key;
        }
      };
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (key) => {
        try {
          return protoInt64.parse(key);
        } catch (_a) {
          return key;
        }
      };
    default:
      return (key) => {
        const n = Number.parseInt(key);
        return Number.isFinite(n) ? n : key;
      };
  }
}
function compileScalarValue(type, messageName, fieldName) {
  const writeScalar = compileScalarWrite(type);
  return (writer, value) => {
    try {
      writeScalar(writer, value);
    } catch (e) {
      if (e instanceof Error) {
        throw new Error(`cannot encode field ${messageName}.${fieldName} to binary: ${e.message}`);
      }
      throw e;
    }
  };
}
function compileScalarWrite(type) {
  switch (type) {
    case ScalarType.STRING:
      return (writer, value) => writer.string(value);
    case ScalarType.BOOL:
      return (writer, value) => writer.bool(value);
    case ScalarType.DOUBLE:
      return (writer, value) => writer.double(value);
    case ScalarType.FLOAT:
      return (writer, value) => writer.float(value);
    case ScalarType.INT32:
      return (writer, value) => writer.int32(value);
    case ScalarType.INT64:
      return (writer, value) => writer.int64(value);
    case ScalarType.UINT64:
      return (writer, value) => writer.uint64(value);
    case ScalarType.FIXED64:
      return (writer, value) => writer.fixed64(value);
    case ScalarType.BYTES:
      return (writer, value) => writer.bytes(value);
    case ScalarType.FIXED32:
      return (writer, value) => writer.fixed32(value);
    case ScalarType.SFIXED32:
      return (writer, value) => writer.sfixed32(value);
    case ScalarType.SFIXED64:
      return (writer, value) => writer.sfixed64(value);
    case ScalarType.SINT64:
      return (writer, value) => writer.sint64(value);
    case ScalarType.UINT32:
      return (writer, value) => writer.uint32(value);
    case ScalarType.SINT32:
      return (writer, value) => writer.sint32(value);
  }
}
function compileChildWriter(field) {
  const fieldNo = field.number;
  const writeMessage = compiledWriter(field.message);
  if (field.delimitedEncoding) {
    return (writer, opts, child) => {
      writer.tag(fieldNo, WireType.StartGroup);
      writeMessage(writer, opts, child);
      writer.tag(fieldNo, WireType.EndGroup);
    };
  }
  return (writer, opts, child) => {
    writer.tag(fieldNo, WireType.LengthDelimited).fork();
    writeMessage(writer, opts, child);
    writer.join();
  };
}
function writeTypeOfScalar(type) {
  switch (type) {
    case ScalarType.BYTES:
    case ScalarType.STRING:
      return WireType.LengthDelimited;
    case ScalarType.DOUBLE:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return WireType.Bit64;
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.FLOAT:
      return WireType.Bit32;
    default:
      return WireType.Varint;
  }
}

// src/onnx/onnx-ml_pb.ts
var file_onnx_ml = /* @__PURE__ */ fileDesc(
  "Cg1vbm54LW1sLnByb3RvEgRvbm54ItsFCg5BdHRyaWJ1dGVQcm90bxIMCgRuYW1lGAEgASgJEhUKDXJlZl9hdHRyX25hbWUYFSABKAkSEgoKZG9jX3N0cmluZxgNIAEoCRIwCgR0eXBlGBQgASgOMiIub25ueC5BdHRyaWJ1dGVQcm90by5BdHRyaWJ1dGVUeXBlEgkKAWYYAiABKAISCQoBaRgDIAEoAxIJCgFzGAQgASgMEhwKAXQYBSABKAsyES5vbm54LlRlbnNvclByb3RvEhsKAWcYBiABKAsyEC5vbm54LkdyYXBoUHJvdG8SLgoNc3BhcnNlX3RlbnNvchgWIAEoCzIXLm9ubnguU3BhcnNlVGVuc29yUHJvdG8SGwoCdHAYDiABKAsyDy5vbm54LlR5cGVQcm90bxIOCgZmbG9hdHMYByADKAISDAoEaW50cxgIIAMoAxIPCgdzdHJpbmdzGAkgAygMEiIKB3RlbnNvcnMYCiADKAsyES5vbm54LlRlbnNvclByb3RvEiAKBmdyYXBocxgLIAMoCzIQLm9ubnguR3JhcGhQcm90bxIvCg5zcGFyc2VfdGVuc29ycxgXIAMoCzIXLm9ubnguU3BhcnNlVGVuc29yUHJvdG8SJAoLdHlwZV9wcm90b3MYDyADKAsyDy5vbm54LlR5cGVQcm90byLZAQoNQXR0cmlidXRlVHlwZRINCglVTkRFRklORUQQABIJCgVGTE9BVBABEgcKA0lOVBACEgoKBlNUUklORxADEgoKBlRFTlNPUhAEEgkKBUdSQVBIEAUSEQoNU1BBUlNFX1RFTlNPUhALEg4KClRZUEVfUFJPVE8QDRIKCgZGTE9BVFMQBhIICgRJTlRTEAcSCwoHU1RSSU5HUxAIEgsKB1RFTlNPUlMQCRIKCgZHUkFQSFMQChISCg5TUEFSU0VfVEVOU09SUxAMEg8KC1RZUEVfUFJPVE9TEA5KBAgMEA1KBAgQEBRSAXYihwEKDlZhbHVlSW5mb1Byb3RvEgwKBG5hbWUYASABKAkSHQoEdHlwZRgCIAEoCzIPLm9ubnguVHlwZVByb3RvEhIKCmRvY19zdHJpbmcYAyABKAkSNAoObWV0YWRhdGFfcHJvcHMYBCADKAsyHC5vbm54LlN0cmluZ1N0cmluZ0VudHJ5UHJvdG8ioQIKCU5vZGVQcm90bxINCgVpbnB1dBgBIAMoCRIOCgZvdXRwdXQYAiADKAkSDAoEbmFtZRgDIAEoCRIPCgdvcF90eXBlGAQgASgJEg4KBmRvbWFpbhgHIAEoCRIQCghvdmVybG9hZBgIIAEoCRInCglhdHRyaWJ1dGUYBSADKAsyFC5vbm54LkF0dHJpYnV0ZVByb3RvEhIKCmRvY19zdHJpbmcYBiABKAkSNAoObWV0YWRhdGFfcHJvcHMYCSADKAsyHC5vbm54LlN0cmluZ1N0cmluZ0VudHJ5UHJvdG8SQQoVZGV2aWNlX2NvbmZpZ3VyYXRpb25zGAogAygLMiIub25ueC5Ob2RlRGV2aWNlQ29uZmlndXJhdGlvblByb3RvIjIKFEludEludExpc3RFbnRyeVByb3RvEgsKA2tleRgBIAEoAxINCgV2YWx1ZRgCIAMoAyKAAQocTm9kZURldmljZUNvbmZpZ3VyYXRpb25Qcm90bxIYChBjb25maWd1cmF0aW9uX2lkGAEgASgJEi4KDXNoYXJkaW5nX3NwZWMYAiADKAsyFy5vbm54LlNoYXJkaW5nU3BlY1Byb3RvEhYKDnBpcGVsaW5lX3N0YWdlGAMgASgFIqMBChFTaGFyZGluZ1NwZWNQcm90bxITCgt0ZW5zb3JfbmFtZRgBIAEoCRIOCgZkZXZpY2UYAiADKAMSPQoZaW5kZXhfdG9fZGV2aWNlX2dyb3VwX21hcBgDIAMoCzIaLm9ubnguSW50SW50TGlzdEVudHJ5UHJvdG8SKgoLc2hhcmRlZF9kaW0YBCADKAsyFS5vbm54LlNoYXJkZWREaW1Qcm90byJVCg9TaGFyZGVkRGltUHJvdG8SDAoEYXhpcxgBIAEoAxI0Cg9zaW1wbGVfc2hhcmRpbmcYAiADKAsyGy5vbm54LlNpbXBsZVNoYXJkZWREaW1Qcm90byJcChVTaW1wbGVTaGFyZGVkRGltUHJvdG8SEwoJZGltX3ZhbHVlGAEgASgDSAASEwoJZGltX3BhcmFtGAIgASgJSAASEgoKbnVtX3NoYXJkcxgDIAEoA0IFCgNkaW0i1gEKEVRyYWluaW5nSW5mb1Byb3RvEigKDmluaXRpYWxpemF0aW9uGAEgASgLMhAub25ueC5HcmFwaFByb3RvEiMKCWFsZ29yaXRobRgCIAEoCzIQLm9ubnguR3JhcGhQcm90bxI8ChZpbml0aWFsaXphdGlvbl9iaW5kaW5nGAMgAygLMhwub25ueC5TdHJpbmdTdHJpbmdFbnRyeVByb3RvEjQKDnVwZGF0ZV9iaW5kaW5nGAQgAygLMhwub25ueC5TdHJpbmdTdHJpbmdFbnRyeVByb3RvIqIDCgpNb2RlbFByb3RvEhIKCmlyX3ZlcnNpb24YASABKAMSLgoMb3BzZXRfaW1wb3J0GAggAygLMhgub25ueC5PcGVyYXRvclNldElkUHJvdG8SFQoNcHJvZHVjZXJfbmFtZRgCIAEoCRIYChBwcm9kdWNlcl92ZXJzaW9uGAMgASgJEg4KBmRvbWFpbhgEIAEoCRIVCg1tb2RlbF92ZXJzaW9uGAUgASgDEhIKCmRvY19zdHJpbmcYBiABKAkSHwoFZ3JhcGgYByABKAsyEC5vbm54LkdyYXBoUHJvdG8SNAoObWV0YWRhdGFfcHJvcHMYDiADKAsyHC5vbm54LlN0cmluZ1N0cmluZ0VudHJ5UHJvdG8SLgoNdHJhaW5pbmdfaW5mbxgUIAMoCzIXLm9ubnguVHJhaW5pbmdJbmZvUHJvdG8SJgoJZnVuY3Rpb25zGBkgAygLMhMub25ueC5GdW5jdGlvblByb3RvEjUKDWNvbmZpZ3VyYXRpb24YGiADKAsyHi5vbm54LkRldmljZUNvbmZpZ3VyYXRpb25Qcm90byJNChhEZXZpY2VDb25maWd1cmF0aW9uUHJvdG8SDAoEbmFtZRgBIAEoCRITCgtudW1fZGV2aWNlcxgCIAEoBRIOCgZkZXZpY2UYAyADKAkiNAoWU3RyaW5nU3RyaW5nRW50cnlQcm90bxILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAkiawoQVGVuc29yQW5ub3RhdGlvbhITCgt0ZW5zb3JfbmFtZRgBIAEoCRJCChxxdWFudF9wYXJhbWV0ZXJfdGVuc29yX25hbWVzGAIgAygLMhwub25ueC5TdHJpbmdTdHJpbmdFbnRyeVByb3RvItQDCgpHcmFwaFByb3RvEh0KBG5vZGUYASADKAsyDy5vbm54Lk5vZGVQcm90bxIMCgRuYW1lGAIgASgJEiYKC2luaXRpYWxpemVyGAUgAygLMhEub25ueC5UZW5zb3JQcm90bxIzChJzcGFyc2VfaW5pdGlhbGl6ZXIYDyADKAsyFy5vbm54LlNwYXJzZVRlbnNvclByb3RvEhIKCmRvY19zdHJpbmcYCiABKAkSIwoFaW5wdXQYCyADKAsyFC5vbm54LlZhbHVlSW5mb1Byb3RvEiQKBm91dHB1dBgMIAMoCzIULm9ubnguVmFsdWVJbmZvUHJvdG8SKAoKdmFsdWVfaW5mbxgNIAMoCzIULm9ubnguVmFsdWVJbmZvUHJvdG8SNwoXcXVhbnRpemF0aW9uX2Fubm90YXRpb24YDiADKAsyFi5vbm54LlRlbnNvckFubm90YXRpb24SNAoObWV0YWRhdGFfcHJvcHMYECADKAsyHC5vbm54LlN0cmluZ1N0cmluZ0VudHJ5UHJvdG9KBAgDEARKBAgEEAVKBAgGEApSCmlyX3ZlcnNpb25SEHByb2R1Y2VyX3ZlcnNpb25SDHByb2R1Y2VyX3RhZ1IGZG9tYWluIqIHCgtUZW5zb3JQcm90bxIMCgRkaW1zGAEgAygDEhEKCWRhdGFfdHlwZRgCIAEoBRIqCgdzZWdtZW50GAMgASgLMhkub25ueC5UZW5zb3JQcm90by5TZWdtZW50EhYKCmZsb2F0X2RhdGEYBCADKAJCAhABEhYKCmludDMyX2RhdGEYBSADKAVCAhABEhMKC3N0cmluZ19kYXRhGAYgAygMEhYKCmludDY0X2RhdGEYByADKANCAhABEgwKBG5hbWUYCCABKAkSEgoKZG9jX3N0cmluZxgMIAEoCRIQCghyYXdfZGF0YRgJIAEoDBIzCg1leHRlcm5hbF9kYXRhGA0gAygLMhwub25ueC5TdHJpbmdTdHJpbmdFbnRyeVByb3RvEjUKDWRhdGFfbG9jYXRpb24YDiABKA4yHi5vbm54LlRlbnNvclByb3RvLkRhdGFMb2NhdGlvbhIXCgtkb3VibGVfZGF0YRgKIAMoAUICEAESFwoLdWludDY0X2RhdGEYCyADKARCAhABEjQKDm1ldGFkYXRhX3Byb3BzGBAgAygLMhwub25ueC5TdHJpbmdTdHJpbmdFbnRyeVByb3RvGiUKB1NlZ21lbnQSDQoFYmVnaW4YASABKAMSCwoDZW5kGAIgASgDIo4DCghEYXRhVHlwZRINCglVTkRFRklORUQQABIJCgVGTE9BVBABEgkKBVVJTlQ4EAISCAoESU5UOBADEgoKBlVJTlQxNhAEEgkKBUlOVDE2EAUSCQoFSU5UMzIQBhIJCgVJTlQ2NBAHEgoKBlNUUklORxAIEggKBEJPT0wQCRILCgdGTE9BVDE2EAoSCgoGRE9VQkxFEAsSCgoGVUlOVDMyEAwSCgoGVUlOVDY0EA0SDQoJQ09NUExFWDY0EA4SDgoKQ09NUExFWDEyOBAPEgwKCEJGTE9BVDE2EBASEAoMRkxPQVQ4RTRNM0ZOEBESEgoORkxPQVQ4RTRNM0ZOVVoQEhIOCgpGTE9BVDhFNU0yEBMSEgoORkxPQVQ4RTVNMkZOVVoQFBIJCgVVSU5UNBAVEggKBElOVDQQFhIOCgpGTE9BVDRFMk0xEBcSDgoKRkxPQVQ4RThNMBAYEgkKBVVJTlQyEBkSCAoESU5UMhAaEg4KCkZMT0FUNkUyTTMQGxIOCgpGTE9BVDZFM00yEBwiKQoMRGF0YUxvY2F0aW9uEgsKB0RFRkFVTFQQABIMCghFWFRFUk5BTBABImgKEVNwYXJzZVRlbnNvclByb3RvEiEKBnZhbHVlcxgBIAEoCzIRLm9ubnguVGVuc29yUHJvdG8SIgoHaW5kaWNlcxgCIAEoCzIRLm9ubnguVGVuc29yUHJvdG8SDAoEZGltcxgDIAMoAyKVAQoQVGVuc29yU2hhcGVQcm90bxItCgNkaW0YASADKAsyIC5vbm54LlRlbnNvclNoYXBlUHJvdG8uRGltZW5zaW9uGlIKCURpbWVuc2lvbhITCglkaW1fdmFsdWUYASABKANIABITCglkaW1fcGFyYW0YAiABKAlIABISCgpkZW5vdGF0aW9uGAMgASgJQgcKBXZhbHVlIrcFCglUeXBlUHJvdG8SLQoLdGVuc29yX3R5cGUYASABKAsyFi5vbm54LlR5cGVQcm90by5UZW5zb3JIABIxCg1zZXF1ZW5jZV90eXBlGAQgASgLMhgub25ueC5UeXBlUHJvdG8uU2VxdWVuY2VIABInCghtYXBfdHlwZRgFIAEoCzITLm9ubnguVHlwZVByb3RvLk1hcEgAEjEKDW9wdGlvbmFsX3R5cGUYCSABKAsyGC5vbm54LlR5cGVQcm90by5PcHRpb25hbEgAEjoKEnNwYXJzZV90ZW5zb3JfdHlwZRgIIAEoCzIcLm9ubnguVHlwZVByb3RvLlNwYXJzZVRlbnNvckgAEi0KC29wYXF1ZV90eXBlGAcgASgLMhYub25ueC5UeXBlUHJvdG8uT3BhcXVlSAASEgoKZGVub3RhdGlvbhgGIAEoCRpCCgZUZW5zb3ISEQoJZWxlbV90eXBlGAEgASgFEiUKBXNoYXBlGAIgASgLMhYub25ueC5UZW5zb3JTaGFwZVByb3RvGi4KCFNlcXVlbmNlEiIKCWVsZW1fdHlwZRgBIAEoCzIPLm9ubnguVHlwZVByb3RvGjwKA01hcBIQCghrZXlfdHlwZRgBIAEoBRIjCgp2YWx1ZV90eXBlGAIgASgLMg8ub25ueC5UeXBlUHJvdG8aLgoIT3B0aW9uYWwSIgoJZWxlbV90eXBlGAEgASgLMg8ub25ueC5UeXBlUHJvdG8aSAoMU3BhcnNlVGVuc29yEhEKCWVsZW1fdHlwZRgBIAEoBRIlCgVzaGFwZRgCIAEoCzIWLm9ubnguVGVuc29yU2hhcGVQcm90bxo4CgZPcGFxdWUSDgoGZG9tYWluGAEgASgJEgwKBG5hbWUYAiABKAlKBAgDEARSCnBhcmFtZXRlcnNCBwoFdmFsdWUiNQoST3BlcmF0b3JTZXRJZFByb3RvEg4KBmRvbWFpbhgBIAEoCRIPCgd2ZXJzaW9uGAIgASgDIoYDCg1GdW5jdGlvblByb3RvEgwKBG5hbWUYASABKAkSDQoFaW5wdXQYBCADKAkSDgoGb3V0cHV0GAUgAygJEhEKCWF0dHJpYnV0ZRgGIAMoCRItCg9hdHRyaWJ1dGVfcHJvdG8YCyADKAsyFC5vbm54LkF0dHJpYnV0ZVByb3RvEh0KBG5vZGUYByADKAsyDy5vbm54Lk5vZGVQcm90bxISCgpkb2Nfc3RyaW5nGAggASgJEi4KDG9wc2V0X2ltcG9ydBgJIAMoCzIYLm9ubnguT3BlcmF0b3JTZXRJZFByb3RvEg4KBmRvbWFpbhgKIAEoCRIQCghvdmVybG9hZBgNIAEoCRIoCgp2YWx1ZV9pbmZvGAwgAygLMhQub25ueC5WYWx1ZUluZm9Qcm90bxI0Cg5tZXRhZGF0YV9wcm9wcxgOIAMoCzIcLm9ubnguU3RyaW5nU3RyaW5nRW50cnlQcm90b0oECAIQA0oECAMQBFINc2luY2VfdmVyc2lvblIGc3RhdHVzKoIDCgdWZXJzaW9uEhIKDl9TVEFSVF9WRVJTSU9OEAASGQoVSVJfVkVSU0lPTl8yMDE3XzEwXzEwEAESGQoVSVJfVkVSU0lPTl8yMDE3XzEwXzMwEAISGAoUSVJfVkVSU0lPTl8yMDE3XzExXzMQAxIYChRJUl9WRVJTSU9OXzIwMTlfMV8yMhAEEhgKFElSX1ZFUlNJT05fMjAxOV8zXzE4EAUSGAoUSVJfVkVSU0lPTl8yMDE5XzlfMTkQBhIXChNJUl9WRVJTSU9OXzIwMjBfNV84EAcSGAoUSVJfVkVSU0lPTl8yMDIxXzdfMzAQCBIXChNJUl9WRVJTSU9OXzIwMjNfNV81EAkSGAoUSVJfVkVSU0lPTl8yMDI0XzNfMjUQChIZChVJUl9WRVJTSU9OXzIwMjVfMDVfMTIQCxIZChVJUl9WRVJTSU9OXzIwMjVfMDhfMjYQDBIZChVJUl9WRVJTSU9OXzIwMjVfMTFfMDYQDRIOCgpJUl9WRVJTSU9OEA4qLgoOT3BlcmF0b3JTdGF0dXMSEAoMRVhQRVJJTUVOVEFMEAASCgoGU1RBQkxFEAFCAkgD"
);
var AttributeProtoSchema = /* @__PURE__ */ messageDesc(file_onnx_ml, 0);
var ValueInfoProtoSchema = /* @__PURE__ */ messageDesc(file_onnx_ml, 1);
var NodeProtoSchema = /* @__PURE__ */ messageDesc(file_onnx_ml, 2);
var ModelProtoSchema = /* @__PURE__ */ messageDesc(file_onnx_ml, 9);
var TensorProtoSchema = /* @__PURE__ */ messageDesc(file_onnx_ml, 14);
var TensorProto_DataType = /* @__PURE__ */ ((TensorProto_DataType2) => {
  TensorProto_DataType2[TensorProto_DataType2["UNDEFINED"] = 0] = "UNDEFINED";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT"] = 1] = "FLOAT";
  TensorProto_DataType2[TensorProto_DataType2["UINT8"] = 2] = "UINT8";
  TensorProto_DataType2[TensorProto_DataType2["INT8"] = 3] = "INT8";
  TensorProto_DataType2[TensorProto_DataType2["UINT16"] = 4] = "UINT16";
  TensorProto_DataType2[TensorProto_DataType2["INT16"] = 5] = "INT16";
  TensorProto_DataType2[TensorProto_DataType2["INT32"] = 6] = "INT32";
  TensorProto_DataType2[TensorProto_DataType2["INT64"] = 7] = "INT64";
  TensorProto_DataType2[TensorProto_DataType2["STRING"] = 8] = "STRING";
  TensorProto_DataType2[TensorProto_DataType2["BOOL"] = 9] = "BOOL";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT16"] = 10] = "FLOAT16";
  TensorProto_DataType2[TensorProto_DataType2["DOUBLE"] = 11] = "DOUBLE";
  TensorProto_DataType2[TensorProto_DataType2["UINT32"] = 12] = "UINT32";
  TensorProto_DataType2[TensorProto_DataType2["UINT64"] = 13] = "UINT64";
  TensorProto_DataType2[TensorProto_DataType2["COMPLEX64"] = 14] = "COMPLEX64";
  TensorProto_DataType2[TensorProto_DataType2["COMPLEX128"] = 15] = "COMPLEX128";
  TensorProto_DataType2[TensorProto_DataType2["BFLOAT16"] = 16] = "BFLOAT16";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT8E4M3FN"] = 17] = "FLOAT8E4M3FN";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT8E4M3FNUZ"] = 18] = "FLOAT8E4M3FNUZ";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT8E5M2"] = 19] = "FLOAT8E5M2";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT8E5M2FNUZ"] = 20] = "FLOAT8E5M2FNUZ";
  TensorProto_DataType2[TensorProto_DataType2["UINT4"] = 21] = "UINT4";
  TensorProto_DataType2[TensorProto_DataType2["INT4"] = 22] = "INT4";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT4E2M1"] = 23] = "FLOAT4E2M1";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT8E8M0"] = 24] = "FLOAT8E8M0";
  TensorProto_DataType2[TensorProto_DataType2["UINT2"] = 25] = "UINT2";
  TensorProto_DataType2[TensorProto_DataType2["INT2"] = 26] = "INT2";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT6E2M3"] = 27] = "FLOAT6E2M3";
  TensorProto_DataType2[TensorProto_DataType2["FLOAT6E3M2"] = 28] = "FLOAT6E3M2";
  return TensorProto_DataType2;
})(TensorProto_DataType || {});

// src/onnx/components.ts
function scopesOf(nodeName) {
  if (nodeName.startsWith("/")) return torchScopes(nodeName.slice(1).split("/").slice(0, -1));
  const parts = nodeName.split("/").filter((p) => p !== "");
  while (parts[0] === "StatefulPartitionedCall") parts.shift();
  if (parts.length < 3) return [];
  const layers = parts.slice(1, -1);
  return layers.map((_, i) => layers.slice(0, i + 1).join("/"));
}
function torchScopes(scopes) {
  const ids = [];
  let qualified = "";
  for (const scope of scopes) {
    if (scope === "") continue;
    qualified = qualified === "" || scope.startsWith(`${qualified}.`) ? scope : `${qualified}.${scope}`;
    ids.push(qualified);
  }
  return ids;
}
function listComponents(graph) {
  const members = /* @__PURE__ */ new Map();
  graph.node.forEach((node2, index) => {
    for (const id of scopesOf(node2.name)) {
      const list = members.get(id) ?? [];
      list.push(index);
      members.set(id, list);
    }
  });
  const initializers = new Set(graph.initializer.map((t) => t.name));
  const graphOutputs = new Set(graph.output.map((o) => o.name));
  const reads = graph.node.map(nodeReads);
  return [...members].map(([id, nodes]) => {
    const inside = new Set(nodes);
    const made = new Set(nodes.flatMap((i) => graph.node[i].output.filter((t) => t !== "")));
    const readOutside = new Set(reads.flatMap((read, i) => inside.has(i) ? [] : read));
    const inputs = unique(nodes.flatMap((i) => reads[i])).filter(
      (t) => t !== "" && !made.has(t) && !initializers.has(t)
    );
    const outputs = [...made].filter((t) => readOutside.has(t) || graphOutputs.has(t));
    return { id, nodes, inputs, outputs };
  });
}
function findComponent(graph, id) {
  const components = listComponents(graph);
  const found = components.find((c) => c.id === id);
  if (found) return found;
  const ids = components.map((c) => c.id);
  return new Error(
    `no component "${id}" in the graph (${ids.length === 0 ? "it has none" : `it has ${ids.join(", ")}`})`
  );
}
function nodeReads(node2) {
  const subgraphs = node2.attribute.flatMap(
    (a) => a.type === 5 /* GRAPH */ && a.g !== void 0 ? [a.g] : a.type === 10 /* GRAPHS */ ? a.graphs : []
  );
  return subgraphs.length === 0 ? node2.input : [...node2.input, ...subgraphs.flatMap(outerReads)];
}
function outerReads(graph) {
  const own = /* @__PURE__ */ new Set([
    ...graph.node.flatMap((n) => n.output),
    ...graph.initializer.map((t) => t.name),
    ...graph.input.map((i) => i.name)
  ]);
  return unique(graph.node.flatMap(nodeReads)).filter((t) => t !== "" && !own.has(t));
}
function unique(names) {
  return [...new Set(names)];
}

// src/onnx/model.ts
function decodeModel(bytes) {
  return fromBinary(ModelProtoSchema, bytes, { readUnknownFields: true });
}
function encodeModel(model) {
  return toBinary(ModelProtoSchema, model, { writeUnknownFields: true });
}
function copyModel(model) {
  return clone(ModelProtoSchema, model);
}

// src/onnx/tensor.ts
function floatValues(tensor) {
  if (tensor.dataType !== 1 /* FLOAT */) {
    return new Error(
      `initializer "${tensor.name}" is ${TensorProto_DataType[tensor.dataType] ?? tensor.dataType}, not FLOAT`
    );
  }
  if (tensor.dataLocation === 1 /* EXTERNAL */) {
    return new Error(`initializer "${tensor.name}" is stored outside the .onnx file`);
  }
  if (tensor.rawData.length === 0) return Float32Array.from(tensor.floatData);
  const view = new DataView(
    tensor.rawData.buffer,
    tensor.rawData.byteOffset,
    tensor.rawData.byteLength
  );
  const values = new Float32Array(tensor.rawData.byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  return values;
}
function setFloatValues(tensor, values) {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  tensor.rawData = bytes;
  tensor.floatData = [];
}
function floatTensor(name, dims, values) {
  const tensor = create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: 1 /* FLOAT */
  });
  setFloatValues(tensor, values);
  return tensor;
}
function zeroScalar(dataType) {
  const width = {
    [1 /* FLOAT */]: 4,
    [11 /* DOUBLE */]: 8,
    [10 /* FLOAT16 */]: 2,
    [6 /* INT32 */]: 4,
    [7 /* INT64 */]: 8
  };
  const bytes = width[dataType];
  if (bytes === void 0)
    throw new Error(`no zero for element type ${TensorProto_DataType[dataType]}`);
  return create(TensorProtoSchema, { dims: [1n], dataType, rawData: new Uint8Array(bytes) });
}
function untypedValueInfo(name) {
  return create(ValueInfoProtoSchema, { name });
}

// src/onnx/edit.ts
function zeroComponent(model, id, dataType = 1 /* FLOAT */) {
  return replaceOutput(model, id, (original, output) => [
    node("Shape", [original], [`${output}/ablation-ci.shape`]),
    node("ConstantOfShape", [`${output}/ablation-ci.shape`], [output], zeroScalar(dataType))
  ]);
}
function meanComponent(model, id, mean) {
  return replaceOutput(model, id, (original, output, graph) => {
    graph.initializer.push(floatTensor(`${output}/ablation-ci.mean`, mean.dims, mean.values));
    return [
      node("Shape", [original], [`${output}/ablation-ci.shape`]),
      node("Expand", [`${output}/ablation-ci.mean`, `${output}/ablation-ci.shape`], [output])
    ];
  });
}
function removeComponent(model, id, shapes) {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === void 0) return new Error("the model has no graph");
  const component = singleOutput(graph, id);
  if (component instanceof Error) return component;
  if (component.inputs.length !== 1) {
    return new Error(
      `component "${id}" reads ${component.inputs.length} tensors (${component.inputs.join(", ")}); remove needs exactly one`
    );
  }
  const [input] = component.inputs;
  const [output] = component.outputs;
  const inShape = shapes.get(input);
  const outShape = shapes.get(output);
  if (inShape === void 0 || outShape === void 0) {
    return new Error(`component "${id}": no measured shape for "${inShape ? output : input}"`);
  }
  if (inShape.join("x") !== outShape.join("x")) {
    return new Error(
      `component "${id}" maps shape [${inShape.join(", ")}] to [${outShape.join(", ")}]; remove needs them equal`
    );
  }
  const removed = new Set(component.nodes);
  const kept2 = graph.node.filter((_, i) => !removed.has(i));
  const producer = kept2.findIndex((n) => n.output.includes(input));
  kept2.splice(producer + 1, 0, node("Identity", [input], [output]));
  graph.node = kept2;
  dropUnused(graph);
  return copy;
}
function exposeOutputs(model, tensors) {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === void 0) return new Error("the model has no graph");
  const made = new Set(graph.node.flatMap((n) => n.output));
  for (const name of tensors) {
    if (!made.has(name)) return new Error(`no node makes a tensor named "${name}"`);
    if (!graph.output.some((o) => o.name === name)) graph.output.push(untypedValueInfo(name));
  }
  return copy;
}
function replaceOutput(model, id, rewire) {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === void 0) return new Error("the model has no graph");
  const component = singleOutput(graph, id);
  if (component instanceof Error) return component;
  const [output] = component.outputs;
  const original = `${output}/ablation-ci.original`;
  let producer = -1;
  for (const i of component.nodes) {
    const n = graph.node[i];
    n.input = n.input.map((t) => t === output ? original : t);
    n.output = n.output.map((t) => t === output ? original : t);
    if (n.output.includes(original)) producer = i;
  }
  graph.node.splice(producer + 1, 0, ...rewire(original, output, graph));
  return copy;
}
function singleOutput(graph, id) {
  const component = findComponent(graph, id);
  if (component instanceof Error) return component;
  if (component.outputs.length !== 1) {
    return new Error(
      `component "${id}" has ${component.outputs.length} outputs (${component.outputs.join(", ")}); an ablation needs exactly one`
    );
  }
  return component;
}
function dropUnused(graph) {
  const read = new Set(graph.node.flatMap(nodeReads));
  const made = /* @__PURE__ */ new Set([...graph.node.flatMap((n) => n.output), ...graph.input.map((i) => i.name)]);
  graph.initializer = graph.initializer.filter(
    (t) => read.has(t.name) || graph.output.some((o) => o.name === t.name)
  );
  graph.valueInfo = graph.valueInfo.filter((v) => made.has(v.name));
}
function node(opType, input, output, value) {
  return create(NodeProtoSchema, {
    opType,
    input,
    output,
    // No '/' in the name: an added node belongs to no component.
    name: `ablation-ci.${opType}.${output[0].replaceAll("/", ".")}`,
    attribute: value === void 0 ? [] : [
      create(AttributeProtoSchema, {
        name: "value",
        type: 4 /* TENSOR */,
        t: value
      })
    ]
  });
}

// src/onnx/first-layer.ts
var TAIL_INPUTS = {
  /** The first layer's output on a block of rows, `[b, units]`. */
  block: "ablation-ci.z1.block",
  /** The block rows each stacked row comes from (int32, `[m]`). */
  rows: "ablation-ci.rows",
  /** The scaled input change of each stacked row in each changed column (`[m, k]`). */
  delta: "ablation-ci.delta",
  /** The changed input columns (int32, `[k]`). */
  columns: "ablation-ci.columns"
};
var KERNEL = "ablation-ci.kernel";
function splitFirstLayer(model, input, output) {
  const graph = model.graph;
  if (graph === void 0 || graph.node.some(hasSubgraph)) return void 0;
  const initializers = new Map(graph.initializer.map((t) => [t.name, t]));
  const readers = (tensor) => graph.node.filter((n) => n.input.includes(tensor));
  const isOutput = (tensor) => graph.output.some((o) => o.name === tensor);
  const only = (tensor) => {
    const [node2, ...others] = readers(tensor);
    const plain = node2?.input[0] === tensor && node2.input.filter((t) => t === tensor).length === 1;
    return plain && others.length === 0 && !isOutput(tensor) ? node2 : void 0;
  };
  let first = only(input);
  const scaler = first?.opType === "Scaler" && first.domain === "ai.onnx.ml" ? first : void 0;
  if (scaler !== void 0) first = only(scaler.output[0]);
  if (first === void 0 || first.domain !== "") return void 0;
  const kernel = kernelOf(first, initializers);
  if (kernel === void 0) return void 0;
  if (scaler !== void 0 && !scaleRows(kernel, scaler)) return void 0;
  const head = scaler === void 0 ? [first] : [scaler, first];
  let z1 = first.output[0];
  const [next, ...more] = readers(z1);
  if (next !== void 0 && more.length === 0 && !isOutput(z1) && isBiasAdd(next, z1)) {
    const bias = initializers.get(next.input[next.input[0] === z1 ? 1 : 0]);
    if (biasFits(bias, kernel.units)) {
      head.push(next);
      z1 = next.output[0];
    }
  }
  if (z1 === output || readers(z1).length === 0) return void 0;
  return {
    output: z1,
    features: kernel.features,
    units: kernel.units,
    head: headModel(model, head, input, z1),
    tail: tailModel(model, head, input, z1, output, kernel),
    kernel: kernel.values,
    nodes: head
  };
}
function kernelOf(node2, initializers) {
  const weight = initializers.get(node2.input[1] ?? "");
  if (weight === void 0 || weight.dims.length !== 2) return void 0;
  const values = floatValues(weight);
  if (values instanceof Error) return void 0;
  const [rows, columns] = weight.dims.map(Number);
  if (node2.opType === "MatMul" && node2.input.length === 2) {
    return { features: rows, units: columns, values };
  }
  if (node2.opType !== "Gemm") return void 0;
  const attribute = (name) => node2.attribute.find((a) => a.name === name);
  if (Number(attribute("transA")?.i ?? 0n) !== 0) return void 0;
  if ((attribute("alpha")?.f ?? 1) !== 1) return void 0;
  const c = node2.input[2];
  if (c !== void 0 && c !== "" && !initializers.has(c)) return void 0;
  if (Number(attribute("transB")?.i ?? 0n) === 0) return { features: rows, units: columns, values };
  const transposed = new Float32Array(values.length);
  for (let u = 0; u < rows; u++) {
    for (let j = 0; j < columns; j++) transposed[j * rows + u] = values[u * columns + j];
  }
  return { features: columns, units: rows, values: transposed };
}
function scaleRows(kernel, scaler) {
  const scale = scaler.attribute.find((a) => a.name === "scale")?.floats ?? [1];
  if (scale.length !== 1 && scale.length !== kernel.features) return false;
  const h = kernel.units;
  for (let j = 0; j < kernel.features; j++) {
    const s = scale.length === 1 ? scale[0] : scale[j];
    for (let u = 0; u < h; u++)
      kernel.values[j * h + u] = Math.fround(s * kernel.values[j * h + u]);
  }
  return true;
}
function isBiasAdd(node2, z) {
  return node2.opType === "Add" && node2.domain === "" && node2.input.length === 2 && node2.input.includes(z);
}
function biasFits(bias, units) {
  if (bias === void 0) return false;
  const dims = bias.dims.map(Number);
  if (dims.length > 2 || dims.length === 2 && dims[0] !== 1) return false;
  const last = dims.length === 0 ? 1 : dims[dims.length - 1];
  return last === 1 || last === units;
}
function hasSubgraph(node2) {
  return node2.attribute.some(
    (a) => a.type === 5 /* GRAPH */ || a.type === 10 /* GRAPHS */
  );
}
function headModel(model, head, input, z1) {
  return keptNodes(
    model,
    head,
    model.graph.input.filter((i) => i.name === input),
    z1
  );
}
function keptNodes(model, nodes, inputs, output) {
  const copy = copyModel(model);
  const graph = copy.graph;
  const read = new Set(nodes.flatMap((n) => n.input));
  const first = new Set(inputs.map((i) => i.name));
  graph.node = graph.node.filter((n) => nodes.some((m) => sameNode(m, n)));
  graph.initializer = graph.initializer.filter((t) => read.has(t.name));
  graph.input = [...inputs, ...graph.input.filter((i) => read.has(i.name) && !first.has(i.name))];
  graph.output = [floatInfo(output, void 0)];
  graph.valueInfo = [];
  return copy;
}
function droppedNodes(model, dropped, added, inputs, replaced, output) {
  const copy = copyModel(model);
  const graph = copy.graph;
  graph.node = [...added.nodes, ...graph.node.filter((n) => !dropped.some((d) => sameNode(d, n)))];
  graph.initializer = [...graph.initializer, ...added.constants];
  dropUnread(graph);
  const initializers = new Set(graph.initializer.map((t) => t.name));
  graph.input = [
    ...inputs,
    ...graph.input.filter((i) => i.name !== replaced && initializers.has(i.name))
  ];
  graph.output = graph.output.filter((o) => o.name === output);
  return copy;
}
function tailModel(model, head, input, z1, output, kernel) {
  const constants = [floatTensor(KERNEL, [kernel.features, kernel.units], kernel.values)];
  const inputs = [
    floatInfo(TAIL_INPUTS.block, kernel.units),
    intInfo(TAIL_INPUTS.rows),
    floatInfo(TAIL_INPUTS.delta, void 0),
    intInfo(TAIL_INPUTS.columns)
  ];
  return droppedNodes(model, head, { nodes: updateNodes(z1), constants }, inputs, input, output);
}
function updateNodes(z1) {
  const node2 = (opType, input, out, axis) => create(NodeProtoSchema, {
    opType,
    input,
    output: [out],
    // No '/' in the name: an added node belongs to no component.
    name: `ablation-ci.${out}`,
    attribute: axis === void 0 ? [] : [
      create(AttributeProtoSchema, {
        name: "axis",
        type: 2 /* INT */,
        i: BigInt(axis)
      })
    ]
  });
  return [
    node2("Gather", [TAIL_INPUTS.block, TAIL_INPUTS.rows], "ablation-ci.z1.rows", 0),
    node2("Gather", [KERNEL, TAIL_INPUTS.columns], "ablation-ci.kernel.rows", 0),
    node2("MatMul", [TAIL_INPUTS.delta, "ablation-ci.kernel.rows"], "ablation-ci.z1.change"),
    node2("Add", ["ablation-ci.z1.rows", "ablation-ci.z1.change"], z1)
  ];
}
function sameNode(a, b) {
  return a.opType === b.opType && a.output.join("\n") === b.output.join("\n");
}
function dropUnread(graph) {
  const read = new Set(graph.node.flatMap((n) => n.input));
  graph.initializer = graph.initializer.filter((t) => read.has(t.name));
}
function floatInfo(name, width) {
  return tensorInfo(name, 1 /* FLOAT */, [
    { value: { case: "dimParam", value: "batch" } },
    width === void 0 ? { value: { case: "dimParam", value: "width" } } : { value: { case: "dimValue", value: BigInt(width) } }
  ]);
}
function intInfo(name) {
  return tensorInfo(name, 6 /* INT32 */, [
    { value: { case: "dimParam", value: `${name}.length` } }
  ]);
}
function tensorInfo(name, elemType, dim) {
  return create(ValueInfoProtoSchema, {
    name,
    type: { value: { case: "tensorType", value: { elemType, shape: { dim } } } }
  });
}

// src/onnx/first-layer-magnitude.ts
var MAGNITUDE = 256;
var BLOCK_ROWS = 1024;
function firstLayerMagnitude(layer, data, z1) {
  const { features: f, units: h, kernel } = layer;
  const scaler = layer.nodes.find((n) => n.opType === "Scaler");
  const offset = scaler?.attribute.find((a) => a.name === "offset")?.floats ?? [];
  const offsets = Float64Array.from(
    { length: f },
    (_, j) => offset[offset.length > 1 ? j : 0] ?? 0
  );
  const inputs = new Float64Array(f);
  const rows = new Float32Array(Math.min(BLOCK_ROWS, data.n) * f);
  for (let start = 0; start < data.n; start += BLOCK_ROWS) {
    const end = Math.min(data.n, start + BLOCK_ROWS);
    fillRows(rows, 0, start, end, data);
    for (let r = 0; r < end - start; r++) {
      for (let j = 0; j < f; j++) {
        const size = Math.abs(rows[r * f + j] - offsets[j]);
        if (!(size <= inputs[j])) inputs[j] = size;
      }
    }
  }
  return sizeOf(z1, inputs, kernel, f, h);
}
function secondLayerMagnitude(z1, h, kernel, h2, z2) {
  const inputs = new Float64Array(h);
  for (let at = 0; at < z1.length; at += h) {
    for (let u = 0; u < h; u++) {
      const z = z1[at + u];
      if (!(z <= inputs[u])) inputs[u] = z;
    }
  }
  return sizeOf(z2, inputs, kernel, h, h2);
}
function sizeOf(output, inputs, kernel, rows, columns) {
  let size = 0;
  for (const value of output) {
    const a = Math.abs(value);
    if (!(a <= size)) size = a;
  }
  let term = 0;
  for (let j = 0; j < rows; j++) {
    let largest = 0;
    for (let u = 0; u < columns; u++)
      largest = Math.max(largest, Math.abs(kernel[j * columns + u]));
    const t = inputs[j] * largest;
    if (!(t <= term)) term = t;
  }
  return Math.max(size, Math.sqrt(rows) * term);
}

// src/onnx/second-layer-cost.ts
var MACS_PER_PASS = 20;
var ROW_PASSES = 12;
function pathCosts(s) {
  const product = s.h * s.h2 / MACS_PER_PASS;
  const first = s.changedRows * (2 * s.h + product);
  const p = s.columns * s.n * (product + s.h);
  const perRow = ROW_PASSES * (s.h + s.h2) + 3 * s.flipFraction * s.h * s.h2;
  return { first, second: p + s.changedRows * perRow };
}
function prefersSecondLayer(s) {
  const { first, second } = pathCosts(s);
  return second < first;
}

// src/onnx/second-layer-nodes.ts
var SECOND_INPUTS = {
  /** The second layer's output on a block of rows, `[b, units2]`. */
  z2: "ablation-ci.z2.block",
  /** P of each changed column on the block's rows, `[k, b, units2]`. */
  p: "ablation-ci.p.block",
  /** The one column the p graph computes P of (int32 scalar). */
  column: "ablation-ci.column"
};
var SECOND_OUTPUTS = {
  p: "ablation-ci.p",
  z2: "ablation-ci.z2",
  flips: "ablation-ci.flips"
};
var W1 = "ablation-ci.kernel";
var W2 = "ablation-ci.kernel2";
var ZERO = "ablation-ci.zero";
function pNodes() {
  return [
    op("Greater", [TAIL_INPUTS.block, ZERO], "p.positive"),
    op("Cast", ["p.positive"], "p.mask", [int("to", 1 /* FLOAT */)]),
    op("Gather", [W1, SECOND_INPUTS.column], "p.w1", [int("axis", 0)]),
    op("Mul", ["p.mask", "p.w1"], "p.masked"),
    op("MatMul", ["p.masked", W2], SECOND_OUTPUTS.p)
  ];
}
function correctionNodes(single) {
  const { block, rows, delta, columns } = TAIL_INPUTS;
  const linear = single ? [
    op("Gather", [SECOND_INPUTS.p, rows], "c.p", [int("axis", 0)]),
    op("Mul", ["c.p", delta], "c.dz2")
  ] : [
    op("Gather", [SECOND_INPUTS.p, rows], "c.p", [int("axis", 1)]),
    op("Transpose", [delta], "c.delta.t"),
    op("Unsqueeze", ["c.delta.t", INDEX.axis2], "c.delta.t3"),
    op("Mul", ["c.p", "c.delta.t3"], "c.terms"),
    op("ReduceSum", ["c.terms", INDEX.axis0], "c.dz2", [int("keepdims", 0)])
  ];
  return [
    // z1 and z1' on the stacked rows, as the first-layer tail makes them.
    op("Gather", [block, rows], "c.z1", [int("axis", 0)]),
    op("Gather", [W1, columns], "c.w1", [int("axis", 0)]),
    op("MatMul", [delta, "c.w1"], "c.dz1"),
    op("Add", ["c.z1", "c.dz1"], "c.z1new"),
    // The pairs whose ReLU side flipped, and their correction |z1'|.
    op("Greater", ["c.z1", ZERO], "c.positive"),
    op("Greater", ["c.z1new", ZERO], "c.positive.new"),
    op("Xor", ["c.positive", "c.positive.new"], "c.flipped"),
    op("NonZero", ["c.flipped"], "c.pairs"),
    op("Transpose", ["c.pairs"], "c.pairs.t"),
    op("GatherND", ["c.z1new", "c.pairs.t"], "c.z1new.pairs"),
    op("Abs", ["c.z1new.pairs"], "c.values"),
    op("Gather", ["c.pairs", INDEX.zero], "c.pair.rows", [int("axis", 0)]),
    op("Gather", ["c.pairs", INDEX.one], "c.pair.units", [int("axis", 0)]),
    op("Gather", [W2, "c.pair.units"], "c.w2", [int("axis", 0)]),
    op("Unsqueeze", ["c.values", INDEX.axis1], "c.values.column"),
    op("Mul", ["c.w2", "c.values.column"], "c.updates"),
    op("Unsqueeze", ["c.pair.rows", INDEX.axis1], "c.update.rows"),
    // z2 plus the rank-one terms through P, then the corrections added in.
    op("Gather", [SECOND_INPUTS.z2, rows], "c.z2", [int("axis", 0)]),
    ...linear,
    op("Add", ["c.z2", "c.dz2"], "c.z2.linear"),
    op("ScatterND", ["c.z2.linear", "c.update.rows", "c.updates"], SECOND_OUTPUTS.z2, [
      text("reduction", "add")
    ])
  ];
}
var FLIP_NODES = 7;
function flipCount() {
  return [
    op("Cast", ["c.flipped"], "c.flipped.float", [int("to", 1 /* FLOAT */)]),
    op("ReduceSum", ["c.flipped.float"], SECOND_OUTPUTS.flips, [int("keepdims", 0)])
  ];
}
var INDEX = {
  zero: "ablation-ci.index.0",
  one: "ablation-ci.index.1",
  axis0: "ablation-ci.axes.0",
  axis1: "ablation-ci.axes.1",
  axis2: "ablation-ci.axes.2"
};
function INDEX_CONSTANTS() {
  return [
    int64Tensor(INDEX.zero, [], [0n]),
    int64Tensor(INDEX.one, [], [1n]),
    int64Tensor(INDEX.axis0, [1], [0n]),
    int64Tensor(INDEX.axis1, [1], [1n]),
    int64Tensor(INDEX.axis2, [1], [2n])
  ];
}
function op(opType, input, output, attribute = []) {
  return create(NodeProtoSchema, { opType, input, output: [output], name: output, attribute });
}
function int(name, i) {
  return create(AttributeProtoSchema, {
    name,
    type: 2 /* INT */,
    i: BigInt(i)
  });
}
function text(name, s) {
  return create(AttributeProtoSchema, {
    name,
    type: 3 /* STRING */,
    s: new TextEncoder().encode(s)
  });
}
function int64Tensor(name, dims, values) {
  return create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: 7 /* INT64 */,
    int64Data: values
  });
}
function floatScalar(name, value) {
  return floatTensor(name, [], Float32Array.of(value));
}
function scalarInfo(name) {
  return tensorInfo(name, 6 /* INT32 */, []);
}

// src/onnx/second-layer.ts
var OPSET = 17n;
function splitSecondLayer(model, first, output) {
  const graph = model.graph;
  const initializers = new Map(graph.initializer.map((t) => [t.name, t]));
  const readers = (tensor) => graph.node.filter((n) => n.input.includes(tensor));
  const isOutput = (tensor) => graph.output.some((o) => o.name === tensor);
  const only = (tensor) => {
    const [node2, ...others] = readers(tensor);
    const plain = node2?.input[0] === tensor && node2.input.filter((t) => t === tensor).length === 1;
    return plain && others.length === 0 && !isOutput(tensor) && node2.domain === "" ? node2 : void 0;
  };
  const h = first.units;
  const relu = only(first.output);
  if (relu?.opType !== "Relu") return void 0;
  const second = only(relu.output[0]);
  if (second === void 0) return void 0;
  const kernel = kernelOf(second, initializers);
  if (kernel?.features !== h) return void 0;
  const nodes = [relu, second];
  let z2 = second.output[0];
  const [next, ...more] = readers(z2);
  if (next !== void 0 && more.length === 0 && !isOutput(z2) && isBiasAdd(next, z2)) {
    const bias = initializers.get(next.input[next.input[0] === z2 ? 1 : 0]);
    if (biasFits(bias, kernel.units)) {
      nodes.push(next);
      z2 = next.output[0];
    }
  }
  if (z2 === output || isOutput(z2) || readers(z2).length === 0) return void 0;
  const w1 = floatTensor(W1, [first.features, h], first.kernel);
  const w2 = floatTensor(W2, [h, kernel.units], kernel.values);
  return {
    output: z2,
    units: kernel.units,
    kernel: kernel.values,
    mid: midModel(model, nodes, first.output, h, z2),
    p: standalone(
      model,
      pNodes(),
      [w1, w2, floatScalar(ZERO, 0)],
      [floatInfo(TAIL_INPUTS.block, h), scalarInfo(SECOND_INPUTS.column)],
      SECOND_OUTPUTS.p
    ),
    correction: correctionModel(model, w1, w2, h, kernel.units, true),
    correctionMany: correctionModel(model, w1, w2, h, kernel.units, false),
    flips: standalone(
      model,
      [...correctionNodes(true).slice(0, FLIP_NODES), ...flipCount()],
      [w1, w2, floatScalar(ZERO, 0)],
      [
        floatInfo(TAIL_INPUTS.block, h),
        intInfo(TAIL_INPUTS.rows),
        floatInfo(TAIL_INPUTS.delta, void 0),
        intInfo(TAIL_INPUTS.columns)
      ],
      SECOND_OUTPUTS.flips,
      []
    ),
    rest: restModel(model, [...first.nodes, ...nodes], z2, kernel.units, output)
  };
}
function correctionModel(model, w1, w2, h, h2, single) {
  const dim = (value) => typeof value === "string" ? { value: { case: "dimParam", value } } : { value: { case: "dimValue", value: BigInt(value) } };
  return standalone(
    model,
    correctionNodes(single),
    [w1, w2, floatScalar(ZERO, 0), ...INDEX_CONSTANTS()],
    [
      floatInfo(TAIL_INPUTS.block, h),
      floatInfo(SECOND_INPUTS.z2, h2),
      tensorInfo(
        SECOND_INPUTS.p,
        1 /* FLOAT */,
        single ? [dim("batch"), dim(h2)] : [dim("columns"), dim("batch"), dim(h2)]
      ),
      intInfo(TAIL_INPUTS.rows),
      floatInfo(TAIL_INPUTS.delta, void 0),
      intInfo(TAIL_INPUTS.columns)
    ],
    SECOND_OUTPUTS.z2
  );
}
function midModel(model, nodes, z1, h, z2) {
  return keptNodes(model, nodes, [floatInfo(z1, h)], z2);
}
function restModel(model, cut, z2, units, output) {
  const none = { nodes: [], constants: [] };
  return droppedNodes(model, cut, none, [floatInfo(z2, units)], z2, output);
}
function standalone(model, node2, initializer, input, output, outputShape) {
  const read = new Set(node2.flatMap((n) => n.input));
  initializer = initializer.filter((t) => read.has(t.name));
  return create(ModelProtoSchema, {
    irVersion: model.irVersion > 8n ? model.irVersion : 8n,
    producerName: "ablation-ci",
    opsetImport: [{ domain: "", version: OPSET }],
    graph: {
      name: "ablation-ci.second-layer",
      node: node2,
      initializer,
      input,
      output: [
        outputShape === void 0 ? floatInfo(output, void 0) : tensorInfo(output, 1 /* FLOAT */, outputShape)
      ]
    }
  });
}

// src/onnx/session.ts
var BATCH_VALUES = 4 * 1024 * 1024;
var MAX_BATCH_ROWS = 8192;
var OnnxSession = class _OnnxSession {
  constructor(runtime, session, io) {
    this.runtime = runtime;
    this.session = session;
    this.io = io;
  }
  runtime;
  session;
  io;
  /** Output values per example (known after the first run). */
  outputWidth = 0;
  /** A session of the model's bytes (the runtime's errors are thrown as they are). */
  static async create(runtime, bytes, io) {
    const session = await runtime.ort.InferenceSession.create(bytes, sessionOptions(runtime));
    return new _OnnxSession(runtime, session, io);
  }
  /** Rows per batch for this input width. */
  get batchRows() {
    const width = this.io.inputShape.reduce((a, d) => a * d, 1);
    return Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(BATCH_VALUES / width)));
  }
  /** The chosen output of `rows` stacked input rows (row-major), as probabilities when asked. */
  async predict(inputs, rows) {
    const { ort } = this.runtime;
    const tensor = new ort.Tensor("float32", inputs, [rows, ...this.io.inputShape]);
    return this.run({ [this.io.input]: tensor }, rows);
  }
  /** The chosen output of a run with these feeds, `rows` rows, as probabilities when asked. */
  async run(feeds, rows) {
    const result = await this.session.run(feeds, [this.io.output], RUN_OPTIONS);
    const output = result[this.io.output];
    const values = Float32Array.from(output.data);
    this.outputWidth = rows === 0 ? this.outputWidth : values.length / rows;
    return this.io.as === "logits" ? toProbabilities(values, this.outputWidth) : values;
  }
  /** The outputs on every row of the data, batch by batch. */
  async predictAll(data) {
    const width = data.features.length;
    const batch = this.batchRows;
    const parts = [];
    const inputs = new Float32Array(Math.min(batch, data.n) * width);
    for (let start = 0; start < data.n; start += batch) {
      const end = Math.min(data.n, start + batch);
      fillRows(inputs, 0, start, end, data);
      parts.push(await this.predict(inputs.subarray(0, (end - start) * width), end - start));
    }
    const out = new Float32Array(data.n * this.outputWidth);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
  /**
   * Runs `model` with these tensors exposed at each row count in `counts` (one session of the
   * exposed graph) and returns their shapes at each count, in order (batch axis included), with
   * the graph input's; the rows are `probeRows`'. Sets `outputWidth` from the first count.
   */
  async probe(data, model, tensors, counts, types) {
    const all = counts.map(
      (rows) => /* @__PURE__ */ new Map([[this.io.input, [rows, ...this.io.inputShape]]])
    );
    const made = new Set(model.graph?.node.flatMap((n) => n.output) ?? []);
    const exposed = tensors.filter((t) => made.has(t));
    await this.predict(probeRows(data, counts[0]), counts[0]);
    if (exposed.length === 0) return all;
    const edited = exposeOutputs(model, exposed);
    if (edited instanceof Error) throw edited;
    const session = await this.runtime.ort.InferenceSession.create(
      encodeModel(edited),
      sessionOptions(this.runtime)
    );
    try {
      const { ort } = this.runtime;
      for (const [i, rows] of counts.entries()) {
        const tensor = new ort.Tensor("float32", probeRows(data, rows), [
          rows,
          ...this.io.inputShape
        ]);
        const result = await session.run({ [this.io.input]: tensor }, exposed, RUN_OPTIONS);
        for (const name of exposed) {
          all[i].set(name, [...result[name].dims]);
          types?.set(name, result[name].type);
        }
      }
    } finally {
      await session.release();
    }
    return all;
  }
  async close() {
    await this.session.release();
  }
};
var RUN_OPTIONS = { logSeverityLevel: 4 };
function sessionOptions(runtime) {
  const quiet = { logSeverityLevel: 4 };
  return runtime.name === "onnxruntime-node" ? {
    ...quiet,
    intraOpNumThreads: runtime.threads,
    extra: { session: { intra_op: { allow_spinning: "0" } } }
  } : quiet;
}
function toProbabilities(values, width) {
  const out = new Float32Array(values.length);
  if (width === 1) {
    for (let i = 0; i < values.length; i++) out[i] = 1 / (1 + Math.exp(-values[i]));
    return out;
  }
  for (let at = 0; at < values.length; at += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, values[at + c]);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += Math.exp(values[at + c] - max);
    for (let c = 0; c < width; c++) out[at + c] = Math.exp(values[at + c] - max) / sum;
  }
  return out;
}
function probeRows(data, rows) {
  const f = data.features.length;
  const inputs = new Float32Array(rows * f);
  for (let r = 0; r < rows; r++) fillRows(inputs, r * f, r % data.n, r % data.n + 1, data);
  return inputs;
}

// src/onnx/second-layer-path.ts
var P_VALUES = 64 * 1024 * 1024;
var PROBE_ROWS = 1024;
var Z2_VALUES = 128 * 1024 * 1024;
var BLOCK_VALUES = 4 * 1024 * 1024;
var SecondLayerPath = class _SecondLayerPath {
  constructor(layer, first, p, correction, correctionMany, rest, flips, mode, n, z1, z2) {
    this.layer = layer;
    this.first = first;
    this.p = p;
    this.correction = correction;
    this.correctionMany = correctionMany;
    this.rest = rest;
    this.flips = flips;
    this.mode = mode;
    this.n = n;
    this.z1 = z1;
    this.z2 = z2;
  }
  layer;
  first;
  p;
  correction;
  correctionMany;
  rest;
  flips;
  mode;
  n;
  z1;
  z2;
  /** P of each column computed so far (n × units2 each), oldest first. */
  kept = /* @__PURE__ */ new Map();
  /** How many times the p graph computed a column's P (tests check the sharing with it). */
  computedColumns = 0;
  /** Components evaluated through this path. */
  components = 0;
  /**
   * The path for a model cut after its second layer (`splitSecondLayer`), or undefined when z2
   * would not fit, is of a magnitude whose rounding would show (`secondLayerMagnitude`), or the
   * runtime refuses a cut graph: feature ablations then keep the first-layer path.
   */
  static async create(runtime, layer, first, io, z1, n, mode = "cost") {
    if (n * layer.units > Z2_VALUES) return void 0;
    const opened = [];
    const open = async (graph, output, input, width) => {
      const session = await OnnxSession.create(runtime, encodeModel(graph), {
        input,
        output,
        inputShape: [width],
        as: "probabilities"
      });
      opened.push(session);
      return session;
    };
    try {
      const h = first.units;
      const mid = await open(layer.mid, layer.output, first.output, h);
      const z2 = new Float32Array(n * layer.units);
      const block = Math.max(1, Math.floor(BLOCK_VALUES / Math.max(h, layer.units)));
      for (let start = 0; start < n; start += block) {
        const end = Math.min(n, start + block);
        z2.set(
          await mid.predict(z1.subarray(start * h, end * h), end - start),
          start * layer.units
        );
      }
      if (!(secondLayerMagnitude(z1, h, layer.kernel, layer.units, z2) <= MAGNITUDE)) {
        for (const session of opened) await session.close();
        return void 0;
      }
      const p = await open(layer.p, SECOND_OUTPUTS.p, TAIL_INPUTS.block, h);
      const correction = await open(layer.correction, SECOND_OUTPUTS.z2, TAIL_INPUTS.block, h);
      const many = await open(layer.correctionMany, SECOND_OUTPUTS.z2, TAIL_INPUTS.block, h);
      const flips = await open(layer.flips, SECOND_OUTPUTS.flips, TAIL_INPUTS.block, h);
      const rest = await OnnxSession.create(runtime, encodeModel(layer.rest), {
        ...io,
        input: layer.output,
        inputShape: [layer.units]
      });
      opened.push(rest);
      await mid.close();
      opened.shift();
      return new _SecondLayerPath(layer, first, p, correction, many, rest, flips, mode, n, z1, z2);
    } catch {
      for (const session of opened) await session.close();
      return void 0;
    }
  }
  /**
   * Whether a component of `columns` changed columns whose repeats change `changedRows` rows in
   * all takes this path: its P must fit in the cache, and (mode `cost`) the second layer must
   * cost less than the first layer's tail (`prefersSecondLayer`), with the fraction of flipped
   * ReLU units measured by the runtime on up to `PROBE_ROWS` rows of the component's first
   * stack — so the choice depends on the component and the data only.
   */
  async prefers(columns, changedRows2, first) {
    const k = columns.length;
    if (k * this.n * this.layer.units > P_VALUES) return false;
    if (this.mode === "always") return true;
    const sizes = {
      n: this.n,
      h: this.first.units,
      h2: this.layer.units,
      columns: k,
      changedRows: changedRows2,
      flipFraction: 0
    };
    if (!prefersSecondLayer(sizes)) return false;
    const h = this.first.units;
    const m = Math.min(first.m, PROBE_ROWS);
    const { ort } = this.flips.runtime;
    const [flipped] = await this.flips.run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor(
          "float32",
          this.z1.subarray(first.start * h, first.end * h),
          [first.end - first.start, h]
        ),
        [TAIL_INPUTS.rows]: new ort.Tensor("int32", first.rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor("float32", first.delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor("int32", Int32Array.from(columns), [k])
      },
      1
    );
    return prefersSecondLayer({ ...sizes, flipFraction: flipped / (m * h) });
  }
  /** Computes (or finds kept) P of each of these columns; call before `run`. */
  async load(columns) {
    this.components++;
    const size = this.n * this.layer.units;
    for (const column of columns) {
      if (this.kept.has(column)) continue;
      for (const [old] of this.kept) {
        if ((this.kept.size + 1) * size <= P_VALUES) break;
        if (!columns.includes(old)) this.kept.delete(old);
      }
      this.kept.set(column, await this.pOf(column));
    }
  }
  /** The model's output (rows × width) of one stack of changed rows of `columns`. */
  async run(stack, columns) {
    const { start, end, m, rows, delta } = stack;
    const h = this.first.units;
    const h2 = this.layer.units;
    const k = columns.length;
    const b = end - start;
    const { ort } = this.correction.runtime;
    let p;
    if (k === 1) p = this.kept.get(columns[0]).subarray(start * h2, end * h2);
    else {
      p = new Float32Array(k * b * h2);
      columns.forEach(
        (j, i) => p.set(this.kept.get(j).subarray(start * h2, end * h2), i * b * h2)
      );
    }
    const z2 = await (k === 1 ? this.correction : this.correctionMany).run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor("float32", this.z1.subarray(start * h, end * h), [
          b,
          h
        ]),
        [SECOND_INPUTS.z2]: new ort.Tensor("float32", this.z2.subarray(start * h2, end * h2), [
          b,
          h2
        ]),
        [SECOND_INPUTS.p]: new ort.Tensor("float32", p, k === 1 ? [b, h2] : [k, b, h2]),
        [TAIL_INPUTS.rows]: new ort.Tensor("int32", rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor("float32", delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor("int32", Int32Array.from(columns), [k])
      },
      m
    );
    return this.rest.predict(z2, m);
  }
  /** The output width of the rest of the model (known after the first run). */
  get outputWidth() {
    return this.rest.outputWidth;
  }
  /** P of one column over every eval row, computed alone, over fixed row blocks. */
  async pOf(column) {
    this.computedColumns++;
    const h = this.first.units;
    const h2 = this.layer.units;
    const { ort } = this.p.runtime;
    const out = new Float32Array(this.n * h2);
    const block = Math.max(1, Math.floor(BLOCK_VALUES / Math.max(h, h2)));
    const index = new ort.Tensor("int32", Int32Array.of(column), []);
    for (let start = 0; start < this.n; start += block) {
      const end = Math.min(this.n, start + block);
      const feeds = {
        [TAIL_INPUTS.block]: new ort.Tensor("float32", this.z1.subarray(start * h, end * h), [
          end - start,
          h
        ]),
        [SECOND_INPUTS.column]: index
      };
      out.set(await this.p.run(feeds, end - start), start * h2);
    }
    return out;
  }
  async close() {
    this.kept.clear();
    for (const session of [this.p, this.correction, this.correctionMany, this.rest, this.flips]) {
      await session.close();
    }
  }
};

// src/onnx/first-layer-path.ts
var Z1_VALUES = 128 * 1024 * 1024;
var STACK_VALUES = { "onnxruntime-node": 256 * 1024, "onnxruntime-web": 4 * 1024 * 1024 };
var STACK_ROWS = 16384;
var COLUMN_VALUES = 1024 * 1024;
function columnsOf2(x, n, f, columns) {
  const out = new Float64Array(columns.length * n);
  for (let i = 0; i < columns.length; i++) {
    const j = columns[i];
    for (let row = 0; row < n; row++) out[i * n + row] = x[row * f + j];
  }
  return out;
}
var FirstLayerPath = class _FirstLayerPath {
  constructor(layer, tail, data, z1, cut, columnValues) {
    this.layer = layer;
    this.tail = tail;
    this.data = data;
    this.z1 = z1;
    this.cut = cut;
    this.columnValues = columnValues;
  }
  layer;
  tail;
  data;
  z1;
  cut;
  columnValues;
  /** The second-layer path, once a component has needed it (undefined before, or if refused). */
  second;
  secondOpened = false;
  /**
   * The path for this model, or undefined when its graph does not start with a first layer
   * (see `splitFirstLayer`), z1 would not fit in memory, an eval row's first-layer sum is of a
   * magnitude whose rounding would show (`MAGNITUDE`), or the runtime refuses a cut graph:
   * feature ablations then take full passes. `secondLayer`: false, never through the second
   * layer; 'always', through it whenever its P fit, whatever the cost (tests compare the paths).
   * `columnValues`: a component's columns are copied out when k × n is at most this (default
   * `COLUMN_VALUES`); wider groups read x where it is.
   */
  static async create(runtime, model, io, data, options = {}) {
    if (io.inputShape.length !== 1) return void 0;
    const layer = splitFirstLayer(model, io.input, io.output);
    if (layer === void 0 || data.n * layer.units > Z1_VALUES) return void 0;
    let tail;
    try {
      const z1 = await headOutputs(runtime, layer, io, data);
      if (!(firstLayerMagnitude(layer, data, z1) <= MAGNITUDE)) return void 0;
      tail = await OnnxSession.create(runtime, encodeModel(layer.tail), {
        ...io,
        input: TAIL_INPUTS.block,
        inputShape: [layer.units]
      });
      const cut = options.secondLayer === false ? void 0 : splitSecondLayer(model, layer, io.output);
      const mode = options.secondLayer === "always" ? "always" : "cost";
      const open = (second) => () => SecondLayerPath.create(runtime, second, layer, io, z1, data.n, mode);
      return new _FirstLayerPath(
        layer,
        tail,
        data,
        z1,
        cut === void 0 ? void 0 : { layer: cut, mode, open: open(cut) },
        options.columnValues ?? COLUMN_VALUES
      );
    } catch {
      await tail?.close();
      return void 0;
    }
  }
  /** Rows of z1 per tail run for `count` stacked repeats. */
  blockRows(count) {
    const values = STACK_VALUES[this.tail.runtime.name];
    const stack = Math.min(STACK_ROWS, Math.floor(values / this.layer.units));
    return Math.max(1, Math.floor(stack / count));
  }
  /**
   * The predictions (n × width each) under each of these changes of the same columns — one
   * component's repeats — starting from the baseline's: through the second layer when that
   * path prefers the component (see `SecondLayerPath.prefers`), else through the first.
   */
  async evaluate(changes, baseline) {
    const outs = changes.map(() => baseline.slice());
    if (changes.length === 0) return outs;
    const { columns } = changes[0];
    const block = this.blockRows(changes.length);
    const second = await this.secondFor(changes, block);
    for (const stack of this.stacks(changes, block)) {
      const values = second === void 0 ? await this.runTail(stack, columns) : await second.run(stack, columns);
      const width = values.length / stack.m;
      for (let r = 0; r < stack.m; r++) {
        const out = outs[stack.owners[r]];
        const to = (stack.start + stack.rows[r]) * width;
        for (let u = 0; u < width; u++) out[to + u] = values[r * width + u];
      }
    }
    return outs;
  }
  /** The second-layer path when it takes these changes (their P loaded), else undefined. */
  async secondFor(changes, block) {
    const { columns } = changes[0];
    const k = columns.length;
    const { n } = this.data;
    if (this.cut === void 0 || k * n >= changes.length * n) return void 0;
    const sizes = { n, h: this.layer.units, h2: this.cut.layer.units, columns: k };
    const best = { ...sizes, changedRows: changes.length * n, flipFraction: 0 };
    if (this.cut.mode === "cost" && !prefersSecondLayer(best)) return void 0;
    if (!this.secondOpened) {
      this.secondOpened = true;
      this.second = await this.cut.open();
    }
    const second = this.second;
    if (second === void 0) return void 0;
    let changed = 0;
    let first;
    for (const stack of this.stacks(changes, block)) {
      changed += stack.m;
      first ??= { ...stack, rows: stack.rows.slice(0, stack.m), delta: stack.delta.slice() };
    }
    if (first === void 0 || columns.length * this.data.n >= changed) return void 0;
    if (!await second.prefers(columns, changed, first)) return void 0;
    await second.load(columns);
    return second;
  }
  /**
   * The stacked changed rows of every change, row block by row block (the arrays are reused:
   * each stack is valid until the next).
   */
  *stacks(changes, block) {
    const { n, x, scale } = this.data;
    const f = this.data.features.length;
    const { columns } = changes[0];
    const k = columns.length;
    const capacity = block * changes.length;
    const rows = new Int32Array(capacity);
    const owners = new Int32Array(capacity);
    const delta = new Float32Array(capacity * k);
    const d = new Float64Array(k);
    const own = k * n <= this.columnValues ? columnsOf2(x, n, f, columns) : void 0;
    const from = own ?? x;
    const stride = own === void 0 ? f : 1;
    const offset = Int32Array.from(columns, (j, i) => own === void 0 ? j : i * n);
    for (let start = 0; start < n; start += block) {
      const end = Math.min(n, start + block);
      let m = 0;
      for (let c = 0; c < changes.length; c++) {
        const change = changes[c];
        const { source, values } = change;
        for (let row = start; row < end; row++) {
          let any = false;
          const at = values === void 0 && source !== void 0 ? source[row] * stride : -1;
          for (let i = 0; i < k; i++) {
            const j = columns[i];
            const raw = at >= 0 ? from[at + offset[i]] : values === void 0 ? change.constants[i] : changedValue(change, this.data, row, i);
            const di = (raw - from[row * stride + offset[i]]) / scale[j];
            d[i] = di;
            if (di !== 0) any = true;
          }
          if (!any) continue;
          for (let i = 0; i < k; i++) delta[m * k + i] = d[i];
          rows[m] = row - start;
          owners[m++] = c;
        }
      }
      if (m > 0) yield { start, end, m, rows, owners, delta };
    }
  }
  /** The first layer's tail on one stack: the model's output, m × width. */
  runTail(stack, columns) {
    const { start, end, m, rows, delta } = stack;
    const h = this.layer.units;
    const k = columns.length;
    const { ort } = this.tail.runtime;
    return this.tail.run(
      {
        [TAIL_INPUTS.block]: new ort.Tensor("float32", this.z1.subarray(start * h, end * h), [
          end - start,
          h
        ]),
        [TAIL_INPUTS.rows]: new ort.Tensor("int32", rows.subarray(0, m), [m]),
        [TAIL_INPUTS.delta]: new ort.Tensor("float32", delta.subarray(0, m * k), [m, k]),
        [TAIL_INPUTS.columns]: new ort.Tensor("int32", Int32Array.from(columns), [k])
      },
      m
    );
  }
  async close() {
    await this.tail.close();
    await this.second?.close();
  }
};
async function headOutputs(runtime, layer, io, data) {
  const head = await OnnxSession.create(runtime, encodeModel(layer.head), {
    ...io,
    output: layer.output,
    as: "probabilities"
  });
  try {
    const z1 = new Float32Array(data.n * layer.units);
    const f = data.features.length;
    const batch = head.batchRows;
    const inputs = new Float32Array(Math.min(batch, data.n) * f);
    for (let start = 0; start < data.n; start += batch) {
      const end = Math.min(data.n, start + batch);
      fillRows(inputs, 0, start, end, data);
      z1.set(
        await head.predict(inputs.subarray(0, (end - start) * f), end - start),
        start * layer.units
      );
    }
    return z1;
  } finally {
    await head.close();
  }
}

// src/onnx/reinit.ts
var WEIGHTED = /* @__PURE__ */ new Set(["Conv", "ConvTranspose", "Gemm", "MatMul"]);
var HAS_BIAS = /* @__PURE__ */ new Set(["Conv", "ConvTranspose", "Gemm"]);
function reinitComponent(model, id, seed, repeat) {
  const copy = copyModel(model);
  const graph = copy.graph;
  if (graph === void 0) return new Error("the model has no graph");
  const component = findComponent(graph, id);
  if (component instanceof Error) return component;
  const byName = new Map(graph.initializer.map((t) => [t.name, t]));
  const inside = new Set(component.nodes);
  const sharedOutside = /* @__PURE__ */ new Set([
    ...graph.node.flatMap((node2, i) => inside.has(i) ? [] : nodeReads(node2)),
    ...graph.output.map((o) => o.name)
  ]);
  const done = /* @__PURE__ */ new Set();
  const own = (name) => {
    const tensor = byName.get(name);
    if (tensor === void 0 || !sharedOutside.has(name)) return tensor;
    const copy2 = clone(TensorProtoSchema, tensor);
    copy2.name = `${name}/ablation-ci.reinit.${id}`;
    graph.initializer.push(copy2);
    byName.set(copy2.name, copy2);
    for (const i of component.nodes) {
      const node2 = graph.node[i];
      node2.input = node2.input.map((t) => t === name ? copy2.name : t);
    }
    sharedOutside.delete(name);
    return copy2;
  };
  let redrawn = 0;
  for (const index of component.nodes) {
    const node2 = graph.node[index];
    if (!WEIGHTED.has(node2.opType)) continue;
    const trained = node2.input[1] ?? "";
    const weight = done.has(trained) ? void 0 : own(trained);
    if (weight !== void 0) {
      done.add(weight.name);
      const values = floatValues(weight);
      if (values instanceof Error) return new Error(`component "${id}": ${values.message}`);
      const s = standardDeviation(values);
      const rng = Rng.stream(seed, "reinit", id, trained, repeat);
      setFloatValues(
        weight,
        values.map(() => s * rng.normal())
      );
      redrawn++;
    }
    const bias = HAS_BIAS.has(node2.opType) ? own(node2.input[2] ?? "") : void 0;
    if (bias !== void 0) {
      const values = floatValues(bias);
      if (values instanceof Error) return new Error(`component "${id}": ${values.message}`);
      setFloatValues(bias, new Float32Array(values.length));
    }
  }
  if (redrawn === 0) {
    return new Error(
      `component "${id}" has no weights to reinit (no Conv, ConvTranspose, Gemm or MatMul with an initializer)`
    );
  }
  return copy;
}
function standardDeviation(values) {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let sum = 0;
  for (const v of values) sum += (v - mean) ** 2;
  return Math.sqrt(sum / values.length);
}
function hasWeights(model, id) {
  const graph = model.graph;
  if (graph === void 0) return false;
  const component = findComponent(graph, id);
  if (component instanceof Error) return false;
  const initializers = new Set(graph.initializer.map((t) => t.name));
  return component.nodes.some((i) => {
    const node2 = graph.node[i];
    return WEIGHTED.has(node2.opType) && initializers.has(node2.input[1] ?? "");
  });
}

// src/onnx/evaluate.ts
var ELEMENT_TYPES = {
  float32: 1 /* FLOAT */,
  float64: 11 /* DOUBLE */,
  float16: 10 /* FLOAT16 */,
  int32: 6 /* INT32 */,
  int64: 7 /* INT64 */
};
var NO_MEANS = new Float64Array(0);
var OUTPUT_BUDGET = 64 * 1024 * 1024;
function startOnnxEvaluation(suite, _options) {
  const evaluator = new OnnxEvaluator(suite);
  const { config } = suite;
  const count = (c) => c.stochastic ? config.repeats : 1;
  return Promise.resolve({
    evaluator,
    async *chunks(onProgress, limits = {}) {
      const applicable = suite.components.filter((c) => c.notApplicable === void 0);
      const total = Math.max(
        1,
        applicable.reduce((sum, c) => sum + count(c), 0)
      );
      const perUnit = suite.dataset.n * evaluator.outputWidth * 4;
      const maxUnits = Math.min(
        limits.maxUnits ?? Infinity,
        Math.max(1, Math.floor(OUTPUT_BUDGET / perUnit))
      );
      let done = 0;
      let refused = false;
      for (const chunk of chunkBy(applicable, count, maxUnits)) {
        const units = chunk.reduce((sum, c) => sum + count(c), 0);
        refused ||= limits.admit?.(units) === false;
        if (refused) {
          yield { components: chunk, outputs: void 0 };
          continue;
        }
        const outputs = /* @__PURE__ */ new Map();
        for (const component of chunk) {
          if (component.on === "features") {
            outputs.set(component.id, await evaluator.featureRepeats(component, count(component)));
            done += count(component);
            onProgress?.(Math.min(1, done / total));
            continue;
          }
          const repeats = [];
          for (let repeat = 0; repeat < count(component); repeat++) {
            repeats.push(await evaluator.evaluate(component, repeat));
            onProgress?.(Math.min(1, ++done / total));
          }
          outputs.set(component.id, repeats);
        }
        yield { components: chunk, outputs };
      }
    },
    close: () => evaluator.close()
  });
}
function chunkBy(items, size, max) {
  const chunks = [];
  let current = [];
  let units = 0;
  for (const item of items) {
    if (current.length > 0 && units + size(item) > max) {
      chunks.push(current);
      current = [];
      units = 0;
    }
    current.push(item);
    units += size(item);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
var OnnxEvaluator = class {
  /** `firstLayer: false`: feature ablations take full passes even where the path applies. */
  constructor(suite, options = {}) {
    this.suite = suite;
    this.options = options;
    this.featureIndex = indexNames(suite.dataset.features);
  }
  suite;
  options;
  featureIndex;
  /** Per-feature means of the raw values, computed for the first `mean` feature ablation. */
  featureMeans;
  means = /* @__PURE__ */ new Map();
  /** The full-pass feature path's input rows, kept from pass to pass. */
  rowWriter;
  /** Each feature component's columns, looked up once (not per repeat). */
  columns = /* @__PURE__ */ new Map();
  /** The first-layer path, made at the first feature ablation (undefined: full passes). */
  path;
  /** Whether feature ablations go through the first-layer path (made on first use). */
  async usesFirstLayer() {
    return await this.firstLayer() !== void 0;
  }
  /** Releases the first-layer path's session. */
  async close() {
    const path12 = await this.path;
    this.path = Promise.resolve(void 0);
    await path12?.close();
  }
  /** The predictions of repeats 0 … count−1 of a feature component. */
  async featureRepeats(component, count) {
    const path12 = await this.firstLayer();
    if (path12 === void 0) {
      const repeats = [];
      for (let repeat = 0; repeat < count; repeat++) {
        repeats.push(await this.features(component, repeat));
      }
      return repeats;
    }
    const changes = Array.from({ length: count }, (_, repeat) => this.changeOf(component, repeat));
    return path12.evaluate(changes, this.suite.baseline);
  }
  firstLayer() {
    if (this.options.firstLayer === false) return Promise.resolve(void 0);
    const { runtime, io } = this.suite.session;
    this.path ??= FirstLayerPath.create(runtime, this.suite.model, io, this.suite.modelData);
    return this.path;
  }
  changeOf(component, repeat) {
    let columns = this.columns.get(component);
    if (columns === void 0) {
      columns = columnsOf(component, this.featureIndex, this.suite.dataset.features);
      this.columns.set(component, columns);
    }
    return featureChange(
      component,
      columns,
      repeat,
      this.suite.modelData,
      this.suite.config.seed,
      component.mode === "mean" ? this.featureMeans ??= columnMeans(this.suite.modelData) : NO_MEANS
    );
  }
  get outputWidth() {
    return this.suite.session.outputWidth;
  }
  /** The runtime's predictions of the unedited model. */
  baseline() {
    return this.suite.baseline;
  }
  /** One repeat of one component: n × outputWidth predictions. */
  async evaluate(component, repeat) {
    if (component.on === "layers") return this.layers(component, repeat);
    const path12 = await this.firstLayer();
    if (path12 === void 0) return this.features(component, repeat);
    const [out] = await path12.evaluate([this.changeOf(component, repeat)], this.suite.baseline);
    return out;
  }
  /** The unedited model on inputs with the feature change applied (changed rows only). */
  async features(component, repeat) {
    const data = this.suite.modelData;
    const change = this.changeOf(component, repeat);
    const rows = changedRows(change, data, 0, data.n);
    const width = this.outputWidth;
    const out = this.suite.baseline.slice();
    const session = this.suite.session;
    const batch = session.batchRows;
    this.rowWriter ??= new RowWriter(data);
    for (let first = 0; first < rows.length; first += batch) {
      const last = Math.min(rows.length, first + batch);
      const inputs = this.rowWriter.write(rows, first, last, change);
      const values = await session.predict(inputs, last - first);
      for (let k = first; k < last; k++) {
        out.set(values.subarray((k - first) * width, (k - first + 1) * width), rows[k] * width);
      }
    }
    return out;
  }
  /** The edited graph run by the runtime over every row. */
  async layers(component, repeat) {
    const edited = await this.edit(component, repeat);
    const { runtime, io } = this.suite.session;
    const session = await OnnxSession.create(runtime, encodeModel(edited), io);
    try {
      return await session.predictAll(this.suite.modelData);
    } finally {
      await session.close();
    }
  }
  /** The model with each of the component's scopes edited in turn. */
  async edit(component, repeat) {
    let model = this.suite.model;
    for (const id of component.layers) {
      const edited = await this.editOne(model, id, component, repeat);
      if (edited instanceof Error) throw new Error(`${component.id}: ${edited.message}`);
      model = edited;
    }
    return model;
  }
  async editOne(model, id, component, repeat) {
    switch (component.mode) {
      case "zero": {
        const [output] = this.suite.scopes.get(id).outputs;
        return zeroComponent(model, id, ELEMENT_TYPES[this.suite.types.get(output) ?? "float32"]);
      }
      case "mean":
        return meanComponent(model, id, await this.meanOf(id));
      case "remove":
        return removeComponent(model, id, this.suite.shapes);
      case "reinit":
        return reinitComponent(model, id, this.suite.config.seed, repeat);
    }
  }
  /** The mean of the scope's output over the eval rows, measured by the runtime (kept). */
  async meanOf(id) {
    const kept2 = this.means.get(id);
    if (kept2 !== void 0) return kept2;
    const scope = this.suite.scopes.get(id);
    const [tensor] = scope.outputs;
    const exposed = exposeOutputs(this.suite.model, [tensor]);
    if (exposed instanceof Error) throw exposed;
    const { runtime, io } = this.suite.session;
    const session = await OnnxSession.create(runtime, encodeModel(exposed), {
      ...io,
      output: tensor,
      as: "probabilities"
    });
    try {
      const values = await session.predictAll(this.suite.modelData);
      const mean = rowMean(values, this.suite.modelData, this.suite.shapes.get(tensor));
      this.means.set(id, mean);
      return mean;
    } finally {
      await session.close();
    }
  }
};
function rowMean(values, data, dims) {
  const width = values.length / data.n;
  const sums = new Float64Array(width);
  for (let r = 0; r < data.n; r++) {
    for (let i = 0; i < width; i++) sums[i] += values[r * width + i];
  }
  return { dims: [1, ...dims.slice(1)], values: Float32Array.from(sums, (s) => s / data.n) };
}

// src/onnx/suite.ts
import { createHash } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/onnx/batch-check.ts
var TOLERANCE = 1e-5;
async function batchDependence(session, data, shown) {
  const f = data.features.length;
  const inputs = probeRows(data, 3);
  const alone = await session.predict(inputs.subarray(0, 2 * f), 2);
  const joined = await session.predict(inputs, 3);
  const width = alone.length / 2;
  for (let i = 0; i < alone.length; i++) {
    const [a, b] = [alone[i], joined[i]];
    if (!(Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a))) && !(a === b)) {
      const row = Math.floor(i / width) + 1;
      return `${shown}: the model's output for a row depends on the other rows of its batch (output "${session.io.output}" of row ${row} is ${a} beside row ${3 - row} and ${b} when row 3 joins them); ablation-ci runs changed rows in batches of their own, so export the model in eval mode (torch: model.eval(); batch statistics frozen)`;
    }
  }
  return void 0;
}

// src/onnx/checks.ts
var RUNTIME_DOMAINS = /* @__PURE__ */ new Set(["", "ai.onnx", "ai.onnx.ml", "com.microsoft"]);
function fedInputs(graph) {
  const initializers = new Set(graph.initializer.map((t) => t.name));
  return graph.input.filter((i) => !initializers.has(i.name));
}
function modelRefusal(file, model) {
  const graph = model.graph;
  if (graph === void 0) return `${file}: the model has no graph`;
  return inputRefusal(file, graph) ?? outputRefusal(file, graph) ?? domainRefusal(file, model) ?? batchRefusal(file, graph);
}
function batchRefusal(file, graph) {
  const [input] = fedInputs(graph);
  const tensor = input.type?.value.case === "tensorType" ? input.type.value.value : void 0;
  const batch = tensor?.shape?.dim[0]?.value;
  if (batch?.case !== "dimValue") return void 0;
  return `${file}: input "${input.name}" has a fixed batch size of ${batch.value} at axis 0; export it with a dynamic batch (torch.onnx.export: dynamic_axes={"${input.name}": {0: "batch"}}; skl2onnx and tf2onnx: None as the first dimension)`;
}
function inputRefusal(file, graph) {
  const inputs = fedInputs(graph);
  if (inputs.length !== 1) {
    const names = inputs.map((i) => `"${i.name}"`).join(", ");
    return `${file}: the model has ${inputs.length} inputs${names ? ` (${names})` : ""}; ablation-ci feeds one input tensor of the feature columns`;
  }
  const [input] = inputs;
  const tensor = input.type?.value.case === "tensorType" ? input.type.value.value : void 0;
  if (tensor === void 0) return `${file}: input "${input.name}" is not a tensor`;
  const dims = tensor.shape?.dim;
  if (dims === void 0) return `${file}: input "${input.name}" has no shape; export it with one`;
  for (let axis = 1; axis < dims.length; axis++) {
    const dim = dims[axis].value;
    if (dim.case !== "dimValue" || dim.value <= 0n) {
      const what = dim.case === "dimParam" ? `"${dim.value}"` : "an unknown size";
      return `${file}: input "${input.name}" has ${what} at axis ${axis}; export it with a fixed size there (only axis 0, the batch, may be dynamic)`;
    }
  }
  return void 0;
}
function outputRefusal(file, graph) {
  for (const output of graph.output) {
    const producer = graph.node.find((n) => n.output.includes(output.name));
    if (producer?.opType === "ZipMap") {
      return `${file}: output "${output.name}" is a scikit-learn ZipMap (a list of dicts); export with zipmap=False`;
    }
    const kind = typeKind(output.type);
    if (kind !== "tensorType") {
      return `${file}: output "${output.name}" is a ${kind}, not a tensor; ablation-ci reads tensor outputs`;
    }
  }
  return void 0;
}
function domainRefusal(file, model) {
  for (const node2 of model.graph?.node ?? []) {
    if (!RUNTIME_DOMAINS.has(node2.domain)) {
      return `${file}: node "${node2.name}" uses op ${node2.domain}.${node2.opType}, which ONNX Runtime does not implement`;
    }
  }
  return void 0;
}
function typeKind(type) {
  const kind = type?.value.case;
  switch (kind) {
    case void 0:
      return "value of unknown type";
    case "tensorType":
      return kind;
    case "sequenceType":
      return "sequence";
    case "mapType":
      return "map";
    case "optionalType":
      return "optional";
    case "sparseTensorType":
      return "sparse tensor";
    case "opaqueType":
      return "opaque value";
  }
}
function runtimeRefusal(file, message) {
  const noOp = /In Node, \("([^"]*)", ([^,]+),.*No Op registered for (\S+) with domain_version of (\d+)/s.exec(
    message
  );
  if (noOp) {
    return `${file}: node "${noOp[1]}" uses op ${noOp[3]} (opset ${noOp[4]}), which ONNX Runtime does not implement`;
  }
  const unregistered = /(\S+):(\S+)\(-?\d+\) is not a registered function\/op/.exec(message);
  if (unregistered) {
    return `${file}: op ${unregistered[1]}.${unregistered[2]} is not one ONNX Runtime implements`;
  }
  const opset = /Opset (\d+) is under development/.exec(message);
  if (opset) {
    return `${file}: the model needs opset ${opset[1]}, newer than this ONNX Runtime supports`;
  }
  return void 0;
}

// src/onnx/external-data.ts
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
var MODEL_BYTES = 2 ** 31 - 1;
var LIMIT = "ablation-ci gives ONNX Runtime the model in memory, at most 2 GiB (protobuf's limit)";
var ELEMENT_BYTES = {
  [1 /* FLOAT */]: 4,
  [2 /* UINT8 */]: 1,
  [3 /* INT8 */]: 1,
  [4 /* UINT16 */]: 2,
  [5 /* INT16 */]: 2,
  [6 /* INT32 */]: 4,
  [7 /* INT64 */]: 8,
  [9 /* BOOL */]: 1,
  [10 /* FLOAT16 */]: 2,
  [11 /* DOUBLE */]: 8,
  [12 /* UINT32 */]: 4,
  [13 /* UINT64 */]: 8,
  [14 /* COMPLEX64 */]: 8,
  [15 /* COMPLEX128 */]: 16,
  [16 /* BFLOAT16 */]: 2,
  [17 /* FLOAT8E4M3FN */]: 1,
  [18 /* FLOAT8E4M3FNUZ */]: 1,
  [19 /* FLOAT8E5M2 */]: 1,
  [20 /* FLOAT8E5M2FNUZ */]: 1,
  [21 /* UINT4 */]: 0.5,
  [22 /* INT4 */]: 0.5,
  [23 /* FLOAT4E2M1 */]: 0.5,
  [24 /* FLOAT8E8M0 */]: 1,
  [25 /* UINT2 */]: 0.25,
  [26 /* INT2 */]: 0.25,
  [27 /* FLOAT6E2M3 */]: 0.75,
  [28 /* FLOAT6E3M2 */]: 0.75
};
async function inlineExternalData(model, file, shown) {
  const external = [...tensorsOf(model)].filter(
    (held) => held.tensor.dataLocation === 1 /* EXTERNAL */
  );
  if (external.length === 0) return [];
  const folder = path.dirname(file);
  const files = /* @__PURE__ */ new Map();
  let total = 0;
  for (const { tensor, what } of external) {
    const entry = new Map(tensor.externalData.map((e) => [e.key, e.value]));
    const location = entry.get("location");
    const fail = (problem) => new InputError(`${what} ${problem}`, { file: shown });
    if (location === void 0 || location === "")
      throw fail('is stored outside the model but names no file (no "location")');
    let bytes = files.get(location);
    if (bytes === void 0) {
      bytes = await readBeside(folder, location, fail);
      files.set(location, bytes);
    }
    const offset = whole(entry.get("offset") ?? "0");
    const length = entry.has("length") ? whole(entry.get("length")) : void 0;
    if (offset === void 0 || entry.has("length") && length === void 0) {
      throw fail(`has an offset or length in "${location}" that is not a whole number`);
    }
    const expected = expectedBytes(tensor);
    const size = length ?? expected ?? bytes.length - offset;
    if (expected !== void 0 && size !== expected) {
      throw fail(
        `has ${size} bytes in "${location}" where its shape [${tensor.dims.join(", ")}] needs ${expected}`
      );
    }
    if (size < 0 || offset + size > bytes.length) {
      const end = size < 0 ? "" : `${offset + size}`;
      throw fail(`needs bytes ${offset}\u2013${end} of "${location}", which has ${bytes.length}`);
    }
    total += size;
    tensor.rawData = bytes.subarray(offset, offset + size);
    tensor.externalData = [];
    tensor.dataLocation = 0 /* DEFAULT */;
  }
  if (total > MODEL_BYTES) {
    const gib = (total / 2 ** 30).toFixed(1);
    throw new InputError(`its external data holds ${gib} GiB; ${LIMIT}`, { file: shown });
  }
  return [...files.values()];
}
async function readBeside(folder, location, fail) {
  const outside = () => fail(`reads "${location}", outside the model's folder; keep external data beside the model`);
  const target = path.resolve(folder, location);
  if (path.isAbsolute(location) || path.win32.isAbsolute(location) || !within(folder, target)) {
    throw outside();
  }
  const special = await notRegular(target);
  if (special !== void 0) throw fail(`reads "${location}", which ${special}`);
  let real;
  try {
    real = await realpath(target);
  } catch {
    throw fail(`reads "${location}", which is missing beside the model`);
  }
  if (!within(await realpath(folder), real)) throw outside();
  const { size } = await stat(real);
  if (size > MODEL_BYTES) {
    throw fail(`reads "${location}", of ${(size / 2 ** 30).toFixed(1)} GiB; ${LIMIT}`);
  }
  return new Uint8Array(await readFile(real));
}
function within(folder, file) {
  const from = path.relative(folder, file);
  return from !== "" && from !== ".." && !from.startsWith(`..${path.sep}`) && !path.isAbsolute(from);
}
function whole(text2) {
  return /^\d{1,15}$/.test(text2) ? Number(text2) : void 0;
}
function expectedBytes(tensor) {
  const per = ELEMENT_BYTES[tensor.dataType];
  if (per === void 0) return void 0;
  const count = tensor.dims.reduce((a, d) => a * Number(d), 1);
  return Math.ceil(count * per);
}
function* tensorsOf(model) {
  if (model.graph !== void 0) yield* graphTensors(model.graph);
  for (const fn of model.functions) yield* nodeTensors(fn.node);
}
function* graphTensors(graph) {
  for (const tensor of graph.initializer) yield { tensor, what: `initializer "${tensor.name}"` };
  for (const sparse of graph.sparseInitializer) {
    for (const tensor of [sparse.values, sparse.indices]) {
      if (tensor !== void 0) yield { tensor, what: `sparse initializer "${tensor.name}"` };
    }
  }
  yield* nodeTensors(graph.node);
}
function* nodeTensors(nodes) {
  for (const node2 of nodes) {
    for (const attribute of node2.attribute) {
      const what = `the tensor of node "${node2.name}" (attribute ${attribute.name})`;
      for (const tensor of [attribute.t, ...attribute.tensors]) {
        if (tensor !== void 0) yield { tensor, what };
      }
      for (const graph of [attribute.g, ...attribute.graphs]) {
        if (graph !== void 0) yield* graphTensors(graph);
      }
    }
  }
}

// src/onnx/suite.ts
function isOnnxPath(file) {
  return file !== void 0 && file.toLowerCase().endsWith(".onnx");
}
var PROBE_ROWS2 = [2, 3];
var SCALED_VALUES = 128 * 1024 * 1024;
function withScaledRows(data) {
  const values = data.n * data.features.length;
  if (values > SCALED_VALUES) return data;
  const scaled = new Float32Array(values);
  fillRows(scaled, 0, 0, data.n, data);
  return { ...data, scaled };
}
async function prepareOnnxSuite(config, cwd, runtime) {
  const data = await prepareData(config, cwd);
  const modelFile = config.model;
  if (modelFile === void 0) throw new Error("prepareOnnxSuite: the config names no model");
  const shown = path2.relative(cwd, modelFile) || modelFile;
  try {
    const bytes = await readModelFile(modelFile, shown);
    let model;
    try {
      model = decodeModel(bytes);
    } catch (error) {
      throw new InputError(`not an ONNX model: ${errorMessage(error)}`, { file: shown });
    }
    const external = await inlineExternalData(model, modelFile, shown);
    const refusal = modelRefusal(shown, model);
    if (refusal !== void 0) throw new InputError(refusal);
    const graph = model.graph;
    const [input] = fedInputs(graph);
    const inputType = input.type?.value.case === "tensorType" ? input.type.value.value : void 0;
    if (inputType?.elemType !== 1 /* FLOAT */) {
      throw new InputError(
        `input "${input.name}" is ${TensorProto_DataType[inputType?.elemType ?? 0]}, not FLOAT; export it with a float32 input`,
        { file: shown }
      );
    }
    const inputShape2 = (inputType.shape?.dim ?? []).slice(1).map((d) => Number(d.value.value));
    const width = inputShape2.reduce((a, d) => a * d, 1);
    const f = data.dataset.features.length;
    if (width !== f) {
      throw configError(
        config,
        config.data.features === void 0 ? "data.eval" : "data.features",
        `the model ${shown} takes ${width} values per example (input shape [${inputShape2.join(", ")}]) but the data has ${f} features`
      );
    }
    const output = chooseOutput(config, shown, model);
    const scopes = new Map(listComponents(graph).map((c) => [c.id, c]));
    const probed = [...new Set([...scopes.values()].flatMap((c) => [...c.inputs, ...c.outputs]))];
    const session = await createSession(runtime, shown, model, {
      input: input.name,
      output,
      inputShape: inputShape2,
      as: config.output?.as ?? "probabilities"
    });
    const modelData2 = withScaledRows({
      n: data.dataset.n,
      features: data.dataset.features,
      x: data.dataset.x,
      center: data.scaling.center,
      scale: data.scaling.scale
    });
    const onData = (work) => work.catch((error) => {
      if (error instanceof InputError || error instanceof TypeError) throw error;
      throw new InputError(evalDataFailure(runtime, error), { file: shown });
    });
    try {
      const types = /* @__PURE__ */ new Map();
      const [shapes, more] = await onData(
        session.probe(modelData2, model, probed, PROBE_ROWS2, types)
      );
      const dependence = await onData(batchDependence(session, modelData2, shown));
      if (dependence !== void 0) throw new InputError(dependence);
      const shapeText = new Map(
        [...shapes].map(([t, dims]) => {
          const type = types.get(t) ?? "float32";
          return [t, showShape(dims, more.get(t)) + (type === "float32" ? "" : ` of ${type}`)];
        })
      );
      const components = planWith(config, catalog(model, scopes, shapeText), data.dataset.features);
      const timed = performance.now();
      const baseline = await onData(session.predictAll(modelData2));
      const baselineSeconds = (performance.now() - timed) / 1e3;
      checkProbabilities(config, shown, data.dataset.task, session, baseline);
      return {
        format: "onnx",
        evaluate: (suite, options) => startOnnxEvaluation(suite, options),
        config,
        ...data,
        modelFile,
        modelHash: modelHash(bytes, external),
        components,
        runtime,
        model,
        session,
        scopes,
        shapes,
        shapeText,
        types,
        modelData: modelData2,
        baseline,
        baselineSeconds
      };
    } catch (error) {
      await session.close();
      throw error;
    }
  } catch (error) {
    throw withConfigLine(error, config);
  }
}
async function disposeOnnxSuite(suite) {
  await suite.session.close();
}
function modelHash(bytes, external) {
  const hash = createHash("sha256").update(bytes);
  for (const file of external) hash.update(file);
  return `sha256:${hash.digest("hex")}`;
}
async function readModelFile(file, shown) {
  try {
    return await readFile2(file);
  } catch (error) {
    throw new InputError(`cannot read: ${errorMessage(error)}`, { file: shown });
  }
}
function chooseOutput(config, shown, model) {
  const outputs = model.graph.output;
  const names = outputs.map((o) => `"${o.name}"`).join(", ");
  const wanted = config.output?.name;
  let chosen = outputs[0];
  if (wanted !== void 0) {
    const found = outputs.find((o) => o.name === wanted);
    if (found === void 0) {
      throw configError(
        config,
        "output",
        `the model ${shown} has no output "${wanted}" (it has ${names})`
      );
    }
    chosen = found;
  } else if (outputs.length !== 1) {
    throw new InputError(
      `the model has ${outputs.length} outputs (${names}); choose one with output: NAME in ${config.file}`,
      { file: shown }
    );
  }
  const type = chosen.type?.value.case === "tensorType" ? chosen.type.value.value : void 0;
  if (type?.elemType !== 1 /* FLOAT */) {
    const where = wanted === void 0 ? { file: shown } : { file: config.file, where: "output" };
    throw new InputError(
      `output "${chosen.name}" is ${TensorProto_DataType[type?.elemType ?? 0]}, not FLOAT; choose the float scores (probabilities or logits)${outputs.length > 1 ? ` among ${names}` : ""}`,
      where
    );
  }
  return chosen.name;
}
async function createSession(runtime, shown, model, io) {
  try {
    return await OnnxSession.create(runtime, encodeModel(model), io);
  } catch (error) {
    const message = errorMessage(error);
    throw new InputError(
      runtimeRefusal(shown, message) ?? `${shown}: ${runtime.name} cannot load the model: ${message}`
    );
  }
}
function catalog(model, scopes, shapes) {
  const graphOutputs = new Set(model.graph.output.map((o) => o.name));
  const names = [...scopes.keys()];
  return {
    names,
    // `layers: all`: every scope but the ones that make a graph output (the head).
    defaults: names.filter((id) => !scopes.get(id).outputs.some((t) => graphOutputs.has(t))),
    problem: (id, mode) => modeProblem(model, scopes.get(id), shapes, mode)
  };
}
function showShape(dims, more) {
  const [a, b] = PROBE_ROWS2;
  if (more === void 0 || more.length !== dims.length) return `[${dims.join(", ")}] at ${a} rows`;
  const axes = dims.map(
    (d, i) => d === more[i] ? String(d) : d === a && more[i] === b ? "n" : "?"
  );
  return `[${axes.join(", ")}]${axes.includes("n") ? "" : " whatever the rows"}`;
}
function modeProblem(model, component, shapes, mode) {
  const { outputs, inputs } = component;
  if (outputs.length !== 1) {
    return `${mode} needs a component with one output; it has ${outputs.length} (${outputs.join(", ")})`;
  }
  switch (mode) {
    case "zero":
      return void 0;
    case "mean": {
      const shape = shapes.get(outputs[0]) ?? "[]";
      if (shape.includes(" of ")) return `mean needs a float32 output; "${outputs[0]}" is ${shape}`;
      return shape.startsWith("[n") && !shape.slice(2).includes("n") ? void 0 : `mean needs the batch at axis 0 of its output; "${outputs[0]}" is ${shape}`;
    }
    case "reinit":
      return hasWeights(model, component.id) ? void 0 : "reinit needs weights (a Conv, ConvTranspose, Gemm or MatMul with an initializer); it has none";
    case "remove": {
      if (inputs.length !== 1) {
        return `remove needs a component with one input; it reads ${inputs.length} (${inputs.join(", ")})`;
      }
      const a = shapes.get(inputs[0]) ?? "[]";
      const b = shapes.get(outputs[0]) ?? "[]";
      if (a !== b || a.includes("?")) {
        return `remove needs equal input and output shapes; input is ${a}, output ${b}`;
      }
      return void 0;
    }
  }
}
function checkProbabilities(config, shown, task, session, values) {
  if (task === "regression" || session.io.as === "logits") return;
  const width = session.outputWidth;
  for (let at = 0; at < values.length; at += width) {
    let sum = 0;
    for (let c = 0; c < width; c++) {
      const v = values[at + c];
      sum += v;
      if (!(v >= -1e-6 && v <= 1 + 1e-6)) return refuse(at / width, `holds ${v}`);
    }
    if (width > 1 && Math.abs(sum - 1) > 1e-3) return refuse(at / width, `sums to ${sum}`);
  }
  function refuse(row, what) {
    const name = session.io.output;
    throw new InputError(
      `output "${name}" ${what} at row ${row + 1}, so it does not hold probabilities; if it holds logits, say output: {name: ${name}, as: logits}`,
      config.output === void 0 ? { file: shown } : { file: config.file, where: "output" }
    );
  }
}
function evalDataFailure(runtime, error) {
  return `${runtime.name} could not run the model on the eval data: ${errorMessage(error)}`;
}

// src/onnx/budget.ts
var PROBES = 3;
async function onnxTimeSample(suite, components, clock) {
  const { config, dataset } = suite;
  const evaluator = new OnnxEvaluator(suite);
  const width = evaluator.outputWidth;
  const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const start = clock();
  const baseline = new Baseline(config.metrics, predict(suite.baseline));
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const bases = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
  const fixed = suite.baselineSeconds + (clock() - start);
  const options = { seed: config.seed, confidence: 0.95 };
  const work = [];
  try {
    for (const on of ["layers", "features"]) {
      const ofKind = components.filter((c) => c.notApplicable === void 0 && c.on === on);
      if (ofKind.length === 0) continue;
      const times = [];
      for (const component of ofKind.slice(0, PROBES)) {
        const before = clock();
        const outputs = await evaluator.evaluate(component, 0);
        scoreContributions(
          bases,
          baseline,
          [{ id: component.id, ablated: [baseline.record(predict(outputs))] }],
          resamples,
          options
        );
        times.push(clock() - before);
      }
      const timed = times.length === 1 ? times : times.slice(1);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit: timed.reduce((a, b) => a + b, 0) / timed.length
      });
    }
  } finally {
    await evaluator.close();
  }
  return { fixed, work };
}
async function fitOnnxToTimeLimit(suite, components, options) {
  const seconds = () => options.clock() / 1e3;
  const sample = await onnxTimeSample(suite, components, seconds);
  const fit = fitBySample(suite, sample, seconds, options, restrictOnnxRows);
  const scale = fit.suite.dataset.n / suite.dataset.n;
  return { ...fit, unitSeconds: Math.max(0, ...sample.work.map((w) => w.unit)) * scale };
}
function restrictOnnxRows(suite, kept2) {
  const restricted = restrictRows(suite, kept2);
  const width = suite.session.outputWidth;
  const baseline = new Float32Array(kept2.length * width);
  kept2.forEach(
    (row, i) => baseline.set(suite.baseline.subarray(row * width, (row + 1) * width), i * width)
  );
  return {
    ...restricted,
    modelData: withScaledRows({
      ...suite.modelData,
      n: kept2.length,
      x: restricted.dataset.x,
      scaled: void 0
    }),
    baseline,
    baselineSeconds: suite.baselineSeconds * kept2.length / suite.dataset.n
  };
}
async function onnxPlanCost(suite, components, options = {}) {
  const clock = options.clock ?? (() => performance.now() / 1e3);
  const sample = await onnxTimeSample(suite, components, clock);
  const on = suite.runtime.name === "onnxruntime-node" ? "onnxruntime-node\u2019s threads" : "one thread";
  return costOfPlan(sample, suite, components, suite.session.outputWidth, { ...options, on });
}

// src/onnx/runtime/load.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL as pathToFileURL2 } from "node:url";

// src/onnx/runtime/web.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var WEB_WASM_FILE = "ort-wasm-simd-threaded.wasm";
var WEB_MODULE_FILE = "ort-wasm-simd-threaded.mjs";
var started;
function startWebRuntime(threads) {
  started ??= startOnce(Math.max(1, Math.floor(threads)));
  return started;
}
async function startOnce(threads) {
  const imported = await import("./ort.node.min-PBSM43NP.js");
  const ort = imported.InferenceSession === void 0 ? imported.default : imported;
  const dir = runtimeDirectory();
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.wasmPaths = { mjs: pathToFileURL(path3.join(dir, WEB_MODULE_FILE)).href };
  ort.env.wasm.wasmBinary = readFileSync(path3.join(dir, WEB_WASM_FILE));
  return {
    name: "onnxruntime-web",
    version: ort.env.versions.web ?? "unknown",
    ort,
    get threads() {
      return ort.env.wasm.numThreads ?? 1;
    }
  };
}
function runtimeDirectory() {
  const here = path3.dirname(fileURLToPath(import.meta.url));
  const complete = (dir) => existsSync(path3.join(dir, WEB_WASM_FILE)) && existsSync(path3.join(dir, WEB_MODULE_FILE));
  for (const dir of [here, path3.dirname(here)]) if (complete(dir)) return dir;
  const require2 = createRequire(import.meta.url);
  return path3.dirname(require2.resolve("onnxruntime-web"));
}

// src/onnx/runtime/load.ts
async function loadOnnxRuntime(choice, searchFrom, threads = freeCoresNow()) {
  const count = Math.max(1, Math.floor(threads));
  if (choice === "tensorflow" || choice === "cpu") {
    throw new InputError(
      `"${choice}" is a TF.js backend; an ONNX model runs on onnxruntime-node, onnxruntime-web or wasm (auto picks)`,
      { where: "backend" }
    );
  }
  if (choice === "auto" || choice === "onnxruntime-node") {
    const found = await loadNode(
      [...searchFrom, path4.dirname(fileURLToPath2(import.meta.url))],
      count
    );
    if (!(found instanceof Error)) return found;
    if (choice === "onnxruntime-node") {
      throw new InputError(
        `"onnxruntime-node" needs onnxruntime-node installed in the repository (${found.message})`,
        { where: "backend" }
      );
    }
  }
  try {
    return await startWebRuntime(count);
  } catch (error) {
    throw new InputError(`onnxruntime-web failed to start: ${errorMessage(error)}`, {
      where: "backend"
    });
  }
}
async function loadNode(searchFrom, threads) {
  let lastFailure = "not found";
  for (const dir of searchFrom) {
    let resolved;
    try {
      resolved = createRequire2(path4.join(dir, "package.json")).resolve("onnxruntime-node");
    } catch {
      continue;
    }
    try {
      const ort = await import(pathToFileURL2(resolved).href);
      return {
        name: "onnxruntime-node",
        version: packageVersion(resolved, "onnxruntime-node"),
        ort: ort.InferenceSession === void 0 ? ort.default : ort,
        threads
      };
    } catch (error) {
      lastFailure = errorMessage(error);
    }
  }
  return new Error(lastFailure);
}
function packageVersion(entry, name) {
  let dir = path4.dirname(entry);
  for (; ; ) {
    try {
      const pkg = JSON.parse(readFileSync2(path4.join(dir, "package.json"), "utf8"));
      if (pkg.name === name && pkg.version !== void 0) return pkg.version;
    } catch {
    }
    const up = path4.dirname(dir);
    if (up === dir) return "unknown";
    dir = up;
  }
}

// src/onnx/written-model.ts
import { readFile as readFile3 } from "node:fs/promises";
function writtenModelRunner(config, runtime, evalData) {
  return {
    run: (file, shown, features) => runWrittenModel(file, shown, { config, runtime, eval: evalData, features })
  };
}
async function runWrittenModel(file, shown, run) {
  const special = await notRegular(file);
  if (special !== void 0) return { error: `${shown} ${special}` };
  let bytes;
  try {
    bytes = await readFile3(file);
  } catch {
    return { error: `the command wrote no ${shown}` };
  }
  let model;
  try {
    model = decodeModel(bytes);
  } catch (error) {
    return { error: `${shown}: not an ONNX model (${errorMessage(error)})` };
  }
  let external;
  try {
    external = await inlineExternalData(model, file, shown);
  } catch (error) {
    return { error: errorMessage(error) };
  }
  const refusal = modelRefusal(shown, model) ?? inputProblem(shown, model, run.features);
  if (refusal !== void 0) return { error: refusal };
  let session;
  try {
    const [input] = fedInputs(model.graph);
    const output = chooseOutput(run.config, shown, model);
    session = await createSession(run.runtime, shown, model, {
      input: input.name,
      output,
      inputShape: inputShape(model),
      as: run.config.output?.as ?? "probabilities"
    });
    let outputs;
    try {
      outputs = await session.predictAll(modelData(run));
    } catch (error) {
      return {
        error: `${shown}: ${evalDataFailure(run.runtime, error)}`
      };
    }
    const width = session.outputWidth;
    const problem = runOutputsProblem(outputs, width, run.eval);
    if (problem !== void 0) return { error: `${shown}: ${problem}` };
    checkProbabilities(run.config, shown, run.eval.task, session, outputs);
    return external.length === 0 ? { outputs, width } : { outputs, width, whole: encodeModel(model) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const { detail } = error;
    if (detail.startsWith(`${shown}: `)) return { error: detail };
    return { error: `${shown}: ${detail.replace(`the model ${shown} `, "the model ")}` };
  } finally {
    await session?.close();
  }
}
function inputShape(model) {
  const [input] = fedInputs(model.graph);
  const type = input.type?.value.case === "tensorType" ? input.type.value.value : void 0;
  return (type?.shape?.dim ?? []).slice(1).map((d) => Number(d.value.value));
}
function inputProblem(shown, model, features) {
  const [input] = fedInputs(model.graph);
  const type = input.type?.value.case === "tensorType" ? input.type.value.value : void 0;
  if (type?.elemType !== 1 /* FLOAT */) {
    const kind = TensorProto_DataType[type?.elemType ?? 0];
    return `${shown}: input "${input.name}" is ${kind}, not FLOAT; export it with a float32 input`;
  }
  const shape = inputShape(model);
  const width = shape.reduce((a, d) => a * d, 1);
  if (width === features.length) return void 0;
  return `${shown}: the model takes ${width} values per example (input shape [${shape.join(", ")}]) but the command was given ${features.length} features (the columns of ABLATION_CI_EVAL_DATA but the label)`;
}
function modelData(run) {
  const { eval: data, features } = run;
  const f = data.features.length;
  const columns = features.map((name) => data.features.indexOf(name));
  const x = new Float64Array(data.n * columns.length);
  for (let i = 0; i < data.n; i++) {
    columns.forEach((j, k) => x[i * columns.length + k] = data.x[i * f + j]);
  }
  return {
    n: data.n,
    features,
    x,
    center: new Float64Array(features.length),
    scale: new Float64Array(features.length).fill(1)
  };
}

// src/stats/student-t.ts
var HILL_DF = 1e4;
var LN_SQRT_2PI = 0.9189385332046728;
var STIRLING = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400
];
function stirlingRemainder(x) {
  const x2 = 1 / (x * x);
  let sum = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) sum = sum * x2 + STIRLING[k];
  return sum / x;
}
function logGamma(x) {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0, got ${x}`);
  let shift = 1;
  let y = x;
  while (y < 10) shift *= y++;
  return (y - 0.5) * Math.log(y) - y + LN_SQRT_2PI + stirlingRemainder(y) - Math.log(shift);
}
function logBeta(a, b) {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
function betaContinuedFraction(a, b, x) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e5; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 2e-16) break;
  }
  return h;
}
function incompleteBeta(x, a, b, y = 1 - x) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const log = (u, v) => u > 0.5 ? Math.log1p(-v) : Math.log(u);
  const front = (u, v, p, q) => Math.exp(p * log(u, v) + q * log(v, u) - logBeta(p, q)) / p;
  return x < (a + 1) / (a + b + 2) ? front(x, y, a, b) * betaContinuedFraction(a, b, x) : 1 - front(y, x, b, a) * betaContinuedFraction(b, a, y);
}
function studentTCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(df)) return normalCdf(t);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const t2 = t * t;
  if (df >= HILL_DF) {
    const a = df - 0.5;
    const b = 48 * a * a;
    const z = a * Math.log1p(t2 / df);
    const y2 = (((((-0.4 * z - 3.3) * z - 24) * z - 85.5) / (0.8 * z * z + 100 + b) + z + 3) / b + 1) * Math.sqrt(z);
    return normalCdf(t > 0 ? y2 : -y2);
  }
  const x = t2 < df ? df / (df + t2) : 1 / (1 + t2 / df);
  const y = t2 < df ? t2 / (df + t2) : 1 / (df / t2 + 1);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t > 0 ? 1 - tail : tail;
}
function studentTPdf(t, df) {
  if (!Number.isFinite(df)) return Math.exp(-0.5 * t * t - LN_SQRT_2PI);
  return Math.exp(-((df + 1) / 2) * Math.log1p(t * t / df) - logBeta(df / 2, 0.5)) / Math.sqrt(df);
}
function studentTQuantile(p, df) {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (!Number.isFinite(df)) return normalQuantile(p);
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p);
  if (tail === 0) return p === 0 ? -Infinity : Infinity;
  const target = Math.log(tail);
  let low = 0;
  let high = Math.max(1, -normalQuantile(tail));
  while (studentTCdf(-high, df) > tail) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) return p < 0.5 ? -Infinity : Infinity;
  }
  let u = high;
  for (let i = 0; i < 200; i++) {
    const lower = studentTCdf(-u, df);
    const g = Math.log(lower) - target;
    if (g > 0) low = u;
    else high = u;
    const step = g * lower / studentTPdf(u, df);
    let next = u + step;
    if (!(next > low && next < high)) next = low + (high - low) / 2;
    if (Math.abs(next - u) <= 2e-16 * u || high - low <= 2e-16 * high) {
      u = next;
      break;
    }
    u = next;
  }
  return p < 0.5 ? -u : u;
}

// src/stats/seed-mean.ts
function seedMean(perSeed, bootstrapMeans, confidence) {
  const k = perSeed.length;
  const mean = average(perSeed);
  const seedSe = k >= 2 ? Math.sqrt(variance(perSeed) / k) : 0;
  const exampleSe = Math.sqrt(variance(bootstrapMeans));
  const half = (alpha) => {
    const t = seedSe > 0 ? -studentTQuantile(alpha / 2, k - 1) * seedSe : 0;
    const z = exampleSe > 0 ? -normalQuantile(alpha / 2) * exampleSe : 0;
    return Math.hypot(t, z);
  };
  if (seedSe === 0 && exampleSe === 0) return { mean, ci: [mean, mean], p: mean === 0 ? 1 : 0 };
  const h = half(1 - confidence);
  return { mean, ci: [mean - h, mean + h], p: crossing(half, Math.abs(mean)) };
}
function crossing(half, target) {
  if (target === 0) return 1;
  const f = (logAlpha) => half(Math.exp(logAlpha)) - target;
  let hi = 0;
  let fHi = -target;
  let lo = -Math.log(16);
  let fLo = f(lo);
  while (fLo < 0) {
    hi = lo;
    fHi = fLo;
    lo -= Math.log(16);
    if (lo < -745) return 0;
    fLo = f(lo);
  }
  let side = 0;
  let last = NaN;
  for (let i = 0; i < 200 && hi - lo > 1e-14; i++) {
    const mid = (lo * fHi - hi * fLo) / (fHi - fLo);
    if (Math.abs(mid - last) <= 1e-15 * Math.max(1, Math.abs(mid))) return Math.exp(mid);
    last = mid;
    const fMid = f(mid);
    if (fMid > 0) {
      lo = mid;
      fLo = fMid;
      if (side === 1) fHi /= 2;
      side = 1;
    } else {
      hi = mid;
      fHi = fMid;
      if (side === -1) fLo /= 2;
      side = -1;
    }
    if (fMid === 0) return Math.exp(mid);
  }
  return Math.exp((lo + hi) / 2);
}
function average(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}
function variance(values) {
  const n = values.length;
  if (n < 2) return 0;
  const m = average(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i] - m) ** 2;
  return sum / (n - 1);
}

// src/stats/retrain-contribution.ts
function score(name, runs, resamples) {
  const metrics = runs.map((p) => prepareMetric(name, p));
  const perSeed = Float64Array.from(metrics, (m) => m());
  const means = new Float64Array(resamples.count);
  for (let b = 0; b < resamples.count; b++) {
    const weights = resamples.get(b);
    let sum = 0;
    for (const m of metrics) sum += m(weights);
    means[b] = sum / metrics.length;
  }
  return { perSeed, means };
}
var defined = (values) => values.every((v) => Number.isFinite(v));
function within2(ci, min, max) {
  return [Math.min(Math.max(ci[0], min), max), Math.max(Math.min(ci[1], max), min)];
}
function retrainedEstimate(name, baseline, resamples, confidence) {
  const s = score(name, baseline, resamples);
  if (!defined(s.perSeed) || !defined(s.means)) {
    return { value: null, reason: `${name} is undefined on the retrained baseline` };
  }
  const { mean, ci } = seedMean(s.perSeed, s.means, confidence);
  const { min, max } = METRICS[name].range;
  return { value: mean, ci: within2(ci, min, max) };
}
function retrainContribution(name, baseline, variant, resamples, confidence) {
  const sign = METRICS[name].higherIsBetter ? 1 : -1;
  const base = score(name, baseline, resamples);
  const ablated = score(name, variant, resamples);
  if (![base.perSeed, base.means, ablated.perSeed, ablated.means].every(defined)) {
    return {
      contribution: { value: null, reason: `${name} is undefined on some retrained model` },
      perSeed: ablated.perSeed
    };
  }
  const diff = (a, b) => Float64Array.from(a, (v, i) => sign * (v - b[i]));
  const effect = seedMean(
    diff(base.perSeed, ablated.perSeed),
    diff(base.means, ablated.means),
    confidence
  );
  const value = seedMean(ablated.perSeed, ablated.means, confidence);
  const { min, max } = METRICS[name].range;
  const width = max - min;
  return {
    contribution: {
      value: value.mean,
      valueCi: within2(value.ci, min, max),
      contribution: effect.mean,
      ci: within2(effect.ci, -width, width),
      p: effect.p,
      q: effect.p
    },
    perSeed: ablated.perSeed
  };
}

// src/retrain/results.ts
function retrainResults(config, outcome, evalData, confidence) {
  const predict = (run) => run.outputs === void 0 ? void 0 : toPredictions(evalData.task, evalData.y, run.outputs, evalData.n, run.width ?? 1);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const basePredictions = outcome.baseline.map(predict);
  const okBase = basePredictions.filter((p) => p !== void 0);
  const metrics = config.metrics;
  const baselineMetrics = Object.fromEntries(
    metrics.map((name) => [
      name,
      okBase.length === 0 ? { value: null, reason: "every baseline training run timed out" } : retrainedEstimate(name, okBase, resamples, confidence)
    ])
  );
  const components = outcome.variants.map(({ variant, runs }) => {
    const variantPredictions = runs.map(predict);
    const paired = runs.flatMap(
      (_, s) => basePredictions[s] !== void 0 && variantPredictions[s] !== void 0 ? [s] : []
    );
    const scored = {};
    for (const name of metrics) {
      scored[name] = paired.length === 0 ? {
        value: null,
        reason: "no seed where both the baseline and the variant finished within the time limit"
      } : retrainContribution(
        name,
        paired.map((s) => basePredictions[s]),
        paired.map((s) => variantPredictions[s]),
        resamples,
        confidence
      ).contribution;
    }
    return {
      id: `retrain:${variant.name}:retrain`,
      kind: "retrain",
      target: [...Object.keys(variant.switches), ...variant.dropFeatures],
      mode: "retrain",
      repeats: paired.length,
      metrics: scored,
      retrain: {
        switches: { ...variant.switches },
        dropFeatures: [...variant.dropFeatures],
        runs: runs.map((run, s) => runResult(run, variantPredictions[s], metrics))
      }
    };
  });
  return {
    components,
    retrain: {
      seeds: [...outcome.seeds],
      timeLimitMs: config.train?.timeLimitMs ?? 0,
      method: "seed-t+example-bootstrap",
      variants: (config.ablations.retrain ?? []).map((variant) => variant.name),
      baseline: {
        runs: outcome.baseline.map((run, s) => runResult(run, basePredictions[s], metrics)),
        metrics: baselineMetrics
      }
    }
  };
}
function runResult(run, predictions, metrics) {
  const value = (name) => {
    if (predictions === void 0) return null;
    const v = prepareMetric(name, predictions)();
    return Number.isFinite(v) ? v : null;
  };
  return {
    seed: run.seed,
    status: run.status,
    ms: Math.round(run.ms),
    trainMs: run.trainMs === null ? null : Math.round(run.trainMs),
    cached: run.cached,
    metrics: Object.fromEntries(metrics.map((name) => [name, value(name)]))
  };
}

// src/retrain/data.ts
import path5 from "node:path";
async function loadRetrainData(config, evalData, cwd) {
  const file = config.data.train;
  const display = path5.relative(cwd, file) || file;
  const train = await loadDataset({
    path: file,
    displayPath: display,
    label: config.data.label,
    features: evalData.features,
    task: evalData.task,
    classes: evalData.classes,
    configFile: config.file
  });
  const location = config.data.scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: path5.relative(cwd, config.data.scalingFile), key: "" };
  const shown = evalData.features.slice(0, 8).join(", ") + (evalData.features.length > 8 ? ", \u2026" : "");
  for (const variant of config.ablations.retrain ?? []) {
    variant.dropFeatures.forEach((name, j) => {
      if (!evalData.features.includes(name)) {
        throw new InputError(
          `${JSON.stringify(name)} is not a feature of the data (features: ${shown})`,
          locate(config, keyPath("ablations", "retrain", variant.name, "drop-features", j))
        );
      }
    });
  }
  return {
    train,
    eval: evalData,
    trainScaling: scalingVectors(train, config.data.scaling, location),
    evalScaling: scalingVectors(evalData, config.data.scaling, location),
    scaled: config.data.scaling !== void 0
  };
}
function kept(features, variant) {
  const drop = new Set(variant?.dropFeatures ?? []);
  return features.flatMap((name, j) => drop.has(name) ? [] : [j]);
}
function matrices(dataset, scaling, columns) {
  const f = dataset.features.length;
  const g = columns.length;
  const raw = new Float32Array(dataset.n * g);
  const x = new Float32Array(dataset.n * g);
  for (let i = 0; i < dataset.n; i++) {
    columns.forEach((j, k) => {
      const value = dataset.x[i * f + j];
      raw[i * g + k] = value;
      x[i * g + k] = (value - scaling.center[j]) / scaling.scale[j];
    });
  }
  return { raw, x };
}
function trainingData(data, variant) {
  const columns = kept(data.train.features, variant);
  const { raw, x } = matrices(data.train, data.trainScaling, columns);
  return {
    n: data.train.n,
    features: columns.map((j) => data.train.features[j]),
    task: data.train.task,
    classes: data.train.classes ?? null,
    x,
    raw,
    y: Float32Array.from(data.train.y),
    scaling: data.scaled ? {
      center: columns.map((j) => data.trainScaling.center[j]),
      scale: columns.map((j) => data.trainScaling.scale[j])
    } : null
  };
}
function evalInputs(data, variant) {
  const columns = kept(data.eval.features, variant);
  return { n: data.eval.n, f: columns.length, x: matrices(data.eval, data.evalScaling, columns).x };
}

// src/retrain/train-all.ts
import { existsSync as existsSync2 } from "node:fs";
import { rm as rm3 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path9 from "node:path";

// src/cache/store.ts
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile as readFile4, rename, rm, writeFile } from "node:fs/promises";
import path6 from "node:path";
var RunCache = class {
  constructor(folder) {
    this.folder = folder;
  }
  folder;
  /** The entry file of `key`. */
  file(key) {
    return path6.join(this.folder, "runs", `${key}.json`);
  }
  /**
   * The entry of `key`: a missing file is a plain miss; one that is not
   * JSON or not a well-formed entry is a miss with the problem, for a
   * warning (whether its outputs fit the suite is the caller's to check).
   */
  async read(key) {
    let text2;
    try {
      text2 = await readFile4(this.file(key), "utf8");
    } catch (error) {
      const code = error.code;
      return code === "ENOENT" ? {} : { problem: `cannot be read (${code ?? "error"})` };
    }
    let value;
    try {
      value = JSON.parse(text2);
    } catch {
      return { problem: "is not JSON" };
    }
    const problem = cachedRunProblem(value);
    if (problem !== void 0) return { problem };
    const entry = value;
    return { entry, outputs: entry.status === "ok" ? decodeOutputs(entry.outputs) : void 0 };
  }
  async write(key, entry) {
    const file = this.file(key);
    await mkdir(path6.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }
  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key) {
    return path6.join(this.folder, "models", key);
  }
  /**
   * Moves a model saved in `saved` (a folder of its own) to `modelFolder(key)`.
   * When another run put it there first, that one stays: the same key, the same model.
   */
  async keepModel(key, saved) {
    try {
      await rename(saved, this.modelFolder(key));
    } catch (error) {
      const code = error.code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
      await rm(saved, { recursive: true, force: true });
    }
  }
  /**
   * A new folder for one run's files: `<folder>/<area>/<name>-XXXXXX`, its
   * own even when another run of the same checkout works beside it.
   */
  async workFolder(area, name) {
    await mkdir(path6.join(this.folder, area), { recursive: true });
    return mkdtemp(path6.join(this.folder, area, `${name}-`));
  }
};
var STATUSES = /* @__PURE__ */ new Set(["ok", "timed-out"]);
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function cachedRunProblem(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "is not an entry (a JSON object)";
  }
  const entry = value;
  const count = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (!STATUSES.has(entry.status)) return 'status: expected "ok" or "timed-out"';
  if (!count(entry.ms)) return "ms: expected a number of milliseconds";
  if (entry.trainMs !== null && !count(entry.trainMs)) {
    return "trainMs: expected a number of milliseconds or null";
  }
  if (typeof entry.outputs !== "string" || !BASE64.test(entry.outputs)) {
    return "outputs: expected base64";
  }
  if (entry.status === "timed-out") return void 0;
  if (!(Number.isSafeInteger(entry.width) && entry.width >= 1)) {
    return "width: expected a whole number of outputs per example";
  }
  const bytes = entry.outputs.length / 4 * 3 - (entry.outputs.match(/=*$/)?.[0].length ?? 0);
  if (bytes === 0 || bytes % (4 * entry.width) !== 0) {
    return `outputs: ${bytes} bytes are not rows of ${entry.width} 32-bit floats`;
  }
  return void 0;
}
function encodeOutputs(outputs) {
  return Buffer.from(outputs.buffer, outputs.byteOffset, outputs.byteLength).toString("base64");
}
function decodeOutputs(text2) {
  const bytes = Buffer.from(text2, "base64");
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
}

// src/retrain/command.ts
import { rmSync } from "node:fs";
import { copyFile, readFile as readFile5, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";
var GRACE_MS = 1e3;
var STDERR_TAIL = 400;
async function runCommandSuite(config, data, job) {
  const train = config.train;
  const writes = train.writes ?? "predictions";
  if (writes === "model" && job.runModel === void 0) {
    throw new Error("runCommandSuite: train.writes is model but no model runner was given");
  }
  const variantName = job.variant?.name ?? "baseline";
  const folder = await new RunCache(train.cache).workFolder(
    "work",
    `${variantName}-seed-${job.seed}`
  );
  const release = untilReleased(() => rmSync(folder, { recursive: true, force: true }));
  let clean = false;
  try {
    const drop = new Set(job.variant?.dropFeatures ?? []);
    const features = data.eval.features.filter((name) => !drop.has(name));
    const request = {
      variant: variantName,
      switches: job.variant?.switches ?? {},
      dropFeatures: [...drop],
      seed: job.seed,
      trainData: path7.join(folder, "train.csv"),
      evalData: path7.join(folder, "eval.csv"),
      writes,
      ...writes === "model" ? { model: path7.join(folder, "model.onnx") } : { output: path7.join(folder, "predictions.json") },
      features,
      label: config.data.label,
      task: data.eval.task,
      classes: data.eval.classes ?? null,
      timeLimitMs: train.timeLimitMs
    };
    await writeFile2(request.trainData, toCsv(data.train, features));
    await writeFile2(request.evalData, toCsv(data.eval, features));
    const requestFile = path7.join(folder, "request.json");
    await writeFile2(requestFile, JSON.stringify(request, null, 2));
    const env = userEnvironment(process.env, train.env ?? [], {
      ABLATION_CI_SWITCHES: JSON.stringify(request.switches),
      ABLATION_CI_SEED: String(job.seed),
      ...request.model === void 0 ? { ABLATION_CI_OUTPUT: request.output } : { ABLATION_CI_MODEL: request.model },
      ABLATION_CI_TRAIN_DATA: request.trainData,
      ABLATION_CI_EVAL_DATA: request.evalData,
      ABLATION_CI_REQUEST: requestFile
    });
    const cwd = path7.dirname(path7.resolve(job.cwd, config.file));
    const started2 = performance.now();
    const exit = await runLimited(train.command, {
      cwd,
      env,
      timeLimitMs: train.timeLimitMs,
      signal: job.signal
    });
    const ms = performance.now() - started2;
    if (exit.stopped) {
      clean = true;
      return { status: "failed", ms, error: "stopped" };
    }
    if (exit.timedOut) {
      clean = true;
      return { status: "timed-out", ms };
    }
    const written = request.model ?? request.output;
    const shown = `${writes === "model" ? "model" : "predictions"} file ${path7.relative(job.cwd, written) || written}`;
    if (exit.code !== 0) {
      const tail = exit.stderr.trim().split("\n").slice(-1)[0] ?? "";
      return {
        status: "failed",
        ms,
        error: `the command exited with ${exit.signal ?? `code ${exit.code}`}${tail === "" ? "" : ` (${tail})`}; ${shown} not read`
      };
    }
    if (request.model !== void 0) {
      const read2 = await job.runModel.run(request.model, shown, features);
      if ("error" in read2) return { status: "failed", ms, error: read2.error };
      if (job.keepModelIn !== void 0) {
        const kept2 = path7.join(job.keepModelIn, "model.onnx");
        if (read2.whole === void 0) await copyFile(request.model, kept2);
        else await writeFile2(kept2, read2.whole);
      }
      clean = true;
      return { status: "ok", ms, trainMs: ms, outputs: read2.outputs, width: read2.width };
    }
    const output = request.output;
    const special = await notRegular(output);
    if (special !== void 0) return { status: "failed", ms, error: `${shown} ${special}` };
    let text2;
    try {
      text2 = await readFile5(output, "utf8");
    } catch {
      return { status: "failed", ms, error: `the command wrote no ${shown}` };
    }
    let document;
    try {
      document = JSON.parse(text2);
    } catch (error) {
      return { status: "failed", ms, error: `${shown}: not JSON (${error.message})` };
    }
    const { readPredictions } = await import("./command-predictions-AGN7JPOV.js");
    const read = readPredictions(document, data.eval);
    if ("error" in read) return { status: "failed", ms, error: `${shown}: ${read.error}` };
    clean = true;
    return { status: "ok", ms, trainMs: ms, outputs: read.outputs, width: read.width };
  } finally {
    if (clean) await rm2(folder, { recursive: true, force: true });
    release();
  }
}
function runLimited(command, options) {
  return new Promise((resolve) => {
    const child = startTree(command, [], {
      shell: true,
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    let timedOut = false;
    const killGroup = (signal) => {
      if (child.pid !== void 0) killTree(child.pid, signal);
    };
    let hard;
    const limit = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hard = setTimeout(() => killGroup("SIGKILL"), GRACE_MS);
    }, options.timeLimitMs);
    let stopped = false;
    const stop = () => {
      stopped = true;
      killGroup("SIGKILL");
    };
    if (options.signal?.aborted === true) stop();
    else options.signal?.addEventListener("abort", stop, { once: true });
    child.on("error", (error) => {
      clearTimeout(limit);
      options.signal?.removeEventListener("abort", stop);
      resolve({ code: 127, signal: null, timedOut: false, stopped, stderr: error.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      clearTimeout(hard);
      options.signal?.removeEventListener("abort", stop);
      if (timedOut || stopped) killGroup("SIGKILL");
      resolve({ code, signal, timedOut, stopped, stderr });
    });
  });
}
function toCsv(dataset, features) {
  const f = dataset.features.length;
  const columns = features.map((name) => dataset.features.indexOf(name));
  const quote = (text2) => /[",\n\r]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
  const lines = [[...features, dataset.label].map(quote).join(",")];
  for (let i = 0; i < dataset.n; i++) {
    const label = dataset.classes === void 0 ? String(dataset.y[i]) : dataset.classes[dataset.y[i]];
    lines.push([...columns.map((j) => String(dataset.x[i * f + j])), quote(label)].join(","));
  }
  return `${lines.join("\n")}
`;
}

// src/retrain/launch.ts
import { createRequire as createRequire3 } from "node:module";
import path8 from "node:path";
import { fileURLToPath as fileURLToPath3, pathToFileURL as pathToFileURL3 } from "node:url";
async function runInWorker(request, options, lease) {
  const job = {
    args: workerArgs(),
    start: { type: "start", request },
    label: "the training process",
    timeLimitMs: options.timeLimitMs,
    ...options.graceMs === void 0 ? {} : { graceMs: options.graceMs },
    ...options.env === void 0 ? {} : { env: options.env },
    ...options.onProgress === void 0 ? {} : { onProgress: options.onProgress }
  };
  const end = lease === void 0 ? await runProcess(job) : await lease.process(job);
  const { done, ...rest } = end;
  return {
    ...rest,
    ...done === void 0 ? {} : { trainMs: done.trainMs, outputs: done.outputs, width: done.width }
  };
}
function workerArgs() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = path8.dirname(createRequire3(here).resolve("tsx/package.json"));
    const loader = pathToFileURL3(path8.join(tsx, "dist", "loader.mjs")).href;
    return ["--import", loader, fileURLToPath3(new URL("./worker.ts", here))];
  }
  const entry = workerEntry(here, "./worker.ts", "retrain-worker.js");
  return [fileURLToPath3(entry.url)];
}

// src/retrain/train-all.ts
function retrainSeeds(config) {
  const k = config.train?.seeds ?? 0;
  return Array.from({ length: k }, (_, i) => config.seed + i);
}
async function trainAll(config, data, options) {
  const train = config.train;
  if (train === void 0) throw new Error("trainAll: the config has no train section");
  const cache = new RunCache(train.cache);
  const seeds = retrainSeeds(config);
  const code = await trainingCodeHash(config);
  const spec = {
    label: config.data.label,
    features: data.eval.features,
    task: data.eval.task,
    classes: data.eval.classes ?? null,
    scaling: config.data.scaling ?? null,
    module: train.module === void 0 ? null : path9.relative(config.root, train.module),
    command: train.command ?? null,
    timeLimitMs: train.timeLimitMs
  };
  const all = config.ablations.retrain ?? [];
  const mine = options.shard === void 0 ? all : shardVariants(all, seeds.length, options.shard);
  const variants = [void 0, ...mine];
  const jobs = variants.flatMap(
    (variant, index) => seeds.map((seed) => ({ index, variant, seed }))
  );
  const results = /* @__PURE__ */ new Map();
  const name = (variant) => variant?.name ?? BASELINE_NAME;
  const warn = (what) => (message) => options.onWarning?.(`${what}: ${message}`);
  if (train.command !== void 0 && train.inputs.length === 0 && options.useCache) {
    options.onWarning?.(
      `${config.file}: train.inputs is not set, so the cache key cannot see the command's code: a run after an edit to it can come back (cached) with the old results; list the files it runs in train.inputs, or run with --no-cache`
    );
  }
  let modelFile;
  const keptName = train.writes === "model" ? "model.onnx" : "model.json";
  const running = /* @__PURE__ */ new Set();
  const progress = () => options.onProgress?.(results.size / jobs.length, [...running].join("; "));
  const runJob = async ({ index, variant, seed }, lease) => {
    const label = `${name(variant)}, seed ${seed}`;
    running.add(label);
    progress();
    const key = runKey({
      code,
      trainData: data.train.hash,
      evalData: data.eval.hash,
      spec,
      switches: variant?.switches ?? {},
      dropFeatures: variant?.dropFeatures ?? [],
      seed,
      backend: options.backend
    });
    const what = `retrain ${name(variant)}, seed ${seed}`;
    const keepModel = options.keepBaselineModel && variant === void 0 && seed === seeds[0];
    const modelDir = cache.modelFolder(key);
    if (keepModel) modelFile = path9.join(modelDir, keptName);
    const hit = options.useCache ? await readCachedRun(
      cache,
      key,
      data.eval,
      warn(what),
      (file) => path9.relative(options.cwd, file)
    ) : void 0;
    const usable = hit !== void 0 && (!keepModel || existsSync2(path9.join(modelDir, keptName)));
    let run;
    if (usable) {
      run = { seed, ...hit, cached: true };
    } else {
      const saveTo = keepModel ? await cache.workFolder("models", key.slice(0, 16)) : void 0;
      const done = await execute(config, data, variant, seed, saveTo, options, lease);
      const problem = done.status === "failed" ? done.error ?? "failed" : done.status === "ok" ? outputsProblem(config, data.eval, done) : void 0;
      if (problem !== void 0) {
        if (saveTo !== void 0) await rm3(saveTo, { recursive: true, force: true });
        throw new InputError(
          `${what}: ${problem}`,
          locate(
            config,
            variant === void 0 ? "train" : keyPath("ablations", "retrain", variant.name)
          )
        );
      }
      if (saveTo !== void 0) {
        if (done.status === "ok") await cache.keepModel(key, saveTo);
        else await rm3(saveTo, { recursive: true, force: true });
      }
      run = {
        seed,
        status: done.status,
        ms: done.ms,
        trainMs: done.status === "ok" ? done.trainMs ?? done.ms : null,
        cached: false,
        ...done.status === "ok" ? { outputs: done.outputs, width: done.width } : {}
      };
      await cache.write(key, {
        status: run.status,
        ms: run.ms,
        trainMs: run.trainMs,
        width: run.width ?? 0,
        outputs: run.outputs === void 0 ? "" : encodeOutputs(run.outputs)
      });
    }
    results.set(`${index}\0${seed}`, run);
    running.delete(label);
    progress();
    options.onRun?.(
      `${describeRun(name(variant), run, train.timeLimitMs)} [${results.size}/${jobs.length}]`
    );
  };
  const pool = options.pool ?? RunPool.open(options.concurrency ?? availableParallelism());
  try {
    await inPool(pool, jobs, runJob);
  } finally {
    if (options.pool === void 0) await pool.close();
  }
  const runsOf = (index) => seeds.map((seed) => results.get(`${index}\0${seed}`));
  return {
    seeds,
    codeHash: code,
    baseline: runsOf(0),
    variants: mine.map((variant, i) => ({
      variant,
      runs: runsOf(i + 1)
    })),
    ...modelFile === void 0 ? {} : { modelFile }
  };
}
function execute(config, data, variant, seed, saveTo, options, lease) {
  const train = config.train;
  const switches = variant?.switches ?? {};
  if (train.command !== void 0) {
    return runCommandSuite(config, data, {
      variant,
      seed,
      cwd: options.cwd,
      runModel: options.runModel,
      signal: lease.signal,
      ...saveTo === void 0 ? {} : { keepModelIn: saveTo }
    });
  }
  return runInWorker(
    {
      module: train.module,
      backend: options.backend,
      searchFrom: options.searchFrom,
      switches,
      seed,
      data: trainingData(data, variant),
      eval: evalInputs(data, variant),
      ...saveTo === void 0 ? {} : { saveTo }
    },
    { timeLimitMs: train.timeLimitMs, ...train.env === void 0 ? {} : { env: train.env } },
    lease
  );
}
function outputsProblem(config, evalData, done) {
  const problem = runOutputsProblem(done.outputs, done.width ?? 0, evalData);
  if (problem === void 0) return void 0;
  const train = config.train;
  const by = train.module !== void 0 ? `${path9.relative(config.root, train.module)}` : "the command's predictions";
  return `${by}: ${problem}`;
}
function describeRun(name, run, limitMs) {
  const seconds = (ms) => showDuration(ms / 1e3);
  const how = run.status === "timed-out" ? `timed out at the ${seconds(limitMs)} limit` : `trained in ${seconds(run.trainMs ?? run.ms)}`;
  return `retrain ${name}, seed ${run.seed}: ${how}${run.cached ? " (cached)" : ""}`;
}
async function inPool(pool, items, work) {
  let failed = false;
  await Promise.all(
    items.map(
      (item) => pool.slot(async (lease) => {
        if (failed) return;
        try {
          await work(item, lease);
        } catch (error) {
          failed = true;
          throw error;
        }
      })
    )
  );
}

// src/retrain/stage.ts
async function retrainStage(config, evalData, options) {
  if (config.train === void 0) return void 0;
  const data = await loadRetrainData(config, evalData, options.cwd);
  const keep = config.model === void 0 && (config.train.module !== void 0 || config.train.writes === "model");
  const outcome = await trainAll(config, data, { ...options, keepBaselineModel: keep });
  if (!keep) return { config, outcome, evalData };
  if (outcome.baseline[0].status !== "ok" || outcome.modelFile === void 0) {
    throw new InputError(
      `the baseline trained with seed ${outcome.seeds[0]} timed out, and without model it is the model evaluated; raise train.time-limit or give model`,
      { file: config.file, where: "train.time-limit" }
    );
  }
  return { config: { ...config, model: outcome.modelFile }, outcome, evalData };
}
function commandBaseline(stage) {
  const first = stage.outcome.baseline.find((run) => run.outputs !== void 0);
  if (first?.outputs === void 0) {
    throw new InputError("every baseline training run timed out; raise train.time-limit", {
      file: stage.config.file,
      where: "train.time-limit"
    });
  }
  return first;
}

// src/retrain/validate.ts
import path10 from "node:path";
async function validateRetrain(config, evalData, cwd, runsOn) {
  const data = await loadRetrainData(config, evalData, cwd);
  const train = config.train;
  const how = train.module !== void 0 ? path10.relative(cwd, train.module) : `\`${train.command}\``;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${evalData.n} eval and ${data.train.n} training examples, ${evalData.features.length} features, ${(config.ablations.retrain ?? []).length} retrain variants \xD7 ${train.seeds} seeds by ${how}` + (runsOn === void 0 ? "" : `, each writing an ONNX model run on ${runsOn}`) + `, ${config.tests.length} model unit tests`;
}

// src/pipeline/onnx.ts
async function runOnnxEngine(config, options, source, trained) {
  const startedAt = options.startedAt ?? Date.now();
  const searchFrom = [config.root, options.cwd];
  const threads = resolveSettings(config, options).workers ?? options.pool?.size;
  const runtime = await loadOnnxRuntime(options.backend, searchFrom, threads);
  options.onPhase?.("validating");
  const suite = await prepareOnnxSuite(config, options.cwd, runtime);
  try {
    const stage = trained ?? await retrainOnnx(suite, options, searchFrom);
    const limit = options.timeLimit ?? config.timeLimit;
    const planned = options.shard === void 0 ? suite.components : shardComponents(suite.components, config.repeats, options.shard);
    if (limit !== void 0) options.onPhase?.("estimating", "a timed sample of the plan");
    const fitted = limit === void 0 ? void 0 : await fitOnnxToTimeLimit(suite, planned, { limit, startedAt, clock: Date.now });
    if (fitted !== void 0 && (!fitted.fits || fitted.suite !== suite)) {
      options.onNotice?.(
        budgetNotice(fitted.budget) + (fitted.fits ? "" : "; even so it may not fit: components the deadline reaches are reported as not evaluated")
      );
    }
    options.onPhase?.("evaluating");
    const results = await runSuite(fitted?.suite ?? suite, {
      backend: runtime.name,
      source: await source(),
      onProgress: options.onProgress,
      ...options.onPhase === void 0 ? {} : { onPhase: options.onPhase },
      ...options.shard === void 0 ? {} : { shard: options.shard },
      ...fitted === void 0 ? {} : {
        budget: {
          record: fitted.budget,
          deadline: fitted.deadline,
          unitSeconds: fitted.unitSeconds
        }
      },
      ...stage === void 0 ? {} : { retrain: retrainResults(config, stage.outcome, suite.dataset, CONFIDENCE) }
    });
    return { config, results };
  } finally {
    await disposeOnnxSuite(suite);
  }
}
async function retrainOnnx(suite, options, searchFrom) {
  const { config, runtime } = suite;
  if (config.train === void 0) return void 0;
  const settings = resolveSettings(config, options);
  options.onPhase?.("training");
  return retrainStage(config, suite.dataset, {
    backend: runtime.name,
    cwd: options.cwd,
    searchFrom,
    useCache: settings.useCache,
    concurrency: settings.workers,
    onRun: options.onRetrainRun,
    onProgress: options.onTrainingProgress,
    onWarning: options.onNotice,
    ...settings.shard === void 0 ? {} : { shard: settings.shard },
    ...config.train.writes === "model" ? { runModel: writtenModelRunner(config, runtime, suite.dataset) } : {}
  });
}
async function validateOnnx(config, options) {
  const started2 = performance.now();
  const runtime = await loadOnnxRuntime(options.backend, [config.root, options.cwd]);
  options.onPhase?.("validating");
  const suite = await prepareOnnxSuite(config, options.cwd, runtime);
  try {
    if (config.train !== void 0) await validateRetrain(config, suite.dataset, options.cwd);
    if (options.onCost !== void 0) {
      options.onPhase?.("estimating", "a timed sample of the plan");
      const limit = config.timeLimit;
      const elapsed = (performance.now() - started2) / 1e3;
      options.onCost(await onnxPlanCost(suite, suite.components, { limit, elapsed }), limit);
    }
    const applicable = suite.components.filter((c) => c.notApplicable === void 0).length;
    const skipped = suite.components.length - applicable;
    return [
      `${config.file}: valid \u2014 suite ${config.suite}, ${suite.dataset.n} examples, ${suite.dataset.features.length} features, ${applicable} components` + (skipped > 0 ? ` (+${skipped} not applicable)` : "") + `, ${config.tests.length} model unit tests; ONNX model on ${runtime.name} ${runtime.version}`,
      ...scopeLines(suite)
    ].join("\n");
  } finally {
    await disposeOnnxSuite(suite);
  }
}
function scopeLines(suite) {
  const graph = suite.model.graph;
  if (suite.scopes.size === 0) {
    return ["model components: none (no node name carries a module scope; ablate features)"];
  }
  const lines = [`model components (${suite.scopes.size}, from the exporter's scopes):`];
  for (const scope of suite.scopes.values()) {
    const ops = [...new Set(scope.nodes.map((i) => graph.node[i].opType))].join(", ");
    const shape = scope.outputs.length === 1 ? suite.shapeText.get(scope.outputs[0]) : void 0;
    lines.push(
      `  ${scope.id}: ${scope.nodes.length} node${scope.nodes.length === 1 ? "" : "s"} (${ops})` + (shape === void 0 ? "" : `, output ${shape}`)
    );
  }
  return lines;
}

// src/pipeline/engine.ts
async function runEngine(configFile, options) {
  const startedAt = options.startedAt ?? Date.now();
  options.onPhase?.("loading");
  const loaded = options.config ?? await loadConfig(configFile, { cwd: options.cwd });
  const settings = resolveSettings(loaded, options);
  const config = effectiveConfig(loaded, settings);
  const sourced = options.source(config.root);
  sourced.catch(() => void 0);
  const early = { ...options, startedAt, source: () => sourced };
  try {
    if (isOnnxPath(config.model)) {
      await options.pool?.stopThreads();
      return await runOnnxEngine(config, early, async () => ({
        ...await sourced,
        configHash: await hashConfig(configFile, config, options.cwd)
      }));
    }
    const { runTfjsEngine } = await import("./tfjs-LCBC2N67.js");
    return await runTfjsEngine(configFile, config, settings, early);
  } finally {
    await sourced.catch(() => void 0);
  }
}
async function validateConfig(configFile, options) {
  options.onPhase?.("loading");
  const config = await loadConfig(configFile, { cwd: options.cwd });
  if (isOnnxPath(config.model)) return validateOnnx(config, options);
  const { validateTfjs } = await import("./tfjs-LCBC2N67.js");
  return validateTfjs(config, options);
}
async function hashConfig(file, config, cwd) {
  const hash = createHash2("sha256").update(await readFile6(path11.resolve(cwd, file)));
  if (config.data.scalingFile !== void 0) hash.update(await readFile6(config.data.scalingFile));
  return `sha256:${hash.digest("hex")}`;
}

export {
  resolveSettings,
  CONFIDENCE,
  scoreBaselineStage,
  NOT_EVALUATED,
  evaluateSuite,
  isOnnxPath,
  loadOnnxRuntime,
  writtenModelRunner,
  retrainResults,
  retrainStage,
  commandBaseline,
  validateRetrain,
  runOnnxEngine,
  runEngine,
  validateConfig,
  hashConfig
};
