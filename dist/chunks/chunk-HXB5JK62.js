import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  adjustForMultipleComparisons,
  resultsProblem
} from "./chunk-MSJCR2B5.js";

// src/results/build.ts
function buildResults(parts) {
  const metrics = parts.baseline.metrics.map((m) => m.name);
  adjustForMultipleComparisons(
    parts.components.map((c) => c.metrics),
    metrics
  );
  if (parts.retrain !== void 0)
    adjustForMultipleComparisons(
      parts.retrain.components.map((c) => c.metrics),
      metrics
    );
  const { baseline } = parts;
  const results = {
    schemaVersion: 1,
    suite: parts.suite,
    source: {
      commit: parts.source.commit,
      ref: parts.source.ref,
      configHash: parts.source.configHash,
      modelHash: parts.source.modelHash,
      dataHash: parts.source.dataHash
    },
    run: runInOrder(parts.run),
    timing: parts.timing,
    task: baseline.task,
    classes: baseline.classes,
    data: baseline.data,
    metrics: baseline.metrics,
    baseline: baseline.baseline,
    // A group is defined once, not its members listed per mode (image groups have thousands).
    ...parts.groups === void 0 || parts.groups.length === 0 ? {} : { groups: parts.groups },
    components: [...parts.components, ...parts.retrain?.components ?? []],
    tests: baseline.tests,
    ...parts.sensitivity === void 0 ? {} : { sensitivity: parts.sensitivity },
    predictions: baseline.predictions,
    ...parts.retrain === void 0 ? {} : { retrain: parts.retrain.retrain }
  };
  const problem = resultsProblem(results);
  if (problem !== void 0) {
    throw new Error(`the results document built is invalid (${problem}): a bug, please report it`);
  }
  return results;
}
function runInOrder(run) {
  return {
    seed: run.seed,
    repeats: run.repeats,
    resamples: run.resamples,
    confidence: run.confidence,
    backend: run.backend,
    ...run.runtime === void 0 ? {} : { runtime: run.runtime },
    ...run.predictionsFrom === void 0 ? {} : { predictionsFrom: run.predictionsFrom },
    shard: run.shard,
    ...run.budget === void 0 ? {} : { budget: run.budget },
    gate: run.gate
  };
}

export {
  buildResults
};
