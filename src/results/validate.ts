import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/results.schema.json' with { type: 'json' };
import { groupsProblem } from './groups.js';
import type { Results } from './types.js';

// Compiled on first use (about 0.1 s): a run that reads no results document never pays it.
let check: ValidateFunction<Results> | undefined;

/** The first problem that makes `document` invalid against the results schema, or undefined. */
export function resultsProblem(document: unknown): string | undefined {
  check ??= new Ajv({ allErrors: false, strict: false }).compile<Results>(schema);
  if (check(document)) return groupsProblem(document);
  return describe(check.errors?.[0]);
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid results document';
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where}: ${error.message ?? 'invalid'}`;
}
