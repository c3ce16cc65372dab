import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/pattern/match.js';
import { parsePattern, type PatternMode } from '../../src/pattern/syntax.js';
import { Rng } from '../../src/stats/rng.js';

/**
 * The one pattern matcher behind every config key that names layers,
 * features, columns or files: what it matches, how it orders range
 * matches, which patterns it refuses, and that it never backtracks.
 */

function matcher(source: string, mode: PatternMode) {
  const pattern = parsePattern(source, mode);
  if ('problem' in pattern) throw new Error(pattern.problem);
  return compileMatcher(pattern, mode);
}

describe('the pattern matcher', () => {
  it.each([
    ['px_*', 'name', 'px_0_0_0', true],
    ['px_?', 'name', 'px_1', true],
    ['px_?', 'name', 'px_12', false],
    ['head/*', 'name', 'head/inner/conv_1', true],
    ['a?c', 'name', 'a/c', true],
    ['a?c', 'path', 'a/c', false],
    ['*.py', 'path', 'py/a.py', false],
    ['**/*.py', 'path', 'py/a.py', true],
    ['**/*.py', 'path', 'a.py', true],
    ['py/**', 'path', 'py/a/b.py', true],
    ['*.{ts,py}', 'path', 'a.py', true],
    ['*.{ts,py}', 'path', 'a.js', false],
    ['{a,b{c,d}}x', 'name', 'bdx', true],
    ['{a,}x', 'name', 'x', true],
    ['p[2:5]*', 'name', 'p3x', true],
    ['p[2:5]*', 'name', 'p6', false],
    ['p[2:5]_*', 'name', 'p02_x', false],
    ['p[0:3]', 'name', 'p0', true],
    ['p[10:12]_*', 'name', 'p11_a', true],
    ['p[10:12]_*', 'name', 'p1_a', false],
    ['data/part[0:9].csv', 'path', 'data/part7.csv', true],
    ['f[1:2*', 'name', 'f[1:2x', true],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*b', 'name', 'a'.repeat(40), false],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*b', 'path', 'a'.repeat(40), false],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*', 'name', 'a'.repeat(40), true],
  ] as const)('%s (%s) on %s: %s', (source, mode, name, expected) => {
    expect(matcher(source, mode).test(name)).toBe(expected);
  });

  it.each([
    ['{a,b', '"{a,b" has a { without its closing }'],
    ['a}b', '"a}b" has a } without an opening {'],
    ['{a,{b,c}', '"{a,{b,c}" has a { without its closing }'],
    ['p[5:2]', 'the range [5:2] in "p[5:2]" is empty (END is included and must be at least START)'],
    [
      'p[0:99999999999999999]',
      'the range [0:99999999999999999] in "p[0:99999999999999999]" has a bound above 9007199254740991',
    ],
    [
      `*${'{a,b}'.repeat(13)}`,
      `${JSON.stringify(`*${'{a,b}'.repeat(13)}`)} has more than 4096 {a,b} alternatives`,
    ],
    ['p[0:9999999]_[0:9]', '"p[0:9999999]_[0:9]" stands for more than 10000000 names'],
    ['p{a,b}[0:9999999]', '"p{a,b}[0:9999999]" stands for more than 10000000 names'],
  ])('refuses %s: %s', (source, problem) => {
    expect(parsePattern(source, 'name')).toEqual({ problem });
    expect(parsePattern(source, 'path')).toEqual({ problem });
  });

  it('tests a 40-character name against 13 stars in linear time', () => {
    const names = Array.from({ length: 2000 }, (_, i) => 'a'.repeat(30 + (i % 11)));
    const started = performance.now();
    const test = matcher('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'name');
    expect(names.filter((name) => test.test(name))).toEqual([]);
    // A backtracking expression needs about C(40, 12) ≈ 5.6e9 steps for one of them.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('agrees with an equivalent regular expression on 3,000 random patterns and names', () => {
    const rng = Rng.stream(11, 'pattern-fuzz');
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rng.next() * items.length)];
    const pieces: [glob: string, name: string, path: string][] = [
      ['a', 'a', 'a'],
      ['b', 'b', 'b'],
      ['/', '/', '/'],
      ['1', '1', '1'],
      ['*', '.*', '[^/]*'],
      ['?', '.', '[^/]'],
      ['**/', '.*/', '(?:.*/)?'],
      ['{a,b/}', '(?:a|b/)', '(?:a|b/)'],
      ['{,1}', '(?:|1)', '(?:|1)'],
      ['[1:12]', `(?:${range(1, 12)})`, `(?:${range(1, 12)})`],
      ['[0:3]', `(?:${range(0, 3)})`, `(?:${range(0, 3)})`],
    ];
    for (let k = 0; k < 3000; k++) {
      const mode: PatternMode = k % 2 === 0 ? 'name' : 'path';
      let source = '';
      let expression = '';
      for (let p = Math.floor(rng.next() * 6); p >= 0; p--) {
        const [glob, name, path] = pick(pieces);
        // Adjacent stars would merge into one piece the expression does not know.
        if (source.endsWith('*') && glob.startsWith('*')) continue;
        source += glob;
        expression += mode === 'name' ? name : path;
      }
      const regex = new RegExp(`^${expression}$`);
      const test = matcher(source, mode);
      for (let t = 0; t < 20; t++) {
        const text = Array.from({ length: Math.floor(rng.next() * 9) }, () =>
          pick('ab/120'.split('')),
        ).join('');
        expect(test.test(text), `${source} (${mode}) on ${text}`).toBe(regex.test(text));
      }
    }
  });

  it('keys a match by the smallest value of each range, as expanding the ranges first orders it', () => {
    const rng = Rng.stream(12, 'range-keys');
    const names = Array.from({ length: 400 }, () =>
      Array.from(
        { length: 1 + Math.floor(rng.next() * 7) },
        () => '12_a'[Math.floor(rng.next() * 4)],
      ).join(''),
    );
    for (const source of ['*[1:12]_*', '[1:2]*[1:21]*', '*[0:2]a[1:12]', '{a,_}*[2:12]*']) {
      const test = matcher(source, 'name');
      const pattern = parsePattern(source, 'name');
      if ('problem' in pattern) throw new Error(pattern.problem);
      // The reference: the range values in expansion order (leftmost slowest), each as a regex.
      const ranges = [...source.matchAll(/\[(\d+):(\d+)\]/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const tuples = ranges.reduce<number[][]>(
        (all, [lo, hi]) =>
          all.flatMap((t) => Array.from({ length: hi - lo + 1 }, (_, v) => [...t, lo + v])),
        [[]],
      );
      for (const name of names) {
        const first = tuples.find((tuple) => {
          let k = 0;
          const body = source
            .replace(/\[(\d+):(\d+)\]/g, () => String(tuple[k++]))
            .replace(/[{}]/g, (c) => (c === '{' ? '(?:' : ')'))
            .replace(/,/g, '|')
            .replace(/\*/g, '.*');
          return new RegExp(`^${body}$`).test(name);
        });
        expect(test.test(name), `${source} on ${name}`).toBe(first !== undefined);
        if (first !== undefined) expect(test.rangeKey(name), `${source} on ${name}`).toEqual(first);
      }
    }
  });
});

function range(start: number, end: number): string {
  return Array.from({ length: end - start + 1 }, (_, k) => start + k).join('|');
}
