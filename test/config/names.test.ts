import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { NAME_MAX_LENGTH } from '../../src/config/names.js';
import { InputError } from '../../src/errors.js';
import { DUMMY_FILES, makeRepo, type TempRepo } from './repo.js';

let repo: TempRepo;
beforeAll(
  () =>
    (repo = makeRepo({
      ...DUMMY_FILES,
      'data/train.csv': 'age,income,debt,sex,default\n70,1,2,F,yes\n',
      'train.ts': 'export function train() {}\n',
    })),
);
afterAll(() => repo.remove());

const DATA = 'data: {eval: data/eval.csv, train: data/train.csv, label: default}\n';

/** A config naming `name` in one place; line 3 holds the name. */
const PLACES: Record<
  string,
  { yaml: (name: string) => string; where: (name: string) => string; words: string }
> = {
  suite: {
    yaml: (name) => `model: models/credit/model.json\n${DATA}suite: ${name}\n`,
    where: () => 'suite',
    words: 'a suite name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")',
  },
  group: {
    yaml: (name) =>
      `suite: s\nablations:\n  groups: {${name}: {features: [age]}}\nmodel: models/credit/model.json\n${DATA}`,
    where: (name) => `ablations.groups.${name}`,
    words: 'a group name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")',
  },
  variant: {
    yaml: (name) =>
      `suite: s\nablations:\n  retrain: {${name}: {dropout: false}}\ntrain: {module: train.ts}\n${DATA}`,
    where: (name) => `ablations.retrain.${name}`,
    words:
      'a variant name of at most 100 letters, digits, ".", "_" or "-" (not ".", ".." or ".git")',
  },
  test: {
    yaml: (name) =>
      `suite: s\ntests:\n  - {name: ${name}, metric: accuracy, threshold: 0.5}\nmodel: models/credit/model.json\n${DATA}`,
    where: () => 'tests[0].name',
    words: 'a test name of 1 to 100 characters',
  },
};

async function load(yaml: string): Promise<string> {
  repo.write('ablation.yml', yaml);
  try {
    await loadConfig('ablation.yml', { cwd: repo.dir });
    return 'loaded';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }
}

describe('one name rule, one limit, for every name a config gives', () => {
  it('allows 100 characters', () => expect(NAME_MAX_LENGTH).toBe(100));

  it.each(Object.keys(PLACES))('a %s name of 100 characters loads', async (place) => {
    expect(await load(PLACES[place].yaml('n'.repeat(100)))).toBe('loaded');
  });

  it.each(
    Object.keys(PLACES).flatMap((place) => [101, 300].map((length) => [place, length] as const)),
  )('a %s name of %i characters is one line naming the file and key', async (place, length) => {
    const name = 'n'.repeat(length);
    const { where, words } = PLACES[place];
    expect(await load(PLACES[place].yaml(name))).toBe(
      `ablation.yml:3: ${where(name)}: expected ${words}, got "${'n'.repeat(39)}…"`,
    );
  });

  it('a test name may hold any characters; a file name may not', async () => {
    expect(await load(PLACES.test.yaml('"low debt: accuracy / 2"'))).toBe('loaded');
    expect(await load(PLACES.group.yaml('"low debt"'))).toBe(
      `ablation.yml:3: ablations.groups["low debt"]: expected ${PLACES.group.words}, got "low debt"`,
    );
  });
});
