/**
 * Issue #20's bench row: the cost of one grid point of a sensitivity curve
 * (one noisy copy of a component, evaluated through the same paths as its
 * ablation) against one plain ablation of the same component, on the
 * breast-cancer MLP (feature noise through the second-layer shortcut) and
 * the digits conv net (the full model; layer noise from cached
 * activations). A grid point's cost is a whole curve's (every unit, as a
 * run evaluates it) over its noisy evaluations. Interleaved, medians of
 * at least `runs` rounds (about 3 s of them) after as many warm-up rounds
 * (the first calls compile kernels and fill
 * caches: five runs after one warm-up once read 19.6× for a breast-cancer
 * feature, 1× once warm), on this thread.
 */
import os from 'node:os';
import path from 'node:path';
import { Evaluator } from '../../src/ablation/evaluate.js';
import type { Component } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULTS } from '../../src/config/defaults.js';
import { CurveEvaluator } from '../../src/sensitivity/evaluate.js';
import { curveEvaluations, planCurveUnits } from '../../src/sensitivity/units.js';
import type { SensitivityComponent } from '../../src/sensitivity/plan.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';
import { markdownTable, publish } from '../markdown.js';

interface Case {
  example: string;
  ablation: Component;
  curve: SensitivityComponent;
}

/** Repeats per grid point, as the examples' curves. */
const REPEATS = 3;

/** Milliseconds a case's measured rounds aim at, and the most rounds measured. */
const BUDGET_MS = 3000;
const MAX_ROUNDS = 400;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times the cases, publishes bench/results/sensitivity-speed.md and returns it. */
export async function sensitivitySpeed(root: string, runs = 15): Promise<string> {
  const rows: string[][] = [];
  const counts: number[] = [];
  const cases: {
    example: string;
    make: (names: { feature: string; layer: string }) => Case[];
    feature: string;
    layer: string;
  }[] = [
    { example: 'breast-cancer', feature: 'worst_radius', layer: 'hidden_1', make: plainCases },
    { example: 'digits', feature: 'px_3_3', layer: 'conv_2', make: plainCases },
  ];
  const settings = {
    seed: 1,
    grid: [...DEFAULTS.sensitivityGrid],
    repeats: REPEATS,
    scale: 'std' as const,
    draws: 'gaussian' as const,
  };
  for (const { example, feature, layer, make } of cases) {
    const config = await loadConfig(path.join(root, 'examples', example, 'ablation.yml'), {
      cwd: root,
    });
    const suite = await prepareSuite(config, root);
    try {
      const data = modelData(suite);
      // One evaluator for both, as in a run: the curves read its activation cache and feature path.
      const evaluator = new Evaluator(suite.graph, suite.inputShape, data, { seed: 1, repeats: 1 });
      evaluator.baseline();
      for (const c of make({ feature, layer })) {
        const plan = { curves: [c.curve], settings };
        const curves = new CurveEvaluator(evaluator, suite.graph, data, plan);
        const units = planCurveUnits(plan, data.n, evaluator.rowsPerPass)[0];
        const round = (): [number, number] => {
          let t = performance.now();
          evaluator.run([c.ablation]);
          const a = performance.now() - t;
          t = performance.now();
          for (const unit of units) curves.evaluateUnit(unit);
          return [a, (performance.now() - t) / curveEvaluations(settings)];
        };
        // Warm-up (compiling the kernels, filling the first caches) as long as the
        // measured rounds: sub-millisecond cases need hundreds of rounds to settle.
        // Rounds from the quickest of three first ones (the very first is mostly warm-up).
        const first = Array.from({ length: 3 }, round).map(
          ([a, p]) => a + curveEvaluations(settings) * p,
        );
        const rounds = Math.min(
          MAX_ROUNDS,
          Math.max(runs, Math.ceil(BUDGET_MS / Math.min(...first))),
        );
        for (let r = 0; r < rounds; r++) round();
        const measured = Array.from({ length: rounds }, round);
        const ablation = measured.map(([a]) => a);
        const point = measured.map(([, p]) => p);
        counts.push(rounds);
        curves.dispose();
        const a = median(ablation);
        const p = median(point);
        rows.push([
          example,
          `${c.ablation.id}`,
          c.curve.id,
          a.toFixed(2),
          p.toFixed(2),
          (p / a).toFixed(2),
        ]);
      }
      evaluator.dispose();
    } finally {
      suite.model.dispose();
    }
  }
  const markdown = [
    '# Sensitivity curves: cost per grid point (issue #20)',
    '',
    `One grid point of a curve (a whole curve on the default grid of ${settings.grid.length} points, ${REPEATS} repeats, divided by its ${curveEvaluations(settings)} noisy evaluations) against one plain ablation of the same component, ms, medians of ${Math.min(...counts)} to ${Math.max(...counts)} interleaved rounds (about ${BUDGET_MS / 1000} s of rounds per case, at least ${runs}) after as many warm-up rounds, on one thread (wasm backend), one evaluator for both as in a run; load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores when measured.`,
    '',
    markdownTable(
      [
        { header: 'example' },
        { header: 'ablation' },
        { header: 'curve' },
        { header: 'ablation ms', align: 'right' },
        { header: 'grid point ms', align: 'right' },
        { header: 'ratio', align: 'right' },
      ],
      rows,
    ),
  ].join('\n');
  publish('sensitivity-speed', markdown);
  return markdown;
}

function plainCases({ feature, layer }: { feature: string; layer: string }): Case[] {
  return [
    {
      example: '',
      ablation: {
        id: `feature:${feature}:mean`,
        kind: 'feature',
        name: feature,
        on: 'features',
        features: [feature],
        mode: 'mean',
        stochastic: false,
      },
      curve: {
        id: `feature:${feature}:input`,
        kind: 'feature',
        name: feature,
        on: 'features',
        features: [feature],
        noise: 'input',
      },
    },
    {
      example: '',
      ablation: {
        id: `layer:${layer}:mean`,
        kind: 'layer',
        name: layer,
        on: 'layers',
        layers: [layer],
        mode: 'mean',
        stochastic: false,
      },
      curve: {
        id: `layer:${layer}:output`,
        kind: 'layer',
        name: layer,
        on: 'layers',
        layers: [layer],
        noise: 'output',
      },
    },
    {
      example: '',
      ablation: {
        id: `layer:${layer}:mean`,
        kind: 'layer',
        name: layer,
        on: 'layers',
        layers: [layer],
        mode: 'mean',
        stochastic: false,
      },
      curve: {
        id: `layer:${layer}:weights`,
        kind: 'layer',
        name: layer,
        on: 'layers',
        layers: [layer],
        noise: 'weights',
      },
    },
  ];
}
