/**
 * Issue #20: how often does "sensitivity grew since main" fire when nothing
 * grew, and how often when something did? On the breast-cancer example,
 * each trial runs the sensitivity stage (the function the CLI runs) for main
 * and for a PR, and compares the two documents with `compareSensitivity`
 * (the function `compare` calls), at the default gate (tolerance 0.01,
 * alpha 0.05) and at tolerance 0.
 *
 * - null, another seed: the same model on the same eval data, main and PR
 *   with different seeds (other noise draws, other bootstrap resamples);
 * - null, eval data redrawn: the same model, each side on its own bootstrap
 *   sample of the 199 eval rows (an eval set refreshed from the same
 *   population), and its own seed;
 * - growth: the PR's model leans on one feature of a collinear set — a
 *   share k of the first Dense kernel's rows of the other size features
 *   (radius, perimeter, area) moved onto worst_radius's row, as a retrained
 *   model might — so worst_radius's curve degrades faster; main and PR on
 *   the same eval data, different seeds.
 *
 * Rates come with Clopper–Pearson 95% intervals; trials are independent
 * (disjoint seeds).
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { Evaluator } from '../../src/ablation/evaluate.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULTS } from '../../src/config/defaults.js';
import type { Config, SensitivityConfig } from '../../src/config/types.js';
import type { Results } from '../../src/results/types.js';
import { compareSensitivity } from '../../src/sensitivity/compare.js';
import { clopperPearsonInterval } from '../../src/stats/clopper-pearson.js';
import { Rng } from '../../src/stats/rng.js';
import { modelData, prepareSuite, type PreparedSuite } from '../../src/suite/prepare.js';
import { curvesOnThisThread } from '../../src/suite/curves-here.js';
import { sensitivityStage } from '../../src/suite/sensitivity-stage.js';
import { markdownTable, percent } from '../markdown.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GATE = { tolerance: DEFAULTS.tolerance, alpha: DEFAULTS.alpha };
const TOLERANCES = [DEFAULTS.tolerance, 0];
/** The curve the growth scenario makes grow, the features it takes weight from, and the shares. */
const GROWN = 'worst_radius';
const DONORS = [
  'mean_radius',
  'mean_perimeter',
  'mean_area',
  'radius_error',
  'perimeter_error',
  'area_error',
  'worst_perimeter',
  'worst_area',
];
const SHARES = [0.5, 1];
const SENSITIVITY: Partial<SensitivityConfig> = {
  layers: ['hidden_1', 'hidden_2'],
  features: [GROWN, 'worst_texture', 'worst_concave_points', 'mean_concave_points', 'area_error'],
  groups: ['mean-features', 'size'],
};

/** One scenario's counts: comparisons with any curve flagged, curves flagged among all compared. */
export interface GrowthRow {
  scenario: string;
  tolerance: number;
  trials: number;
  anyFlagged: number;
  curves: number;
  curvesFlagged: number;
  /** The grown curve: how often it was flagged, and its mean area change (PR − main). */
  grown?: { flagged: number; change: number };
}

interface Side {
  data?: { x: Float64Array; y: Float64Array };
  seed: number;
  /** The share of the donors' first-layer weights moved onto the grown feature. */
  share?: number;
}

interface Scenario {
  name: string;
  trials: number;
  sides: (t: number) => [Side, Side];
  grown?: boolean;
}

/**
 * Runs the scenarios — `trials` comparisons for each null, half as many for
 * each growth — and returns the section's markdown.
 */
