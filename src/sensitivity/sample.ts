import type { Evaluator } from '../ablation/evaluate.js';
import { toPredictions } from '../metrics/index.js';
import type { ModelData } from '../ablation/inputs.js';
import type { Dataset } from '../data/types.js';
import type { ModelGraph } from '../model/graph.js';
import type { Baseline, BaselineMetric } from '../stats/contributions.js';
import type { Resamples } from '../stats/resamples.js';
import { scoreCurve } from './curves.js';
import { CurveEvaluator } from './evaluate.js';
import type { Noise, SensitivityComponent } from './plan.js';
import { curveEvaluations, planCurveUnits, type CurveSettings } from './units.js';

/** The noises a curve's evaluation cost depends on, in the order they are timed. */
const NOISES: Noise[] = ['input', 'weights', 'output'];

/** What the time limit's sample needs of the suite: the model, the data and the curves' settings. */
export interface CurveSampleSuite {
  graph: ModelGraph;
  dataset: Pick<Dataset, 'task' | 'y' | 'n'>;
  data: ModelData;
  settings: CurveSettings | undefined;
}

/**
 * Times one noisy evaluation of each kind of curve in the plan (feature or
 * group input noise, layer weight noise, layer output noise), evaluated as
 * a run evaluates it (its units, on the sample's evaluator) and scored:
 * the time limit's sample of the curves. Each kind is a class of work of
 * `curves of that kind × curveEvaluations` evaluations over all rows.
 */
export function timeCurves(
  suite: CurveSampleSuite,
  curves: readonly SensitivityComponent[],
  evaluator: Evaluator,
  scoring: {
    bases: BaselineMetric[];
    baseline: Baseline;
    resamples: Resamples;
    clock: () => number;
  },
): {
  work: { deterministic: number; stochastic: number; unit: number }[];
  seconds: Partial<Record<Noise, number>>;
} {
  const work: { deterministic: number; stochastic: number; unit: number }[] = [];
  const seconds: Partial<Record<Noise, number>> = {};
  const { settings } = suite;
  if (settings === undefined || curves.length === 0) return { work, seconds };
  const { dataset, data } = suite;
  const { clock } = scoring;
  const width = evaluator.outputWidth;
  // One grid point with noise (the cost does not depend on s), one repeat.
  const probe = {
    ...settings,
    grid: [settings.grid.reduce((a, b) => Math.max(a, b), 1e-3)],
    repeats: 1,
  };
  for (const noise of NOISES) {
    const ofKind = curves.filter((c) => c.noise === noise);
    if (ofKind.length === 0) continue;
    const plan = { curves: [ofKind[0]], settings: probe };
    const curveEvaluator = new CurveEvaluator(evaluator, suite.graph, data, plan);
    try {
      const units = planCurveUnits(plan, dataset.n, evaluator.rowsPerPass)[0];
      const time = (): number => {
        const before = clock();
        const outputs = new Float32Array(dataset.n * width);
        for (const unit of units)
          outputs.set(curveEvaluator.evaluateUnit(unit), unit.start * width);
        const predictions = toPredictions(dataset.task, dataset.y, outputs, dataset.n, width);
        scoreCurve(
          ofKind[0],
          probe.grid,
          [[predictions]],
          scoring.bases,
          scoring.baseline,
          scoring.resamples,
          0.95,
          probe.seed,
        );
        return clock() - before;
      };
      // The first call compiles the kind's kernels and fills its caches.
      time();
      const unit = time();
      seconds[noise] = unit;
      work.push({
        deterministic: ofKind.length * curveEvaluations(settings),
        stochastic: 0,
        unit,
      });
    } finally {
      curveEvaluator.dispose();
    }
  }
  return { work, seconds };
}
