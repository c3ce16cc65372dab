import { budgetNotice } from '../results/budget-notice.js';
import type { Results } from '../results/types.js';
import { retrainFacts } from './sections/retrain.js';
import type { ReportContext } from './types.js';

/** The run settings a comparison needs the same on both sides to compare like with like. */
export interface RunSettings {
  backend: string;
  /** `train.command`: the predictions came from the user's command, not from the backend. */
  predictionsFrom?: 'train.command';
  /** An ONNX model's runtime and its version. */
  runtime?: { name: string; version: string };
  seed: number;
  resamples: number;
}

/**
 * What made a run's predictions: its TF.js backend, an ONNX runtime and its version, or a
 * command suite's `train.command`.
 */
export function engineOf(
  run: Pick<RunSettings, 'backend' | 'predictionsFrom' | 'runtime'>,
): string {
  if (run.predictionsFrom === 'train.command') return 'predictions from train.command';
  return run.runtime === undefined ? run.backend : `${run.runtime.name} ${run.runtime.version}`;
}

/**
 * The run facts of a report that the results documents hold: the head's, and
 * the baseline's settings when there is a baseline.
 */
export function runFacts(
  head: Results,
  base?: Results,
): Pick<
  ReportContext,
  | 'backend'
  | 'seed'
  | 'repeats'
  | 'resamples'
  | 'durationMs'
  | 'hashes'
  | 'baseRun'
  | 'retrain'
  | 'timeLimit'
> {
  const retrain = retrainFacts(head);
  return {
    ...(retrain === undefined ? {} : { retrain }),
    backend: engineOf(head.run),
    seed: head.run.seed,
    repeats: head.run.repeats,
    resamples: head.run.resamples,
    durationMs: head.timing.durationMs,
    ...(head.run.budget === undefined ? {} : { timeLimit: budgetNotice(head.run.budget) }),
    hashes: {
      config: head.source.configHash,
      model: head.source.modelHash,
      data: head.source.dataHash,
    },
    ...(base === undefined
      ? {}
      : {
          baseRun: {
            backend: engineOf(base.run),
            seed: base.run.seed,
            resamples: base.run.resamples,
          },
        }),
  };
}

/**
 * One sentence per setting the baseline ran with differently from the head
 * (backend, seed, bootstrap resamples): differences in the numbers may then
 * come from the setting, not from the change. Plain text.
 */
export function runMismatches(base: RunSettings | undefined, head: RunSettings): string[] {
  if (base === undefined) return [];
  const facts: [string, string | number, string | number][] = [
    ['backend', engineOf(base), engineOf(head)],
    ['seed', base.seed, head.seed],
    ['bootstrap resample count', base.resamples, head.resamples],
  ];
  return facts
    .filter(([, was, is]) => was !== is)
    .map(
      ([what, was, is]) =>
        `the baseline ran with ${what} ${was}, this run with ${is}: differences may come from that, not from the change`,
    );
}
