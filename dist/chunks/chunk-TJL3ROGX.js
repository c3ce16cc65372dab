import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  compileKernels,
  instantiate
} from "./chunk-FT6JTLYM.js";
import {
  Rng
} from "./chunk-CGUDVJKI.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/metrics/to-predictions.ts
function toPredictions(task, yTrue, outputs, n, outputWidth) {
  if (yTrue.length !== n || outputs.length !== n * outputWidth) {
    throw new RangeError(
      `${yTrue.length} labels and ${outputs.length} outputs for ${n} examples of width ${outputWidth}`
    );
  }
  const truth = Float64Array.from(yTrue);
  if (task === "regression") {
    if (outputWidth !== 1) {
      throw new InputError(
        `the model gives ${outputWidth} outputs per example; a regression task needs 1`
      );
    }
    return {
      task,
      n,
      k: 1,
      yTrue: truth,
      scores: Float64Array.from(outputs),
      predicted: new Int32Array(0)
    };
  }
  const k = classCount(task, outputWidth);
  let scores;
  if (task === "binary" && outputWidth === 1) {
    scores = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      scores[2 * i] = 1 - outputs[i];
      scores[2 * i + 1] = outputs[i];
    }
  } else {
    scores = Float64Array.from(outputs);
  }
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const y = truth[i];
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new InputError(
        `example ${i + 1}: class index ${y} is not one of the model's ${k} classes (0..${k - 1})`
      );
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c] > scores[i * k + best]) best = c;
    predicted[i] = best;
  }
  return { task, n, k, yTrue: truth, scores, predicted };
}
function classCount(task, outputWidth) {
  if (task === "binary") {
    if (outputWidth === 1 || outputWidth === 2) return 2;
    throw new InputError(
      `the model gives ${outputWidth} outputs per example; a binary task needs 1 (sigmoid) or 2`
    );
  }
  if (outputWidth < 2) {
    throw new InputError(
      `the model gives ${outputWidth} output per example; a multiclass task needs one per class`
    );
  }
  return outputWidth;
}

// src/metrics/registry.ts
var CLASSIFICATION = ["binary", "multiclass"];
var REGRESSION = ["regression"];
var UNIT = { min: 0, max: 1 };
var NON_NEGATIVE = { min: 0, max: Infinity };
function classification(higherIsBetter, extra = {}) {
  return {
    higherIsBetter,
    tasks: CLASSIFICATION,
    range: UNIT,
    ...extra,
    perClass: extra.perClass ?? false
  };
}
function regression(higherIsBetter, range) {
  return { higherIsBetter, tasks: REGRESSION, perClass: false, range, continuous: true };
}
var METRICS = {
  accuracy: classification(true, { proportion: { of: "all", success: "correct" } }),
  error_rate: classification(false, { proportion: { of: "all", success: "wrong" } }),
  precision: classification(true, {
    perClass: true,
    proportion: { of: "predicted-class", success: "correct" }
  }),
  recall: classification(true, {
    perClass: true,
    proportion: { of: "true-class", success: "correct" }
  }),
  f1: classification(true, { perClass: true }),
  precision_macro: classification(true),
  recall_macro: classification(true),
  f1_macro: classification(true),
  f1_weighted: classification(true),
  roc_auc: classification(true),
  log_loss: classification(false, { range: NON_NEGATIVE, continuous: true }),
  mse: regression(false, NON_NEGATIVE),
  rmse: regression(false, NON_NEGATIVE),
  mae: regression(false, NON_NEGATIVE),
  r2: regression(true, { min: -Infinity, max: 1 })
};
var METRIC_NAMES = Object.keys(METRICS);
function isMetricName(name) {
  return Object.prototype.hasOwnProperty.call(METRICS, name);
}
function metricApplies(name, task) {
  return METRICS[name].tasks.includes(task);
}

// src/metrics/counts.ts
function classCounter(preds) {
  const { n, k, predicted } = preds;
  const truth = Int32Array.from(preds.yTrue);
  const counts = {
    k,
    total: 0,
    tp: new Float64Array(k),
    trueSum: new Float64Array(k),
    predSum: new Float64Array(k)
  };
  return (weights) => {
    const { tp, trueSum, predSum } = counts;
    tp.fill(0);
    trueSum.fill(0);
    predSum.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      const t = truth[i];
      const p = predicted[i];
      trueSum[t] += w;
      predSum[p] += w;
      if (t === p) tp[t] += w;
      total += w;
    }
    counts.total = total;
    return counts;
  };
}
function classScore(counts, cls, score) {
  const tp = counts.tp[cls];
  const predicted = counts.predSum[cls];
  const actual = counts.trueSum[cls];
  const precision = predicted === 0 ? 0 : tp / predicted;
  if (score === "precision") return precision;
  const recall = actual === 0 ? 0 : tp / actual;
  return score === "recall" ? recall : f1Of(precision, recall);
}
function f1Of(precision, recall) {
  const denom = precision + recall;
  return denom === 0 ? 0 : 2 * precision * recall / denom;
}
function presentClasses(counts, set, into) {
  let m = 0;
  for (let c = 0; c < counts.k; c++) {
    if (counts.trueSum[c] > 0 || set === "true-or-predicted" && counts.predSum[c] > 0) {
      into[m++] = c;
    }
  }
  return m;
}

