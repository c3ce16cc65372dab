import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/results/budget-notice.ts
function showDuration(seconds) {
  if (seconds < 100) return `${Number(seconds.toPrecision(2))} s`;
  if (seconds < 6e3) return `${Number((seconds / 60).toPrecision(3))} min`;
  return `${Number((seconds / 3600).toPrecision(3))} h`;
}
function budgetNotice(budget) {
  const head = `time limit ${showDuration(budget.limit)}: the plan as configured needs an estimated ${showDuration(budget.estimate)}`;
  const changes = [
    ...budget.repeats === null ? [] : [`repeats ${budget.repeats.from} \u2192 ${budget.repeats.to}`],
    ...budget.rows === null ? [] : [`rows ${budget.rows.from} \u2192 ${budget.rows.to} (a stratified, seeded subsample)`]
  ];
  const parts = [
    changes.length === 0 ? "it fits" : `reduced ${changes.join(" and ")}`,
    ...budget.notEvaluated > 0 ? [`${budget.notEvaluated} components not evaluated before the deadline`] : [],
    ...(budget.curvesNotEvaluated ?? 0) > 0 ? [`${budget.curvesNotEvaluated} sensitivity curves not evaluated before the deadline`] : []
  ];
  return `${head}; ${parts.join("; ")}`;
}

export {
  showDuration,
  budgetNotice
};
