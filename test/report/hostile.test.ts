import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { renderReport } from '../../src/report/index.js';
import type { Results } from '../../src/results/types.js';
import { contextOf, laterRun, mainResults, setContribution, setTest } from './comparisons.js';

/** A pipe, HTML, a mention, backticks, an issue reference, a link and emphasis in one name. */
const HOSTILE = 'a|b <img src=x onerror=alert(1)> @octocat `x` #1 [l](y) *e*';

/** Gives a test, a component target and a class the hostile name, as a config and model could. */
function hostile(results: Results): Results {
  const copy = structuredClone(results);
  copy.tests.find((t) => t.name === 'malignant-recall')!.name = HOSTILE;
  copy.tests.find((t) => t.name === 'benign-recall')!.class = HOSTILE;
  copy.classes = [HOSTILE, 'malignant'];
  copy.data.labelCounts = { [HOSTILE]: 125, malignant: 74 };
  const feature = copy.components.find((c) => c.id === 'feature:worst_area:permute')!;
  Object.assign(feature, { id: `feature:${HOSTILE}:permute`, target: [HOSTILE] });
  const layer = copy.components.find((c) => c.id === 'layer:hidden_1:remove')!;
  Object.assign(layer, {
    id: `layer:${HOSTILE}:remove`,
    target: [HOSTILE],
    notApplicable: `${HOSTILE}: remove needs equal input and output shapes`,
  });
  return copy;
}

function render(): string {
  const base = hostile(mainResults());
  const head = laterRun(base, '5555555555555555555555555555555555555555');
  setTest(head, HOSTILE, { status: 'fail', value: 0.8, ci: [0.7, 0.84] });
  setContribution(head, `feature:${HOSTILE}:permute`, 0.9, [0.85, 0.95], 0.001);
  return renderReport(compare(base, head), contextOf(head));
}

/** Cells of a GFM table row: split on `|` that no backslash escapes, outer pipes dropped. */
function cells(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      current += line.slice(i, i + 2);
      i++;
    } else if (line[i] === '|') {
      parts.push(current);
      current = '';
    } else {
      current += line[i];
    }
  }
  parts.push(current);
  return parts.slice(1, -1);
}

interface HtmlTable {
  header: string[];
  rows: string[][];
}

/** The tables of rendered HTML, cells as the text a reader sees (tags stripped, entities decoded). */
function htmlTables(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body]) => {
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => text(cell)),
    );
    return { header: rows[0], rows: rows.slice(1) };
  });
}

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '');
}