// src/metrics/classification.ts
var COUNT_METRICS = [
  "accuracy",
  "error_rate",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "f1_weighted"
];
function prepareCountMetric(name, preds, cls) {
  const count = classCounter(preds);
  const read = countReader(name, preds, cls);
  return (weights) => {
    const counts = count(weights);
    return counts.total === 0 ? NaN : read(counts);
  };
}
function isCountMetric(name) {
  return COUNT_METRICS.includes(name);
}
function countReader(name, preds, cls) {
  const labels = new Int32Array(preds.k);
  switch (name) {
    case "accuracy":
      return accuracy;
    case "error_rate":
      return (counts) => 1 - accuracy(counts);
    case "precision":
    case "recall":
    case "f1":
      if (cls !== void 0) return (counts) => classScore(counts, cls, name);
      if (preds.task === "binary") return (counts) => classScore(counts, 1, name);
      return (counts) => macro(counts, name, "true", labels);
    case "precision_macro":
      return (counts) => macro(counts, "precision", "true-or-predicted", labels);
    case "recall_macro":
      return (counts) => macro(counts, "recall", "true-or-predicted", labels);
    case "f1_macro":
      return (counts) => macro(counts, "f1", "true-or-predicted", labels);
    case "f1_weighted":
      return (counts) => supportWeighted(counts, "f1", labels);
  }
}
function accuracy(counts) {
  let correct = 0;
  for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
  return correct / counts.total;
}
function macro(counts, score, set, labels) {
  const m = presentClasses(counts, set, labels);
  if (m === 0) return NaN;
  let sum = 0;
  for (let j = 0; j < m; j++) sum += classScore(counts, labels[j], score);
  return sum / m;
}
function supportWeighted(counts, score, labels) {
  const m = presentClasses(counts, "true-or-predicted", labels);
  let sum = 0;
  let support = 0;
  for (let j = 0; j < m; j++) {
    const c = labels[j];
    sum += classScore(counts, c, score) * counts.trueSum[c];
    support += counts.trueSum[c];
  }
  return sum / support;
}

// src/metrics/log-loss.ts
var EPS = 2 ** -52;
function prepareLogLoss(preds) {
  const { n } = preds;
  const loss = exampleLogLosses(preds);
  return (weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * loss[i];
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
}
function exampleLogLosses(preds) {
  const { n, k, scores, yTrue } = preds;
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let rowSum = 0;
    for (let c = 0; c < k; c++) rowSum += clip(scores[i * k + c]);
    loss[i] = -Math.log(clip(scores[i * k + yTrue[i]]) / rowSum);
  }
  return loss;
}
function clip(p) {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

// src/metrics/regression.ts
function prepareRegressionMetric(name, preds) {
  const { n, yTrue, scores } = preds;
  const mean2 = (term, weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w === 0) continue;
      sum += w * term(i);
      total += w;
    }
    return total === 0 ? NaN : sum / total;
  };
  const squared = (i) => (yTrue[i] - scores[i]) ** 2;
  const absolute = (i) => Math.abs(scores[i] - yTrue[i]);
  switch (name) {
    case "mse":
      return (weights) => mean2(squared, weights);
    case "rmse":
      return (weights) => Math.sqrt(mean2(squared, weights));
    case "mae":
      return (weights) => mean2(absolute, weights);
    case "r2":
      return (weights) => r2(preds, weights);
  }
}
function r2(preds, weights) {
  const { n, yTrue, scores } = preds;
  let total = 0;
  let weightedY = 0;
  let residual = 0;
  let first = NaN;
  let constant = true;
  for (let i = 0; i < n; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const y = yTrue[i];
    if (total === 0) first = y;
    else if (y !== first) constant = false;
    total += w;
    weightedY += w * y;
    residual += w * (y - scores[i]) ** 2;
  }
  if (!(total >= 2) || Number.isNaN(residual)) return NaN;
  let spread = 0;
  if (!constant) {
    const meanY = weightedY / total;
    for (let i = 0; i < n; i++) {
      const w = weights === void 0 ? 1 : weights[i];
      if (w !== 0) spread += w * (yTrue[i] - meanY) ** 2;
    }
  }
  if (residual === 0) return 1;
  if (spread === 0) return 0;
  return 1 - residual / spread;
}

// src/metrics/roc-auc.ts
function rankColumn(scores, stride, column, truth, positiveClass, hint) {
  const n = truth.length;
  const score = new Float64Array(n);
  let hasNaN = false;
  for (let i = 0; i < n; i++) {
    score[i] = scores[i * stride + column];
    if (Number.isNaN(score[i])) hasNaN = true;
  }
  const order = hint === void 0 ? new Int32Array(n) : Int32Array.from(hint);
  if (hint === void 0) for (let i = 0; i < n; i++) order[i] = i;
  if (!hasNaN) order.sort((a, b) => score[a] - score[b] || a - b);
  const positive = new Uint8Array(n);
  const groupEnd = new Int32Array(n);
  let groups = 0;
  for (let j = 0; j < n; j++) {
    positive[j] = truth[order[j]] === positiveClass ? 1 : 0;
    if (j + 1 === n || score[order[j + 1]] !== score[order[j]]) groupEnd[groups++] = j + 1;
  }
  return { order, positive, groupEnd, groups, hasNaN };
}
function columnAuc(col, weights) {
  if (col.hasNaN) return NaN;
  const { order, positive, groupEnd, groups } = col;
  let negBelow = 0;
  let posTotal = 0;
  let area = 0;
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    let pos = 0;
    let neg = 0;
    for (let j = start; j < end; j++) {
      const w = weights === void 0 ? 1 : weights[order[j]];
      if (positive[j] === 1) pos += w;
      else neg += w;
    }
    area += pos * (negBelow + neg / 2);
    negBelow += neg;
    posTotal += pos;
    start = end;
  }
  if (posTotal === 0 || negBelow === 0) return NaN;
  return area / (posTotal * negBelow);
}
function prepareRocAuc(preds) {
  const truth = Int32Array.from(preds.yTrue);
  const cols = rankedColumns(preds.scores, truth, preds.k);
  return (weights) => aucOfColumns(cols, weights);
}
function rankedColumns(scores, truth, k, hints) {
  if (k === 2) return [rankColumn(scores, 2, 1, truth, 1, hints?.[0].order)];
  return Array.from({ length: k }, (_, c) => rankColumn(scores, k, c, truth, c, hints?.[c].order));
}
function aucOfColumns(cols, weights) {
  if (cols.length === 1) return columnAuc(cols[0], weights);
  let sum = 0;
  for (const col of cols) sum += columnAuc(col, weights);
  return sum / cols.length;
}

