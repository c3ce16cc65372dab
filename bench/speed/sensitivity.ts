/**
 * Issue #20's bench row: the cost of one grid point of a sensitivity curve
 * (one noisy copy of a component, evaluated through the same paths as its
 * ablation) against one plain ablation of the same component, on the
 * breast-cancer MLP (feature noise through the second-layer shortcut) and
 * the digits conv net (the full model; layer noise from cached
 * activations). Interleaved, medians of `runs`, on this thread.
 */
import os from 'node:os';
import path from 'node:path';
import { Evaluator } from '../../src/ablation/evaluate.js';
import type { Component } from '../../src/ablation/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { CurveEvaluator } from '../../src/sensitivity/evaluate.js';
import type { SensitivityComponent } from '../../src/sensitivity/plan.js';
import { modelData, prepareSuite } from '../../src/suite/prepare.js';
import { markdownTable, publish } from '../markdown.js';

interface Case {
  example: string;
  ablation: Component;
  curve: SensitivityComponent;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times the cases, publishes bench/results/sensitivity-speed.md and returns it. */
export async function sensitivitySpeed(root: string, runs = 5): Promise<string> {
  const rows: string[][] = [];
  const cases: {
    example: string;
    make: (names: { feature: string; layer: string }) => Case[];
    feature: string;
    layer: string;
  }[] = [
    { example: 'breast-cancer', feature: 'worst_radius', layer: 'hidden_1', make: plainCases },
    { example: 'digits', feature: 'px_3_3', layer: 'conv_2', make: plainCases },
  ];
  for (const { example, feature, layer, make } of cases) {
    const config = await loadConfig(path.join(root, 'examples', example, 'ablation.yml'), {
      cwd: root,
    });
    const suite = await prepareSuite(config, root);
    try {
      const data = modelData(suite);
      const plain = new Evaluator(suite.graph, suite.inputShape, data, { seed: 1, repeats: 1 });
      const baseline = plain.baseline();
      const noisy = new CurveEvaluator(suite.graph, suite.inputShape, data, baseline, {
        seed: 1,
        grid: [0.5],
        repeats: 1,
        scale: 'std',
        draws: 'gaussian',
      });
      for (const c of make({ feature, layer })) {
        const ablation: number[] = [];
        const point: number[] = [];
        for (let r = 0; r < runs + 1; r++) {
          let t = performance.now();
          plain.run([c.ablation]);
          if (r > 0) ablation.push(performance.now() - t);
          t = performance.now();
          noisy.evaluate(c.curve);
          if (r > 0) point.push(performance.now() - t);
        }
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
      plain.dispose();
      noisy.dispose();
    } finally {
      suite.model.dispose();
    }
  }
  const markdown = [
    '# Sensitivity curves: cost per grid point (issue #20)',
    '',
    `One grid point (one noisy copy, s = 0.5) against one plain ablation of the same component, ms, medians of ${runs} interleaved runs on one thread (wasm backend), load average ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores when measured. A curve costs grid points × repeats of these (default 6 × repeats).`,
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
