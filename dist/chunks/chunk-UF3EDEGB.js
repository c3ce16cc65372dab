import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  LARGE_RESULTS_BYTES,
  largeResultsWarning
} from "./chunk-OFKVRGSU.js";
import {
  CONFIDENCE,
  dataFacts,
  describeNonFinite,
  firstNonFinite,
  headlineEstimate,
  runSuite
} from "./chunk-QG2SEGVX.js";
import {
  BASELINE_NAME,
  benjaminiHochberg,
  loadConfig,
  normalCdf,
  normalQuantile,
  require_ajv,
  runKey,
  runUnitTest,
  trainingCodeHash,
  untilReleased
} from "./chunk-NVFMCPRU.js";
import {
  budgetNotice
} from "./chunk-NXVASJ67.js";
import {
  shardComponents,
  shardVariants,
  workerEntry
} from "./chunk-BHTUPGDU.js";
import {
  fitToTimeLimit,
  resultsBytes
} from "./chunk-AQM2GNTW.js";
import {
  Resamples,
  loadDataset,
  prepareSuite,
  scalingVectors,
  selectRows
} from "./chunk-6QKGLQWG.js";
import {
  METRICS,
  prepareMetric,
  scoreBaseline,
  toPredictions
} from "./chunk-DTUK5WY7.js";
import {
  keyPath,
  locate,
  notRegular
} from "./chunk-D2VHKEKK.js";
import {
  useBackend
} from "./chunk-NXMZILZR.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";
import {
  __toESM
} from "./chunk-QGQCRQM2.js";

// src/suite/engine.ts
import { createHash } from "node:crypto";
import { readFile as readFile3 } from "node:fs/promises";
import path8 from "node:path";

// src/retrain/stage.ts
import path6 from "node:path";

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

// src/retrain/stats.ts
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
import { rm as rm3 } from "node:fs/promises";
import { availableParallelism, totalmem } from "node:os";
import path5 from "node:path";

// src/cache/store.ts
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";
var RunCache = class {
  constructor(folder) {
    this.folder = folder;
  }
  folder;
  /** The entry file of `key`. */
  file(key) {
    return path2.join(this.folder, "runs", `${key}.json`);
  }
  /**
   * The entry of `key`: a missing file is a plain miss; one that is not
   * JSON or not a well-formed entry is a miss with the problem, for a
   * warning (whether its outputs fit the suite is the caller's to check).
   */
  async read(key) {
    let text;
    try {
      text = await readFile(this.file(key), "utf8");
    } catch (error) {
      const code = error.code;
      return code === "ENOENT" ? {} : { problem: `cannot be read (${code ?? "error"})` };
    }
    let value;
    try {
      value = JSON.parse(text);
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
    await mkdir(path2.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  }
  /** The folder where the model trained for `key` is kept (the retrained baseline). */
  modelFolder(key) {
    return path2.join(this.folder, "models", key);
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
    await mkdir(path2.join(this.folder, area), { recursive: true });
    return mkdtemp(path2.join(this.folder, area, `${name}-`));
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
function decodeOutputs(text) {
  const bytes = Buffer.from(text, "base64");
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
}

// src/command/run.ts
import { rmSync } from "node:fs";
import { readFile as readFile2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/process/env.ts
var PASSED = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  // Windows: what a shell and Node need to start.
  "SystemRoot",
  "ComSpec",
  "PATHEXT",
  "WINDIR",
  "TEMP",
  "TMP",
  "USERPROFILE"
];
function userEnvironment(parent, listed, set) {
  const allowed = /* @__PURE__ */ new Set([...PASSED, ...listed]);
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0) continue;
    if (allowed.has(name) || name.startsWith("LC_")) env[name] = value;
  }
  return { ...env, ...set };
}

// src/process/tree.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
function startTree(file, args, options) {
  const child = spawn(file, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid === void 0) return child;
  const release = untilReleased(() => killTree(pid));
  child.on("exit", () => killTree(pid));
  child.on("close", release);
  return child;
}
function killTree(leader, signal = "SIGKILL") {
  const send2 = (target) => {
    try {
      process.kill(target, signal);
    } catch {
    }
  };
  send2(-leader);
  for (const pid of sessionMembers(leader)) send2(pid);
}
function sessionMembers(session) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const members = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[3]) === session) members.push(Number(entry));
  }
  return members;
}

