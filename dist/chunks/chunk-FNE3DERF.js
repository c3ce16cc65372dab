import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Baseline,
  CHUNKS,
  CONFIDENCE,
  Resamples,
  baselineEstimate,
  dataFacts,
  loadDataset,
  modelData,
  planBudget,
  prepareSuite,
  runSuite,
  runUnitTest,
  scalingVectors,
  scoreBaseline,
  scoreContributions,
  selectRows
} from "./chunk-KISSJ4RZ.js";
import {
  shardComponents,
  shardVariants,
  workerEntry
} from "./chunk-2JP7IANX.js";
import {
  Evaluator
} from "./chunk-46MOVVUT.js";
import {
  useBackend
} from "./chunk-NXMZILZR.js";
import {
  loadConfig
} from "./chunk-P3ZDLQYH.js";
import {
  METRICS,
  benjaminiHochberg,
  budgetNotice,
  prepareMetric,
  require_ajv,
  toPredictions
} from "./chunk-ETBKEFJ4.js";
import {
  keyPath,
  locate
} from "./chunk-T7O6L3LQ.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunk-QGQCRQM2.js";

// src/suite/engine.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile5 } from "node:fs/promises";
import path10 from "node:path";

// src/suite/budget-sample.ts
function timeSample(suite, components, clock) {
  const { config, dataset } = suite;
  const evaluator = new Evaluator(suite.graph, suite.inputShape, modelData(suite), {
    seed: config.seed,
    repeats: 1
  });
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const start = clock();
    const baselineOutputs = evaluator.baseline();
    const baseline = new Baseline(config.metrics, predict(baselineOutputs));
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const bases = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
    const options = { seed: config.seed, confidence: 0.95 };
    let fixed = clock() - start;
    const work = [];
    for (const on of ["layers", "features"]) {
      const ofKind = components.filter((c) => c.notApplicable === void 0 && c.on === on);
      if (ofKind.length === 0) continue;
      const probes = ofKind.slice(0, PROBES);
      const time = (some) => {
        const before = clock();
        const outputs = evaluator.run(some);
        scoreContributions(
          bases,
          baseline,
          some.map((c) => ({
            id: c.id,
            ablated: (outputs.get(c.id) ?? []).map((o) => baseline.record(predict(o)))
          })),
          resamples,
          options
        );
        return clock() - before;
      };
      time(probes.slice(0, 1));
      const one = time(probes.slice(0, 1));
      const unit = probes.length === 1 ? one : Math.max(0, time(probes) - one) / (probes.length - 1);
      fixed += CHUNKS * Math.max(0, one - unit);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit
      });
    }
    return { fixed, work, baseline: baselineOutputs };
  } finally {
    evaluator.dispose();
  }
}
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
  const kept2 = [];
  keys.forEach((key, i) => {
    const members = strata.get(key);
    const permutation = Rng.stream(seed, "time-limit", "rows", key).permutation(members.length);
    for (let j = 0; j < counts[i]; j++) kept2.push(members[permutation[j]]);
  });
  return Int32Array.from(kept2).sort();
}
function restrictRows(suite, kept2) {
  const { dataset } = suite;
  const f = dataset.features.length;
  const x = new Float64Array(kept2.length * f);
  kept2.forEach((row, i) => x.set(dataset.x.subarray(row * f, (row + 1) * f), i * f));
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of dataset.columns) {
    columns.set(
      name,
      column.kind === "number" ? { kind: "number", values: Float64Array.from(kept2, (row) => column.values[row]) } : { kind: "string", values: Array.from(kept2, (row) => column.values[row]) }
    );
  }
  const position = new Int32Array(dataset.n).fill(-1);
  kept2.forEach((row, i) => position[row] = i);
  return {
    ...suite,
    dataset: {
      ...dataset,
      n: kept2.length,
      x,
      y: Float64Array.from(kept2, (row) => dataset.y[row]),
      columns
    },
    tests: suite.tests.map((test) => ({
      ...test,
      rows: Int32Array.from(Array.from(test.rows, (row) => position[row]).filter((i) => i >= 0))
    }))
  };
}
function fitToTimeLimit(suite, components, options) {
  const seconds = () => options.clock() / 1e3;
  const sample = timeSample(suite, components, seconds);
  const { config, dataset } = suite;
  const classes = dataset.classes?.length ?? 1;
  const plan = planBudget({
    limit: options.limit,
    elapsed: seconds() - options.startedAt / 1e3,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: Math.min(dataset.n, Math.max(MIN_ROWS, 2 * classes))
  });
  let fitted = suite;
  if (plan.rows < dataset.n)
    fitted = restrictRows(suite, subsampleRows(dataset, plan.rows, config.seed));
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
    unitSeconds: Math.max(0, ...sample.work.map((w) => w.unit)) * (plan.rows / dataset.n),
    fits: plan.fits,
    baseline: fitted.dataset === dataset ? sample.baseline : void 0
  };
}
var PROBES = 4;
var MIN_ROWS = 50;

