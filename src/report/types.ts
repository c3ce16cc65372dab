import type { Measure } from './layout.js';

/** Facts about the run that the Comparison does not hold; the caller gathers them at the edge. */
export interface ReportContext {
  /** The workflow run that made the report, linked from the run facts. */
  runUrl?: string;
  /** `owner/name`: commit ids are linked when given. */
  repository?: string;
  /** Where commit links point; default `https://github.com` (set it for GitHub Enterprise Server). */
  serverUrl?: string;
  backend: string;
  seed: number;
  repeats: number;
  resamples: number;
  durationMs: number;
  /** What a time limit changed (`run.budget`), as one line; absent without a limit. */
  timeLimit?: string;
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
  /** Hidden marker line(s) put first, verbatim (the sticky comment's `<!-- ablation-ci:SUITE -->`); `''` for none. */
  marker: string;
}

/** Size limits of the report. */
export interface ReportOptions {
  /** The most the report may hold, marker included; default 65,536 (a GitHub comment). */
  limit?: number;
  /** How `limit` is counted; default `utf16-units` (JavaScript string length). */
  measure?: Measure;
}
