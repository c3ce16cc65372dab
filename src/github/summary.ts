import { fitMarkdown } from './fit.js';

/**
 * The most a job summary may hold, in UTF-8 bytes. GitHub rejects a step's
 * summary over 1024 KiB; 1 KiB is kept free for the line break the writer
 * (`core.summary.write`) adds and anything appended after the report.
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;

/** The notice that ends a trimmed job summary. */
export const SUMMARY_TRIMMED_NOTICE =
  "\n\n---\n\n**Trimmed:** this report is longer than GitHub's 1 MiB limit for a job summary, so it is cut off here. The results file holds everything.\n";

/**
 * The job summary, cut to stay under GitHub's 1 MiB limit: unchanged when it
 * fits; otherwise the longest run of whole lines that fits with open code
 * fences and `<details>` closed, then a notice that it was trimmed.
 */
export function fitSummary(markdown: string, maxBytes: number = SUMMARY_MAX_BYTES): string {
  return fitMarkdown(markdown, {
    limit: maxBytes,
    measure: 'utf8-bytes',
    notice: SUMMARY_TRIMMED_NOTICE,
  });
}
