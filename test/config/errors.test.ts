import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { makeRepo, type TempRepo } from './repo.js';

/** A valid config, five lines long: the cases below add to it or edit it. */
const BASE = `suite: s
model: models/credit/model.json
data:
  eval: data/eval.csv
  label: default
`;
const TEST = '  - name: t\n    metric: accuracy\n    threshold: 0.8\n';

interface Case {
  yaml: string;
  /** Key path; '' for none (the whole file). */
  where: string;
  line?: number;
  detail: string;
}

const CASES: Record<string, Case> = {
  'a train.env entry that is no environment variable name': {
    yaml: `${BASE}train:\n  command: python3 train.py\n  env: [PYTHONPATH, INPUT_GITHUB-TOKEN]\n`,
    where: 'train.env[1]',
    line: 8,
    detail: 'expected an environment variable name (letters, digits, _), got "INPUT_GITHUB-TOKEN"',
  },
  'a layer mode that does not exist': {
    yaml: `${BASE}ablations:\n  layer-modes: [zero, zeroes]\n`,
    where: 'ablations.layer-modes[1]',
    line: 7,
    detail: 'expected one of zero | reinit | mean | remove, got "zeroes"; did you mean "zero"?',
  },
  'a feature mode that does not exist': {
    yaml: `${BASE}ablations:\n  feature-modes: [permute, shuffle]\n`,
    where: 'ablations.feature-modes[1]',
    line: 7,
    detail: 'expected one of permute | zero | mean | {value: number}, got "shuffle"',
  },
  'a constant feature mode that is not a number': {
    yaml: `${BASE}ablations:\n  feature-modes:\n    - permute\n    - {value: x}\n`,
    where: 'ablations.feature-modes[1].value',
    line: 9,
    detail: 'expected a number, got "x"',
  },
  'a misspelt key of a constant feature mode': {
    yaml: `${BASE}ablations:\n  feature-modes: [{valu: 3}]\n`,
    where: 'ablations.feature-modes[0].valu',
    line: 7,
    detail: 'unknown key "valu", did you mean "value"?',
  },
  'a layer name that is not a string': {
    yaml: `${BASE}ablations:\n  layers: [dense_1, 5]\n`,
    where: 'ablations.layers[1]',
    line: 7,
    detail: 'expected a string, got 5',
  },
  'layers neither all nor a list': {
    yaml: `${BASE}ablations:\n  layers: everything\n`,
    where: 'ablations.layers',
    line: 7,
    detail: 'expected all or a list of layer names or globs, got "everything"',
  },
  'a snake_case key for a kebab-case one': {
    yaml: `${BASE}ablations:\n  layer_modes: [zero]\n`,
    where: 'ablations.layer_modes',
    line: 7,
    detail: 'unknown key "layer_modes", did you mean "layer-modes"?',
  },
  'a group name with a space': {
    yaml: `${BASE}ablations:\n  groups:\n    "my group": {layers: [a]}\n`,
    where: 'ablations.groups["my group"]',
    line: 8,
    detail:
      'expected a group name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git"), got "my group"',
  },
  'a group of layers and features at once': {
    yaml: `${BASE}ablations:\n  groups:\n    g: {layers: [a], features: [b]}\n`,
    where: 'ablations.groups.g',
    line: 8,
    detail: 'expected exactly one of {layers: [...]} or {features: [...]}, got {layers, features}',
  },
  'an empty group': {
    yaml: `${BASE}ablations:\n  groups:\n    g: {layers: []}\n`,
    where: 'ablations.groups.g.layers',
    line: 8,
    detail: 'expected at least 1 item, got none',
  },
  'a threshold with a bad operator': {
    yaml: `${BASE}tests:\n  - name: t\n    metric: accuracy\n    threshold: "=> 0.8"\n`,
    where: 'tests[0].threshold',
    line: 9,
    detail: 'expected a threshold such as ">= 0.8" (>=, >, <=, <) or a number, got "=> 0.8"',
  },
  'a misspelt key of a test, not reported as its missing key': {
    yaml: `${BASE}tests:\n  - name: t\n    metric: accuracy\n    treshold: ">= 0.8"\n`,
    where: 'tests[0].treshold',
    line: 9,
    detail: 'unknown key "treshold", did you mean "threshold"?',
  },
  'a percentage where a fraction is meant': {
    yaml: `${BASE}tests:\n  - name: t\n    metric: accuracy\n    threshold: ">= 80"\n`,
    where: 'tests[0].threshold',
    line: 9,
    detail: 'expected a value from 0 to 1 for accuracy, got 80',
  },
  'a negative threshold for a loss': {
    yaml: `${BASE}tests:\n  - name: t\n    metric: mse\n    threshold: -1\n`,
    where: 'tests[0].threshold',
    line: 9,
    detail: 'expected a value >= 0 for mse, got -1',
  },
  'a class on a metric that is not per class': {
    yaml: `${BASE}tests:\n${TEST}    class: 1\n`,
    where: 'tests[0].class',
    line: 10,
    detail: 'class applies only to precision, recall or f1, not accuracy',
  },
  'two tests with one name': {
    yaml: `${BASE}tests:\n${TEST}${TEST}`,
    where: 'tests[1].name',
    line: 10,
    detail: 'duplicate test name "t", already at tests[0].name',
  },
  'a where value that is not a condition': {
    yaml: `${BASE}tests:\n${TEST}    where: {age: 65}\n`,
    where: 'tests[0].where.age',
    line: 10,
    detail:
      'expected a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between), got 65',
  },
  'an empty condition': {
    yaml: `${BASE}tests:\n${TEST}    where:\n      age: {}\n`,
    where: 'tests[0].where.age',
    line: 11,
    detail:
      'expected a condition such as {gte: 65} (eq, ne, in, lt, lte, gt, gte, between), got {}',
  },
  'an unknown operator': {
    yaml: `${BASE}tests:\n${TEST}    where:\n      age: {gte: 6, above: 1}\n`,
    where: 'tests[0].where.age.above',
    line: 11,
    detail: 'unknown key "above", expected one of eq | ne | in | lt | lte | gt | gte | between',
  },
  'between with its bounds reversed': {
    yaml: `${BASE}tests:\n${TEST}    where: {age: {between: [70, 60]}}\n`,
    where: 'tests[0].where.age.between',
    line: 10,
    detail: 'expected [low, high] with low <= high, got [70, 60]',
  },
  'between with one bound': {
    yaml: `${BASE}tests:\n${TEST}    where: {age: {between: [70]}}\n`,
    where: 'tests[0].where.age.between',
    line: 10,
    detail: 'expected a list of two numbers [low, high], got [70]',
  },
  'a where value that is not a number': {
    yaml: `${BASE}tests:\n${TEST}    where: {age: {eq: .nan}}\n`,
    where: 'tests[0].where.age.eq',
    line: 10,
    detail: 'expected a string, a number or true/false, got NaN',
  },
  'a misspelt metric': {
    yaml: `${BASE}tests:\n  - name: t\n    metric: f1-macro\n    threshold: 0.8\n`,
    where: 'tests[0].metric',
    line: 8,
    detail:
      'expected one of accuracy | error_rate | precision | recall | f1 | precision_macro | ' +
      'recall_macro | f1_macro | f1_weighted | roc_auc | log_loss | mse | rmse | mae | r2, ' +
      'got "f1-macro"; did you mean "f1_macro"?',
  },
  'a misspelt name in the metrics list': {
    yaml: `${BASE}metrics: [accuracy, acuracy]\n`,
    where: 'metrics[1]',
    line: 6,
    detail:
      'expected one of accuracy | error_rate | precision | recall | f1 | precision_macro | ' +
      'recall_macro | f1_macro | f1_weighted | roc_auc | log_loss | mse | rmse | mae | r2, ' +
      'got "acuracy"; did you mean "accuracy"?',
  },
  'a metric name that is close to none': {
    yaml: `${BASE}metrics: [auc]\n`,
    where: 'metrics[0]',
    line: 6,
    detail:
      'expected one of accuracy | error_rate | precision | recall | f1 | precision_macro | ' +
      'recall_macro | f1_macro | f1_weighted | roc_auc | log_loss | mse | rmse | mae | r2, ' +
      'got "auc"',
  },
  'a test without a metric': {
    yaml: `${BASE}tests:\n  - name: t\n    threshold: 0.8\n`,
    where: 'tests[0]',
    line: 7,
    detail: 'missing required key "metric"',
  },
  'min-examples of zero': {
    yaml: `${BASE}tests:\n${TEST}    min-examples: 0\n`,
    where: 'tests[0].min-examples',
    line: 10,
    detail: 'expected an integer >= 1, got 0',
  },
  'tests as a mapping': {
    yaml: `${BASE}tests:\n  name: t\n`,
    where: 'tests',
    line: 6,
    detail: 'expected a list, got {name}',
  },
  'a gate metric that is not among the metrics': {
    yaml: `${BASE}metrics: [accuracy, f1]\ngate:\n  regression: {metric: roc_auc}\n`,
    where: 'gate.regression.metric',
    line: 8,
    detail: '"roc_auc" is not one of metrics (accuracy, f1)',
  },
  'an alpha above one half': {
    yaml: `${BASE}gate:\n  regression: {alpha: 0.6}\n`,
    where: 'gate.regression.alpha',
    line: 7,
    detail: 'expected a number in (0, 0.5], got 0.6',
  },
  'a gate condition that does not exist': {
    yaml: `${BASE}gate:\n  fail-on: [test-failure, flaky]\n`,
    where: 'gate.fail-on[1]',
    line: 7,
    detail: 'expected one of test-failure | regression | inconclusive | sensitivity, got "flaky"',
  },
  'zero repeats': {
    yaml: `${BASE}repeats: 0\n`,
    where: 'repeats',
    line: 6,
    detail: 'expected an integer from 1 to 1000, got 0',
  },
  'a fractional seed': {
    yaml: `${BASE}seed: 1.5\n`,
    where: 'seed',
    line: 6,
    detail: 'expected an integer, got 1.5',
  },
  'an infinite seed': {
    yaml: `${BASE}seed: .inf\n`,
    where: 'seed',
    line: 6,
    detail: 'expected an integer, got Infinity',
  },
  'too few resamples': {
    yaml: `${BASE}resamples: 50\n`,
    where: 'resamples',
    line: 6,
    detail: 'expected an integer from 100 to 100000, got 50',
  },
  'no metrics': {
    yaml: `${BASE}metrics: []\n`,
    where: 'metrics',
    line: 6,
    detail: 'expected at least 1 item, got none',
  },
  'a metric twice': {
    yaml: `${BASE}metrics:\n  - accuracy\n  - f1\n  - accuracy\n`,
    where: 'metrics[2]',
    line: 9,
    detail: 'duplicate "accuracy", already at metrics[0]',
  },
  'a suite name that cannot name a folder': {
    yaml: BASE.replace('suite: s', 'suite: credit/risk'),
    where: 'suite',
    line: 1,
    detail:
      'expected a suite name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git"), got "credit/risk"',
  },
  'a suite name that cannot be a folder': {
    yaml: BASE.replace('suite: s', 'suite: ..'),
    where: 'suite',
    line: 1,
    detail:
      'expected a suite name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git"), got ".."',
  },
  'no suite': {
    yaml: BASE.replace('suite: s\n', ''),
    where: '',
    detail: 'missing required key "suite"',
  },
  'a misspelt top-level key': {
    yaml: `${BASE}reapeats: 3\n`,
    where: 'reapeats',
    line: 6,
    detail: 'unknown key "reapeats", did you mean "repeats"?',
  },
  'an unknown top-level key with nothing close': {
    yaml: `${BASE}owner: me\n`,
    where: 'owner',
    line: 6,
    detail:
      'unknown key "owner", expected one of suite | model | output | data | metrics | seed | repeats | ' +
      'resamples | workers | time-limit | ablations | train | tests | gate',
  },
  'a misspelt required key': {
    yaml: BASE.replace('  label:', '  lable:'),
    where: 'data.lable',
    line: 5,
    detail: 'unknown key "lable", did you mean "label"?',
  },
  'a missing required key, pointed at its parent': {
    yaml: BASE.replace('  label: default\n', ''),
    where: 'data',
    line: 3,
    detail: 'missing required key "label"',
  },
  'two classes that are one as strings': {
    yaml: `${BASE}  classes: [1, "1"]\n`,
    where: 'data.classes[1]',
    line: 6,
    detail: 'duplicate "1", already at data.classes[0]',
  },
  'one class': {
    yaml: `${BASE}  classes: [yes]\n`,
    where: 'data.classes',
    line: 6,
    detail: 'expected at least 2 items, got 1',
  },
  'the label among the features': {
    yaml: `${BASE}  features: [age, default]\n`,
    where: 'data.features[1]',
    line: 6,
    detail: '"default" is the label column',
  },
  'a feature twice': {
    yaml: `${BASE}  features: [age, debt, age]\n`,
    where: 'data.features[2]',
    line: 6,
    detail: 'duplicate "age", already at data.features[0]',
  },
  'an unknown task': {
    yaml: `${BASE}  task: classification\n`,
    where: 'data.task',
    line: 6,
    detail: 'expected one of binary | multiclass | regression, got "classification"',
  },
  'a zero scale': {
    yaml: `${BASE}  scaling: {center: 1, scale: 0}\n`,
    where: 'data.scaling.scale',
    line: 6,
    detail: 'expected a positive number or a mapping of feature names to positive numbers, got 0',
  },
  'a negative scale of one feature': {
    yaml: `${BASE}  scaling:\n    scale: {age: -1}\n`,
    where: 'data.scaling.scale.age',
    line: 7,
    detail: 'expected a positive number, got -1',
  },
  'scaling that is neither a mapping nor a path': {
    yaml: `${BASE}  scaling: 5\n`,
    where: 'data.scaling',
    line: 6,
    detail:
      'expected a mapping with center and scale, or the path of a JSON file holding one, got 5',
  },
  'eval data in a format nobody reads': {
    yaml: BASE.replace('data/eval.csv', 'data/eval.xlsx'),
    where: 'data.eval',
    line: 4,
    detail: 'expected a .csv, .jsonl, .ndjson or .json file, got "data/eval.xlsx"',
  },
  'a model path that is not a string': {
    yaml: BASE.replace('models/credit/model.json', '[a, b]'),
    where: 'model',
    line: 2,
    detail: 'expected a path relative to the config file, got ["a", "b"]',
  },
  'a list for a document': {
    yaml: '- suite\n- model\n',
    where: '',
    detail: 'expected a mapping with suite, model and data, got ["suite", "model"]',
  },
  'a key given twice': {
    yaml: `${BASE}suite: again\n`,
    where: '',
    line: 6,
    detail: 'invalid YAML at column 1: Map keys must be unique',
  },
  'an unclosed list': {
    yaml: `suite: s\nmetrics: [accuracy\nseed: 1\n`,
    where: '',
    line: 3,
    detail:
      'invalid YAML at column 1: Flow sequence in block collection must be sufficiently ' +
      'indented and end with a ]',
  },
  'tabs for indentation': {
    yaml: `suite: s\ndata:\n\teval: x.csv\n`,
    where: '',
    line: 3,
    detail: 'invalid YAML at column 1: Tabs are not allowed as indentation',
  },
  'two documents': {
    yaml: `${BASE}---\nsuite: t\n`,
    where: '',
    line: 6,
    detail:
      'invalid YAML at column 1: Source contains multiple documents; please use ' +
      'YAML.parseAllDocuments()',
  },
  'an empty file': {
    yaml: '',
    where: '',
    detail: 'the file is empty; expected a mapping with suite, model and data',
  },
  'a file of comments': {
    yaml: '# suite: s\n',
    where: '',
    detail: 'the file is empty; expected a mapping with suite, model and data',
  },
};

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo();
});
afterAll(() => repo.remove());

describe('loadConfig errors', () => {
  it('has at least 20 cases', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(CASES))('%s', async (_, { yaml, where, line, detail }) => {
    repo.write('ablation.yml', yaml);
    const error = await loadConfig('ablation.yml', { cwd: repo.dir }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(InputError);
    const at = line === undefined ? '' : `:${line}`;
    const key = where === '' ? '' : `${where}: `;
    expect((error as InputError).message).toBe(`ablation.yml${at}: ${key}${detail}`);
    expect(error).toMatchObject({ file: 'ablation.yml', where: where || undefined, line });
  });
});
