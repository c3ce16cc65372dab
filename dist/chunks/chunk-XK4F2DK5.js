import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-YSKLVAJM.js";

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

export {
  checkFiniteOutputs,
  runOutputsProblem,
  readCachedRun
};