// src/retrain/stage.ts
import path8 from "node:path";

// src/retrain/data.ts
import path from "node:path";
async function loadRetrainData(config, evalData, cwd) {
  const file = config.data.train;
  const display = path.relative(cwd, file) || file;
  const train = await loadDataset({
    path: file,
    displayPath: display,
    label: config.data.label,
    features: evalData.features,
    task: evalData.task,
    classes: evalData.classes,
    configFile: config.file
  });
  const location = config.data.scalingFile === void 0 ? { file: config.file, key: "data.scaling" } : { file: path.relative(cwd, config.data.scalingFile), key: "" };
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

// src/stats/normal.ts
var ERFC_P = [
  2461969814735305e-25,
  0.5641895648310689,
  7.463210564422699,
  48.63719709856814,
  196.5208329560771,
  526.4451949954773,
  934.5285271719576,
  1027.5518868951572,
  557.5353353693994
];
var ERFC_Q = [
  13.228195115474499,
  86.70721408859897,
  354.9377788878199,
  975.7085017432055,
  1823.9091668790973,
  2246.3376081871097,
  1656.6630919416134,
  557.5353408177277
];
var ERFC_R = [
  0.5641895835477551,
  1.275366707599781,
  5.019050422511805,
  6.160210979930536,
  7.4097426995044895,
  2.9788666537210022
];
var ERFC_S = [
  2.2605286322011726,
  9.396035249380015,
  12.048953980809666,
  17.08144507475659,
  9.608968090632859,
  3.369076451000815
];
var ERF_T = [
  9.604973739870516,
  90.02601972038427,
  2232.005345946843,
  7003.325141128051,
  55592.30130103949
];
var ERF_U = [
  33.56171416475031,
  521.3579497801527,
  4594.323829709801,
  22629.000061389095,
  49267.39426086359
];
var NDTRI_P0 = [
  -59.96335010141079,
  98.00107541859997,
  -56.67628574690703,
  13.931260938727968,
  -1.2391658386738125
];
var NDTRI_Q0 = [
  1.9544885833814176,
  4.676279128988815,
  86.36024213908905,
  -225.46268785411937,
  200.26021238006066,
  -82.03722561683334,
  15.90562251262117,
  -1.1833162112133
];
var NDTRI_P1 = [
  4.0554489230596245,
  31.525109459989388,
  57.16281922464213,
  44.08050738932008,
  14.684956192885803,
  2.1866330685079025,
  -0.1402560791713545,
  -0.03504246268278482,
  -8574567851546854e-19
];
var NDTRI_Q1 = [
  15.779988325646675,
  45.39076351288792,
  41.3172038254672,
  15.04253856929075,
  2.504649462083094,
  -0.14218292285478779,
  -0.03808064076915783,
  -9332594808954574e-19
];
var NDTRI_P2 = [
  3.2377489177694603,
  6.915228890689842,
  3.9388102529247444,
  1.3330346081580755,
  0.20148538954917908,
  0.012371663481782003,
  30158155350823543e-20,
  26580697468673755e-22,
  6239745391849833e-24
];
var NDTRI_Q2 = [
  6.02427039364742,
  3.6798356385616087,
  1.3770209948908132,
  0.21623699359449663,
  0.013420400608854318,
  32801446468212774e-20,
  28924786474538068e-22,
  6790194080099813e-24
];
var SQRT_2PI = 2.5066282746310007;
var EXP_MINUS_2 = 0.1353352832366127;
var MAX_LOG = 709.782712893384;
function polevl(x, coef) {
  let result = coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}
function p1evl(x, coef) {
  let result = x + coef[0];
  for (let i = 1; i < coef.length; i++) result = result * x + coef[i];
  return result;
}
function erf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x > 1) return 1 - erfc(x);
  const z = x * x;
  return x * polevl(z, ERF_T) / p1evl(z, ERF_U);
}
function erfc(a) {
  if (Number.isNaN(a)) return NaN;
  const x = Math.abs(a);
  if (x < 1) return 1 - erf(a);
  const z = -a * a;
  if (z < -MAX_LOG) return a < 0 ? 2 : 0;
  const e = Math.exp(z);
  const y = x < 8 ? e * polevl(x, ERFC_P) / p1evl(x, ERFC_Q) : e * polevl(x, ERFC_R) / p1evl(x, ERFC_S);
  if (a < 0) return 2 - y;
  return y;
}
function normalCdf(x) {
  if (Number.isNaN(x)) return NaN;
  const t = x * Math.SQRT1_2;
  const z = Math.abs(t);
  if (z < Math.SQRT1_2) return 0.5 + 0.5 * erf(t);
  const y = 0.5 * erfc(z);
  return t > 0 ? 1 - y : y;
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let y = p;
  let upper = false;
  if (y > 1 - EXP_MINUS_2) {
    y = 1 - y;
    upper = true;
  }
  if (y > EXP_MINUS_2) {
    y = y - 0.5;
    const y2 = y * y;
    const x2 = y + y * (y2 * polevl(y2, NDTRI_P0) / p1evl(y2, NDTRI_Q0));
    return x2 * SQRT_2PI;
  }
  const x = Math.sqrt(-2 * Math.log(y));
  const x0 = x - Math.log(x) / x;
  const z = 1 / x;
  const x1 = x < 8 ? z * polevl(z, NDTRI_P1) / p1evl(z, NDTRI_Q1) : z * polevl(z, NDTRI_P2) / p1evl(z, NDTRI_Q2);
  const result = x0 - x1;
  return upper ? result : -result;
}

