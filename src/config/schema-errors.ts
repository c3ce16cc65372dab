import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { keyPath, type KeySegment } from '../key-path.js';
import { closestKey } from '../pattern/suggest.js';

/**
 * Turns what ajv reports into one InputError that a user can act on: the
 * key path, its line, what was expected and what was found, and the closest
 * known key or value when one is near (`did you mean "f1_macro"?`).
 *
 * ajv runs with allErrors, and one error is chosen: the first in the file,
 * except that an unknown key beats a missing key in the same mapping (it is
 * usually the missing key, misspelt). A failed `anyOf` is explained by its
 * one branch of the right type (so `{value: "x"}` as a feature mode says the
 * value must be a number), else by the schema's `expected` words.
 */
export function checkSchema(
  validate: ValidateFunction,
  data: unknown,
  lines: ReadonlyMap<string, number>,
  file: string,
): void {
  if (validate(data)) return;
  const problem = choose(validate.errors ?? [], data, lines);
  const where = keyPath(...problem.segments);
  if (where === '') {
    // The root has no useful line: it is wherever the first key happens to be.
    throw new InputError(problem.detail, { file });
  }
  throw new InputError(problem.detail, { file, where, line: lines.get(where) });
}

interface Problem {
  segments: KeySegment[];
  detail: string;
}

type AjvError = ErrorObject & { propertyName?: string };

function choose(errors: AjvError[], data: unknown, lines: ReadonlyMap<string, number>): Problem {
  const unions = errors.filter(isUnion);
  let top = errors.filter((e) => !unions.some((u) => u !== e && inside(e, u)));
  // The error on a bad property name comes with a second, vaguer one on the mapping.
  top = top.filter(
    (e) => e.keyword !== 'propertyNames' || !top.some((o) => o.propertyName !== undefined),
  );
  const misspelt = new Set(
    top.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath),
  );
  top = top.filter((e) => e.keyword !== 'required' || !misspelt.has(e.instancePath));
  const problems = top.map((e) => explain(e, errors, data, lines));
  const lineOf = (p: Problem): number => lines.get(keyPath(...p.segments)) ?? 0;
  return problems.reduce((best, p) => (lineOf(p) < lineOf(best) ? p : best));
}

function explain(
  error: AjvError,
  all: AjvError[],
  data: unknown,
  lines: ReadonlyMap<string, number>,
): Problem {
  if (!isUnion(error)) return describe(error, data);
  const nested = all.filter((e) => inside(e, error));
  const candidates = new Map<string, AjvError[]>();
  for (const e of nested) {
    const branch = e.schemaPath.slice(error.schemaPath.length + 1).split('/')[0];
    candidates.set(branch, [...(candidates.get(branch) ?? []), e]);
  }
  for (const [branch, branchErrors] of candidates) {
    const wrongType = branchErrors.some(
      (e) => e.schemaPath === `${error.schemaPath}/${branch}/type`,
    );
    if (wrongType) candidates.delete(branch);
  }
  const expected = (error.parentSchema as { expected?: string } | undefined)?.expected;
  if (candidates.size === 1) {
    const [branchErrors] = candidates.values();
    const problem = choose(branchErrors, data, lines);
    const inPlace = keyPath(...problem.segments) === keyPath(...segmentsOf(error, data));
    if (expected === undefined || !inPlace) return problem;
  }
  return {
    segments: segmentsOf(error, data),
    detail: `expected ${expected ?? 'something else'}, got ${show(error.data)}`,
  };
}

function describe(error: AjvError, data: unknown): Problem {
  const segments = segmentsOf(error, data);
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const params = error.params as Record<string, unknown>;
  const got = `got ${show(error.data)}`;
  if (error.propertyName !== undefined) {
    const name = error.propertyName;
    return {
      segments: [...segments, name],
      detail: `expected ${String(schema.expected)}, got ${show(name)}`,
    };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const close = closestKey(key, known);
      const hint =
        close !== undefined ? `did you mean "${close}"?` : `expected one of ${known.join(' | ')}`;
      return { segments: [...segments, key], detail: `unknown key "${key}", ${hint}` };
    }
    case 'required':
      return { segments, detail: `missing required key "${String(params.missingProperty)}"` };
    case 'uniqueItems': {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const item = (error.data as unknown[])[second];
      return {
        segments: [...segments, second],
        detail: `duplicate ${show(item)}, already at ${keyPath(...segments, first)}`,
      };
    }
  }
  if (typeof schema.expected === 'string')
    return { segments, detail: `expected ${schema.expected}, ${got}` };
  if (error.keyword === 'enum' && typeof error.data === 'string') {
    const close = closestKey(error.data, (error.schema as unknown[]).map(String));
    const hint = close === undefined ? '' : `; did you mean "${close}"?`;
    return { segments, detail: `expected ${expectation(error, schema)}, ${got}${hint}` };
  }
  const counted = error.keyword === 'minItems' || error.keyword === 'maxItems';
  const found = counted ? `got ${count(error.data as unknown[])}` : got;
  return { segments, detail: `expected ${expectation(error, schema)}, ${found}` };
}

function expectation(error: AjvError, schema: Record<string, unknown>): string {
  const params = error.params as Record<string, unknown>;
  const kind = schema.type === 'integer' ? 'an integer' : 'a number';
  const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
  switch (error.keyword) {
    case 'type':
      return alternatives(String(params.type).split(',').map(typeWords));
    case 'enum':
      return `one of ${(error.schema as unknown[]).join(' | ')}`;
    case 'minimum':
    case 'maximum':
      if (minimum !== undefined && maximum !== undefined) {
        return `${kind} from ${minimum} to ${maximum}`;
      }
      return `${kind} ${error.keyword === 'minimum' ? '>=' : '<='} ${String(error.schema)}`;
    case 'exclusiveMinimum':
      return `${kind} > ${String(error.schema)}`;
    case 'exclusiveMaximum':
      return `${kind} < ${String(error.schema)}`;
    case 'minItems':
    case 'maxItems': {
      const count = Number(error.schema);
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      return `${bound} ${count} item${count === 1 ? '' : 's'}`;
    }
    case 'minLength':
      return 'a non-empty string';
    case 'pattern':
      return `a string matching ${String(error.schema)}`;
    default:
      return error.message ?? 'something else';
  }
}

/** `a, b or c`. */
export function alternatives(words: readonly string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true/false',
    object: 'a mapping',
    array: 'a list',
    null: 'nothing',
  };
  return words[type] ?? type;
}

/** A value as a message shows it: strings quoted and cut short, collections by their shape. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    const flat = value.every((item) => item === null || typeof item !== 'object');
    const text = flat
      ? `[${value.map((item) => (item === null ? 'null' : show(item))).join(', ')}]`
      : '';
    return flat && text.length <= 40 ? text : `a list of ${value.length}`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    return `{${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}}`;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function count(items: unknown[]): string {
  return items.length === 0 ? 'none' : `${items.length}`;
}

function isUnion(error: AjvError): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf';
}

/** Whether `error` comes from a branch of the union `union` (same place or below). */
function inside(error: AjvError, union: AjvError): boolean {
  const here = union.instancePath;
  return (
    error.schemaPath.startsWith(`${union.schemaPath}/`) &&
    (error.instancePath === here || error.instancePath.startsWith(`${here}/`))
  );
}

/** ajv's JSON pointer as key segments, indices as numbers. */
function segmentsOf(error: AjvError, data: unknown): KeySegment[] {
  const segments: KeySegment[] = [];
  let node = data;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return segments;
}
