import type { Component } from '../ablation/plan.js';
import { planUnits } from '../ablation/units.js';

/**
 * Where the chunks of a plan end, as shares of its evaluations: halving
 * toward the end (1/2, 1/4, 1/8, 1/16, 1/16), so that what is left to
 * score once the last unit is back (the tail, when the workers have
 * nothing left to do) is a sixteenth, in five chunks only: each chunk
 * costs the main thread more than its share (a pass over the resamples,
 * and scoring code compiled again after a long evaluation).
 */
export const CHUNK_ENDS = [1 / 2, 3 / 4, 7 / 8, 15 / 16];

/** The plan being chunked. */
export interface ChunkedPlan {
  components: readonly Component[];
  repeats: number;
  n: number;
  rowsPerPass: number;
}

/** What bounds a chunk. */
export interface ChunkBounds {
  /** Bytes of outputs of one evaluation (a component's repeat over all rows). */
  bytesPerEvaluation: number;
  /** Bytes of outputs one chunk may hold. */
  maxBytes: number;
  /** Evaluations one chunk may hold (a time limit's). */
  maxUnits: number;
  /** Shares of the plan's evaluations at which chunks end (default `CHUNK_ENDS`). */
  ends?: readonly number[];
}

/**
 * Splits the component `indices` into chunks that end near the `ends`
 * shares of the evaluations, each between the feature units of the whole
 * plan (so that a chunk stacks the same feature passes as the whole plan
 * does), or earlier when the memory or a time limit bounds them.
 */
export function chunkIndices(
  plan: ChunkedPlan,
  indices: readonly number[],
  bounds: ChunkBounds,
): number[][] {
  const count = (i: number): number => (plan.components[i].stochastic ? plan.repeats : 1);
  const total = indices.reduce((sum, i) => sum + count(i), 0);
  const targets = (bounds.ends ?? CHUNK_ENDS).map((share) => Math.ceil(share * total));
  const clean = unitBoundaries(plan, indices);
  const result: number[][] = [];
  let current: number[] = [];
  let chunkStart = 0;
  let done = 0;
  for (const [k, i] of indices.entries()) {
    const size = count(i);
    if (current.length > 0) {
      const evaluations = done - chunkStart;
      const forced =
        (evaluations + size) * bounds.bytesPerEvaluation > bounds.maxBytes ||
        evaluations + size > bounds.maxUnits;
      const target = targets.find((t) => t > chunkStart) ?? Infinity;
      if (forced || (clean[k] && done >= target)) {
        result.push(current);
        current = [];
        chunkStart = done;
      }
    }
    current.push(i);
    done += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * Per position k of `indices`: whether a cut before it falls between the
 * feature units of the whole plan (no unit stacks segments of components
 * on both sides). Layer units need no such care: each of their jobs is a
 * pass of its own, however they are grouped.
 */
function unitBoundaries(plan: ChunkedPlan, indices: readonly number[]): boolean[] {
  const units = planUnits(plan.components, indices, plan.repeats, plan.n, plan.rowsPerPass);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  units.forEach((unit, u) => {
    if (unit.on !== 'features') return;
    for (const { component } of unit.segments) {
      if (!first.has(component)) first.set(component, u);
      last.set(component, u);
    }
  });
  const clean = indices.map(() => false);
  const after = new Array<number>(indices.length + 1).fill(Infinity);
  for (let k = indices.length - 1; k >= 0; k--) {
    after[k] = Math.min(after[k + 1], first.get(indices[k]) ?? Infinity);
  }
  let before = -Infinity;
  for (let k = 0; k < indices.length; k++) {
    clean[k] = k > 0 && before < after[k];
    before = Math.max(before, last.get(indices[k]) ?? -Infinity);
  }
  return clean;
}
