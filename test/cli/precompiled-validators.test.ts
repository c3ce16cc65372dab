import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, scalingSchema, schemaAjv } from '../../src/config/schema.js';
import { resultsAjv } from '../../src/results/precompiled.js';
import resultsSchema from '../../schema/results.schema.json' with { type: 'json' };

type Validators = { config: ValidateFunction; scaling: ValidateFunction };

interface Script {
  validatorsSource: () => Promise<string>;
  resultsValidatorSource: () => Promise<string>;
  importValidators: (
    source: string,
  ) => Promise<{ precompiled: Validators; resultsValidator: () => ValidateFunction }>;
}
const script = async (): Promise<Script> =>
  (await import(pathToFileURL(path.resolve('scripts/validators.mjs')).href)) as Script;

/** The validators the bundle carries, built as scripts/build.mjs builds them. */
async function bundled(): Promise<Validators> {
  const { importValidators, validatorsSource } = await script();
  return (await importValidators(await validatorsSource())).precompiled;
}

/** What a validator says of a document: valid, or its errors, every field (verbose). */
function verdict(validate: ValidateFunction, data: unknown): string {
  const valid = validate(data);
  return JSON.stringify({ valid, errors: validate.errors ?? null });
}

describe('the config validators compiled at build time', () => {
  it('say of every document what schema.ts’s compiled at run time say, errors and all', async () => {
    const precompiled = await bundled();
    const ajv = schemaAjv();
    const runtime = { config: ajv.compile(configSchema), scaling: ajv.compile(scalingSchema) };
    const example = parse(await readFile('examples/breast-cancer/ablation.yml', 'utf8')) as Record<
      string,
      unknown
    >;
    const configs: unknown[] = [
      example,
      parse(await readFile('examples/digits/ablation.yml', 'utf8')),
      { ...example, seed: 'many' },
      { ...example, workrs: 2 },
      { ...example, metrics: ['accuracy', 'accuracy'] },
      { ...example, metrics: ['acuracy'] },
      { ...example, suite: '..' },
      { ...example, repeats: 0, resamples: 1.5 },
      { ...example, 'time-limit': '10 parsecs' },
      { ...example, data: { label: 'diagnosis' } },
      { ...example, tests: [{ name: 't', metric: 'accuracy', min: 'high' }] },
      { ...example, ablations: { layers: 'some', 'layer-modes': ['zap'] } },
      [],
      null,
    ];
    for (const config of configs) {
      expect(verdict(precompiled.config, config)).toBe(verdict(runtime.config, config));
    }
    expect(verdict(precompiled.config, configs[0])).toBe('{"valid":true,"errors":null}');
    expect(verdict(precompiled.config, configs[2])).not.toBe('{"valid":true,"errors":null}');
    const scaling: unknown = parse(
      await readFile('examples/breast-cancer/model/scaling.json', 'utf8'),
    );
    for (const document of [scaling, { center: 'x' }, { center: [1], scale: [0] }, 3]) {
      expect(verdict(precompiled.scaling, document)).toBe(verdict(runtime.scaling, document));
    }
    expect(verdict(precompiled.scaling, scaling)).toBe('{"valid":true,"errors":null}');
  }, 60_000);
});

describe('the results validator compiled at build time', () => {
  it('says of every document what the schema compiled at run time says, errors and all', async () => {
    const { importValidators, resultsValidatorSource } = await script();
    const precompiled = (await importValidators(await resultsValidatorSource())).resultsValidator();
    const runtime = resultsAjv().compile(resultsSchema);
    const read = async (name: string): Promise<Record<string, unknown>> =>
      JSON.parse(await readFile(`test/fixtures/results/${name}.json`, 'utf8')) as Record<
        string,
        unknown
      >;
    const results = await read('breast-cancer');
    const documents: unknown[] = [
      results,
      await read('breast-cancer-retrain'),
      await read('groups-v1/merged'),
      { ...results, schemaVersion: 'one' },
      { ...results, components: 'none' },
      { ...results, run: { ...(results.run as object), seed: -1.5 } },
      { ...results, suite: undefined },
      [],
      null,
    ];
    for (const document of documents) {
      expect(verdict(precompiled, document)).toBe(verdict(runtime, document));
    }
    expect(verdict(precompiled, documents[0])).toBe('{"valid":true,"errors":null}');
    expect(verdict(precompiled, documents[3])).not.toBe('{"valid":true,"errors":null}');
  }, 60_000);
});
