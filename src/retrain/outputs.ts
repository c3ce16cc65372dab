import type { RunCache } from '../cache/store.js';
import type { Task } from '../config/types.js';
import { describeNonFinite, firstNonFinite } from '../model/finite.js';

/** The eval data a training run's outputs must fit. */
export interface OutputShape {
  n: number;
  task: Task;
  classes?: readonly string[] | undefined;
}

/** The widths a task's outputs may have, in words and as a test. */
function widthRule(shape: OutputShape): { fits: (width: number) => boolean; words: string } {
  switch (shape.task) {
    case 'regression':
      return { fits: (w) => w === 1, words: 'a regression task needs 1' };
    case 'binary':
      return { fits: (w) => w === 1 || w === 2, words: 'a binary task needs 1 (sigmoid) or 2' };
    case 'multiclass': {
      const k = shape.classes?.length ?? 0;
      return { fits: (w) => w === k, words: `a multiclass task of ${k} classes needs ${k}` };
    }
  }
}

/**
 * Why a training run's eval outputs (n × width, row-major) cannot be
 * scored, or undefined: a width that does not fit the task, a count that
 * is not one row per eval example, or a value that is NaN or ±Infinity (a
 * diverged model; a command's 1e39 is Infinity as a 32-bit float).
 */
export function runOutputsProblem(
  outputs: Float32Array,
  width: number,
  shape: OutputShape,
): string | undefined {
  const rule = widthRule(shape);
  if (!rule.fits(width)) return `${width} outputs per example; ${rule.words}`;
  if (outputs.length !== shape.n * width) {
    return `${outputs.length / width} rows of outputs for ${shape.n} eval examples`;
  }
  const found = firstNonFinite(outputs, width);
  if (found === undefined) return undefined;
  return `${describeNonFinite(found, width)}; training must give finite outputs (did it diverge?)`;
}

/** A run served from the cache, as the statistics need it. */
export interface CachedSeedRun {
  status: 'ok' | 'timed-out';
  ms: number;
  trainMs: number | null;
  outputs?: Float32Array;
  width?: number;
}

/**
 * The cached run of `key`, when its entry is well formed and its outputs fit
 * the eval data (one finite row per example, a width the task takes); else
 * undefined, with a warning for an entry that was there but cannot be used.
 */
export async function readCachedRun(
  cache: RunCache,
  key: string,
  evalData: OutputShape,
  warn: (message: string) => void,
  shown: (file: string) => string,
): Promise<CachedSeedRun | undefined> {
  const read = await cache.read(key);
  const problem =
    read.entry === undefined
      ? read.problem
      : read.outputs === undefined
        ? undefined
        : runOutputsProblem(read.outputs, read.entry.width, evalData);
  if (problem !== undefined) {
    warn(`the cache entry ${shown(cache.file(key))} ${problem}; not used, training again`);
    return undefined;
  }
  if (read.entry === undefined) return undefined;
  const { status, ms, trainMs, width } = read.entry;
  return status === 'ok'
    ? { status, ms, trainMs, outputs: read.outputs, width }
    : { status, ms, trainMs: null };
}
