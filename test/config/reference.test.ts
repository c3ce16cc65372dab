import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validators } from '../../src/config/precompiled.js';
import { referencePage, referenceRows, valueWords } from '../../src/config/reference.js';

const PAGE = 'docs/configuration.md';

describe('the configuration reference, written from the declaration', () => {
  it('is what docs/configuration.md holds (run `npm run config:reference` when this fails)', async () => {
    const page = await readFile(PAGE, 'utf8');
    expect(await referencePage(page, PAGE)).toBe(page);
  });

  it('has a row with a meaning for every key of the declaration', () => {
    const rows = referenceRows();
    expect(rows.filter((row) => row.meaning === '').map((row) => row.key)).toEqual([]);
    expect(rows.map((row) => row.key)).toEqual(
      expect.arrayContaining([
        'suite',
        'data.scaling.center',
        'ablations.groups.NAME.layers',
        'ablations.retrain.NAME.drop-features',
        'train.time-limit',
        'tests[].where.KEY.between',
        'gate.regression.alpha',
      ]),
    );
  });

  it('shows defaults and required keys as build.ts applies them', () => {
    const byKey = new Map(referenceRows().map((row) => [row.key, row.default]));
    expect(
      Object.fromEntries(
        ['suite', 'model', 'repeats', 'train.time-limit', 'gate.fail-on'].map((k) => [
          k,
          byKey.get(k),
        ]),
      ),
    ).toEqual({
      suite: 'required',
      model: '—',
      repeats: '`5`',
      'train.time-limit': '`60s`',
      'gate.fail-on': '`[test-failure, regression]`',
    });
  });

  it('has an example that the schema accepts', async () => {
    const page = await readFile(PAGE, 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(page)?.[1];
    expect(example).toBeDefined();
    const validate = validators().config;
    expect(validate(parse(example!))).toBe(true);
  });

  it.each([
    [{ type: 'integer', minimum: 1, maximum: 9 }, 'an integer from 1 to 9'],
    [{ type: 'number', exclusiveMinimum: 0 }, 'a number > 0'],
    [{ type: 'number', minimum: 0 }, 'a number >= 0'],
    [{ type: 'string', enum: ['a', 'b'] }, 'a | b'],
    [{ type: ['string', 'boolean'] }, 'text or true or false'],
    [
      { type: 'array', items: { type: 'string' }, minItems: 2, uniqueItems: true },
      'a list of: text, at least 2, no repeats',
    ],
    [{ type: 'string', expected: 'a path' }, 'a path'],
  ])('words %j as %j', (schema, words) => {
    expect(valueWords(schema)).toBe(words);
  });
});