// src/retrain/student-t.ts
var LANCZOS = [
  76.18009172947146,
  -86.50532032941678,
  24.01409824083091,
  -1.231739572450155,
  0.001208650973866179,
  -5395239384953e-18
];
function logGamma(x) {
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.000000000190015;
  for (const c of LANCZOS) series += c / ++y;
  return -tmp + Math.log(2.5066282746310007 * series / x);
}
function betaContinuedFraction(a, b, x) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
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
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  );
  return x < (a + 1) / (a + b + 2) ? front * betaContinuedFraction(a, b, x) / a : 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}
function studentTCdf(t, df) {
  if (!Number.isFinite(df)) return normalCdf(t);
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}
function studentTQuantile(p, df) {
  if (!Number.isFinite(df)) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

// src/retrain/stats.ts
function seedMean(perSeed, bootstrapMeans, confidence) {
  const k = perSeed.length;
  const mean = average(perSeed);
  const seedTerm = k >= 2 ? variance(perSeed) / k : 0;
  const exampleTerm = variance(bootstrapMeans);
  const se = Math.sqrt(seedTerm + exampleTerm);
  const df = seedTerm > 0 ? (seedTerm + exampleTerm) ** 2 / (seedTerm ** 2 / (k - 1)) : Infinity;
  if (se === 0) return { mean, ci: [mean, mean], p: mean === 0 ? 1 : 0, df };
  const q = studentTQuantile(0.5 + confidence / 2, df);
  const p = 2 * studentTCdf(-Math.abs(mean) / se, df);
  return { mean, ci: [mean - q * se, mean + q * se], p: Math.min(1, p), df };
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
function retrainedEstimate(name, baseline, resamples, confidence) {
  const s = score(name, baseline, resamples);
  if (!defined(s.perSeed) || !defined(s.means)) {
    return { value: null, reason: `${name} is undefined on the retrained baseline` };
  }
  const { mean, ci } = seedMean(s.perSeed, s.means, confidence);
  return { value: mean, ci };
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
  return {
    contribution: {
      value: value.mean,
      valueCi: value.ci,
      contribution: effect.mean,
      ci: effect.ci,
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
  adjust(components, metrics);
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
function adjust(components, metrics) {
  for (const name of metrics) {
    const entries = components.map((c) => c.metrics?.[name]).filter(
      (c) => c !== void 0 && c.value !== null
    );
    const q = benjaminiHochberg(Float64Array.from(entries.map((c) => c.p)));
    entries.forEach((c, i) => c.q = q[i]);
  }
}

// src/retrain/train-all.ts
import { existsSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import path7 from "node:path";

// src/cache/key.ts
import { createHash } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/cache/glob.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "{") source += "(?:";
    else if (c === "}") source += ")";
    else if (c === ",") source += "|";
    else source += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function expandGlobs(base, globs, skip = []) {
  const patterns = globs.map((g) => globToRegExp(g.replace(/^\.\//, "")));
  const skipped = new Set(skip.map((p) => path2.resolve(p)));
  const found = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name) && !skipped.has(full)) await walk(full);
      } else if (entry.isFile()) {
        const rel = path2.relative(base, full).split(path2.sep).join("/");
        if (patterns.some((p) => p.test(rel))) found.push(full);
      }
    }
  };
  await walk(base);
  return found.sort();
}

// src/cache/imports.ts
import { readFile, stat } from "node:fs/promises";
import path3 from "node:path";
var SPECIFIERS = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g
];
var EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js"];
async function localImports(entry) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [path3.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m|c)?(t|j)s$/.test(file)) continue;
    const text = await readFile(file, "utf8");
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1];
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
        const found = await resolveLocal(path3.resolve(path3.dirname(file), specifier));
        if (found !== void 0) queue.push(found);
      }
    }
  }
  return [...seen].sort();
}
async function resolveLocal(base) {
  const candidates = [
    ...EXTENSIONS.map((ext) => base + ext),
    .../\.(m|c)?js$/.test(base) ? [base.replace(/js$/, "ts")] : []
  ];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/cache/key.ts
async function trainingCodeHash(config) {
  const train = config.train;
  if (train === void 0) throw new Error("trainingCodeHash: the config has no train section");
  const base = path4.dirname(path4.resolve(config.root, config.file));
  const files = train.module !== void 0 ? await localImports(train.module) : await expandGlobs(base, train.inputs, [train.cache]);
  const hash = createHash("sha256");
  const lock = path4.join(config.root, "package-lock.json");
  for (const file of [...files, lock]) {
    let bytes;
    try {
      bytes = await readFile2(file);
    } catch {
      continue;
    }
    hash.update(path4.relative(config.root, file)).update("\0").update(bytes).update("\0");
  }
  return `sha256:${hash.digest("hex")}`;
}
function runKey(parts) {
  return createHash("sha256").update(JSON.stringify({ v: 1, ...parts })).digest("hex");
}

// src/cache/store.ts
import { mkdir, readFile as readFile3, rename, writeFile } from "node:fs/promises";
import path5 from "node:path";
var RunCache = class {
  constructor(folder) {
    this.folder = folder;
  }
  folder;
  file(key) {
    return path5.join(this.folder, "runs", `${key}.json`);
  }
  async read(key) {
    try {
      const entry = JSON.parse(await readFile3(this.file(key), "utf8"));
      return entry.status === "ok" || entry.status === "timed-out" ? entry : void 0;
    } catch {
      return void 0;
    }
  }
  async write(key, entry) {
    const file = this.file(key);
    await mkdir(path5.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }
  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key) {
    return path5.join(this.folder, "models", key);
  }
};
function encodeOutputs(outputs) {
  return Buffer.from(outputs.buffer, outputs.byteOffset, outputs.byteLength).toString("base64");
}
function decodeOutputs(text) {
  const bytes = Buffer.from(text, "base64");
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
}

// src/command/run.ts
import { spawn } from "node:child_process";
import { mkdir as mkdir2, readFile as readFile4, rm, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";

// src/command/predictions.ts
var import_ajv = __toESM(require_ajv(), 1);
var predictionsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ablation-ci/ablation-ci/schema/predictions.schema.json",
  title: "ablation-ci command suite predictions",
  type: "object",
  required: ["outputs"],
  additionalProperties: false,
  properties: {
    outputs: {
      type: "array",
      minItems: 1,
      items: {
        anyOf: [{ type: "number" }, { type: "array", minItems: 1, items: { type: "number" } }]
      }
    }
  }
};
var validate;
function readPredictions(document, n) {
  validate ??= new import_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(
    predictionsSchema
  );
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath === "" ? "the document" : first?.instancePath;
    return {
      error: `${where} ${first?.message ?? "is invalid"} (expected {"outputs": [[...], ...]})`
    };
  }
  const rows = document.outputs.map(
    (row) => typeof row === "number" ? [row] : row
  );
  if (rows.length !== n) {
    return { error: `expected ${n} rows of outputs (one per eval example), got ${rows.length}` };
  }
  const width = rows[0].length;
  const outputs = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== width) {
      return { error: `row ${i + 1} has ${rows[i].length} outputs, row 1 has ${width}` };
    }
    for (let j = 0; j < width; j++) {
      const value = rows[i][j];
      if (!Number.isFinite(value))
        return { error: `row ${i + 1}: ${value} is not a finite number` };
      outputs[i * width + j] = value;
    }
  }
  return { outputs, width };
}

