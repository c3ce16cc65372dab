import type { RunBudget } from './types.js';

/**
 * The project's one duration format, from seconds: `0.85 s`, `90 s`, `10.5 min`, `1.2 h`
 * (two significant digits under 100 s, three above). The report, the progress lines, the
 * notices and the results document all show durations with it.
 */
export function showDuration(seconds: number): string {
  if (seconds < 100) return `${Number(seconds.toPrecision(2))} s`;
  if (seconds < 6000) return `${Number((seconds / 60).toPrecision(3))} min`;
  return `${Number((seconds / 3600).toPrecision(3))} h`;
}

/** One line saying what the time limit changed, for stderr, the log and the report. */
export function budgetNotice(budget: RunBudget): string {
  const head = `time limit ${showDuration(budget.limit)}: the plan as configured needs an estimated ${showDuration(budget.estimate)}`;
  const changes = [
    ...(budget.repeats === null ? [] : [`repeats ${budget.repeats.from} → ${budget.repeats.to}`]),
    ...(budget.rows === null
      ? []
      : [`rows ${budget.rows.from} → ${budget.rows.to} (a stratified, seeded subsample)`]),
  ];
  const parts = [
    changes.length === 0 ? 'it fits' : `reduced ${changes.join(' and ')}`,
    ...(budget.notEvaluated > 0
      ? [`${budget.notEvaluated} components not evaluated before the deadline`]
      : []),
    ...((budget.curvesNotEvaluated ?? 0) > 0
      ? [`${budget.curvesNotEvaluated} sensitivity curves not evaluated before the deadline`]
      : []),
  ];
  return `${head}; ${parts.join('; ')}`;
}
