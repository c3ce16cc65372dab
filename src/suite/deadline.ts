/**
 * How an evaluation keeps a time limit's deadline: the chunks it checks the
 * deadline before, and how long past it scoring may run. The plan that fits
 * the limit is budget/'s; these are the rules the evaluation keeps.
 */

/** Under a time limit a run evaluates its components in about this many chunks, checking the deadline before each. */
export const CHUNKS = 20;
/**
 * Seconds a run under a time limit may take past it: scoring what was
 * evaluated before the deadline, the model unit tests, writing the results.
 * Chunks evaluated but not yet scored this long after the deadline are
 * reported as not evaluated instead.
 */
export function graceSeconds(limit: number): number {
  return Math.max(5, 0.1 * limit);
}
