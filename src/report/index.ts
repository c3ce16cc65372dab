export { renderReport, renderSummary, COMMENT_LIMIT, SUMMARY_LIMIT } from './render.js';
export type { ReportContext, ReportOptions } from './types.js';
export { engineOf, runFacts, runMismatches, type RunSettings } from './run-facts.js';
export { escapeText, mermaidText, WORD_JOINER } from './escape.js';
export { metricChangeWithInterval } from './format.js';
export { zeroToleranceNote } from './sections/zero-tolerance.js';
export type { TrendFacts } from './sections/trends.js';
