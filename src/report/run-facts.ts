import type { Results } from '../results/types.js';
import { retrainFacts } from './sections/retrain.js';
import type { ReportContext } from './types.js';

/** The run facts of a report that the head's results document holds. */
export function runFacts(
  head: Results,
): Pick<
  ReportContext,
  'backend' | 'seed' | 'repeats' | 'resamples' | 'durationMs' | 'hashes' | 'retrain'
> {
  const retrain = retrainFacts(head);
  return {
    ...(retrain === undefined ? {} : { retrain }),
    backend: head.run.backend,
    seed: head.run.seed,
    repeats: head.run.repeats,
    resamples: head.run.resamples,
    durationMs: head.timing.durationMs,
    hashes: {
      config: head.source.configHash,
      model: head.source.modelHash,
      data: head.source.dataHash,
    },
  };
}