// src/metrics/prepare.ts
function prepareMetric(name, preds, options = {}) {
  checkMetricInput(name, preds, options);
  const metric = prepareByName(name, preds, options.cls);
  return (weights) => {
    if (weights !== void 0 && weights.length !== preds.n) {
      throw new RangeError(`${weights.length} weights for ${preds.n} examples`);
    }
    return metric(weights);
  };
}
function computeMetric(name, preds, options = {}) {
  return prepareMetric(name, preds, options)(options.weights);
}
function prepareByName(name, preds, cls) {
  switch (name) {
    case "accuracy":
    case "error_rate":
    case "precision":
    case "recall":
    case "f1":
    case "precision_macro":
    case "recall_macro":
    case "f1_macro":
    case "f1_weighted":
      return prepareCountMetric(name, preds, cls);
    case "roc_auc":
      return prepareRocAuc(preds);
    case "log_loss":
      return prepareLogLoss(preds);
    case "mse":
    case "rmse":
    case "mae":
    case "r2":
      return prepareRegressionMetric(name, preds);
  }
}
function checkMetricInput(name, preds, options = {}) {
  checkPredictions(preds);
  const { cls } = options;
  if (!metricApplies(name, preds.task)) {
    throw new InputError(`metric ${name} does not apply to a ${preds.task} task`);
  }
  if (cls !== void 0) {
    if (!METRICS[name].perClass) throw new InputError(`metric ${name} cannot score one class`);
    if (!Number.isInteger(cls) || cls < 0 || cls >= preds.k) {
      throw new RangeError(`class index ${cls} is outside 0..${preds.k - 1}`);
    }
  }
}
function checkPredictions(preds) {
  const { task, n, k, yTrue, scores, predicted } = preds;
  const classes = task === "regression" ? 1 : task === "binary" ? 2 : k;
  const problem = k !== classes || task === "multiclass" && k < 2 ? `a ${task} task with k = ${k}` : yTrue.length !== n || scores.length !== n * k ? `${yTrue.length} labels and ${scores.length} scores for n = ${n}, k = ${k}` : task !== "regression" && predicted.length !== n ? `${predicted.length} predicted classes for n = ${n}` : void 0;
  if (problem !== void 0) throw new RangeError(`inconsistent predictions: ${problem}`);
  if (task === "regression") return;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i];
    if (!Number.isInteger(y) || y < 0 || y >= k || predicted[i] < 0 || predicted[i] >= k) {
      throw new RangeError(`example ${i}: class index outside 0..${k - 1}`);
    }
  }
}

// src/metrics/proportion.ts
function proportionCounts(name, preds, options = {}, weights) {
  checkMetricInput(name, preds, options);
  const proportion = METRICS[name].proportion;
  if (proportion === void 0) return void 0;
  const counts = classCounter(preds)(weights);
  if (proportion.of === "all") {
    let correct = 0;
    for (let c = 0; c < counts.k; c++) correct += counts.tp[c];
    const successes = proportion.success === "correct" ? correct : counts.total - correct;
    return { successes, trials: counts.total };
  }
  const cls = options.cls ?? (preds.task === "binary" ? 1 : onlyTrueClass(counts.trueSum));
  if (cls === void 0) return void 0;
  const trials = proportion.of === "true-class" ? counts.trueSum[cls] : counts.predSum[cls];
  return { successes: counts.tp[cls], trials };
}
function onlyTrueClass(trueSum) {
  let found;
  for (let c = 0; c < trueSum.length; c++) {
    if (trueSum[c] === 0) continue;
    if (found !== void 0) return void 0;
    found = c;
  }
  return found;
}

