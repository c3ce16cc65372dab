import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/results/types.js';
import { expectOneLineError, expectUnchanged, runCli, snapshot, suiteRepo } from './helpers.js';

const RUN = ['run', '--config', 'suite/ablation.yml', '--backend', 'cpu', '--out', 'r.json'];

/** Names every JavaScript object already has (or that set its prototype), given to user things. */
const RENAMES: [string, string][] = [
  ['mean_radius', '__proto__'],
  ['mean_texture', 'constructor'],
  ['mean_perimeter', 'toString'],
  ['benign', '__proto__'],
  ['malignant', 'valueOf'],
];

async function rewrite(
  root: string,
  file: string,
  change: (text: string) => string,
): Promise<void> {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

/** Renames columns, classes and groups everywhere: data, scaling file, config. */
async function renameEverything(root: string): Promise<void> {
  const swap = (text: string): string =>
    RENAMES.reduce((t, [from, to]) => t.replace(new RegExp(`\\b${from}\\b`, 'g'), to), text);
  await rewrite(root, 'suite/data/eval.csv', swap);
  await rewrite(root, 'suite/model/scaling.json', swap);
  await rewrite(root, 'suite/ablation.yml', (text) =>
    swap(text)
      .replace('    size:\n', '    __proto__:\n')
      .replace('    hidden:\n', '    constructor:\n')
      // Written as block mappings, so the YAML key itself is `__proto__`.
      .replace('where: { __proto__: { gte: 15 } }', 'where:\n      __proto__:\n        gte: 15')
      .replace(
        'where: { diagnosis: { eq: valueOf } }',
        'where:\n      diagnosis: { eq: valueOf }\n      constructor: { gt: 0 }\n      toString: { between: [0, 1000] }',
      ),
  );
}

async function results(root: string): Promise<Results> {
  const run = await runCli(RUN, root);
  expect(run.stderr).toBe('');
  return JSON.parse(await readFile(path.join(root, 'r.json'), 'utf8')) as Results;
}

// Class 5 of issue 8: no object built from user keys drops or mistakes a key.
describe('user names that are JavaScript property names (issue 8, class 5)', () => {
  it('columns, classes and groups named __proto__, constructor, toString… give the same results', async () => {
    const plain = await suiteRepo();
    const renamed = await suiteRepo();
    await renameEverything(renamed);
    const config = await readFile(path.join(renamed, 'suite/ablation.yml'), 'utf8');
    expect(config).toContain('      __proto__:\n        gte: 15');
    const [a, b] = [await results(plain), await results(renamed)];

    expect(b.classes).toEqual(['__proto__', 'valueOf']);
    expect(Object.keys(b.data.labelCounts ?? {})).toEqual(['__proto__', 'valueOf']);
    expect(Object.values(b.data.labelCounts ?? {})).toEqual(
      Object.values(a.data.labelCounts ?? {}),
    );
    expect(b.baseline).toEqual(a.baseline);
    // The where on `__proto__` kept its condition: the same rows as mean_radius >= 15.
    const large = (r: Results) => r.tests.find((t) => t.name === 'large-tumour-accuracy');
    expect(large(b)?.n).toBe(large(a)?.n);
    expect(large(b)?.n).toBeLessThan(a.baseline.n);
    expect(Object.keys(large(b)?.where ?? {})).toEqual(['__proto__']);
    expect(large(b)?.value).toBe(large(a)?.value);
    // Extra conditions on `constructor` and `toString` that every row meets: same slice.
    const recall = (r: Results) => r.tests[0]; // malignant-recall, renamed valueOf-recall
    expect(Object.keys(recall(b)?.where ?? {})).toEqual(['diagnosis', 'constructor', 'toString']);
    expect(recall(b)?.n).toBe(recall(a)?.n);
    // Components in the same order with the same numbers, only the names differ.
    // (Random draws are seeded by component id, so only deterministic modes compare exactly.)
    const fixed = (r: Results) =>
      r.components
        .filter((c) => c.mode !== 'permute' && c.mode !== 'reinit')
        .map((c) =>
          Object.values(c.metrics ?? {}).map((m): (number | null)[] => [
            m.value,
            'contribution' in m ? m.contribution : null,
          ]),
        );
    expect(fixed(b)).toHaveLength(43);
    expect(fixed(b)).toEqual(fixed(a));
    expect(b.components.map((c) => c.mode)).toEqual(a.components.map((c) => c.mode));
    const ids = b.components.map((c) => c.id);
    expect(ids).toContain('feature:__proto__:permute');
    expect(ids).toContain('group:__proto__:permute');
    expect(ids).toContain('group:constructor:zero');
    // The document compares with itself and reports the class named __proto__.
    const compared = await runCli(['compare', 'r.json', 'r.json', '--report', 'r.md'], renamed);
    expect(compared.code).toBe(0);
    expect(await readFile(path.join(renamed, 'r.md'), 'utf8')).toContain('\\_\\_proto\\_\\_');
  }, 60_000);

  const errors: [string, (root: string) => Promise<void>, RegExp][] = [
    [
      'a where on __proto__ when no column has that name does not vanish',
      (r) =>
        rewrite(r, 'suite/ablation.yml', (t) =>
          t.replace(
            'where: { mean_radius: { gte: 15 } }',
            'where:\n      __proto__:\n        eq: 3',
          ),
        ),
      /^suite\/ablation\.yml:\d+: tests\[3\]\.where\.__proto__: no column "__proto__" in suite\/data\/eval\.csv/,
    ],
    [
      'a where on constructor when no column has that name',
      (r) =>
        rewrite(r, 'suite/ablation.yml', (t) =>
          t.replace('{ mean_radius: { gte: 15 } }', '{ constructor: { gte: 15 } }'),
        ),
      /tests\[3\]\.where\.constructor: no column "constructor"/,
    ],
    [
      'an operator named __proto__',
      (r) =>
        rewrite(r, 'suite/ablation.yml', (t) =>
          t.replace(
            'where: { mean_radius: { gte: 15 } }',
            'where:\n      mean_radius:\n        __proto__: 15',
          ),
        ),
      /tests\[3\]\.where\.mean_radius(\.__proto__)?: /,
    ],
    [
      'a scaling key __proto__ that is not a column',
      (r) =>
        rewrite(r, 'suite/model/scaling.json', (t) =>
          t.replace('"mean_radius":', '"__proto__": 1, "mean_radius":'),
        ),
      /^suite\/model\/scaling\.json: center\.__proto__: "__proto__" is not a feature/,
    ],
    [
      'a weight dtype named constructor',
      (r) =>
        rewrite(r, 'suite/model/model.json', (t) =>
          t.replace('"dtype":"float32"}]}]', '"dtype":"constructor"}]}]'),
        ),
      /^suite\/model\/model\.json: weightsManifest: weight "output\/bias" has dtype "constructor", which a LayersModel cannot load/,
    ],
    [
      'a test class named toString that the data lacks',
      (r) => rewrite(r, 'suite/ablation.yml', (t) => t.replace('class: benign', 'class: toString')),
      /tests\[1\]\.class: "toString" is not a class of the data/,
    ],
    [
      'a label toString outside the classes',
      (r) => rewrite(r, 'suite/data/eval.csv', (t) => t.replace(/,benign\n/, ',toString\n')),
      /^suite\/data\/eval\.csv:\d+: row \d+, column "diagnosis": label "toString" is not one of data\.classes/,
    ],
  ];

  it.each(errors)('%s: exit 2, one line', async (_, change, message) => {
    const root = await suiteRepo();
    await change(root);
    const before = await snapshot(root);
    const run = await runCli(RUN, root);
    expectOneLineError(run, message);
    await expectUnchanged(root, before);
  });
});
