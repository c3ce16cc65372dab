import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, scalingSchema, schemaAjv } from '../../src/config/schema.js';

type Validators = { config: ValidateFunction; scaling: ValidateFunction };

/** The validators the bundle carries, built as scripts/build.mjs builds them. */
async function bundled(): Promise<Validators> {
  const script = (await import(pathToFileURL(path.resolve('scripts/validators.mjs')).href)) as {
    validatorsSource(): Promise<string>;
    importValidators(source: string): Promise<{ precompiled: Validators }>;
  };
  return (await script.importValidators(await script.validatorsSource())).precompiled;
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
