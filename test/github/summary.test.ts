import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/github/fit.js';
import { fitSummary, SUMMARY_MAX_BYTES, SUMMARY_TRIMMED_NOTICE } from '../../src/github/summary.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('fitSummary', () => {
  it('leaves a summary that fits unchanged', () => {
    const report = '## ablation-ci: passed\n\n| test | status |\n| --- | --- |\n| a | pass |\n';
    expect(fitSummary(report)).toBe(report);
    expect(fitSummary('x'.repeat(SUMMARY_MAX_BYTES))).toBe('x'.repeat(SUMMARY_MAX_BYTES));
  });

  it("keeps a 1.4 MiB report under GitHub's 1 MiB, at a line break, with a notice", () => {
    const rows = Array.from({ length: 64_000 }, (_, i) => `| component ${i} | 0.0${i % 10} |`);
    const report = `## ablation-ci: failed\n\n| component | contribution |\n| --- | --- |\n${rows.join('\n')}\n`;
    expect(bytes(report)).toBeGreaterThan(1.4 * 1024 * 1024);
    const fitted = fitSummary(report);
    expect(bytes(fitted)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes(fitted)).toBeLessThan(1024 * 1024);
    expect(bytes(fitted)).toBeGreaterThan(SUMMARY_MAX_BYTES - 200);
    expect(fitted.endsWith(`|\n${SUMMARY_TRIMMED_NOTICE}`)).toBe(true);
    expect(report.startsWith(fitted.slice(0, -SUMMARY_TRIMMED_NOTICE.length))).toBe(true);
  });

  it('closes an open <details> block and code fence so the rest renders', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${'y'.repeat(40)}`);
    const report =
      '# Report\n\n<details><summary>Data</summary>\n\n```text\n' +
      lines.join('\n') +
      '\n```\n\n</details>\n';
    const fitted = fitSummary(report, 4096);
    expect(bytes(fitted)).toBeLessThanOrEqual(4096);
    expect(fitted).toMatch(/\nline \d+ y+\n```\n\n<\/details>\n\n---\n\n\*\*Trimmed:\*\*/);
    const html = await marked.parse(fitted);
    // The notice renders as text after the closed block, not inside the code.
    expect(html).toMatch(
      /<\/code><\/pre>\n<\/details>[\s\S]*<p><strong>Trimmed:<\/strong> this report/,
    );
    expect(html.match(/<details>/g)).toHaveLength(1);
    expect(html.match(/<\/details>/g)).toHaveLength(1);
  });

  it('never splits a multi-byte character in one long line', () => {
    const fitted = fitSummary('é'.repeat(5000), 1001 + bytes(SUMMARY_TRIMMED_NOTICE));
    expect(fitted).toBe('é'.repeat(500) + SUMMARY_TRIMMED_NOTICE);
    expect(fitted).not.toContain('\uFFFD');
  });
});

describe('fitMarkdown', () => {
  it('counts UTF-16 units and keeps surrogate pairs whole', () => {
    const fitted = fitMarkdown('😀'.repeat(10), { limit: 9, measure: 'utf16-units', notice: '!' });
    expect(fitted).toBe('😀😀😀😀!');
  });

  it('gives the notice alone, cut to the limit, when nothing else fits', () => {
    expect(fitMarkdown('abcdef', { limit: 3, measure: 'utf8-bytes', notice: '[trimmed]' })).toBe(
      '[tr',
    );
  });

  it('ignores <details> written inside a code fence', () => {
    const text = '```\n<details>\n```\nkeep\n' + 'z'.repeat(100);
    expect(fitMarkdown(text, { limit: 30, measure: 'utf8-bytes', notice: '~' })).toBe(
      '```\n<details>\n```\nkeep\n~',
    );
  });
});