// src/command/predictions.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/retrain/outputs.ts
function widthRule(shape) {
  switch (shape.task) {
    case "regression":
      return { fits: (w) => w === 1, words: "a regression task needs 1" };
    case "binary":
      return { fits: (w) => w === 1 || w === 2, words: "a binary task needs 1 (sigmoid) or 2" };
    case "multiclass": {
      const k = shape.classes?.length ?? 0;
      return { fits: (w) => w === k, words: `a multiclass task of ${k} classes needs ${k}` };
    }
  }
}
function runOutputsProblem(outputs, width, shape) {
  const rule = widthRule(shape);
  if (!rule.fits(width)) return `${width} outputs per example; ${rule.words}`;
  if (outputs.length !== shape.n * width) {
    return `${outputs.length / width} rows of outputs for ${shape.n} eval examples`;
  }
  const found = firstNonFinite(outputs, width);
  if (found === void 0) return void 0;
  return `${describeNonFinite(found, width)}; training must give finite outputs (did it diverge?)`;
}
async function readCachedRun(cache, key, evalData, warn, shown) {
  const read = await cache.read(key);
  const problem = read.entry === void 0 ? read.problem : read.outputs === void 0 ? void 0 : runOutputsProblem(read.outputs, read.entry.width, evalData);
  if (problem !== void 0) {
    warn(`the cache entry ${shown(cache.file(key))} ${problem}; not used, training again`);
    return void 0;
  }
  if (read.entry === void 0) return void 0;
  const { status, ms, trainMs, width } = read.entry;
  return status === "ok" ? { status, ms, trainMs, outputs: read.outputs, width } : { status, ms, trainMs: null };
}

// src/command/predictions.ts
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
function readPredictions(document, shape) {
  const { n } = shape;
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
      if (!Number.isFinite(Math.fround(value))) {
        return {
          error: `row ${i + 1}: ${value} is outside the range of a 32-bit float (\xB13.4e38)`
        };
      }
      outputs[i * width + j] = value;
    }
  }
  const problem = runOutputsProblem(outputs, width, shape);
  return problem === void 0 ? { outputs, width } : { error: problem };
}

