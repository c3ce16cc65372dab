/**
 * The share of the time limit a reduced plan aims at: the rest absorbs the
 * estimate's error, the model unit tests and writing the results.
 */
export const TARGET_SHARE = 0.9;
/** Repeats are never reduced below this (one repeat has no spread to fold in). */
export const MIN_REPEATS = 2;

/** Work of one kind (layer or feature ablations) and what one unit of it costs. */
export interface WorkClass {
  /** Components evaluated once. */
  deterministic: number;
  /** Components evaluated `repeats` times. */
  stochastic: number;
  /** Seconds of one ablated forward pass over all rows, scored. */
  unit: number;
}

/** What the timed sample says, and the plan as configured. */
export interface BudgetInput {
  /** Seconds. */
  limit: number;
  /** Seconds already spent (loading, the timed sample). */
  elapsed: number;
  /** Seconds of the work every plan does over all rows (the baseline, scored). */
  fixed: number;
  work: WorkClass[];
  rows: number;
  repeats: number;
  /** Fewest rows a subsample may keep. */
  minRows: number;
}

/** The plan that fits, and what it costs. */
export interface BudgetPlan {
  /** Seconds the plan as configured would take, `elapsed` included. */
  estimate: number;
  /** Seconds the reduced plan should take. */
  planned: number;
  repeats: number;
  rows: number;
  /** Whether `planned` is within the target share of the limit. */
  fits: boolean;
}

/**
 * Chooses the largest plan that fits the time limit: time is `elapsed` plus
 * the fixed work and every unit, linear in the rows. First repeats are
 * reduced (not below 2), then rows are subsampled (not below `minRows`).
 * When even that does not fit, the plan says so (`fits: false`) and the
 * run's deadline leaves the components it cannot reach unevaluated.
 */
export function planBudget(input: BudgetInput): BudgetPlan {
  const target = TARGET_SHARE * input.limit;
  const perRow = (repeats: number): number =>
    (input.fixed +
      input.work.reduce((sum, w) => sum + (w.deterministic + w.stochastic * repeats) * w.unit, 0)) /
    input.rows;
  const cost = (rows: number, repeats: number): number => input.elapsed + rows * perRow(repeats);
  const estimate = cost(input.rows, input.repeats);
  const plan = (rows: number, repeats: number): BudgetPlan => {
    const planned = cost(rows, repeats);
    return { estimate, planned, repeats, rows, fits: planned <= target };
  };
  if (estimate <= target) return plan(input.rows, input.repeats);
  // Fewer repeats save nothing when no component is repeated.
  const repeated = input.work.some((w) => w.stochastic > 0);
  const floor = repeated ? Math.min(input.repeats, MIN_REPEATS) : input.repeats;
  for (let repeats = input.repeats - 1; repeats >= floor; repeats--) {
    if (cost(input.rows, repeats) <= target) return plan(input.rows, repeats);
  }
  const rows = Math.floor((target - input.elapsed) / perRow(floor));
  return plan(Math.min(input.rows, Math.max(input.minRows, rows)), floor);
}