export async function sensitivityGrowth(trials = 100): Promise<string> {
  const loaded = await loadConfig(path.join(ROOT, 'examples/breast-cancer/ablation.yml'), {
    cwd: ROOT,
  });
  const config: Config = {
    ...loaded,
    resamples: 400,
    ablations: {
      ...loaded.ablations,
      sensitivity: {
        layers: [],
        features: [],
        groups: [],
        layerNoise: [...DEFAULTS.sensitivityLayerNoise],
        scale: DEFAULTS.sensitivityScale,
        draws: DEFAULTS.sensitivityDraws,
        grid: [...DEFAULTS.sensitivityGrid],
        repeats: loaded.repeats,
        ...SENSITIVITY,
      },
    },
  };
  const suite = await prepareSuite(config, ROOT);
  const rows: GrowthRow[] = [];
  try {
    const scenarios: Scenario[] = [
      {
        name: 'null: another seed',
        trials,
        sides: (t) => [{ seed: 2 * t + 1 }, { seed: 2 * t + 2 }],
      },
      {
        name: 'null: eval data redrawn',
        trials,
        sides: (t) => [
          { seed: 2 * t + 1, data: redrawn(suite, 2 * t + 1) },
          { seed: 2 * t + 2, data: redrawn(suite, 2 * t + 2) },
        ],
      },
      ...SHARES.map((share) => ({
        name: `growth: ${percent(share)} of the size weights on ${GROWN}`,
        trials: Math.ceil(trials / 2),
        grown: true,
        sides: (t: number): [Side, Side] => [{ seed: 2 * t + 1 }, { seed: 2 * t + 2, share }],
      })),
    ];
    // Main's documents on the example's own data are shared by the scenarios that use them.
    const mains = new Map<number, Results>();
    const run = async (side: Side): Promise<Results> => {
      if (side.data !== undefined || side.share !== undefined) return document(suite, side);
      const known = mains.get(side.seed) ?? (await document(suite, side));
      mains.set(side.seed, known);
      return known;
    };
    for (const scenario of scenarios) rows.push(...(await simulate(scenario, run)));
  } finally {
    suite.model.dispose();
  }
  return growthReport(rows, config);
}

/** One scenario's comparisons, counted at every tolerance. */
async function simulate(
  scenario: Scenario,
  run: (side: Side) => Promise<Results>,
): Promise<GrowthRow[]> {
  const { trials } = scenario;
  const counts: GrowthRow[] = TOLERANCES.map((tolerance) => ({
    scenario: scenario.name,
    tolerance,
    trials,
    anyFlagged: 0,
    curves: 0,
    curvesFlagged: 0,
    ...(scenario.grown === true ? { grown: { flagged: 0, change: 0 } } : {}),
  }));
  for (let t = 0; t < trials; t++) {
    const [first, second] = scenario.sides(t);
    const main = await run(first);
    const pr = await run(second);
    for (const row of counts) {
      const compared = compareSensitivity(main, pr, { ...GATE, tolerance: row.tolerance })!;
      const tested = compared.rows.filter((r) => r.p !== undefined);
      row.curves += tested.length;
      row.curvesFlagged += tested.filter((r) => r.grew).length;
      if (compared.grew.length > 0) row.anyFlagged++;
      if (row.grown !== undefined) {
        const grown = compared.rows.find((r) => r.id === `feature:${GROWN}:input`)!;
        if (grown.grew) row.grown.flagged++;
        row.grown.change += grown.change! / trials;
      }
    }
    process.stderr.write(`sensitivity growth, ${scenario.name}: ${t + 1}/${trials}\n`);
  }
  return counts;
}

/** A bootstrap sample of the eval rows (the same size), from its own stream. */
function redrawn(suite: PreparedSuite, seed: number): { x: Float64Array; y: Float64Array } {
  const { n, x, y } = suite.dataset;
  const f = suite.dataset.features.length;
  const rng = Rng.stream(seed, 'bench', 'sensitivity-growth', 'rows');
  const rowsX = new Float64Array(n * f);
  const rowsY = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rng.int(n);
    rowsX.set(x.subarray(row * f, (row + 1) * f), i * f);
    rowsY[i] = y[row];
  }
  return { x: rowsX, y: rowsY };
}