// src/stats/resample-scoring/auc.ts
function scoreChange(base, ablated, k) {
  const n = base.length / k;
  const changed = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      if (!Object.is(base[i * k + c], ablated[i * k + c])) {
        changed.push(i);
        break;
      }
    }
  }
  const rows = Int32Array.from(changed);
  const scores = new Float64Array(rows.length * k);
  rows.forEach((i, r) => scores.set(ablated.subarray(i * k, (i + 1) * k), r * k));
  return { rows, scores };
}
function applyScoreChange(base, change, k) {
  const scores = Float64Array.from(base);
  change.rows.forEach((i, r) => scores.set(change.scores.subarray(r * k, (r + 1) * k), i * k));
  return scores;
}
function blockAuc(block, columns, out) {
  const { size } = block;
  out.fill(0, 0, size);
  const column = new Float64Array(size);
  for (const col of columns) {
    columnAuc2(block, col, column);
    for (let j = 0; j < size; j++) out[j] += column[j];
  }
  if (columns.length > 1) for (let j = 0; j < size; j++) out[j] /= columns.length;
}
function columnAuc2(block, col, out) {
  const { size, weights } = block;
  if (col.hasNaN) {
    out.fill(NaN, 0, size);
    return;
  }
  const { order, positive, groupEnd, groups } = col;
  const negBelow = new Float64Array(size);
  const posTotal = new Float64Array(size);
  const area = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = groupEnd[g];
    if (end - start === 1) {
      const offset = order[start] * size;
      if (positive[start] === 1) {
        for (let j = 0; j < size; j++) {
          const w = weights[offset + j];
          area[j] += w * negBelow[j];
          posTotal[j] += w;
        }
      } else {
        for (let j = 0; j < size; j++) negBelow[j] += weights[offset + j];
      }
      start = end;
      continue;
    }
    pos.fill(0);
    neg.fill(0);
    for (let e = start; e < end; e++) {
      const offset = order[e] * size;
      const into = positive[e] === 1 ? pos : neg;
      for (let j = 0; j < size; j++) into[j] += weights[offset + j];
    }
    for (let j = 0; j < size; j++) {
      area[j] += pos[j] * (negBelow[j] + neg[j] / 2);
      negBelow[j] += neg[j];
      posTotal[j] += pos[j];
    }
    start = end;
  }
  for (let j = 0; j < size; j++) {
    out[j] = posTotal[j] === 0 || negBelow[j] === 0 ? NaN : area[j] / (posTotal[j] * negBelow[j]);
  }
}

// src/stats/resample-scoring/counts.ts
function flips(base, ablated) {
  let changed = 0;
  for (let i = 0; i < base.length; i++) if (ablated[i] !== base[i]) changed++;
  const rows = new Int32Array(changed);
  const predicted = new Int32Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    predicted[j++] = ablated[i];
  }
  return { rows, predicted };
}
function blockCounts(ops, size, truth, predicted, k) {
  const length = k * size;
  const [tpAt, trueAt, predAt] = [0, length, 2 * length];
  ops.int32.fill(0, 0, 3 * length);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i];
    const p = predicted[i];
    ops.add(i, trueAt + t * size);
    ops.add(i, predAt + p * size);
    if (t === p) ops.add(i, tpAt + t * size);
  }
  const tp = ops.int32.slice(tpAt, tpAt + length);
  const trueSum = ops.int32.slice(trueAt, trueAt + length);
  const predSum = ops.int32.slice(predAt, predAt + length);
  const correct = new Int32Array(size);
  for (let c = 0; c < k; c++) for (let j = 0; j < size; j++) correct[j] += tp[c * size + j];
  return { size, k, tp, trueSum, predSum, correct };
}
function correctDelta(ops, size, change, truth, basePredicted, at) {
  const { rows, predicted } = change;
  ops.int32.fill(0, at, at + size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (predicted[r] === truth[i]) ops.add(i, at);
    else if (basePredicted[i] === truth[i]) ops.sub(i, at);
  }
}
function countDeltas(ops, size, k, change, truth, basePredicted, at) {
  const { rows, predicted } = change;
  ops.int32.fill(0, at.tp, at.tp + k * size);
  ops.int32.fill(0, at.predSum, at.predSum + k * size);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const before = basePredicted[i];
    const after = predicted[r];
    ops.sub(i, at.predSum + before * size);
    ops.add(i, at.predSum + after * size);
    if (before === truth[i]) ops.sub(i, at.tp + before * size);
    else if (after === truth[i]) ops.add(i, at.tp + after * size);
  }
}

// src/stats/resample-scoring/losses.ts
var LOSS_KINDS = ["log", "squared", "absolute"];
function lossKind(name) {
  return METRIC_LOSSES[name];
}
var METRIC_LOSSES = {
  log_loss: "log",
  mse: "squared",
  rmse: "squared",
  r2: "squared",
  mae: "absolute"
};
function exampleLosses(kind, preds) {
  if (kind === "log") return exampleLogLosses(preds);
  const { n, yTrue, scores } = preds;
  const loss = new Float64Array(n);
  if (kind === "squared") for (let i = 0; i < n; i++) loss[i] = (yTrue[i] - scores[i]) ** 2;
  else for (let i = 0; i < n; i++) loss[i] = Math.abs(scores[i] - yTrue[i]);
  return loss;
}
function lossChange(base, ablated) {
  let changed = 0;
  let finite2 = true;
  for (let i = 0; i < base.length; i++) {
    if (!Number.isFinite(base[i]) || !Number.isFinite(ablated[i])) finite2 = false;
    if (ablated[i] !== base[i]) changed++;
  }
  if (!finite2) return { all: ablated };
  const rows = new Int32Array(changed);
  const delta = new Float64Array(changed);
  for (let i = 0, j = 0; i < base.length; i++) {
    if (ablated[i] === base[i]) continue;
    rows[j] = i;
    delta[j++] = ablated[i] - base[i];
  }
  return { rows, delta };
}
function weightedSums(block, loss, out) {
  const { size, weights } = block;
  out.fill(0, 0, size);
  for (let i = 0; i < loss.length; i++) {
    const l = loss[i];
    const offset = i * size;
    if (Number.isFinite(l)) {
      for (let j = 0; j < size; j++) out[j] += weights[offset + j] * l;
    } else {
      for (let j = 0; j < size; j++)
        if (weights[offset + j] !== 0) out[j] += weights[offset + j] * l;
    }
  }
}
function ablatedSums(ops, block, baseSums, change, at) {
  const { size } = block;
  const out = ops.float64.subarray(at, at + size);
  if ("all" in change) {
    weightedSums(block, change.all, out);
    return;
  }
  out.fill(0);
  const { rows, delta } = change;
  for (let r = 0; r < rows.length; r++) ops.axpy(rows[r], delta[r], at);
  for (let j = 0; j < size; j++) out[j] += baseSums[j];
}
function spreads(block, y, out) {
  const { size, weights } = block;
  const n = y.length;
  for (let j = 0; j < size; j++) {
    let total = 0;
    let weightedY = 0;
    let first = NaN;
    let constant = true;
    for (let i = 0; i < n; i++) {
      const w = weights[i * size + j];
      if (w === 0) continue;
      if (total === 0) first = y[i];
      else if (y[i] !== first) constant = false;
      total += w;
      weightedY += w * y[i];
    }
    let spread = 0;
    if (!constant) {
      const meanY = weightedY / total;
      for (let i = 0; i < n; i++) {
        const w = weights[i * size + j];
        if (w !== 0) spread += w * (y[i] - meanY) ** 2;
      }
    }
    out[j] = spread;
  }
}
function fromSum(name, sum, n, spread) {
  if (name === "r2") {
    if (!(n >= 2) || Number.isNaN(sum)) return NaN;
    if (sum === 0) return 1;
    if (spread === 0) return 0;
    return 1 - sum / spread;
  }
  const mean2 = n === 0 ? NaN : sum / n;
  return name === "rmse" ? Math.sqrt(mean2) : mean2;
}

