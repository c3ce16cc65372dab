import type { Component } from '../ablation/plan.js';
import { planBudget, type BudgetPlan } from './plan.js';
import { minRows, type Sample } from './sample.js';
import type { PreparedSuite } from '../suite/prepare.js';

/** A plan's size and what it costs on this machine. */
export interface PlanCost {
  /** Components evaluated (not applicable ones aside). */
  components: number;
  /** Ablated passes over the eval rows: a repeated component counts its repeats. */
  evaluations: number;
  /** Repeats and eval rows as configured. */
  repeats: number;
  rows: number;
  /** Seconds on `on`, from a timed sample of the plan (as a time limit estimates). */
  seconds: number;
  /** What the sample ran on: one thread, or a runtime's own threads (onnxruntime-node). */
  on: string;
  /** About how large the results document will be, in bytes. */
  bytes: number;
  /** Under a time limit: what a run would reduce to fit it (`planBudget`'s plan). */
  budget?: BudgetPlan;
}

/**
 * A plan's cost from a timed sample of it, whatever the model's format (an ONNX suite times
 * its own sample: src/onnx/budget.ts); `width` is the model's output width.
 */
export function costOfPlan(
  sample: Pick<Sample, 'fixed' | 'work'>,
  suite: Pick<PreparedSuite, 'config' | 'dataset'>,
  components: readonly Component[],
  width: number,
  options: { limit?: number; elapsed?: number; on?: string },
): PlanCost {
  const { config, dataset } = suite;
  const applicable = components.filter((c) => c.notApplicable === undefined);
  const input = {
    elapsed: 0,
    fixed: sample.fixed,
    work: sample.work,
    rows: dataset.n,
    repeats: config.repeats,
    minRows: minRows(dataset),
  };
  const { estimate } = planBudget({ ...input, limit: Infinity });
  return {
    components: applicable.length,
    evaluations: applicable.reduce((sum, c) => sum + (c.stochastic ? config.repeats : 1), 0),
    repeats: config.repeats,
    rows: dataset.n,
    seconds: estimate,
    on: options.on ?? 'one thread',
    bytes: resultsBytes(suite, components, width),
    ...(options.limit === undefined
      ? {}
      : {
          budget: planBudget({ ...input, elapsed: options.elapsed ?? 0, limit: options.limit }),
        }),
  };
}

/**
 * About how many bytes the results document of a plan takes as written
 * (indented JSON): each component with a contribution per metric, full
 * precision numbers, and the baseline's outputs and labels in base64.
 */
export function resultsBytes(
  suite: Pick<PreparedSuite, 'config' | 'dataset'> & Partial<Pick<PreparedSuite, 'model'>>,
  components: readonly Component[],
  width = outputWidth(suite),
): number {
  const number = 0.12345678901234568;
  const contribution = {
    value: number,
    valueCi: [number, number],
    contribution: number,
    ci: [number, number],
    p: number,
    q: number,
  };
  const metrics = Object.fromEntries(suite.config.metrics.map((m) => [m, contribution]));
  let bytes = 0;
  for (const c of components) {
    const row = {
      id: c.id,
      kind: c.kind,
      name: c.name,
      target: c.on === 'layers' ? c.layers : c.features,
      mode: c.mode,
      repeats: suite.config.repeats,
      ...(c.notApplicable === undefined ? { metrics } : { notApplicable: c.notApplicable }),
    };
    // Indented two levels deeper in the document than here.
    const text = JSON.stringify(row, null, 2);
    bytes += text.length + 4 * (text.split('\n').length + 1);
  }
  const { n } = suite.dataset;
  // Float32 outputs and Float64 labels, 4 base64 characters per 3 bytes.
  return bytes + Math.ceil((n * width * 4 + n * 8) / 3) * 4;
}

export function outputWidth(suite: Partial<Pick<PreparedSuite, 'model'>>): number {
  const shape = suite.model?.outputs[0]?.shape ?? [];
  return shape.slice(1).reduce<number>((a, d) => a * (d ?? 1), 1);
}
