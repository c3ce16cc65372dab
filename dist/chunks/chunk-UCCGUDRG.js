import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  Resamples,
  allocateCurve,
  curveEvaluations,
  curvePlan,
  placeCurveUnit,
  planCurveUnits,
  rankCurves,
  scoreCurve
} from "./chunk-SZQ2J3X2.js";
import {
  Baseline,
  scoreBaseline,
  toPredictions
} from "./chunk-TJL3ROGX.js";

// src/suite/sensitivity-stage.ts
var CURVES_AHEAD = 4;
function curvePlanOf(prepared) {
  return curvePlan(prepared.config, prepared.sensitivity);
}
async function sensitivityStage(prepared, settings) {
  const { config, dataset } = prepared;
  const plan = curvePlanOf(prepared);
  if (plan === void 0) return {};
  if (settings.shard !== void 0 && settings.shard.index !== 1) return {};
  const { runner } = settings;
  const { grid, repeats, scale, draws } = plan.settings;
  const width = runner.width;
  const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
  const reference = new Baseline(config.metrics, predict(settings.baseline));
  const resamples = new Resamples(config.seed, dataset.n, config.resamples);
  const bases = config.metrics.map((name) => scoreBaseline(name, reference, resamples));
  const units = planCurveUnits(plan, dataset.n, runner.rowsPerPass);
  const evaluations = curveEvaluations(plan.settings);
  const queued = [];
  let refused = false;
  let pending = 0;
  const queue = (i) => {
    if (i >= plan.curves.length || queued.length > i) return;
    const seconds = evaluations * (settings.curveSeconds?.[plan.curves[i].noise] ?? 0);
    refused ||= settings.admit?.(pending + seconds) === false;
    if (refused) {
      queued.push(void 0);
      return;
    }
    const outputs = allocateCurve(plan, dataset.n, width);
    const done = Promise.all(
      units[i].map(
        async (unit) => placeCurveUnit(unit, await runner.evaluate(unit), outputs, width)
      )
    ).then(() => outputs).finally(() => pending -= seconds);
    pending += seconds;
    done.catch(() => void 0);
    queued.push(done);
  };
  const curves = [];
  let late = 0;
  for (let i = 0; i < plan.curves.length; i++) {
    for (let j = i; j <= i + CURVES_AHEAD; j++) queue(j);
    const outputs = await queued[i];
    queued[i] = void 0;
    if (outputs === void 0) {
      late++;
      continue;
    }
    curves.push(
      scoreCurve(
        plan.curves[i],
        grid,
        outputs.map((copies) => copies.map(predict)),
        bases,
        reference,
        resamples,
        settings.confidence,
        config.seed
      )
    );
    settings.onCurve?.(i + 1, plan.curves.length);
  }
  return {
    sensitivity: {
      grid: [...grid],
      repeats,
      scale,
      draws,
      curves: rankCurves(curves, config.metrics[0])
    },
    ...late === 0 ? {} : { curvesNotEvaluated: late }
  };
}

export {
  curvePlanOf,
  sensitivityStage
};