// src/stats/resample-scoring/variant.ts
var Baseline = class {
  constructor(metrics, predictions) {
    this.metrics = metrics;
    this.predictions = predictions;
    this.truth = predictions.task === "regression" ? new Int32Array(0) : Int32Array.from(predictions.yTrue);
    if (metrics.includes("roc_auc")) {
      this.columns = rankedColumns(predictions.scores, this.truth, predictions.k);
    }
    for (const name of metrics) {
      this.points.set(name, prepareMetric(name, predictions)());
      const kind = lossKind(name);
      if (kind !== void 0 && !this.losses.has(kind)) {
        this.losses.set(kind, exampleLosses(kind, predictions));
      }
    }
  }
  metrics;
  predictions;
  /** True classes as integers (classification). */
  truth;
  /** Per loss kind the metrics need: every example's baseline loss. */
  losses = /* @__PURE__ */ new Map();
  /** Per block of resamples, its {@link BlockState} (computed by BlockScorer, dropped with the block). */
  blockStates = /* @__PURE__ */ new WeakMap();
  /** Each metric on the whole eval set. */
  points = /* @__PURE__ */ new Map();
  /** ROC AUC's ranked score columns, when it is scored. */
  columns;
  /** An ablated prediction, recorded as its changes (the predictions can then be dropped). */
  record(ablated) {
    const base = this.predictions;
    if (ablated.n !== base.n || ablated.k !== base.k || ablated.task !== base.task) {
      throw new RangeError(
        `ablated predictions of ${ablated.n} \xD7 ${ablated.k} against ${base.n} \xD7 ${base.k}`
      );
    }
    const points = /* @__PURE__ */ new Map();
    for (const name of this.metrics) {
      const columns = name === "roc_auc" ? this.rank(ablated.scores) : void 0;
      points.set(name, columns ? aucOfColumns(columns) : prepareMetric(name, ablated)());
    }
    const variant = { points, losses: /* @__PURE__ */ new Map() };
    if (this.metrics.some(isCountMetric)) variant.flips = flips(base.predicted, ablated.predicted);
    for (const [kind, loss] of this.losses) {
      variant.losses.set(kind, lossChange(loss, exampleLosses(kind, ablated)));
    }
    if (this.metrics.includes("roc_auc")) {
      variant.scores = scoreChange(base.scores, ablated.scores, base.k);
    }
    return variant;
  }
  /** ROC AUC's columns of n × k scores, ranked from the baseline's order. */
  rank(scores) {
    return rankedColumns(scores, this.truth, this.predictions.k, this.columns);
  }
};

// src/metrics/reason.ts
function undefinedReason(name, predictions) {
  if (name !== "roc_auc") return "undefined on these predictions";
  const present = /* @__PURE__ */ new Set();
  for (const y of predictions.yTrue) present.add(y);
  if (present.size <= 1) return "undefined: the true labels hold a single class";
  if (predictions.task === "multiclass" && present.size < predictions.k) {
    const missing = predictions.k - present.size;
    return `undefined: ${missing} of the ${predictions.k} classes have no examples among the true labels (one-vs-rest needs each)`;
  }
  return "undefined on some bootstrap resamples (a resample without every class)";
}

