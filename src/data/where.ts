import type { Condition, Where } from './types.js';
import { InputError } from '../errors.js';
import { cellNumber, describeNonNumber } from './columns.js';
import { childPath } from '../key-path.js';
import { unknownNameHint } from '../pattern/suggest.js';
import { quoteName } from './names.js';
import type { Dataset } from './types.js';

/** Where a `where` filter is in the config: the file and its key path (`tests[2].where`). */
export interface WhereLocation {
  file: string;
  key: string;
}

type Operator = keyof Condition;

const OPERATORS: readonly Operator[] = ['eq', 'ne', 'in', 'lt', 'lte', 'gt', 'gte', 'between'];

/**
 * The rows (ascending indexes) that match every condition of a `where`
 * filter. On a numeric column every operator compares numbers (`eq: "5"`
 * is 5); on a text column only eq, ne and in apply, comparing text
 * (`eq: 5` is "5", `eq: true` is "true"). The label column is a column
 * like any other, so `{diagnosis: {eq: malignant}}` compares the label text.
 */
export function selectRows(dataset: Dataset, where: Where, location: WhereLocation): Int32Array {
  const keep = new Uint8Array(dataset.n).fill(1);
  const names = [...dataset.columns.keys()];
  for (const [name, condition] of Object.entries(where)) {
    const key = childPath(location.key, name);
    const column = dataset.columns.get(name);
    if (column === undefined) {
      throw new InputError(
        `no column ${quoteName(name)} in ${dataset.file}; ${unknownNameHint(name, names, 'columns')}`,
        { file: location.file, where: key },
      );
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      throw new InputError('expected a map of operators (eq, ne, in, lt, lte, gt, gte, between)', {
        file: location.file,
        where: key,
      });
    }
    for (const [operator, value] of Object.entries(condition) as [string, unknown][]) {
      const at = { file: location.file, where: `${key}.${operator}` };
      if (!(OPERATORS as readonly string[]).includes(operator)) {
        throw new InputError(`unknown operator; expected one of ${OPERATORS.join(', ')}`, at);
      }
      if (column.kind === 'number') {
        narrow(keep, column.values, numberTest(operator as Operator, value, at));
      } else {
        narrow(keep, column.values, textTest(operator as Operator, value, name, column.values, at));
      }
    }
  }
  let count = 0;
  for (const k of keep) count += k;
  const rows = new Int32Array(count);
  for (let i = 0, r = 0; i < keep.length; i++) if (keep[i] === 1) rows[r++] = i;
  return rows;
}

type At = { file: string; where: string };

/** Clears `keep[i]` for every row whose value fails the test. */
function narrow<T>(keep: Uint8Array, values: ArrayLike<T>, test: (value: T) => boolean): void {
  for (let i = 0; i < keep.length; i++) if (keep[i] === 1 && !test(values[i])) keep[i] = 0;
}

function numberTest(operator: Operator, value: unknown, at: At): (v: number) => boolean {
  switch (operator) {
    case 'eq': {
      const target = toNumber(value, at);
      return (v) => v === target;
    }
    case 'ne': {
      const target = toNumber(value, at);
      return (v) => v !== target;
    }
    case 'in': {
      const set = new Set(toList(value, at).map((item, i) => toNumber(item, indexed(at, i))));
      return (v) => set.has(v);
    }
    case 'lt': {
      const target = toNumber(value, at);
      return (v) => v < target;
    }
    case 'lte': {
      const target = toNumber(value, at);
      return (v) => v <= target;
    }
    case 'gt': {
      const target = toNumber(value, at);
      return (v) => v > target;
    }
    case 'gte': {
      const target = toNumber(value, at);
      return (v) => v >= target;
    }
    case 'between': {
      const [lo, hi] = toRange(value, at);
      return (v) => v >= lo && v <= hi;
    }
  }
}

function textTest(
  operator: Operator,
  value: unknown,
  name: string,
  cells: string[],
  at: At,
): (v: string) => boolean {
  switch (operator) {
    case 'eq': {
      const target = toText(value, at);
      return (v) => v === target;
    }
    case 'ne': {
      const target = toText(value, at);
      return (v) => v !== target;
    }
    case 'in': {
      const set = new Set(toList(value, at).map((item, i) => toText(item, indexed(at, i))));
      return (v) => set.has(v);
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'between': {
      const row = cells.findIndex((cell) => Number.isNaN(cellNumber(cell)));
      throw new InputError(
        `${operator} needs a numeric column, but column ${quoteName(name)} is not numeric: ` +
          `row ${row + 1} holds ${describeNonNumber(cells[row])}`,
        at,
      );
    }
  }
}

function toNumber(value: unknown, at: At): number {
  const number = typeof value === 'number' || typeof value === 'string' ? cellNumber(value) : NaN;
  if (Number.isNaN(number)) {
    throw new InputError(`expected a number, got ${describe(value)}`, at);
  }
  return number;
}

function toText(value: unknown, at: At): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new InputError(`expected a string, number or boolean, got ${describe(value)}`, at);
}

function toList(value: unknown, at: At): unknown[] {
  if (!Array.isArray(value)) throw new InputError('expected a list of values', at);
  return value as unknown[];
}

function toRange(value: unknown, at: At): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new InputError('expected [low, high]', at);
  }
  const lo = toNumber(value[0], indexed(at, 0));
  const hi = toNumber(value[1], indexed(at, 1));
  if (lo > hi) throw new InputError(`low ${lo} is greater than high ${hi}`, at);
  return [lo, hi];
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function indexed(at: At, i: number): At {
  return { file: at.file, where: `${at.where}[${i}]` };
}
