import type { ValidateFunction } from 'ajv';
import { configSchema, scalingSchema, schemaAjv } from './schema.js';

/** The validators of a config and of a scaling JSON file. */
export interface Validators {
  config: ValidateFunction;
  scaling: ValidateFunction;
}

let compiled: Validators | undefined;

/**
 * The config and scaling validators. From source, compiled from the
 * declaration (schema.ts) on first use. In the bundle, scripts/build.mjs
 * puts ajv's standalone code, compiled at build time (standalone.ts), in
 * place of this module: a run compiles nothing (about 0.1 s saved), and
 * neither the declaration's builders nor ajv's compiler is bundled.
 */
export function validators(): Validators {
  compiled ??= (() => {
    const ajv = schemaAjv();
    return { config: ajv.compile(configSchema), scaling: ajv.compile(scalingSchema) };
  })();
  return compiled;
}
