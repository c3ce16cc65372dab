import type { ValidateFunction } from 'ajv';

/**
 * The config and scaling validators compiled at build time: in the bundle,
 * scripts/build.mjs puts ajv's standalone code of schema.ts in place of this
 * module, so a run does not compile the schema (about 0.1 s); from source,
 * none, and schema.ts compiles them on first use.
 */
export const precompiled: { config: ValidateFunction; scaling: ValidateFunction } | undefined =
  undefined;
