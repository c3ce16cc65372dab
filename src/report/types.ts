import type { Measure } from './layout.js';
import type { RetrainFacts } from './sections/retrain.js';
import type { TrendFacts } from './sections/trends.js';

/** Facts about the run that the Comparison does not hold; the caller gathers them at the edge. */
export interface ReportContext {
  /** The workflow run that made the report, linked from the run facts. */
  runUrl?: string;
  /** `owner/name`: commit ids are linked when given. */
  repository?: string;
  /** Where commit links point; default `https://github.com` (set it for GitHub Enterprise Server). */
  serverUrl?: string;
  /** The TF.js backend, or `predictions from train.command` for a command suite (engineOf). */
  backend: string;
  seed: number;
  repeats: number;
  resamples: number;
  durationMs: number;
  /** What a time limit changed (`run.budget`), as one line; absent without a limit. */
  timeLimit?: string;
  /** The baseline's settings, shown beside the head's, with a warning where they differ. */
  baseRun?: { backend: string; seed: number; resamples: number };
  /** The head's content hashes (`sha256:…`). */
  hashes: { config: string; model: string; data: string };
  /**
   * Plain text about the baseline, shown under the verdict and escaped: e.g.
   * how to create one when none is stored, or which older run stands in for
   * the merge-base.
   */
  baselineNote?: string;
  /** ISO time the report is made, for the baseline's age. */
  now: string;
  /** The head's retrain ablations, when it has any (see sections/retrain.ts). */
  retrain?: RetrainFacts;
  /** Main's recent stored runs for the trend charts, when any are stored. */
  trends?: TrendFacts;
}

/** Size limits of the report. */
export interface ReportOptions {
  /** The most the report may hold; default 65,536 (a GitHub comment). */
  limit?: number;
  /** The limit the trim notice names, when the caller keeps part of it for itself (default `limit`). */
  labelLimit?: number;
  /** How `limit` is counted; default `utf16-units` (JavaScript string length). */
  measure?: Measure;
}