// src/stats/bootstrap.ts
var TWO_POW_16 = 65536;
var TWO_POW_32 = 4294967296;
var TWO_POW_MINUS_32 = 1 / TWO_POW_32;
var EXACT_PRODUCT_LIMIT = 2097152;
function bootstrapCounts(rng, n, out) {
  if (!Number.isInteger(n) || n < 0 || n > out.length || n > TWO_POW_32) {
    throw new RangeError(`bootstrapCounts: n must be an integer in [0, out.length], got ${n}`);
  }
  out.fill(0, 0, n);
  if (n === 0) return;
  const threshold = TWO_POW_32 % n;
  if (n > EXACT_PRODUCT_LIMIT) {
    for (let draw = 0; draw < n; draw++) out[uniformIndex(rng, n, threshold)]++;
    return;
  }
  for (let draw = 0; draw < n; draw++) {
    let product = rng.nextUint32() * n;
    let index = Math.floor(product * TWO_POW_MINUS_32);
    while (product - index * TWO_POW_32 < threshold) {
      product = rng.nextUint32() * n;
      index = Math.floor(product * TWO_POW_MINUS_32);
    }
    out[index]++;
  }
}
function uniformIndex(rng, n, threshold) {
  const nHigh = Math.floor(n / TWO_POW_16);
  const nLow = n - nHigh * TWO_POW_16;
  for (; ; ) {
    const x = rng.nextUint32();
    const upper = x * nHigh;
    const upperHigh = Math.floor(upper / TWO_POW_16);
    const middle = (upper - upperHigh * TWO_POW_16) * TWO_POW_16 + x * nLow;
    const carry = Math.floor(middle * TWO_POW_MINUS_32);
    const low = middle - carry * TWO_POW_32;
    if (low >= threshold) return upperHigh + carry;
  }
}
function percentileInterval(samples, confidence = 0.95) {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new RangeError(`percentileInterval: confidence must be in [0, 1], got ${confidence}`);
  }
  const sorted = sortedWithoutNaN(samples);
  const alpha = (1 - confidence) / 2;
  return [
    quantileSorted(sorted, alpha * 100 / 100),
    quantileSorted(sorted, (1 - alpha) * 100 / 100)
  ];
}
function sortedWithoutNaN(samples) {
  const kept = new Float64Array(samples.length);
  let size = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (!Number.isNaN(s)) kept[size++] = s;
  }
  return kept.subarray(0, size).sort();
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1];
  const previous = Math.floor(virtual);
  const a = sorted[previous];
  const b = sorted[previous + 1];
  const t = virtual - previous;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// src/stats/resample-scoring/rows.wasm.ts
var ROWS_WASM = "AGFzbQEAAAABDgJgA39/fwBgBH9/fH8AAwQDAAABBQMBAAEHKQQGbWVtb3J5AgAHYWRkX3JvdwAAB3N1Yl9yb3cAAQhheHB5X3JvdwACCocDA3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9rgH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBqNgIAIABBAmohACACQQRqIQIMAAsLC3oBAn8gACABQQF0aiEDIAAgAUF8cUEBdGohBAJAA0AgACAETw0BIAIgAv0ABAAgAP0EAwD9sQH9CwQAIABBCGohACACQRBqIQIMAAsLAkADQCAAIANPDQEgAiACKAIAIAAvAQBrNgIAIABBAmohACACQQRqIQIMAAsLC44BAgJ/AXsgAv0UIQYgACABQQF0aiEEIAAgAUF+cUEBdGohBQJAA0AgACAFTw0BIAMgA/0ABAAgAP0EAwD9/wEgBv3yAf3wAf0LBAAgAEEEaiEAIANBEGohAwwACwsCQANAIAAgBE8NASADIAMrAwAgAC8BALggAqKgOQMAIABBAmohACADQQhqIQMMAAsLCw==";

// src/stats/resample-scoring/rows.ts
function rowOps(simd = true) {
  if (simd && module !== void 0) return new WasmRows(module);
  return new JsRows();
}
var module = compileKernels(ROWS_WASM);
var JsRows = class {
  size = 0;
  weights = new Uint16Array(0);
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  load(block, int32s, float64s) {
    this.size = block.size;
    this.weights = block.weights;
    if (this.int32.length < int32s) this.int32 = new Int32Array(int32s);
    if (this.float64.length < float64s) this.float64 = new Float64Array(float64s);
  }
  add(example, at) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at + j] += weights[offset + j];
  }
  sub(example, at) {
    const { size, weights, int32 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) int32[at + j] -= weights[offset + j];
  }
  axpy(example, d, at) {
    const { size, weights, float64 } = this;
    const offset = example * size;
    for (let j = 0; j < size; j++) float64[at + j] += weights[offset + j] * d;
  }
};
var WasmRows = class {
  exports;
  size = 0;
  rowBytes = 0;
  int32Address = 0;
  float64Address = 0;
  int32 = new Int32Array(0);
  float64 = new Float64Array(0);
  constructor(module2) {
    this.exports = instantiate(module2);
  }
  load(block, int32s, float64s) {
    const { memory } = this.exports;
    const weightBytes = align(block.weights.byteLength);
    this.int32Address = weightBytes;
    this.float64Address = weightBytes + align(4 * int32s);
    const needed = this.float64Address + 8 * float64s;
    if (needed > memory.buffer.byteLength) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
    }
    new Uint16Array(memory.buffer, 0, block.weights.length).set(block.weights);
    this.int32 = new Int32Array(memory.buffer, this.int32Address, int32s);
    this.float64 = new Float64Array(memory.buffer, this.float64Address, float64s);
    this.size = block.size;
    this.rowBytes = 2 * block.size;
  }
  add(example, at) {
    this.exports.add_row(example * this.rowBytes, this.size, this.int32Address + 4 * at);
  }
  sub(example, at) {
    this.exports.sub_row(example * this.rowBytes, this.size, this.int32Address + 4 * at);
  }
  axpy(example, d, at) {
    this.exports.axpy_row(example * this.rowBytes, this.size, d, this.float64Address + 8 * at);
  }
};
function align(bytes) {
  return Math.ceil(bytes / 16) * 16;
}

