import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  buildResults
} from "./chunk-HXB5JK62.js";
import {
  shardVariants
} from "./chunk-I5XLR3TO.js";
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/shard/merge.ts
var SHARED = [
  ["suite", (r) => r.suite],
  // Retrain settings first: a clearer line than the config hash they also change.
  ["retrain", (r) => r.retrain === void 0 ? "none" : "present"],
  ["retrain.seeds", (r) => r.retrain?.seeds],
  ["retrain.timeLimitMs", (r) => r.retrain?.timeLimitMs],
  ["retrain.method", (r) => r.retrain?.method],
  ["retrain.variants", (r) => r.retrain?.variants],
  ["source.commit", (r) => r.source.commit],
  ["source.ref", (r) => r.source.ref],
  ["source.configHash", (r) => r.source.configHash],
  ["source.modelHash", (r) => r.source.modelHash],
  ["source.dataHash", (r) => r.source.dataHash],
  ["run.seed", (r) => r.run.seed],
  ["run.repeats", (r) => r.run.repeats],
  ["run.resamples", (r) => r.run.resamples],
  ["run.confidence", (r) => r.run.confidence],
  ["run.backend", (r) => r.run.backend],
  ["run.shard.count", (r) => r.run.shard?.count],
  ["run.gate", (r) => r.run.gate],
  ["task", (r) => r.task],
  ["classes", (r) => r.classes],
  ["metrics", (r) => r.metrics],
  ["data", (r) => r.data],
  ["baseline", (r) => r.baseline],
  // Every shard defines every group of the plan (none in documents written before).
  ["groups", (r) => r.groups],
  ["tests", (r) => r.tests],
  ["predictions", (r) => r.predictions],
  // The retrained baseline is trained in every shard: the same seeds, statuses and scores
  // (its times and `cached` are not deterministic, like `timing`).
  ["retrain.baseline.metrics", (r) => r.retrain?.baseline.metrics],
  [
    "retrain.baseline.runs",
    (r) => r.retrain?.baseline.runs.map(({ seed, status, metrics }) => ({ seed, status, metrics }))
  ]
];
function mergeShards(shards) {
  if (shards.length === 0) throw new InputError("merge needs the results of every shard");
  for (const { file, results } of shards) {
    if (results.run.shard === null) {
      throw new InputError("not a shard: run.shard is null (a whole run needs no merge)", {
        file,
        where: "run.shard"
      });
    }
  }
  const [first] = shards;
  for (const shard of shards.slice(1)) {
    for (const [key, read] of SHARED) {
      if (JSON.stringify(read(shard.results)) !== JSON.stringify(read(first.results))) {
        throw new InputError(
          `differs from ${first.file} (${show(read(shard.results))} vs ${show(read(first.results))}): shards of different runs`,
          { file: shard.file, where: key }
        );
      }
    }
  }
  const count = first.results.run.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    const { index } = shard.results.run.shard;
    if (!(index >= 1 && index <= count)) {
      throw new InputError(`shard ${index} of ${count} does not exist (1 to ${count})`, {
        file: shard.file,
        where: "run.shard.index"
      });
    }
    checkRetrainRange(shard);
    const other = byIndex.get(index);
    if (other !== void 0) {
      throw new InputError(`shard ${index}/${count} again (also ${other.file})`, {
        file: shard.file,
        where: "run.shard.index"
      });
    }
    byIndex.set(index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new InputError(
      `missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} (given: ${shards.map((s) => s.file).join(", ")})`,
      { where: "run.shard" }
    );
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
  const seen = /* @__PURE__ */ new Map();
  const joined = ordered.flatMap(
    ({ file, results }) => results.components.map((component) => {
      const other = seen.get(component.id);
      if (other !== void 0) {
        throw new InputError(`component ${component.id} is also in ${other}`, {
          file,
          where: "components"
        });
      }
      seen.set(component.id, file);
      return structuredClone(component);
    })
  );
  const evaluated = joined.filter((c) => c.kind !== "retrain");
  const retrained = joined.filter((c) => c.kind === "retrain");
  const untrained = (first.results.retrain?.variants ?? []).filter(
    (name) => !seen.has(`retrain:${name}:retrain`)
  );
  if (untrained.length > 0) {
    throw new InputError(
      `no shard holds ${untrained.join(", ")} (given: ${shards.map((s) => s.file).join(", ")})`,
      { where: "retrain.variants" }
    );
  }
  const budgets = shards.map((s) => s.results.run.budget).filter((b) => b !== void 0);
  const budget = budgets.length === 0 ? void 0 : {
    ...budgets[0],
    estimate: Math.max(...budgets.map((b) => b.estimate)),
    notEvaluated: budgets.reduce((sum, b) => sum + b.notEvaluated, 0)
  };
  const started = Math.min(...shards.map((s) => Date.parse(s.results.timing.startedAt)));
  const whole = structuredClone(first.results);
  return buildResults({
    suite: whole.suite,
    source: whole.source,
    run: { ...whole.run, shard: null, ...budget === void 0 ? {} : { budget } },
    timing: {
      startedAt: new Date(started).toISOString(),
      durationMs: Math.max(...shards.map((s) => s.results.timing.durationMs))
    },
    baseline: whole,
    ...whole.groups === void 0 ? {} : { groups: whole.groups },
    components: evaluated,
    ...whole.retrain === void 0 ? {} : { retrain: { components: retrained, retrain: whole.retrain } },
    // Shard 1's document alone holds the sensitivity curves (suite/sensitivity-stage.ts).
    ...ordered[0].results.sensitivity === void 0 ? {} : { sensitivity: structuredClone(ordered[0].results.sensitivity) }
  });
}
function checkRetrainRange({ file, results }) {
  const retrain = results.retrain;
  const held = results.components.filter((c) => c.kind === "retrain").map((c) => c.id);
  if (retrain?.variants === void 0) {
    if (held.length > 0 && retrain === void 0) {
      throw new InputError(`component ${held[0]} in a run without retrain`, {
        file,
        where: "components"
      });
    }
    return;
  }
  const expected = shardVariants(retrain.variants, retrain.seeds.length, results.run.shard).map(
    (name) => `retrain:${name}:retrain`
  );
  const stranger = held.find((id) => !expected.includes(id));
  if (stranger !== void 0) {
    const ours = expected.length === 0 ? "none" : expected.join(", ");
    throw new InputError(
      `component ${stranger} is not one of this shard's retrain variants (${ours})`,
      { file, where: "components" }
    );
  }
}
function show(value) {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 40 ? `${text.slice(0, 37)}\u2026` : text;
}

export {
  mergeShards
};
