import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));
import {
  CHUNKS,
  costOfPlan,
  fitBySample,
  outputWidth,
  restrictRows
} from "./chunk-3USD5YSS.js";
import {
  Resamples,
  curveEvaluations,
  curvePlan,
  modelData,
  planCurveUnits,
  scoreCurve
} from "./chunk-SZQ2J3X2.js";
import {
  Baseline,
  scoreBaseline,
  scoreContributions,
  toPredictions
} from "./chunk-TJL3ROGX.js";
import {
  CurveEvaluator,
  Evaluator
} from "./chunk-XSLR7JCO.js";

// src/sensitivity/sample.ts
var NOISES = ["input", "weights", "output"];
function timeCurves(suite, curves, evaluator, scoring) {
  const work = [];
  const seconds = {};
  const { settings } = suite;
  if (settings === void 0 || curves.length === 0) return { work, seconds };
  const { dataset, data } = suite;
  const { clock } = scoring;
  const width = evaluator.outputWidth;
  const probe = {
    ...settings,
    grid: [settings.grid.reduce((a, b) => Math.max(a, b), 1e-3)],
    repeats: 1
  };
  for (const noise of NOISES) {
    const ofKind = curves.filter((c) => c.noise === noise);
    if (ofKind.length === 0) continue;
    const plan = { curves: [ofKind[0]], settings: probe };
    const curveEvaluator = new CurveEvaluator(evaluator, suite.graph, data, plan);
    try {
      const units = planCurveUnits(plan, dataset.n, evaluator.rowsPerPass)[0];
      const time = () => {
        const before = clock();
        const outputs = new Float32Array(dataset.n * width);
        for (const unit2 of units)
          outputs.set(curveEvaluator.evaluateUnit(unit2), unit2.start * width);
        const predictions = toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
        scoreCurve(
          ofKind[0],
          probe.grid,
          [[predictions]],
          scoring.bases,
          scoring.baseline,
          scoring.resamples,
          0.95,
          probe.seed
        );
        return clock() - before;
      };
      time();
      const unit = time();
      seconds[noise] = unit;
      work.push({
        deterministic: ofKind.length * curveEvaluations(settings),
        stochastic: 0,
        unit
      });
    } finally {
      curveEvaluator.dispose();
    }
  }
  return { work, seconds };
}

// src/budget/tfjs-sample.ts
function timeSample(suite, components, clock, curves = suite.sensitivity ?? []) {
  const { config, dataset } = suite;
  const evaluator = new Evaluator(suite.graph, suite.inputShape, modelData(suite), {
    seed: config.seed,
    repeats: 1
  });
  try {
    const predict = (outputs) => toPredictions(dataset.task, dataset.y, outputs, dataset.n, evaluator.outputWidth);
    const start = clock();
    const baselineOutputs = evaluator.baseline();
    const baseline = new Baseline(config.metrics, predict(baselineOutputs));
    const resamples = new Resamples(config.seed, dataset.n, config.resamples);
    const bases = config.metrics.map((name) => scoreBaseline(name, baseline, resamples));
    const options = { seed: config.seed, confidence: 0.95 };
    let fixed = clock() - start;
    const work = [];
    for (const on of ["layers", "features"]) {
      const ofKind = components.filter((c) => c.notApplicable === void 0 && c.on === on);
      if (ofKind.length === 0) continue;
      const probes = ofKind.slice(0, PROBES);
      const time = (some) => {
        const before = clock();
        const outputs = evaluator.run(some);
        scoreContributions(
          bases,
          baseline,
          some.map((c) => ({
            id: c.id,
            ablated: (outputs.get(c.id) ?? []).map((o) => baseline.record(predict(o)))
          })),
          resamples,
          options
        );
        return clock() - before;
      };
      time(probes.slice(0, 1));
      const one = time(probes.slice(0, 1));
      const unit = probes.length === 1 ? one : Math.max(0, time(probes) - one) / (probes.length - 1);
      fixed += CHUNKS * Math.max(0, one - unit);
      work.push({
        deterministic: ofKind.filter((c) => !c.stochastic).length,
        stochastic: ofKind.filter((c) => c.stochastic).length,
        unit
      });
    }
    const ablationUnit = Math.max(0, ...work.map((w) => w.unit));
    const timed = timeCurves(
      {
        graph: suite.graph,
        dataset,
        data: modelData(suite),
        settings: curvePlan(config, suite.sensitivity)?.settings
      },
      curves,
      evaluator,
      { bases, baseline, resamples, clock }
    );
    return {
      fixed,
      work: [...work, ...timed.work],
      ablationUnit,
      curveSeconds: timed.seconds,
      baseline: baselineOutputs
    };
  } finally {
    evaluator.dispose();
  }
}
function planCost(suite, components, options = {}) {
  const clock = options.clock ?? (() => performance.now() / 1e3);
  const sample = timeSample(suite, components, clock);
  return costOfPlan(sample, suite, components, outputWidth(suite), options);
}
function fitToTimeLimit(suite, components, options) {
  const seconds = () => options.clock() / 1e3;
  const sample = timeSample(suite, components, seconds, options.curves);
  const fit = fitBySample(suite, sample, seconds, options, restrictRows);
  const scale = fit.suite.dataset.n / suite.dataset.n;
  return {
    ...fit,
    unitSeconds: sample.ablationUnit * scale,
    curveSeconds: Object.fromEntries(
      Object.entries(sample.curveSeconds).map(([noise, s]) => [noise, s * scale])
    ),
    baseline: fit.suite.dataset === suite.dataset ? sample.baseline : void 0
  };
}
var PROBES = 4;

export {
  timeSample,
  planCost,
  fitToTimeLimit
};