// src/stats/resample-scoring/scorer.ts
var BlockScorer = class {
  /** `simd: false` forces the JavaScript row kernels (they give the same numbers). */
  constructor(baseline, options = {}) {
    this.baseline = baseline;
    this.ops = rowOps(options.simd ?? true);
    const { k } = baseline.predictions;
    for (const name of baseline.metrics) {
      if (isCountMetric(name))
        this.readers.set(name, countReader(name, baseline.predictions, void 0));
    }
    this.scratch = {
      k,
      total: baseline.predictions.n,
      tp: new Float64Array(k),
      trueSum: new Float64Array(k),
      predSum: new Float64Array(k)
    };
  }
  baseline;
  block;
  counts;
  sums = /* @__PURE__ */ new Map();
  spread;
  baseValues = /* @__PURE__ */ new Map();
  readers = /* @__PURE__ */ new Map();
  // Per-variant work shared by the metrics that read it, for the last variant scored.
  last;
  lastCorrect = false;
  lastDeltas = false;
  lastSums = /* @__PURE__ */ new Set();
  scratch;
  ops;
  /** Starts a block: the baseline's state on each of its resamples (kept with the block). */
  begin(block) {
    this.block = block;
    this.last = void 0;
    const k = this.baseline.predictions.k;
    this.ops.load(block, block.size * (1 + 3 * k), block.size * LOSS_KINDS.length);
    let state = this.baseline.blockStates.get(block);
    if (state === void 0) {
      state = this.baselineState(block);
      this.baseline.blockStates.set(block, state);
    }
    this.counts = state.counts;
    this.sums = state.sums;
    this.spread = state.spread;
    this.baseValues = state.baseValues;
  }
  baselineState(block) {
    const { predictions, truth, metrics, losses } = this.baseline;
    const counts = metrics.some(isCountMetric) ? blockCounts(this.ops, block.size, truth, predictions.predicted, predictions.k) : void 0;
    const sums = /* @__PURE__ */ new Map();
    for (const [kind, loss] of losses) {
      const into = new Float64Array(block.size);
      weightedSums(block, loss, into);
      sums.set(kind, into);
    }
    let spread;
    if (metrics.includes("r2")) {
      spread = new Float64Array(block.size);
      spreads(block, predictions.yTrue, spread);
    }
    return { counts, sums, spread, baseValues: /* @__PURE__ */ new Map() };
  }
  /** The baseline's `name` on each resample of the block, into `out[first + j]`. */
  scoreBaseline(name, out) {
    const reader = this.readers.get(name);
    if (reader !== void 0) {
      const { tp, predSum } = this.counts;
      this.readCounts(name, reader, tp, predSum, void 0, out);
    } else if (name === "roc_auc") {
      this.auc(this.baseline.columns, out);
    } else {
      this.fromSums(name, this.sums.get(lossKind(name)), out);
    }
  }
  /** A variant's `name` on each resample of the block, into `out[first + j]`. */
  scoreVariant(name, variant, out) {
    const block = this.current();
    if (this.last !== variant) {
      this.last = variant;
      this.lastCorrect = false;
      this.lastDeltas = false;
      this.lastSums.clear();
    }
    const { truth, predictions } = this.baseline;
    const { size, first } = block;
    const { k } = predictions;
    if (unchanged(name, variant)) {
      out.set(this.baselineValues(name), first);
      return;
    }
    const reader = this.readers.get(name);
    const ops = this.ops;
    if (name === "accuracy" || name === "error_rate") {
      if (!this.lastCorrect) {
        correctDelta(ops, size, variant.flips, truth, predictions.predicted, 0);
        this.lastCorrect = true;
      }
      const { correct } = this.counts;
      const delta = ops.int32;
      const n = predictions.n;
      for (let j = 0; j < size; j++) {
        const accuracy2 = (correct[j] + delta[j]) / n;
        out[first + j] = name === "accuracy" ? accuracy2 : 1 - accuracy2;
      }
    } else if (reader !== void 0) {
      const at = { tp: size, predSum: size * (1 + k) };
      if (!this.lastDeltas) {
        countDeltas(ops, size, k, variant.flips, truth, predictions.predicted, at);
        this.lastDeltas = true;
      }
      const deltas = {
        tp: ops.int32.subarray(at.tp, at.tp + k * size),
        predSum: ops.int32.subarray(at.predSum, at.predSum + k * size)
      };
      const { tp, predSum } = this.counts;
      this.readCounts(name, reader, tp, predSum, deltas, out);
    } else if (name === "roc_auc") {
      const scores = applyScoreChange(predictions.scores, variant.scores, predictions.k);
      this.auc(this.baseline.rank(scores), out);
    } else {
      const kind = lossKind(name);
      const at = LOSS_KINDS.indexOf(kind) * size;
      if (!this.lastSums.has(kind)) {
        ablatedSums(ops, block, this.sums.get(kind), variant.losses.get(kind), at);
        this.lastSums.add(kind);
      }
      this.fromSums(name, ops.float64.subarray(at, at + size), out);
    }
  }
  baselineValues(name) {
    const { first, size } = this.current();
    let values = this.baseValues.get(name);
    if (values === void 0) {
      const into = new Float64Array(first + size);
      this.scoreBaseline(name, into);
      values = into.subarray(first);
      this.baseValues.set(name, values);
    }
    return values;
  }
  current() {
    if (this.block === void 0) throw new Error("BlockScorer: begin a block first");
    return this.block;
  }
  readCounts(name, reader, tp, predSum, deltas, out) {
    const { size, first } = this.current();
    const { trueSum } = this.counts;
    const counts = this.scratch;
    const k = counts.k;
    const base = deltas === void 0 ? void 0 : this.baselineValues(name);
    for (let j = 0; j < size; j++) {
      if (deltas !== void 0) {
        let touched = false;
        for (let c = 0; c < k && !touched; c++) {
          touched = deltas.tp[c * size + j] !== 0 || deltas.predSum[c * size + j] !== 0;
        }
        if (!touched) {
          out[first + j] = base[j];
          continue;
        }
      }
      for (let c = 0; c < k; c++) {
        const at = c * size + j;
        counts.tp[c] = deltas === void 0 ? tp[at] : tp[at] + deltas.tp[at];
        counts.predSum[c] = deltas === void 0 ? predSum[at] : predSum[at] + deltas.predSum[at];
        counts.trueSum[c] = trueSum[at];
      }
      out[first + j] = counts.total === 0 ? NaN : reader(counts);
    }
  }
  auc(columns, out) {
    const { size, first } = this.current();
    const values = new Float64Array(size);
    blockAuc(this.current(), columns, values);
    out.set(values, first);
  }
  fromSums(name, sums, out) {
    const { size, first } = this.current();
    const n = this.baseline.predictions.n;
    for (let j = 0; j < size; j++)
      out[first + j] = fromSum(name, sums[j], n, this.spread?.[j] ?? 0);
  }
};
function unchanged(name, variant) {
  if (isCountMetric(name)) return variant.flips.rows.length === 0;
  if (name === "roc_auc") return variant.scores.rows.length === 0;
  const change = variant.losses.get(lossKind(name));
  return "rows" in change && change.rows.length === 0;
}

