import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../schema/results.schema.json' with { type: 'json' };
import type { Results } from './types.js';

const ajv = new Ajv({ allErrors: false, strict: false });
const check = ajv.compile<Results>(schema);

/** The first problem that makes `document` invalid against the results schema, or undefined. */
export function resultsProblem(document: unknown): string | undefined {
  if (check(document)) return undefined;
  return describe(check.errors?.[0]);
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid results document';
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where}: ${error.message ?? 'invalid'}`;
}
