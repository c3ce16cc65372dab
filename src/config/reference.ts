import { configSchema } from './schema.js';

/**
 * The configuration reference, written from the declaration (schema.ts):
 * one table row per key, with its value, default and meaning. The page
 * docs/configuration.md holds it between two markers; `npm run
 * config:reference` rewrites it there and test/config/reference.test.ts
 * fails when the page and the declaration disagree. Never run by a run.
 */

/** The markers around the generated table in docs/configuration.md. */
export const REFERENCE_START = '<!-- config-reference:start (npm run config:reference) -->';
export const REFERENCE_END = '<!-- config-reference:end -->';

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  minItems?: number;
  expected?: string;
  description?: string;
  default?: string | number | (string | number)[];
};

/** One key of the reference. */
export interface ReferenceRow {
  key: string;
  value: string;
  default: string;
  meaning: string;
}

/** Every key of `schema`, depth first in declaration order. */
export function referenceRows(schema: Schema = configSchema): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  walk(schema, '', rows);
  return rows;
}

function walk(schema: Schema, path: string, rows: ReferenceRow[]): void {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const at = path === '' ? key : `${path}.${key}`;
    rows.push({
      key: at,
      value: valueWords(child),
      default: defaultWords(child, schema.required?.includes(key) ?? false),
      meaning: child.description ?? '',
    });
    for (const [inner, suffix] of below(child)) walk(inner, `${at}${suffix}`, rows);
  }
}

/** The mappings below a key that have keys of their own, with the path step to them. */
function below(schema: Schema): [Schema, string][] {
  const found: [Schema, string][] = [];
  const visit = (s: Schema, suffix: string): void => {
    if (s.properties !== undefined && Object.keys(s.properties).length > 0) found.push([s, suffix]);
    else if (typeof s.additionalProperties === 'object') {
      visit(s.additionalProperties, `${suffix}.${s.propertyNames === undefined ? 'KEY' : 'NAME'}`);
    }
    if (s.items !== undefined) visit(s.items, `${suffix}[]`);
    for (const branch of s.anyOf ?? []) visit(branch, suffix);
  };
  visit(schema, '');
  return found;
}

/** What a key takes, in the words error messages use. */
export function valueWords(schema: Schema): string {
  if (schema.expected !== undefined) return schema.expected;
  if (schema.enum !== undefined) return schema.enum.map(String).join(' | ');
  const type = schema.type;
  if (Array.isArray(type)) return type.map((t) => valueWords({ type: t })).join(' or ');
  switch (type ?? '') {
    case 'string':
      return schema.pattern === undefined ? 'text' : `text matching ${schema.pattern}`;
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number':
      return numberWords(schema, type === 'integer' ? 'an integer' : 'a number');
    case 'array': {
      const items = schema.items === undefined ? 'values' : valueWords(schema.items);
      const bounds = schema.minItems === undefined ? '' : `, at least ${schema.minItems}`;
      const unique = schema.uniqueItems === true ? ', no repeats' : '';
      return `a list of: ${items}${bounds}${unique}`;
    }
    case 'object':
      return 'a mapping';
    default:
      return (schema.anyOf ?? []).map(valueWords).join(', or ');
  }
}

function numberWords(schema: Schema, kind: string): string {
  const { minimum, maximum, exclusiveMinimum } = schema as Record<string, number | undefined>;
  if (minimum !== undefined && maximum !== undefined)
    return `${kind} from ${minimum} to ${maximum}`;
  if (exclusiveMinimum !== undefined) return `${kind} > ${exclusiveMinimum}`;
  if (minimum !== undefined) return `${kind} >= ${minimum}`;
  return kind;
}

function defaultWords(schema: Schema, required: boolean): string {
  if (required) return 'required';
  if (schema.default === undefined) return '—';
  const value = schema.default;
  return `\`${Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value)}\``;
}

/** The reference as a markdown table (not yet aligned: prettier aligns it). */
export function referenceTable(rows: ReferenceRow[] = referenceRows()): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [
    '| key | value | default | meaning |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${cell(row.key)}\` | ${cell(row.value)} | ${cell(row.default)} | ${cell(row.meaning)} |`,
    ),
  ].join('\n');
}

/** `page` with the text between the markers replaced by `table`. */
export function withReference(page: string, table: string): string {
  const start = page.indexOf(REFERENCE_START);
  const end = page.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error('the reference markers are missing');
  return `${page.slice(0, start + REFERENCE_START.length)}\n\n${table}\n\n${page.slice(end)}`;
}

/** `page` (docs/configuration.md's text) with the reference rewritten and formatted as prettier does. */
export async function referencePage(page: string, file: string): Promise<string> {
  // A dev dependency, loaded only here: the generator and its test, never a run.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(withReference(page, referenceTable()), { ...options, filepath: file });
}
