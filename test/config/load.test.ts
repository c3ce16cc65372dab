import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { makeRepo, type TempRepo } from './repo.js';

const FULL = `# ablation-ci suite for the credit model
suite: credit-risk
model: models/credit/model.json
data:
  eval: data/eval.csv
  label: default
  features: [age, income, debt]
  task: binary
  classes: [0, 1]
  scaling:
    center: {age: 50, income: 3.5}
    scale: 2
metrics: [accuracy, f1, log_loss]
seed: 7
repeats: 3
resamples: 200
ablations:
  layers: [dense_*, "conv?"]
  layer-modes: [mean, remove]
  features: [age, income]
  feature-modes: [zero, {value: -1.5}]
  groups:
    money: {features: [income, debt]}
    7: {layers: [dense_2]}
tests:
  - name: elderly-recall
    where:
      age: {gte: 65}
      sex: {in: [F, M]}
    metric: recall
    threshold: ">=0.80"
    min-examples: 30
    class: 1
  - name: log-loss-cap
    where: {income: {between: [1, 2]}, sex: {ne: X}, debt: {lt: 3, gt: 0}}
    metric: log_loss
    threshold: 0.4
  - name: "low debt: accuracy"
    metric: accuracy
    threshold: " < 1 "
gate:
  fail-on: []
  regression: {metric: f1, tolerance: 0, alpha: 0.5}
`;

const MINIMAL =
  'suite: s\nmodel: models/credit/model.json\ndata: {eval: data/eval.csv, label: default}\n';

/** Key path → line of every key and item of FULL, in document order. */
const FULL_LINES: [string, number][] = [
  ['', 2],
  ['suite', 2],
  ['model', 3],
  ['data', 4],
  ['data.eval', 5],
  ['data.label', 6],
  ['data.features', 7],
  ['data.features[0]', 7],
  ['data.features[1]', 7],
  ['data.features[2]', 7],
  ['data.task', 8],
  ['data.classes', 9],
  ['data.classes[0]', 9],
  ['data.classes[1]', 9],
  ['data.scaling', 10],
  ['data.scaling.center', 11],
  ['data.scaling.center.age', 11],
  ['data.scaling.center.income', 11],
  ['data.scaling.scale', 12],
  ['metrics', 13],
  ['metrics[0]', 13],
  ['metrics[1]', 13],
  ['metrics[2]', 13],
  ['seed', 14],
  ['repeats', 15],
  ['resamples', 16],
  ['ablations', 17],
  ['ablations.layers', 18],
  ['ablations.layers[0]', 18],
  ['ablations.layers[1]', 18],
  ['ablations.layer-modes', 19],
  ['ablations.layer-modes[0]', 19],
  ['ablations.layer-modes[1]', 19],
  ['ablations.features', 20],
  ['ablations.features[0]', 20],
  ['ablations.features[1]', 20],
  ['ablations.feature-modes', 21],
  ['ablations.feature-modes[0]', 21],
  ['ablations.feature-modes[1]', 21],
  ['ablations.feature-modes[1].value', 21],
  ['ablations.groups', 22],
  ['ablations.groups.money', 23],
  ['ablations.groups.money.features', 23],
  ['ablations.groups.money.features[0]', 23],
  ['ablations.groups.money.features[1]', 23],
  ['ablations.groups["7"]', 24],
  ['ablations.groups["7"].layers', 24],
  ['ablations.groups["7"].layers[0]', 24],
  ['tests', 25],
  ['tests[0]', 26],
  ['tests[0].name', 26],
  ['tests[0].where', 27],
  ['tests[0].where.age', 28],
  ['tests[0].where.age.gte', 28],
  ['tests[0].where.sex', 29],
  ['tests[0].where.sex.in', 29],
  ['tests[0].where.sex.in[0]', 29],
  ['tests[0].where.sex.in[1]', 29],
  ['tests[0].metric', 30],
  ['tests[0].threshold', 31],
  ['tests[0].min-examples', 32],
  ['tests[0].class', 33],
  ['tests[1]', 34],
  ['tests[1].name', 34],
  ['tests[1].where', 35],
  ['tests[1].where.income', 35],
  ['tests[1].where.income.between', 35],
  ['tests[1].where.income.between[0]', 35],
  ['tests[1].where.income.between[1]', 35],
  ['tests[1].where.sex', 35],
  ['tests[1].where.sex.ne', 35],
  ['tests[1].where.debt', 35],
  ['tests[1].where.debt.lt', 35],
  ['tests[1].where.debt.gt', 35],
  ['tests[1].metric', 36],
  ['tests[1].threshold', 37],
  ['tests[2]', 38],
  ['tests[2].name', 38],
  ['tests[2].metric', 39],
  ['tests[2].threshold', 40],
  ['gate', 41],
  ['gate.fail-on', 42],
  ['gate.regression', 43],
  ['gate.regression.metric', 43],
  ['gate.regression.tolerance', 43],
  ['gate.regression.alpha', 43],
];

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo();
});
afterAll(() => repo.remove());

