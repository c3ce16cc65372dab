import { budgetNotice } from '../results/budget-notice.js';
import type { Results } from '../results/types.js';
import type { ReportContext } from './types.js';

/** The run facts of a report that the head's results document holds. */
export function runFacts(
  head: Results,
): Pick<
  ReportContext,
  'backend' | 'seed' | 'repeats' | 'resamples' | 'durationMs' | 'hashes' | 'timeLimit'
> {
  return {
    backend: head.run.backend,
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
  };
}
