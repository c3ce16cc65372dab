// ajv's CommonJS module: its `default` is the function, under Node and esbuild alike.
import standalone from 'ajv/dist/standalone/index.js';
import { configSchema, scalingSchema, schemaAjv } from './schema.js';

/**
 * ajv's standalone code of the config and scaling validators, the same
 * options as precompiled.ts compiles them with: an ES module exporting
 * `validators()` as precompiled.ts does (and the validators as
 * `precompiled`), its runtime helpers `require`d from ajv. Run by scripts/build.mjs, never by a run.
 */
export function validatorsModule(): string {
  const ajv = schemaAjv({ source: true, esm: true });
  ajv.addSchema(configSchema, 'config');
  ajv.addSchema(scalingSchema, 'scaling');
  const code = standalone.default(ajv, { config: 'config', scaling: 'scaling' });
  return `${code}\nexport const precompiled = { config, scaling };\nexport function validators() {\n  return precompiled;\n}\n`;
}