describe('loadConfig', () => {
  it('turns a config that sets every key into the exact Config', async () => {
    repo.write('ablation.yml', FULL);
    const config = await loadConfig('ablation.yml', { cwd: repo.dir });
    const expected: Config = {
      file: 'ablation.yml',
      root: repo.dir,
      suite: 'credit-risk',
      model: join(repo.dir, 'models/credit/model.json'),
      data: {
        eval: join(repo.dir, 'data/eval.csv'),
        label: 'default',
        features: ['age', 'income', 'debt'],
        task: 'binary',
        classes: ['0', '1'],
        scaling: { center: { age: 50, income: 3.5 }, scale: 2 },
      },
      metrics: ['accuracy', 'f1', 'log_loss'],
      seed: 7,
      repeats: 3,
      resamples: 200,
      ablations: {
        layers: ['dense_*', 'conv?'],
        layerModes: ['mean', 'remove'],
        features: ['age', 'income'],
        featureModes: ['zero', { value: -1.5 }],
        // In file order, although a JS object would put the key "7" first.
        groups: [
          { name: 'money', features: ['income', 'debt'] },
          { name: '7', layers: ['dense_2'] },
        ],
      },
      tests: [
        {
          name: 'elderly-recall',
          where: { age: { gte: 65 }, sex: { in: ['F', 'M'] } },
          metric: 'recall',
          threshold: { op: '>=', value: 0.8 },
          minExamples: 30,
          class: '1',
        },
        {
          name: 'log-loss-cap',
          where: { income: { between: [1, 2] }, sex: { ne: 'X' }, debt: { lt: 3, gt: 0 } },
          metric: 'log_loss',
          // A bare number: "at most" for a metric where lower is better.
          threshold: { op: '<=', value: 0.4 },
          minExamples: 1,
        },
        {
          name: 'low debt: accuracy',
          where: {},
          metric: 'accuracy',
          threshold: { op: '<', value: 1 },
          minExamples: 1,
        },
      ],
      gate: { failOn: [], regression: { metric: 'f1', tolerance: 0, alpha: 0.5 } },
      lines: new Map(FULL_LINES),
    };
    expect(config).toStrictEqual(expected);
    expect([...config.lines]).toStrictEqual(FULL_LINES);
  });

  it('fills in every default of a minimal config', async () => {
    repo.write('minimal.yml', MINIMAL);
    const config = await loadConfig('minimal.yml', { cwd: repo.dir });
    expect(config).toStrictEqual({
      file: 'minimal.yml',
      root: repo.dir,
      suite: 's',
      model: join(repo.dir, 'models/credit/model.json'),
      data: { eval: join(repo.dir, 'data/eval.csv'), label: 'default' },
      metrics: ['accuracy'],
      seed: 42,
      repeats: 5,
      resamples: 1000,
      ablations: {
        layers: 'all',
        layerModes: ['zero', 'reinit'],
        features: 'all',
        featureModes: ['permute'],
        groups: [],
      },
      tests: [],
      gate: {
        failOn: ['test-failure', 'regression'],
        regression: { metric: 'accuracy', tolerance: 0.01, alpha: 0.05 },
      },
      lines: new Map([
        ['', 1],
        ['suite', 1],
        ['model', 2],
        ['data', 3],
        ['data.eval', 3],
        ['data.label', 3],
      ]),
    } satisfies Config);
  });

  it.each([
    [
      'empty lists turn layer and feature ablations off',
      'ablations: {layers: [], features: [], layer-modes: [], feature-modes: []}',
      { layers: [], layerModes: [], features: [], featureModes: [], groups: [] },
    ],
    [
      'an empty ablations mapping keeps every default',
      'ablations: {}',
      {
        layers: 'all',
        layerModes: ['zero', 'reinit'],
        features: 'all',
        featureModes: ['permute'],
        groups: [],
      },
    ],
  ])('%s', async (_, extra, ablations) => {
    repo.write('ablations.yml', `${MINIMAL}${extra}\n`);
    const config = await loadConfig('ablations.yml', { cwd: repo.dir });
    expect(config.ablations).toStrictEqual(ablations);
  });

  it('makes the first metric the gate metric by default', async () => {
    repo.write('gate.yml', `${MINIMAL}metrics: [roc_auc, accuracy]\n`);
    const config = await loadConfig('gate.yml', { cwd: repo.dir });
    expect(config.gate.regression).toStrictEqual({
      metric: 'roc_auc',
      tolerance: 0.01,
      alpha: 0.05,
    });
  });

  it('gives an empty inline scaling center 0 and scale 1', async () => {
    repo.write(
      'scaling.yml',
      'suite: s\nmodel: models/credit/model.json\ndata: {eval: data/eval.csv, label: y, scaling: {}}\n',
    );
    const config = await loadConfig('scaling.yml', { cwd: repo.dir });
    expect(config.data.scaling).toStrictEqual({ center: 0, scale: 1 });
  });
});
