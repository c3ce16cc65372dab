import { Ajv, type Options, type ValidateFunction } from 'ajv';
import schema from '../../schema/results.schema.json' with { type: 'json' };
import type { Results } from './types.js';

/** The ajv the results validator is compiled with, here or at build time (`code`: standalone output). */
export function resultsAjv(code?: Options['code']): Ajv {
  return new Ajv({ allErrors: false, strict: false, ...(code === undefined ? {} : { code }) });
}

let compiled: ValidateFunction<Results> | undefined;

/**
 * The results schema's validator. From source, compiled on first use. In
 * the bundle, scripts/build.mjs puts ajv's standalone code, compiled at
 * build time (standalone.ts), in place of this module: a run compiles
 * nothing (about 0.1 s of every run that writes or reads results).
 */
export function resultsValidator(): ValidateFunction<Results> {
  compiled ??= resultsAjv().compile<Results>(schema);
  return compiled;
}
