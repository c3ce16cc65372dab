import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingSlugs, linkProblems } from './links.js';

const docs = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
/** The README, docs/, and the READMEs of the examples and the benchmarks, which link into docs/. */
const pages = [
  'README.md',
  ...docs,
  'bench/README.md',
  ...readdirSync('examples')
    .map((f) => `examples/${f}/README.md`)
    .filter((f) => existsSync(f)),
];

describe('the README, docs/ and the other READMEs', () => {
  it.each(pages)('%s: every relative link and anchor resolves', (page) => {
    expect(linkProblems(page)).toEqual([]);
  });

  it("the README's Documentation list links every page of docs/", () => {
    const readme = readFileSync('README.md', 'utf8');
    const list = readme.slice(
      readme.indexOf('## Documentation'),
      readme.indexOf('## Data credits'),
    );
    const linked = [...list.matchAll(/\]\((docs\/[^)#]+\.md)\)/g)].map((m) => m[1]).sort();
    expect(linked).toEqual([...docs].sort());
  });

  it('the README stays a front door: under 300 lines', () => {
    expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThan(300);
  });
});

describe("GitHub's heading anchors", () => {
  it.each([
    ['# Configuration: `ablation.yml`', 'configuration-ablationyml'],
    ['### Command suites (any language)', 'command-suites-any-language'],
    ['## Use it in your own repository', 'use-it-in-your-own-repository'],
    ['## Names, globs & ranges', 'names-globs--ranges'],
    ['## Training on wasm ##', 'training-on-wasm'],
    ['## [The GitHub Action](action.md)', 'the-github-action'],
    ['## `train.time-limit` and x_y', 'traintime-limit-and-x_y'],
    ['## Über Größe', 'über-größe'],
  ])('%s → #%s', (heading, slug) => {
    expect([...headingSlugs(`${heading}\n`)]).toEqual([slug]);
  });

  it('a repeated heading gets -1, -2; a # line in a code block is no heading', () => {
    const text = '## Statistics\n\n```sh\n# Statistics\n```\n\n### Statistics\n\n# Statistics\n';
    expect([...headingSlugs(text)]).toEqual(['statistics', 'statistics-1', 'statistics-2']);
  });
});

describe('a broken link is caught', () => {
  // Real files in a folder laid out like the repository: README.md, docs/a.md, src/.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ablation-ci-links-'));
  mkdirSync(path.join(dir, 'docs'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'docs/a.md'), '# A\n\n## Shards and time limits\n');
  const readme = path.join(dir, 'README.md');

  it.each([
    ['a good file, folder and anchor', '[a](docs/a.md#shards-and-time-limits) [s](src/)', []],
    ['an anchor of this file', '[q](#quickstart)', []],
    ['a URL, not checked', '[u](https://example.com/x#y) [m](mailto:a@b.c)', []],
    ['a link in code, not a link', '`[x](nowhere.md)`\n\n```md\n[x](nowhere.md)\n```', []],
    ['a missing file', '[x](docs/b.md)', ['5: no such file: ./docs/b.md']],
    ['a missing folder', 'x\n[x](examples/)', ['6: no such file: ./examples/']],
    [
      'an anchor that moved to another file',
      '[x](#shards-and-time-limits)',
      ['5: no heading of ./README.md has the anchor #shards-and-time-limits'],
    ],
    [
      'a missing anchor in another file',
      '[x](docs/a.md#retrain)',
      ['5: no heading of ./docs/a.md has the anchor #retrain'],
    ],
    ['a reference definition', '[x]: docs/c.md', ['5: no such file: ./docs/c.md']],
    ['an image', '![x](docs/x.png)', ['5: no such file: ./docs/x.png']],
    [
      'a link split over lines',
      'see [Shards and\ntime limits](docs/a.md#shards)',
      ['5: no heading of ./docs/a.md has the anchor #shards'],
    ],
    [
      'an anchor into a file that is not markdown',
      '[x](src/#L1)',
      ['5: an anchor into a file that is not markdown'],
    ],
  ])('%s', (_, body, expected) => {
    writeFileSync(readme, `# R\n\n## Quickstart\n\n${body}\n`);
    const problems = linkProblems(readme).map(
      (p) => `${p.line}: ${p.problem.replaceAll(dir, '.')}`,
    );
    expect(problems).toEqual(expected);
  });
});
