import type { Evaluator } from '../ablation/evaluate.js';
import type { FeatureChange, ModelData } from '../ablation/inputs.js';
import type { WorkUnit } from '../ablation/units.js';
import type { ModelGraph } from '../model/graph.js';
import { Rng } from '../stats/rng.js';
import { LayerNoise } from './layer-noise.js';
import { noiseDraws, perturbed, replaced, spread } from './perturb.js';
import type { SensitivityComponent } from './plan.js';
import type { CurvePlan, CurveUnit } from './units.js';

export type { CurveSettings, CurvePlan, CurveUnit } from './units.js';

/** Curves whose noisy copies (every grid point and repeat) are kept between units. */
const KEPT_CURVES = 2;

/**
 * Evaluates sensitivity curve units (see `planCurveUnits`) with a thread's
 * ablation evaluator: feature noise goes through its feature path (the
 * rank-one and second-layer updates of the first Dense layers when the
 * model allows, every noisy copy of a row batch stacked in one pass); layer
 * noise reads its activation cache and recomputes only the layers above the
 * noisy one. The same unit gives the same bits on any thread.
 */
export class CurveEvaluator {
  private readonly layers: LayerNoise;
  /** Per curve: the changes of every (grid point, repeat), grid point first. */
  private readonly changes = new Map<number, FeatureChange[]>();

  constructor(
    private readonly evaluator: Evaluator,
    graph: ModelGraph,
    private readonly data: ModelData,
    private readonly plan: CurvePlan,
  ) {
    this.layers = new LayerNoise(evaluator, graph, data, plan.settings);
  }

  /** The outputs of one unit: each of its grid points' repeats, one after the other. */
  evaluateUnit(unit: CurveUnit): Float32Array {
    const component = this.plan.curves[unit.curve];
    return component.on === 'features'
      ? this.featureUnit(unit, component)
      : this.layers.evaluate(unit, component, this.evaluator.baseline());
  }

  /** Frees what it keeps (the ablation evaluator is its owner's to dispose). */
  dispose(): void {
    this.layers.dispose();
    this.changes.clear();
  }

  private featureUnit(
    unit: CurveUnit,
    component: Extract<SensitivityComponent, { on: 'features' }>,
  ): Float32Array {
    const { repeats } = this.plan.settings;
    const changes = this.changesOf(unit.curve, component);
    const chosen = unit.points.flatMap((g) => changes.slice(g * repeats, (g + 1) * repeats));
    const { start, end } = unit;
    const work: WorkUnit = {
      on: 'features',
      segments: chosen.map((_, i) => ({ component: i, repeat: 0, start, end })),
    };
    return this.evaluator.evaluateChanges(work, chosen);
  }

  /** The noisy copies of a feature curve's columns, every grid point and repeat, made once. */
  private changesOf(
    curve: number,
    component: Extract<SensitivityComponent, { on: 'features' }>,
  ): FeatureChange[] {
    const known = this.changes.get(curve);
    if (known !== undefined) return known;
    const { n, x } = this.data;
    const f = this.data.features.length;
    const index = new Map(this.data.features.map((name, j) => [name, j]));
    const columns = Int32Array.from(component.features, (name) => index.get(name)!);
    const k = columns.length;
    const stats = Array.from(columns, (j) => {
      const column = new Float64Array(n);
      for (let row = 0; row < n; row++) column[row] = x[row * f + j];
      return spread(column);
    });
    const { grid, repeats, scale } = this.plan.settings;
    const draws = Array.from({ length: repeats }, (_, r) =>
      this.featureDraws(component, r, columns, stats),
    );
    // Permuted replacements on the column's own scale: s = 1 is the `permute` ablation itself.
    const { seed } = this.plan.settings;
    const sources =
      this.plan.settings.draws === 'permutation' && scale === 'std'
        ? Array.from({ length: repeats }, (_, r) => permutationOf(seed, component, r, n))
        : undefined;
    const changes: FeatureChange[] = [];
    for (const s of grid) {
      for (let r = 0; r < repeats; r++) {
        const e = draws[r];
        const source = sources?.[r];
        const values = new Float64Array(n * k);
        for (let row = 0; row < n; row++) {
          for (let c = 0; c < k; c++) {
            const { mean, sd } = stats[c];
            const sigma = scale === 'std' ? sd : scale;
            const v = x[row * f + columns[c]];
            if (source !== undefined) {
              values[row * k + c] = replaced(v, x[source[row] * f + columns[c]], mean, s);
              continue;
            }
            values[row * k + c] = perturbed(v, mean, sigma, s, e[row * k + c], scale === 'std');
          }
        }
        changes.push({ columns, constants: new Float64Array(k), values });
      }
    }
    if (this.changes.size >= KEPT_CURVES) this.changes.delete(this.changes.keys().next().value!);
    this.changes.set(curve, changes);
    return changes;
  }

  /**
   * A repeat's ε for the columns, n × k: standard normal, or each column's
   * own values standardised in the order of one permutation of the rows
   * (shared by a group's columns, as the `permute` ablation moves them).
   */
  private featureDraws(
    component: SensitivityComponent,
    repeat: number,
    columns: Int32Array,
    stats: { mean: number; sd: number }[],
  ): Float32Array {
    const { n, x } = this.data;
    const { seed, draws } = this.plan.settings;
    const k = columns.length;
    if (draws === 'gaussian') return noiseDraws(seed, component.id, repeat, 'input', n * k);
    const f = this.data.features.length;
    const source = permutationOf(seed, component, repeat, n);
    const e = new Float32Array(n * k);
    for (let row = 0; row < n; row++) {
      for (let c = 0; c < k; c++) {
        const { mean, sd } = stats[c];
        e[row * k + c] = sd === 0 ? 0 : (x[source[row] * f + columns[c]] - mean) / sd;
      }
    }
    return e;
  }
}

/**
 * A repeat's permutation of the rows for a feature's (group's) curve: the
 * one its `permute` ablation draws for the same repeat (keyed by that
 * ablation's id), so the curve's s = 1 is that ablation, prediction for
 * prediction, when the repeats agree.
 */
function permutationOf(
  seed: number,
  component: SensitivityComponent,
  repeat: number,
  n: number,
): Int32Array {
  return Rng.stream(
    seed,
    'permute',
    `${component.kind}:${component.name}:permute`,
    repeat,
  ).permutation(n);
}
