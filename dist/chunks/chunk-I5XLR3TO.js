import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  InputError
} from "./chunk-YSKLVAJM.js";

// src/shard/plan.ts
function parseShard(text, where) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match === null ? NaN : Number(match[1]);
  const count = match === null ? NaN : Number(match[2]);
  if (!(count >= 1 && index >= 1 && index <= count && Number.isSafeInteger(count))) {
    throw new InputError(`expected I/N with 1 \u2264 I \u2264 N (e.g. 2/3), got "${text}"`, { where });
  }
  return { index, count };
}
function componentCost(component, repeats) {
  if (component.notApplicable !== void 0) return 0;
  return component.stochastic ? repeats : 1;
}
function shardComponents(components, repeats, shard) {
  const shards = shardOf(components, repeats, shard.count);
  return components.filter((_, i) => shards[i] === shard.index);
}
function shardOf(components, repeats, count) {
  return shardOfCosts(
    components.map((c) => componentCost(c, repeats)),
    count
  );
}
function shardVariants(variants, seeds, shard) {
  const shards = shardOfCosts(
    variants.map(() => seeds),
    shard.count
  );
  return variants.filter((_, i) => shards[i] === shard.index);
}
function shardOfCosts(costs, count) {
  const total = costs.reduce((a, b) => a + b, 0);
  const shards = new Int32Array(costs.length);
  let before = 0;
  costs.forEach((cost, i) => {
    const position = total === 0 ? (i + 0.5) / costs.length : (before + cost / 2) / total;
    shards[i] = Math.min(count, Math.floor(position * count) + 1);
    before += cost;
  });
  return shards;
}

export {
  parseShard,
  shardComponents,
  shardVariants
};