// src/stats/contributions.ts
function scoreBaseline(name, baseline, resamples) {
  if (!(baseline instanceof Baseline)) baseline = new Baseline([name], baseline);
  const scorer = new BlockScorer(baseline);
  const samples = new Float64Array(resamples.count);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    scorer.scoreBaseline(name, samples);
  }
  return {
    name,
    value: baseline.points.get(name),
    samples,
    reason: undefinedReason(name, baseline.predictions)
  };
}
function baselineEstimate(metric, confidence) {
  const ci = percentileInterval(metric.samples, confidence);
  if (!Number.isFinite(metric.value) || !finite(ci)) {
    return { value: null, reason: metric.reason };
  }
  return { value: metric.value, ci };
}
function scoreContributions(bases, baseline, components, resamples, options) {
  const B = resamples.count;
  const scores = components.map(
    (component) => bases.map(() => component.ablated.map(() => new Float64Array(B)))
  );
  const scorer = new BlockScorer(baseline);
  for (const block of resamples.blocks()) {
    scorer.begin(block);
    components.forEach((component, c) => {
      component.ablated.forEach((variant, r) => {
        bases.forEach((base, m) => scorer.scoreVariant(base.name, variant, scores[c][m][r]));
      });
    });
  }
  const results = /* @__PURE__ */ new Map();
  components.forEach((component, c) => {
    const repeats = component.ablated.length;
    const picks = repeatPicks(options.seed, component.id, repeats, B);
    const record = {};
    bases.forEach((base, m) => {
      const values = new Float64Array(B);
      const effects = new Float64Array(B);
      const sign = METRICS[base.name].higherIsBetter ? 1 : -1;
      const byRepeat = scores[c][m];
      for (let b = 0; b < B; b++) {
        let sum = 0;
        for (let r = 0; r < repeats; r++) sum += byRepeat[picks[b * repeats + r]][b];
        values[b] = sum / repeats;
        effects[b] = sign * (base.samples[b] - values[b]);
      }
      const point = mean(component.ablated.map((v) => v.points.get(base.name)));
      record[base.name] = summarise({ base, sign, point, values, effects }, options.confidence);
    });
    results.set(component.id, record);
  });
  return results;
}
function repeatPicks(seed, id, repeats, count) {
  const picks = new Int32Array(count * repeats);
  if (repeats === 1) return picks;
  const rng = Rng.stream(seed, "repeats", id);
  for (let i = 0; i < picks.length; i++) picks[i] = rng.int(repeats);
  return picks;
}
function summarise(job, confidence) {
  const { base, point } = job;
  if (!Number.isFinite(base.value)) return { value: null, reason: base.reason };
  if (!Number.isFinite(point))
    return { value: null, reason: "undefined on the ablated predictions" };
  const valueCi = percentileInterval(job.values, confidence);
  const ci = percentileInterval(job.effects, confidence);
  if (!finite(valueCi) || !finite(ci)) {
    return { value: null, reason: base.reason };
  }
  return { value: point, valueCi, contribution: job.sign * (base.value - point), ci };
}
function finite([low, high]) {
  return Number.isFinite(low) && Number.isFinite(high);
}
function mean(values) {
  if (values.every((v) => v === values[0])) return values[0];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

// src/data/formats.ts
var DATA_FORMATS = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json"
};
var EXTENSIONS = Object.keys(DATA_FORMATS);
var DATA_EXTENSIONS_TEXT = `${EXTENSIONS.slice(0, -1).join(", ")} or ${EXTENSIONS[EXTENSIONS.length - 1]}`;
function dataFormat(extension) {
  const lower = extension.toLowerCase();
  return Object.prototype.hasOwnProperty.call(DATA_FORMATS, lower) ? DATA_FORMATS[lower] : void 0;
}

export {
  METRICS,
  METRIC_NAMES,
  isMetricName,
  metricApplies,
  classCounter,
  exampleLogLosses,
  prepareMetric,
  computeMetric,
  proportionCounts,
  toPredictions,
  bootstrapCounts,
  percentileInterval,
  BlockScorer,
  Baseline,
  scoreBaseline,
  baselineEstimate,
  scoreContributions,
  finite,
  DATA_EXTENSIONS_TEXT,
  dataFormat
};
