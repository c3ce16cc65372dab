// ajv's CommonJS module: its `default` is the function, under Node and esbuild alike.
import standalone from 'ajv/dist/standalone/index.js';
import schema from '../../schema/results.schema.json' with { type: 'json' };
import { resultsAjv } from './precompiled.js';

/**
 * ajv's standalone code of the results validator, the same options as
 * precompiled.ts compiles it with: an ES module exporting
 * `resultsValidator()` as precompiled.ts does, its runtime helpers
 * `require`d from ajv. Run by scripts/build.mjs, never by a run.
 */
export function resultsValidatorModule(): string {
  const ajv = resultsAjv({ source: true, esm: true });
  const code = standalone.default(ajv, ajv.compile(schema));
  return `${code}\nexport function resultsValidator() {\n  return validate;\n}\n`;
}
