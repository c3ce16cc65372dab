import type { Component } from '../ablation/plan.js';
import { InputError } from '../errors.js';

/** One shard of a plan: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `I/N` (`--shard 2/3`, the Action's `shard: 2/3`): whole numbers with
 * 1 ≤ I ≤ N. A bad value is an input error naming `where`.
 */
export function parseShard(text: string, where: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match === null ? NaN : Number(match[1]);
  const count = match === null ? NaN : Number(match[2]);
  if (!(count >= 1 && index >= 1 && index <= count && Number.isSafeInteger(count))) {
    throw new InputError(`expected I/N with 1 ≤ I ≤ N (e.g. 2/3), got "${text}"`, { where });
  }
  return { index, count };
}

/**
 * The estimated cost of evaluating a component, in forward passes over the
 * eval set: its repeats when it draws random numbers, else one; nothing when
 * it is not applicable.
 */
export function componentCost(component: Component, repeats: number): number {
  if (component.notApplicable !== undefined) return 0;
  return component.stochastic ? repeats : 1;
}

/**
 * The components shard `index` of `count` evaluates: a contiguous range of
 * the plan, so that joining the shards in shard order gives the plan back.
 * The ranges balance the estimated cost: a component goes to the shard in
 * which the midpoint of its cost falls, along the plan's cumulative cost.
 * A pure function of the plan, the repeats and the shard, so every shard of
 * a matrix computes the same split without talking to the others.
 */
export function shardComponents(
  components: readonly Component[],
  repeats: number,
  shard: Shard,
): Component[] {
  const shards = shardOf(components, repeats, shard.count);
  return components.filter((_, i) => shards[i] === shard.index);
}

/** The shard (1-based) of every component of the plan, in plan order. */
export function shardOf(
  components: readonly Component[],
  repeats: number,
  count: number,
): Int32Array {
  return shardOfCosts(
    components.map((c) => componentCost(c, repeats)),
    count,
  );
}

/**
 * The retrain variants shard `index` of `count` trains: a contiguous range
 * of the config's variants, split like the components, each costing its
 * seeds (the baseline's seeds are trained in every shard, like the
 * evaluation-time baseline). Independent of the evaluation-time split.
 */
export function shardVariants<T>(variants: readonly T[], seeds: number, shard: Shard): T[] {
  const shards = shardOfCosts(
    variants.map(() => seeds),
    shard.count,
  );
  return variants.filter((_, i) => shards[i] === shard.index);
}

/**
 * The shard (1-based) of every item of a list with these costs: an item
 * goes to the shard in which the midpoint of its cost falls, along the
 * list's cumulative cost.
 */
export function shardOfCosts(costs: readonly number[], count: number): Int32Array {
  const total = costs.reduce((a, b) => a + b, 0);
  const shards = new Int32Array(costs.length);
  let before = 0;
  costs.forEach((cost, i) => {
    // With nothing to evaluate, split the list itself evenly.
    const position = total === 0 ? (i + 0.5) / costs.length : (before + cost / 2) / total;
    shards[i] = Math.min(count, Math.floor(position * count) + 1);
    before += cost;
  });
  return shards;
}