// src/command/run.ts
var GRACE_MS = 1e3;
var STDERR_TAIL = 400;
async function runCommandSuite(config, data, job) {
  const train = config.train;
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
      trainData: path3.join(folder, "train.csv"),
      evalData: path3.join(folder, "eval.csv"),
      output: path3.join(folder, "predictions.json"),
      features,
      label: config.data.label,
      task: data.eval.task,
      classes: data.eval.classes ?? null,
      timeLimitMs: train.timeLimitMs
    };
    await writeFile2(request.trainData, toCsv(data.train, features));
    await writeFile2(request.evalData, toCsv(data.eval, features));
    const requestFile = path3.join(folder, "request.json");
    await writeFile2(requestFile, JSON.stringify(request, null, 2));
    const env = userEnvironment(process.env, train.env ?? [], {
      ABLATION_CI_SWITCHES: JSON.stringify(request.switches),
      ABLATION_CI_SEED: String(job.seed),
      ABLATION_CI_OUTPUT: request.output,
      ABLATION_CI_TRAIN_DATA: request.trainData,
      ABLATION_CI_EVAL_DATA: request.evalData,
      ABLATION_CI_REQUEST: requestFile
    });
    const cwd = path3.dirname(path3.resolve(job.cwd, config.file));
    const started = performance.now();
    const exit = await runLimited(train.command, { cwd, env, timeLimitMs: train.timeLimitMs });
    const ms = performance.now() - started;
    if (exit.timedOut) {
      clean = true;
      return { status: "timed-out", ms };
    }
    const shown = `predictions file ${path3.relative(job.cwd, request.output) || request.output}`;
    if (exit.code !== 0) {
      const tail = exit.stderr.trim().split("\n").slice(-1)[0] ?? "";
      return {
        status: "failed",
        ms,
        error: `the command exited with ${exit.signal ?? `code ${exit.code}`}${tail === "" ? "" : ` (${tail})`}; ${shown} not read`
      };
    }
    const special = await notRegular(request.output);
    if (special !== void 0) return { status: "failed", ms, error: `${shown} ${special}` };
    let text;
    try {
      text = await readFile2(request.output, "utf8");
    } catch {
      return { status: "failed", ms, error: `the command wrote no ${shown}` };
    }
    let document;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return { status: "failed", ms, error: `${shown}: not JSON (${error.message})` };
    }
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
import { createRequire } from "node:module";
import path4 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var OUTPUT_TAIL = 400;
function runInWorker(request, options) {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const grace = options.graceMs ?? 1e3;
  return new Promise((resolve) => {
    const child = startWorker(options.env ?? []);
    let output = "";
    const keep = (chunk) => {
      process.stderr.write(chunk);
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    let ended = false;
    let timedOut = false;
    let kill;
    const end = (run) => {
      if (ended) return;
      ended = true;
      clearTimeout(limit);
      clearTimeout(kill);
      if (child.pid !== void 0) killTree(child.pid);
      resolve(run);
    };
    const limit = setTimeout(() => {
      timedOut = true;
      send(child, { type: "abort" });
      kill = setTimeout(() => end({ status: "timed-out", ms: elapsed() }), grace);
    }, options.timeLimitMs);
    child.on("message", (message) => {
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
    child.on("error", (error) => {
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : { status: "failed", ms: elapsed(), error: error.message }
      );
    });
    child.on("close", (code, signal) => {
      const tail = output.trim().split("\n").slice(-1)[0] ?? "";
      end(
        timedOut ? { status: "timed-out", ms: elapsed() } : {
          status: "failed",
          ms: elapsed(),
          error: `the training process exited with ${signal ?? `code ${code}`}${tail === "" ? "" : ` (${tail})`}`
        }
      );
    });
    send(child, { type: "start", request });
  });
}
function send(child, message) {
  if (child.connected) child.send(message, () => void 0);
}
function startWorker(listed) {
  const here = import.meta.url;
  let args;
  if (here.endsWith(".ts")) {
    const tsx = path4.dirname(createRequire(here).resolve("tsx/package.json"));
    const loader = pathToFileURL(path4.join(tsx, "dist", "loader.mjs")).href;
    args = ["--import", loader, fileURLToPath(new URL("./worker.ts", here))];
  } else {
    const entry = workerEntry(here, "./worker.ts", "retrain-worker.js");
    args = [fileURLToPath(entry.url)];
  }
  return startTree(process.execPath, args, {
    env: userEnvironment(process.env, listed, {}),
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    // Typed arrays (the data, the outputs) cross as typed arrays.
    serialization: "advanced"
  });
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
    module: train.module === void 0 ? null : path5.relative(config.root, train.module),
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
  const running = /* @__PURE__ */ new Set();
  const progress = () => options.onProgress?.(results.size / jobs.length, [...running].join("; "));
  const runJob = async ({ index, variant, seed }) => {
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
    if (keepModel) modelFile = path5.join(modelDir, "model.json");
    const hit = options.useCache ? await readCachedRun(
      cache,
      key,
      data.eval,
      warn(what),
      (file) => path5.relative(options.cwd, file)
    ) : void 0;
    const usable = hit !== void 0 && (!keepModel || existsSync(path5.join(modelDir, "model.json")));
    let run;
    if (usable) {
      run = { seed, ...hit, cached: true };
    } else {
      const saveTo = keepModel ? await cache.workFolder("models", key.slice(0, 16)) : void 0;
      const done = await execute(config, data, variant, seed, saveTo, options);
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
  await pool(jobs, options.concurrency ?? defaultConcurrency(), runJob);
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
    { timeLimitMs: train.timeLimitMs, ...train.env === void 0 ? {} : { env: train.env } }
  );
}
function outputsProblem(config, evalData, done) {
  const problem = runOutputsProblem(done.outputs, done.width ?? 0, evalData);
  if (problem === void 0) return void 0;
  const train = config.train;
  const by = train.module !== void 0 ? `${path5.relative(config.root, train.module)}` : "the command's predictions";
  return `${by}: ${problem}`;
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
    displayPath: path6.relative(cwd, config.data.eval) || config.data.eval,
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
      // The user's command made every prediction: the backend evaluated nothing.
      predictionsFrom: "train.command",
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
        scores.map((s) => [s.name, headlineEstimate(s, baseline, options.confidence)])
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
import path7 from "node:path";
async function validateRetrain(config, cwd) {
  const evalData = await loadEvalData(config, cwd);
  const data = await loadRetrainData(config, evalData, cwd);
  const train = config.train;
  const how = train.module !== void 0 ? path7.relative(cwd, train.module) : `\`${train.command}\``;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${evalData.n} eval and ${data.train.n} training examples, ${evalData.features.length} features, ${(config.ablations.retrain ?? []).length} retrain variants \xD7 ${train.seeds} seeds by ${how}, ${config.tests.length} model unit tests`;
}

// src/suite/engine.ts
async function runEngine(configFile, options) {
  const startedAt = options.startedAt ?? Date.now();
  options.onPhase?.("loading");
  const loaded = options.config ?? await loadConfig(configFile, { cwd: options.cwd });
  const config = options.failOn === void 0 ? loaded : { ...loaded, gate: { ...loaded.gate, failOn: options.failOn } };
  const backend = await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  const started = /* @__PURE__ */ new Date();
  options.onPhase?.("validating");
  let suite = config.model === void 0 ? void 0 : await prepareSuite(config, options.cwd);
  try {
    if (config.train !== void 0) options.onPhase?.("training");
    const stage = await retrainStage(config, {
      backend,
      cwd: options.cwd,
      searchFrom: [config.root, options.cwd],
      useCache: options.useCache ?? true,
      // The same cap as evaluation: `--workers`, else the config's `workers`, else the machine.
      concurrency: options.workers ?? config.workers,
      onRun: options.onRetrainRun,
      onProgress: options.onTrainingProgress,
      onWarning: options.onNotice,
      ...options.shard === void 0 ? {} : { shard: options.shard },
      ...suite === void 0 ? {} : { evalData: suite.dataset }
    });
    const source = {
      ...await options.source(config.root),
      configHash: await hashConfig(configFile, config, options.cwd)
    };
    if (suite === void 0 && stage?.config.model !== void 0) {
      options.onPhase?.("validating", "the retrained baseline");
      suite = await prepareSuite(stage.config, options.cwd);
    }
    let results;
    if (suite !== void 0) {
      const prepared = suite;
      const limit = options.timeLimit ?? config.timeLimit;
      const planned = options.shard === void 0 ? prepared.components : shardComponents(prepared.components, config.repeats, options.shard);
      noticeLargeResults(prepared, planned, options.onNotice);
      if (limit !== void 0) options.onPhase?.("estimating", "a timed sample of the plan");
      const fitted = limit === void 0 ? void 0 : fitToTimeLimit(prepared, planned, { limit, startedAt, clock: Date.now });
      if (fitted !== void 0 && (!fitted.fits || fitted.suite !== prepared)) {
        options.onNotice?.(
          budgetNotice(fitted.budget) + (fitted.fits ? "" : "; even so it may not fit: components the deadline reaches are reported as not evaluated")
        );
      }
      options.onPhase?.("evaluating");
      results = await runSuite(fitted?.suite ?? prepared, {
        backend,
        workers: options.workers,
        ...options.threads === void 0 ? {} : { threads: options.threads },
        searchFrom: [config.root, options.cwd],
        source,
        onProgress: options.onProgress,
        ...options.onPhase === void 0 ? {} : { onPhase: options.onPhase },
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
      options.onPhase?.("scoring");
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
  options.onPhase?.("loading");
  const config = await loadConfig(configFile, { cwd: options.cwd });
  await useBackend(options.backend, {
    searchFrom: [config.root, options.cwd],
    onNotice: options.onNotice
  });
  options.onPhase?.("validating");
  const retrainLine = config.train === void 0 ? "" : await validateRetrain(config, options.cwd);
  if (config.model === void 0) return retrainLine;
  const suite = await prepareSuite(config, options.cwd);
  try {
    options.onSuite?.(suite);
  } finally {
    suite.model.dispose();
  }
  const applicable = suite.components.filter((c) => c.notApplicable === void 0).length;
  const skipped = suite.components.length - applicable;
  return `${config.file}: valid \u2014 suite ${config.suite}, ${suite.dataset.n} examples, ${suite.dataset.features.length} features, ${applicable} components` + (skipped > 0 ? ` (+${skipped} not applicable)` : "") + `, ${config.tests.length} model unit tests`;
}
async function hashConfig(file, config, cwd) {
  const hash = createHash("sha256").update(await readFile3(path8.resolve(cwd, file)));
  if (config.data.scalingFile !== void 0) hash.update(await readFile3(config.data.scalingFile));
  return `sha256:${hash.digest("hex")}`;
}
function noticeLargeResults(suite, components, onNotice) {
  if (onNotice === void 0) return;
  const bytes = resultsBytes(suite, components);
  if (bytes <= LARGE_RESULTS_BYTES) return;
  onNotice(largeResultsWarning(bytes, components.length));
}

export {
  runEngine,
  validateConfig
};
