import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPath, parentPath } from '../../src/key-path.js';
import { loadConfig } from '../../src/config/load.js';
import { locate } from '../../src/config/locate.js';
import type { Config } from '../../src/config/types.js';
import { makeRepo, type TempRepo } from './repo.js';

describe('keyPath and parentPath', () => {
  it.each([
    [[], ''],
    [['suite'], 'suite'],
    [['tests', 0, 'min-examples'], 'tests[0].min-examples'],
    [
      ['tests', 2, 'where', 'age (years)', 'between', 1],
      'tests[2].where["age (years)"].between[1]',
    ],
    [['ablations', 'groups', '7', 'layers'], 'ablations.groups["7"].layers'],
    [['tests', 0, 'where', 'a"b.c'], 'tests[0].where["a\\"b.c"]'],
  ])('%j is %s', (segments, path) => {
    expect(keyPath(...segments)).toBe(path);
    if (segments.length > 0) {
      expect(parentPath(path)).toBe(keyPath(...segments.slice(0, -1)));
    }
  });
});

const YAML = `suite: s
model: models/credit/model.json
data:
  eval: data/eval.csv
  label: default
  features: [age, income, debt]
tests:
  - name: old
    where:
      "age (years)": {gte: 65}
    metric: recall
    threshold: 0.8
    class: "yes"
`;

let repo: TempRepo;
let config: Config;
beforeAll(async () => {
  repo = makeRepo();
  repo.write('ablation.yml', YAML);
  config = await loadConfig('ablation.yml', { cwd: repo.dir });
});
afterAll(() => repo.remove());

describe('locate', () => {
  it.each([
    ['data.features[2]', 6],
    ['tests[0].where["age (years)"].gte', 10],
    ['tests[0].threshold', 12],
    // Not written: the nearest ancestor that is.
    ['data.features[7]', 6],
    ['tests[0].min-examples', 8],
    ['data.task', 3],
  ])('finds %s at line %d', (where, line) => {
    expect(locate(config, where)).toStrictEqual({ file: 'ablation.yml', where, line });
  });

  it('gives no line for a key under nothing written', () => {
    expect(locate(config, 'ablations.layers[0]')).toStrictEqual({
      file: 'ablation.yml',
      where: 'ablations.layers[0]',
    });
  });
});