describe('names from a config or a model render as text', () => {
  const markdown = render();
  const html = marked.parse(markdown, { gfm: true, async: false });
  const tables = htmlTables(html);

  it('keeps every table row at its header’s column count, in the markdown and in the HTML', () => {
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines.length).toBeGreaterThan(100);
    for (const block of markdown.split(/\n\n/)) {
      const lines = block.split('\n');
      if (!lines[0].startsWith('|')) continue;
      const width = cells(lines[0]).length;
      for (const line of lines) expect([line, cells(line).length]).toEqual([line, width]);
    }
    // What changed (metrics, largest changes), tests (failing, then the rest collapsed), gate,
    // accuracy's components (top, rest), not applicable, three more metrics' components (top,
    // rest), labels, run facts.
    expect(tables.length).toBe(16);
    for (const table of tables) {
      for (const row of table.rows) expect(row.length).toBe(table.header.length);
    }
  });

  it('shows the name whole, as text, in every table it belongs to', () => {
    const byHeader = (first: string, second?: string) =>
      tables.filter(
        (t) => t.header[0] === first && (second === undefined || t.header[1] === second),
      );
    const [tests] = byHeader('Test');
    expect(tests.rows[0]).toEqual([
      HOSTILE,
      'recall',
      '≥ 0.8500',
      '0.9595 [0.8875, 0.9861]',
      '0.8000 [0.7000, 0.8400]',
      '74',
      '❌ fail (new failure; was ✅ pass)',
      '-15.9 pts',
    ]);
    const allTestRows = byHeader('Test').flatMap((t) => t.rows);
    expect(allTestRows.find((r) => r[0] === 'benign-recall')?.[1]).toBe(
      `recall (class ${HOSTILE})`,
    );
    const [gate] = byHeader('Check');
    expect(gate.rows.map((r) => r[0])).toContain(HOSTILE);
    const [components] = byHeader('Rank');
    expect(components.rows[0].slice(0, 3)).toEqual(['1 ↑22', HOSTILE, 'feature, permute']);
    const [notApplicable] = byHeader('Component');
    expect(notApplicable.rows[0]).toEqual([
      HOSTILE,
      'layer, remove',
      `${HOSTILE}: remove needs equal input and output shapes`,
    ]);
    const [labels] = byHeader('Class');
    expect(labels.rows[0]).toEqual([HOSTILE, '125 (62.8%)', '125 (62.8%)']);
    expect(text(html)).toContain(`1 failing test (${HOSTILE})`);
  });

  it('renders no HTML from a name: no img element, only the escaped text', () => {
    expect(html).not.toMatch(/<img/i);
    // The verdict, two rows of what changed, the tests (name, class), the gate, four metrics'
    // components, not applicable (name, reason), the labels.
    expect(html.split('&lt;img src=x onerror=alert(1)&gt;').length - 1).toBe(13);
  });

  it('pings nobody and links no issue: a word joiner follows @ and #', () => {
    expect(html).not.toContain('@octocat');
    expect(html.split('@\u2060octocat').length - 1).toBe(13);
    expect(html).not.toMatch(/#1\b/);
    expect(markdown).not.toMatch(/@octocat|#1/);
  });

  it('makes no link, code span or emphasis from a name', () => {
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
    expect(links.length).toBe(4);
    for (const href of links) expect(href).toMatch(/^https:\/\/github\.com\/acme\/models\//);
    const codes = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)]
      .map(([, code]) => code)
      .filter((code) => !/^(main |PR {3})/.test(code));
    expect(codes).toEqual([
      '1111111',
      'e978eefab96a',
      '804c8f8a9dba',
      '38863715aacb',
      '5555555',
      '1111111',
    ]);
    const emphasis = [...html.matchAll(/<em>([\s\S]*?)<\/em>/g)].map(([, em]) => em);
    expect(emphasis).toEqual(['all eval data']);
  });

  it('draws the interval plots from their own characters only, never a name', () => {
    // Two rows changed: the hostile component and the hostile test, main's line and this PR's each.
    const plots = [...html.matchAll(/<code>((?:main |PR {3})[^<]*)<\/code>/g)].map(([, p]) => p);
    expect(plots.length).toBe(4);
    for (const plot of plots) expect(plot).toMatch(/^(main |PR {3})[·┊├─●┤]{21}$/);
  });
});

describe('bare URLs and e-mail addresses in names render as text, never as links', () => {
  const names = [
    'https://evil.example/phish',
    'http://a.example',
    'see https://x.example/z?q=1 now',
    'www.example.com',
    'WWW.Example.COM/path',
    '(www.example.com)',
    '*www.example.com*',
    'ftp://files.example/x',
    'mallory@example.com',
    'mailto:me@example.com',
    'xmpp:me@example.com/x',
    'feature_https://x.example',
    'a:https://b.example',
    '<https://angle.example>',
  ];

  it.each(names)('%s', (name) => {
    const base = mainResults();
    const head = laterRun(base, '5555555555555555555555555555555555555555');
    for (const results of [base, head]) {
      results.tests.find((t) => t.name === 'malignant-recall')!.name = name;
      const feature = results.components.find((c) => c.id === 'feature:worst_area:permute')!;
      Object.assign(feature, { id: `feature:${name}:permute`, target: [name] });
      results.suite = name;
    }
    setTest(head, name, { status: 'fail', value: 0.8, ci: [0.7, 0.84] });
    const html = marked.parse(renderReport(compare(base, head), contextOf(head)), {
      gfm: true,
      async: false,
    });
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
    // Only the report's own commit and run links, all on the repository's server.
    expect(links.length).toBe(4);
    for (const href of links) expect(href).toMatch(/^https:\/\/github\.com\/acme\/models\//);
    // The name itself is there, whole, as the reader sees it: the heading, a table cell.
    expect(text(html)).toContain(`ablation-ci · ${name}`);
    const tests = htmlTables(html).find((t) => t.header[0] === 'Test')!;
    expect(tests.rows[0][0]).toBe(name);
  });
});
