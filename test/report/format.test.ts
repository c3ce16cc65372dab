import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeText, mermaidText } from '../../src/report/escape.js';
import {
  age,
  commitLink,
  duration,
  num,
  pValue,
  safeUrl,
  shortHash,
  signed,
  withInterval,
} from '../../src/report/format.js';

describe('numbers', () => {
  it.each([
    [0.964824120603015, '0.9648'],
    [1, '1.0000'],
    [-0.00001, '0.0000'],
    [-0.0402, '-0.0402'],
    [12345.678912, '12345.6789'],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('num(%s) = %s', (value, text) => expect(num(value)).toBe(text));

  it.each([
    [0.0135, '+0.0135'],
    [-0.2467, '-0.2467'],
    [0, '0.0000'],
    [0.00001, '0.0000'],
    [Number.NaN, '—'],
  ])('signed(%s) = %s', (value, text) => expect(signed(value)).toBe(text));

  it.each([
    [0.001998001998001998, '0.0020'],
    [0.00004, '<0.0001'],
    [0, '0.0000'],
    [1, '1.0000'],
    [Number.NaN, '—'],
  ])('pValue(%s) = %s', (value, text) => expect(pValue(value)).toBe(text));

  it('intervals', () => {
    expect(withInterval(0.123, [0.1, 0.15])).toBe('0.1230 [0.1000, 0.1500]');
    expect(withInterval(0.123)).toBe('0.1230');
    expect(withInterval(null, [0.1, 0.15])).toBe('—');
  });

  it.each([
    [850, '0.85 s'],
    [1957, '2 s'],
    [125_000, '2.08 min'],
    [3_720_000, '62 min'],
    [7_200_000, '2 h'],
    [-1, '—'],
    [NaN, '—'],
  ])('duration(%s) = %s', (ms, text) => expect(duration(ms)).toBe(text));

  it.each([
    ['2026-11-24T08:59:30Z', 'less than a minute old'],
    ['2026-11-24T08:59:00Z', '1 minute old'],
    ['2026-11-24T06:00:00Z', '3 hours old'],
    ['2026-11-22T11:00:00Z', '46 hours old'],
    ['2026-11-21T16:53:21.256Z', '2 days old'],
    ['2026-11-25T00:00:00Z', 'less than a minute old'],
    ['yesterday', 'unknown age'],
  ])('age(%s) = %s', (startedAt, text) =>
    expect(age(startedAt, '2026-11-24T09:00:00Z')).toBe(text),
  );
});

describe('links', () => {
  const links = { serverUrl: 'https://github.com', repository: 'acme/models' };
  const sha = '0123456789abcdef0123456789abcdef01234567';

  it('links a hex commit id when the repository is known', () => {
    expect(commitLink(sha, links)).toBe(
      `[\`0123456\`](https://github.com/acme/models/commit/${sha})`,
    );
    expect(commitLink(sha, { serverUrl: 'https://ghe.example.com/', repository: 'a/b' })).toBe(
      `[\`0123456\`](https://ghe.example.com/a/b/commit/${sha})`,
    );
    expect(commitLink(sha, { serverUrl: 'https://github.com' })).toBe('`0123456`');
    expect(commitLink(sha, { serverUrl: 'https://github.com', repository: 'a b/c' })).toBe(
      '`0123456`',
    );
    expect(commitLink(null, links)).toBe('an unknown commit');
    expect(commitLink('main](javascript:x)', links)).toBe('main\\](javascript:x)');
  });

  it('keeps only http(s) URLs, with characters that could end a link encoded', () => {
    expect(safeUrl('https://github.com/a/b/actions/runs/1')).toBe(
      'https://github.com/a/b/actions/runs/1',
    );
    expect(safeUrl('https://x.test/a)b<c>|d')).toBe('https://x.test/a%29b%3Cc%3E%7Cd');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.test/a b')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });

  it('shortens content hashes', () => {
    expect(shortHash(`sha256:${'ab'.repeat(32)}`)).toBe('`abababababab`');
    expect(shortHash('not <a> hash')).toBe('not &lt;a&gt; hash');
  });
});

describe('escapeText', () => {
  it.each([
    ['hidden_1', 'hidden\\_1'],
    ['a|b', 'a\\|b'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['@octocat', '@&#8288;octocat'],
    ['fixes #1', 'fixes #&#8288;1'],
    ['`code`', '\\`code\\`'],
    ['[x](y)', '\\[x\\](y)'],
    ['*a* _b_ ~c~ $d$', '\\*a\\* \\_b\\_ \\~c\\~ \\$d\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['&lt;', '&amp;lt;'],
    ['line\nbreak\ttab', 'line break tab'],
    ['bidi\u202eevil', 'bidi evil'],
  ])('escapeText(%j) = %j', (name, escaped) => expect(escapeText(name)).toBe(escaped));

  it.each([
    'hidden_1',
    '*a* _b_ ~c~ ~~d~~ $e$ **f**',
    '[x](y) ![i](z) <b>bold</b> &amp; \\* `c` ``d``',
    '# heading? <!-- comment --> <script>alert(1)</script>',
  ])('%j renders as exactly that text', (name) => {
    const html = marked.parse(`Name: ${escapeText(name)}`, { gfm: true, async: false });
    const text = html
      .replace(/^<p>Name: |<\/p>\n$/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\u2060/g, '');
    expect(text).toBe(name);
  });

  it('cuts long names, keeping whole characters', () => {
    expect(escapeText('x'.repeat(250))).toBe(`${'x'.repeat(199)}…`);
    expect(escapeText('😀'.repeat(5), 3)).toBe('😀😀…');
  });
});

describe('mermaidText', () => {
  it.each([
    ['hidden_2 reinit', 'hidden_2 reinit'],
    ['mean_radius value=0.5', 'mean_radius value=0.5'],
    ['a"b`c#d;e<f>g|h@i%j', 'a_b_c_d_e_f_g_h_i_j'],
    ['größe (cm)', 'größe (cm)'],
    ['x'.repeat(50), `${'x'.repeat(39)}…`],
  ])('mermaidText(%j) = %j', (name, label) => expect(mermaidText(name)).toBe(label));
});
