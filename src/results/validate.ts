import type { ErrorObject } from 'ajv';
import { groupsProblem } from './groups.js';
import { resultsValidator } from './precompiled.js';

/** The first problem that makes `document` invalid against the results schema, or undefined. */
export function resultsProblem(document: unknown): string | undefined {
  const check = resultsValidator();
  if (check(document)) return groupsProblem(document);
  return describe(check.errors?.[0]);
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return 'invalid results document';
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where}: ${error.message ?? 'invalid'}`;
}
