import type { Component } from '../ablation/plan.js';
import type { BackendName } from '../backend/resolve.js';
import type { RunPool } from '../pool/run-pool.js';
import { budgetNotice } from '../results/budget-notice.js';
import type { RetrainStage } from '../retrain/stage.js';
import { commandBaseline } from '../retrain/stage.js';
import { shardComponents } from '../shard/plan.js';
import { fitToTimeLimit } from '../budget/tfjs-sample.js';
import type { OnPhase } from '../suite/phase.js';
import { resultsBytes } from '../budget/plan-cost.js';
import type { PreparedData, PreparedSuite } from '../suite/prepare.js';
import { LARGE_RESULTS_BYTES, largeResultsWarning } from '../budget/results-size.js';
import { evaluateSuite, type EvaluationPart } from '../suite/run.js';
import { scoreBaselineStage } from '../suite/score-baseline.js';
import type { RunSettings } from './settings.js';

/**
 * What the evaluate and score stages give the results document, whatever
 * made the predictions: a model format's evaluation (TF.js today) or a
 * command suite's retrained baseline. A new model format is a new function
 * returning this from the prepared data and the settings.
 */
export interface EvaluatedPart extends EvaluationPart {
  /** `source.modelHash`: the model's, or a command suite's training code's. */
  modelHash: string;
  /** Set when the user's command made the predictions, not a backend. */
  predictionsFrom?: 'train.command';
  /**
   * The repeats and the data the components were evaluated with, when a time limit changed
   * them (fewer repeats, a subsample of the rows): the document records what was run.
   */
  repeats?: number;
  dataHash?: string;
}

export interface EvaluateStageOptions {
  backend: BackendName;
  searchFrom: string[];
  /** When the command started (ms): a time limit counts from it. */
  startedAt: number;
  pool?: RunPool;
  onNotice?: (message: string) => void;
  onProgress?: (fraction: number) => void;
  onPhase?: OnPhase;
}

/**
 * Evaluate and score a TF.js suite: this shard's components, fitted to the
 * time limit first when there is one (said up front, never a silent
 * reduction), then evaluated and scored (see evaluateSuite).
 */
export async function evaluateModelStage(
  suite: PreparedSuite,
  settings: RunSettings,
  options: EvaluateStageOptions,
): Promise<EvaluatedPart> {
  const { shard, timeLimit: limit } = settings;
  const planned =
    shard === undefined
      ? suite.components
      : shardComponents(suite.components, suite.config.repeats, shard);
  noticeLargeResults(suite, planned, options.onNotice);
  if (limit !== undefined) options.onPhase?.('estimating', 'a timed sample of the plan');
  const fitted =
    limit === undefined
      ? undefined
      : fitToTimeLimit(suite, planned, {
          limit,
          startedAt: options.startedAt,
          clock: Date.now,
          // Curves are measured by an unsharded run or shard 1 alone.
          curves: shard === undefined || shard.index === 1 ? (suite.sensitivity ?? []) : [],
        });
  if (fitted !== undefined && (!fitted.fits || fitted.suite !== suite)) {
    options.onNotice?.(
      budgetNotice(fitted.budget) +
        (fitted.fits
          ? ''
          : '; even so it may not fit: components the deadline reaches are reported as not evaluated'),
    );
  }
  options.onPhase?.('evaluating');
  const part = await evaluateSuite(fitted?.suite ?? suite, {
    backend: options.backend,
    workers: settings.workers,
    ...(options.pool === undefined ? {} : { pool: options.pool }),
    searchFrom: options.searchFrom,
    onProgress: options.onProgress,
    ...(options.onPhase === undefined ? {} : { onPhase: options.onPhase }),
    ...(shard === undefined ? {} : { shard }),
    ...(fitted?.baseline === undefined ? {} : { baseline: fitted.baseline }),
    ...(fitted === undefined
      ? {}
      : {
          budget: {
            record: fitted.budget,
            deadline: fitted.deadline,
            unitSeconds: fitted.unitSeconds,
            curveSeconds: fitted.curveSeconds,
          },
        }),
  });
  const evaluated = fitted?.suite ?? suite;
  return {
    ...part,
    modelHash: suite.modelHash,
    repeats: evaluated.config.repeats,
    dataHash: evaluated.dataset.hash,
  };
}

/**
 * Score a command suite without a TF.js model: the baseline, the model unit
 * tests and the predictions are those of the retrained baseline of the
 * first seed that finished; there are no evaluation-time components.
 */
export function scoreCommandStage(
  trained: RetrainStage,
  data: PreparedData,
  onPhase?: OnPhase,
): EvaluatedPart {
  onPhase?.('scoring');
  const run = commandBaseline(trained);
  const scored = scoreBaselineStage(trained.config, data, run.outputs, run.width ?? 1);
  return {
    baseline: scored.part,
    groups: [],
    components: [],
    modelHash: trained.outcome.codeHash,
    predictionsFrom: 'train.command',
  };
}

/** Says up front when the results document will be too large for the results store. */
function noticeLargeResults(
  suite: PreparedSuite,
  components: readonly Component[],
  onNotice: ((message: string) => void) | undefined,
): void {
  if (onNotice === undefined) return;
  const bytes = resultsBytes(suite, components);
  if (bytes <= LARGE_RESULTS_BYTES) return;
  onNotice(largeResultsWarning(bytes, components.length));
}