// src/command/run.ts
var GRACE_MS = 1e3;
var STDERR_TAIL = 400;
async function runCommandSuite(config, data, job) {
  const train = config.train;
  const variantName = job.variant?.name ?? "baseline";
  const folder = path6.join(train.cache, "work", `${variantName}-seed-${job.seed}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir2(folder, { recursive: true });
  let ok = false;
  try {
    const drop = new Set(job.variant?.dropFeatures ?? []);
    const features = data.eval.features.filter((name) => !drop.has(name));
    const request = {
      variant: variantName,
      switches: job.variant?.switches ?? {},
      dropFeatures: [...drop],
      seed: job.seed,
      trainData: path6.join(folder, "train.csv"),
      evalData: path6.join(folder, "eval.csv"),
      output: path6.join(folder, "predictions.json"),
      features,
      label: config.data.label,
      task: data.eval.task,
      classes: data.eval.classes ?? null,
      timeLimitMs: train.timeLimitMs
    };
    await writeFile2(request.trainData, toCsv(data.train, features));
    await writeFile2(request.evalData, toCsv(data.eval, features));
    const requestFile = path6.join(folder, "request.json");
    await writeFile2(requestFile, JSON.stringify(request, null, 2));
    const env = {
      ...process.env,
      ABLATION_CI_SWITCHES: JSON.stringify(request.switches),
      ABLATION_CI_SEED: String(job.seed),
      ABLATION_CI_OUTPUT: request.output,
      ABLATION_CI_TRAIN_DATA: request.trainData,
      ABLATION_CI_EVAL_DATA: request.evalData,
      ABLATION_CI_REQUEST: requestFile
    };
    const cwd = path6.dirname(path6.resolve(job.cwd, config.file));
    const started = performance.now();
    const exit = await runLimited(train.command, { cwd, env, timeLimitMs: train.timeLimitMs });
    const ms = performance.now() - started;
    if (exit.timedOut) return { status: "timed-out", ms };
    const shown = `predictions file ${path6.relative(job.cwd, request.output) || request.output}`;
    if (exit.code !== 0) {
      const tail = exit.stderr.trim().split("\n").slice(-1)[0] ?? "";
      return {
        status: "failed",
        ms,
        error: `the command exited with ${exit.signal ?? `code ${exit.code}`}${tail === "" ? "" : ` (${tail})`}; ${shown} not read`
      };
    }
    let text;
    try {
      text = await readFile4(request.output, "utf8");
    } catch {
      return { status: "failed", ms, error: `the command wrote no ${shown}` };
    }
    let document;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return { status: "failed", ms, error: `${shown}: not JSON (${error.message})` };
    }
    const read = readPredictions(document, data.eval.n);
    if ("error" in read) return { status: "failed", ms, error: `${shown}: ${read.error}` };
    ok = true;
    return { status: "ok", ms, trainMs: ms, outputs: read.outputs, width: read.width };
  } finally {
    if (ok) await rm(folder, { recursive: true, force: true });
  }
}
function runLimited(command, options) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    let timedOut = false;
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
      }
    };
    let hard;
    const limit = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hard = setTimeout(() => killGroup("SIGKILL"), GRACE_MS);
    }, options.timeLimitMs);
    child.on("error", (error) => {
      clearTimeout(limit);
      resolve({ code: 127, signal: null, timedOut: false, stderr: error.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      clearTimeout(hard);
      if (timedOut) killGroup("SIGKILL");
      resolve({ code, signal, timedOut, stderr });
    });
  });
}
function toCsv(dataset, features) {
  const f = dataset.features.length;
  const columns = features.map((name) => dataset.features.indexOf(name));
  const quote = (text) => /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [[...features, dataset.label].map(quote).join(",")];
  for (let i = 0; i < dataset.n; i++) {
    const label = dataset.classes === void 0 ? String(dataset.y[i]) : dataset.classes[dataset.y[i]];
    lines.push([...columns.map((j) => String(dataset.x[i * f + j])), quote(label)].join(","));
  }
  return `${lines.join("\n")}
`;
}

// src/retrain/launch.ts
import { Worker } from "node:worker_threads";
function runInWorker(request, options) {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const grace = options.graceMs ?? 1e3;
  return new Promise((resolve) => {
    const worker = startWorker(request);
    let ended = false;
    let timedOut = false;
    let kill;
    const end = (run) => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      resolve(run);
      void worker.terminate();
    };
    const limit = setTimeout(() => {
      timedOut = true;
      worker.postMessage({ type: "abort" });
      kill = setTimeout(() => end({ status: "timed-out", ms: elapsed() }), grace);
    }, options.timeLimitMs);
    worker.on("message", (message) => {
      if (timedOut) end({ status: "timed-out", ms: elapsed() });
      else if (message.type === "progress") options.onProgress?.(message.fraction);
      else if (message.type === "error") {
        end({ status: "failed", ms: elapsed(), error: message.message });
      } else {
        end({
          status: "ok",
          ms: elapsed(),
          trainMs: message.trainMs,
          outputs: message.outputs,
          width: message.width
        });
      }
    });
    worker.on("error", (error) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: error.message }
      );
    });
    worker.on("exit", (code) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: `the worker exited with code ${code}` }
      );
    });
  });
}
function startWorker(request) {
  const options = { workerData: request, stdout: false, stderr: false };
  const entry = workerEntry(import.meta.url, "./worker.ts", "retrain-worker.js");
  return entry.eval === true ? new Worker(entry.code, { ...options, eval: true }) : new Worker(entry.url, options);
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
    module: train.module === void 0 ? null : path7.relative(config.root, train.module),
    command: train.command ?? null,
    timeLimitMs: train.timeLimitMs
  };
  const all = config.ablations.retrain ?? [];
  const mine = options.shard === void 0 ? all : shardVariants(all, seeds.length, options.shard);
  const variants = [void 0, ...mine];
  const jobs = variants.flatMap((variant) => seeds.map((seed) => ({ variant, seed })));
  const results = /* @__PURE__ */ new Map();
  const name = (variant) => variant?.name ?? "baseline";
  let modelFile;
  const runJob = async ({ variant, seed }) => {
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
    const keepModel = options.keepBaselineModel && variant === void 0 && seed === seeds[0];
    const modelDir = cache.modelFolder(key);
    if (keepModel) modelFile = path7.join(modelDir, "model.json");
    const hit = options.useCache ? await cache.read(key) : void 0;
    const usable = hit !== void 0 && (!keepModel || existsSync(path7.join(modelDir, "model.json")));
    let run;
    if (usable) {
      run = {
        seed,
        status: hit.status,
        ms: hit.ms,
        trainMs: hit.trainMs,
        cached: true,
        ...hit.status === "ok" ? { outputs: decodeOutputs(hit.outputs), width: hit.width } : {}
      };
    } else {
      const done = await execute(
        config,
        data,
        variant,
        seed,
        keepModel ? modelDir : void 0,
        options
      );
      if (done.status === "failed") {
        throw new InputError(
          `retrain ${name(variant)}, seed ${seed}: ${done.error ?? "failed"}`,
          locate(
            config,
            variant === void 0 ? "train" : keyPath("ablations", "retrain", variant.name)
          )
        );
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
    results.set(`${name(variant)}\0${seed}`, run);
    options.onRun?.(
      `${describeRun(name(variant), run, train.timeLimitMs)} [${results.size}/${jobs.length}]`
    );
  };
  await pool(jobs, options.concurrency ?? defaultConcurrency(), runJob);
  const runsOf = (variant) => seeds.map((seed) => results.get(`${name(variant)}\0${seed}`));
  return {
    seeds,
    codeHash: code,
    baseline: runsOf(void 0),
    variants: mine.map((variant) => ({
      variant,
      runs: runsOf(variant)
    })),
    ...modelFile === void 0 ? {} : { modelFile }
  };
}
function execute(config, data, variant, seed, saveTo, options) {
  const train = config.train;
  const switches = variant?.switches ?? {};
  if (train.command !== void 0) {
    return runCommandSuite(config, data, { variant, seed, cwd: options.cwd });
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
    { timeLimitMs: train.timeLimitMs }
  );
}
var WORKER_MEMORY = 512 * 1024 * 1024;
function defaultConcurrency() {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / WORKER_MEMORY)));
}
function describeRun(name, run, limitMs) {
  const seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
  const how = run.status === "timed-out" ? `timed out at the ${seconds(limitMs)} limit` : `trained in ${seconds(run.trainMs ?? run.ms)}`;
  return `retrain ${name}, seed ${run.seed}: ${how}${run.cached ? " (cached)" : ""}`;
}
async function pool(items, size, work) {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, lane));
}

// src/retrain/stage.ts
function loadEvalData(config, cwd) {
  return loadDataset({
    path: config.data.eval,
    displayPath: path8.relative(cwd, config.data.eval) || config.data.eval,
    label: config.data.label,
    features: config.data.features,
    task: config.data.task,
    classes: config.data.classes,
    configFile: config.file
  });
}
async function retrainStage(config, options) {
  if (config.train === void 0) return void 0;
  const evalData = options.evalData ?? await loadEvalData(config, options.cwd);
  const data = await loadRetrainData(config, evalData, options.cwd);
  const keep = config.model === void 0 && config.train.module !== void 0;
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
function attachRetrain(results, stage, confidence) {
  const scored = retrainResults(stage.config, stage.outcome, stage.evalData, confidence);
  results.components.push(...scored.components);
  results.retrain = scored.retrain;
  return results;
}
function commandSuiteResults(stage, options) {
  const { config, outcome, evalData } = stage;
  const first = outcome.baseline.find((run) => run.outputs !== void 0);
  if (first?.outputs === void 0) {
    throw new InputError("every baseline training run timed out; raise train.time-limit", {
      file: config.file,
      where: "train.time-limit"
    });
  }
  const width = first.width ?? 1;
  const baseline = toPredictions(evalData.task, evalData.y, first.outputs, evalData.n, width);
  const resamples = new Resamples(config.seed, evalData.n, config.resamples);
  const scores = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
  const tests = config.tests.map((test, i) => {
    const rows = selectRows(evalData, test.where, { file: config.file, key: `tests[${i}].where` });
    const cls = test.class === void 0 ? void 0 : evalData.classes?.indexOf(test.class);
    if (cls === -1) {
      throw new InputError(`${JSON.stringify(test.class)} is not a class of the data`, {
        file: config.file,
        where: `tests[${i}].class`
      });
    }
    return runUnitTest(test, rows, baseline, {
      seed: config.seed,
      resamples: config.resamples,
      confidence: options.confidence,
      ...cls === void 0 ? {} : { cls }
    });
  });
  const base64 = (values) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
  return {
    schemaVersion: 1,
    suite: config.suite,
    source: {
      ...options.source,
      modelHash: outcome.codeHash,
      dataHash: evalData.hash
    },
    run: {
      seed: config.seed,
      repeats: config.repeats,
      resamples: config.resamples,
      confidence: options.confidence,
      backend: options.backend,
      shard: options.shard === void 0 ? null : { ...options.shard },
      gate: { failOn: [...config.gate.failOn], regression: { ...config.gate.regression } }
    },
    timing: {
      startedAt: options.started.toISOString(),
      durationMs: Date.now() - options.started.getTime()
    },
    task: evalData.task,
    classes: evalData.classes ?? null,
    data: dataFacts(evalData),
    metrics: config.metrics.map((name) => ({ name, higherIsBetter: METRICS[name].higherIsBetter })),
    baseline: {
      n: evalData.n,
      metrics: Object.fromEntries(
        scores.map((s) => [s.name, baselineEstimate(s, options.confidence)])
      )
    },
    components: [],
    tests,
    predictions: {
      encoding: "base64-le",
      shape: [evalData.n, width],
      baseline: base64(first.outputs),
      labels: base64(evalData.y)
    }
  };
}

// src/retrain/validate.ts
import path9 from "node:path";
async function validateRetrain(config, cwd) {
  const evalData = await loadEvalData(config, cwd);
  const data = await loadRetrainData(config, evalData, cwd);
  const train = config.train;
  const how = train.module !== void 0 ? path9.relative(cwd, train.module) : `\`${train.command}\``;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${evalData.n} eval and ${data.train.n} training examples, ${evalData.features.length} features, ${(config.ablations.retrain ?? []).length} retrain variants \xD7 ${train.seeds} seeds by ${how}, ${config.tests.length} model unit tests`;
}

// src/suite/engine.ts
async function runEngine(configFile, options) {
  const startedAt = Date.now();
  const loaded = options.config ?? await loadConfig(configFile, { cwd: options.cwd });
  const config = options.failOn === void 0 ? loaded : { ...loaded, gate: { ...loaded.gate, failOn: options.failOn } };
  const backend = await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  const started = /* @__PURE__ */ new Date();
  let suite = config.model === void 0 ? void 0 : await prepareSuite(config, options.cwd);
  try {
    const stage = await retrainStage(config, {
      backend,
      cwd: options.cwd,
      searchFrom: [config.root, options.cwd],
      useCache: options.useCache ?? true,
      // The same cap as evaluation: `--workers`, else the config's `workers`, else the machine.
      concurrency: options.workers ?? config.workers,
      onRun: options.onRetrainRun,
      ...options.shard === void 0 ? {} : { shard: options.shard },
      ...suite === void 0 ? {} : { evalData: suite.dataset }
    });
    const source = {
      ...await options.source(config.root),
      configHash: await hashConfig(configFile, config, options.cwd)
    };
    if (suite === void 0 && stage?.config.model !== void 0) {
      suite = await prepareSuite(stage.config, options.cwd);
    }
    let results;
    if (suite !== void 0) {
      const prepared = suite;
      const limit = options.timeLimit ?? config.timeLimit;
      const fitted = limit === void 0 ? void 0 : fitToTimeLimit(
        prepared,
        options.shard === void 0 ? prepared.components : shardComponents(prepared.components, config.repeats, options.shard),
        { limit, startedAt, clock: Date.now }
      );
      if (fitted !== void 0 && (!fitted.fits || fitted.suite !== prepared)) {
        options.onNotice?.(
          budgetNotice(fitted.budget) + (fitted.fits ? "" : "; even so it may not fit: components the deadline reaches are reported as not evaluated")
        );
      }
      results = await runSuite(fitted?.suite ?? prepared, {
        backend,
        workers: options.workers,
        ...options.threads === void 0 ? {} : { threads: options.threads },
        searchFrom: [config.root, options.cwd],
        source,
        onProgress: options.onProgress,
        ...options.shard === void 0 ? {} : { shard: options.shard },
        ...fitted?.baseline === void 0 ? {} : { baseline: fitted.baseline },
        ...fitted === void 0 ? {} : {
          budget: {
            record: fitted.budget,
            deadline: fitted.deadline,
            unitSeconds: fitted.unitSeconds
          }
        }
      });
    } else {
      results = commandSuiteResults(stage, {
        backend,
        source,
        started,
        confidence: CONFIDENCE,
        ...options.shard === void 0 ? {} : { shard: options.shard }
      });
    }
    if (stage !== void 0) {
      attachRetrain(results, stage, CONFIDENCE);
      results.timing = {
        startedAt: started.toISOString(),
        durationMs: Date.now() - started.getTime()
      };
    }
    return { config, results };
  } finally {
    suite?.model.dispose();
  }
}
async function validateConfig(configFile, options) {
  const config = await loadConfig(configFile, { cwd: options.cwd });
  await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  const retrainLine = config.train === void 0 ? "" : await validateRetrain(config, options.cwd);
  if (config.model === void 0) return retrainLine;
  const suite = await prepareSuite(config, options.cwd);
  suite.model.dispose();
  const applicable = suite.components.filter((c) => c.notApplicable === void 0).length;
  const skipped = suite.components.length - applicable;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${suite.dataset.n} examples, ${suite.dataset.features.length} features, ${applicable} components` + (skipped > 0 ? ` (+${skipped} not applicable)` : "") + `, ${config.tests.length} model unit tests`;
}
async function hashConfig(file, config, cwd) {
  const hash = createHash2("sha256").update(await readFile5(path10.resolve(cwd, file)));
  if (config.data.scalingFile !== void 0) hash.update(await readFile5(config.data.scalingFile));
  return `sha256:${hash.digest("hex")}`;
}

export {
  runEngine,
  validateConfig
};