/** The part of a results document the comparison reads, from one run of the sensitivity stage. */
async function document(suite: PreparedSuite, side: Side): Promise<Results> {
  const dataset =
    side.data === undefined ? suite.dataset : { ...suite.dataset, x: side.data.x, y: side.data.y };
  const seeded: PreparedSuite = { ...suite, dataset, config: { ...suite.config, seed: side.seed } };
  const restore = side.share === undefined ? undefined : concentrate(suite, side.share);
  try {
    const evaluator = new Evaluator(seeded.graph, seeded.inputShape, modelData(seeded), {
      seed: side.seed,
      repeats: 1,
    });
    const baseline = evaluator.baseline();
    const runner = curvesOnThisThread(seeded, evaluator);
    const { sensitivity } = await sensitivityStage(seeded, {
      baseline,
      confidence: 0.95,
      runner,
    }).finally(() => {
      runner.dispose();
      evaluator.dispose();
    });
    return {
      metrics: suite.config.metrics.map((name) => ({ name, higherIsBetter: true })),
      run: { confidence: 0.95 },
      baseline: { n: dataset.n, metrics: {} },
      sensitivity,
    } as unknown as Results;
  } finally {
    restore?.();
  }
}

/** Moves `share` of the donors' rows of the first Dense kernel onto the grown feature's; returns the undo. */
function concentrate(suite: PreparedSuite, share: number): () => void {
  const layer = suite.graph.nodes[suite.graph.nodesOfLayer.get('hidden_1')![0]].layer;
  const original = layer.getWeights().map((w) => w.clone());
  const features = suite.dataset.features;
  const kernel = original[0].arraySync() as number[][];
  const to = features.indexOf(GROWN);
  for (const donor of DONORS) {
    const from = features.indexOf(donor);
    kernel[to] = kernel[to].map((w, u) => w + share * kernel[from][u]);
    kernel[from] = kernel[from].map((w) => (1 - share) * w);
  }
  const moved = tf.tensor(kernel);
  layer.setWeights([moved, ...original.slice(1)]);
  moved.dispose();
  return () => {
    layer.setWeights(original);
    for (const t of original) t.dispose();
  };
}

function growthReport(rows: GrowthRow[], config: Config): string {
  const table = markdownTable(
    [
      { header: 'scenario' },
      { header: 'tolerance', align: 'right' },
      { header: 'comparisons', align: 'right' },
      { header: 'any curve flagged', align: 'right' },
      { header: '95% interval', align: 'right' },
      { header: 'curves flagged', align: 'right' },
      { header: `${GROWN} flagged`, align: 'right' },
      { header: 'its mean area change', align: 'right' },
    ],
    rows.map((row) => {
      const [low, high] = clopperPearsonInterval(row.anyFlagged, row.trials);
      return [
        row.scenario,
        String(row.tolerance),
        String(row.trials),
        percent(row.anyFlagged / row.trials),
        `[${percent(low)}, ${percent(high)}]`,
        `${row.curvesFlagged} / ${row.curves}`,
        row.grown === undefined ? '' : percent(row.grown.flagged / row.trials),
        row.grown === undefined ? '' : row.grown.change.toFixed(4),
      ];
    }),
  );
  const curves = rows[0].curves / rows[0].trials;
  return [
    '## The growth test: false alarms and power',
    '',
    `Breast-cancer, ${curves} curves per run (layers ${SENSITIVITY.layers!.join(', ')} × weights,`,
    `output; features ${(SENSITIVITY.features as string[]).join(', ')}; groups`,
    `${SENSITIVITY.groups!.join(', ')}), the default grid and draws, ${config.repeats} repeats,`,
    `${config.resamples} resamples. Each comparison runs the sensitivity stage for main and for a PR`,
    'with different seeds and compares them with `compareSensitivity` (area on accuracy, one-sided,',
    `alpha ${GATE.alpha}, Holm over the curves). A false alarm is a comparison with any curve flagged`,
    'when nothing changed: it should happen at most alpha of the time. "eval data redrawn" gives',
    'each side its own bootstrap sample of the eval rows. The growth rows move a share of the first',
    `Dense kernel's rows of the other size features (${DONORS.join(', ')}) onto ${GROWN}'s row in the`,
    `PR's model: it leans on one of a collinear set, so ${GROWN}'s curve degrades faster (the mean`,
    'area change is PR − main on that curve; half as many trials). Main\u2019s documents are shared by',
    'the scenarios with the same seeds.',
    'Produced by `npm run bench:stats` (bench/calibration/sensitivity-growth.ts).',
    '',
    table,
  ].join('\n');
}
