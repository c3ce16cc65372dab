import type { Task } from './types.js';
import { InputError } from '../errors.js';
import { cellNumber, describeNonNumber, firstNonNumber } from './columns.js';
import { quoteCell, quoteName } from './names.js';
import { rowLocation } from './table.js';
import type { Column } from './types.js';

/** The label column encoded for a task. */
export interface Labels {
  task: Task;
  /** Class labels in output-index order (classification), else undefined. */
  classes: string[] | undefined;
  /** Class index (classification) or target value (regression), per row. */
  y: Float64Array;
}

/** What `encodeLabels` needs to know about the label column and the config. */
export interface LabelSpec {
  name: string;
  column: Column;
  /** 1-based line of each row, when the format has lines. */
  lines: Int32Array | undefined;
  task: Task | undefined;
  classes: string[] | undefined;
  /** The data file and the config file, as the user named them. */
  file: string;
  configFile: string;
}

/** Numeric labels with more distinct values than this are a regression target. */
const MAX_INFERRED_CLASSES = 10;

/**
 * Decides the task and encodes the labels. The task, when not given: with
 * `classes`, binary for two classes and multiclass for more; else
 * regression when every label is a number and there are more than 10
 * distinct values or a non-integer one, binary for 2 distinct values,
 * multiclass otherwise (a single value is an error). Classes, when not
 * given: the distinct labels sorted (numerically when every label is a
 * number, named by `String(value)`; else by Unicode code point). A label
 * matches a given class when its text is the class, or when both are
 * numbers and equal (`1.0` matches `1`).
 */
export function encodeLabels(spec: LabelSpec): Labels {
  const { column } = spec;
  if (column.kind === 'string') {
    const i = column.values.findIndex((text) => text.trim() === '');
    if (i >= 0) throw new InputError('the label is empty', at(spec, i));
  }

  const classes = spec.classes === undefined ? undefined : checkClasses(spec.classes, spec);
  const task = spec.task ?? inferTask(spec, classes);
  if (task === 'binary' && classes !== undefined && classes.length !== 2) {
    throw new InputError(`a binary task needs exactly 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: 'data.classes',
    });
  }
  if (task === 'regression') {
    if (classes !== undefined) {
      throw new InputError('not used for a regression task', {
        file: spec.configFile,
        where: 'data.classes',
      });
    }
    if (column.kind === 'string') {
      const i = firstNonNumber(column.values);
      throw new InputError(
        `regression labels must be numbers, got ${describeNonNumber(column.values[i])}`,
        at(spec, i),
      );
    }
    return { task, classes: undefined, y: Float64Array.from(column.values) };
  }

  const encoded = classes === undefined ? encodeDistinct(column) : encodeGiven(classes, spec);
  const name = quoteName(spec.name);
  if (task === 'binary' && encoded.classes.length !== 2) {
    throw new InputError(
      `a binary task needs 2 classes, but label column ${name} has ` +
        `${encoded.classes.length} distinct value(s): ${listClasses(encoded.classes)}; ` +
        'check data.task, or set data.classes',
      { file: spec.file },
    );
  }
  if (encoded.classes.length < 2) {
    throw new InputError(
      `label column ${name} has a single value ${quoteCell(encoded.classes[0])}; ` +
        'set data.classes to every class of the model',
      { file: spec.file },
    );
  }
  return { task, ...encoded };
}

function at(spec: LabelSpec, i: number): { file: string; where: string; line?: number } {
  return { file: spec.file, ...rowLocation(spec, i, spec.name) };
}

function inferTask(spec: LabelSpec, classes: string[] | undefined): Task {
  if (classes !== undefined) return classes.length === 2 ? 'binary' : 'multiclass';
  const { column } = spec;
  let distinct: number;
  if (column.kind === 'number') {
    distinct = new Set(column.values).size;
    const nonInteger = column.values.some((v) => !Number.isInteger(v));
    if (nonInteger || distinct > MAX_INFERRED_CLASSES) return 'regression';
  } else {
    distinct = new Set(column.values).size;
  }
  if (distinct === 1) {
    const only = column.kind === 'number' ? String(column.values[0]) : column.values[0];
    throw new InputError(
      `label column ${quoteName(spec.name)} has a single value ${quoteCell(only)}; ` +
        'set data.task and data.classes',
      { file: spec.file },
    );
  }
  return distinct === 2 ? 'binary' : 'multiclass';
}

function checkClasses(classes: string[], spec: LabelSpec): string[] {
  if (classes.length < 2) {
    throw new InputError(`expected at least 2 classes, got ${classes.length}`, {
      file: spec.configFile,
      where: 'data.classes',
    });
  }
  const texts = new Set<string>();
  const numbers = new Set<number>();
  classes.forEach((text, i) => {
    const value = cellNumber(text);
    if (texts.has(text) || (!Number.isNaN(value) && numbers.has(value))) {
      throw new InputError(`duplicate class ${quoteCell(text)}`, {
        file: spec.configFile,
        where: `data.classes[${i}]`,
      });
    }
    texts.add(text);
    if (!Number.isNaN(value)) numbers.add(value);
  });
  return classes;
}

function encodeDistinct(column: Column): { classes: string[]; y: Float64Array } {
  const y = new Float64Array(column.values.length);
  if (column.kind === 'number') {
    const sorted = [...new Set(column.values)].sort((a, b) => a - b);
    const index = new Map(sorted.map((value, k) => [value, k]));
    column.values.forEach((value, i) => (y[i] = index.get(value) ?? -1));
    return { classes: sorted.map(String), y };
  }
  const sorted = [...new Set(column.values)].sort(compareCodePoints);
  const index = new Map(sorted.map((value, k) => [value, k]));
  column.values.forEach((value, i) => (y[i] = index.get(value) ?? -1));
  return { classes: sorted, y };
}

/**
 * Class indexes for given classes. A numeric column matches by number only:
 * since no two classes are equal numbers, that is the same as matching the
 * text first.
 */
function encodeGiven(classes: string[], spec: LabelSpec): { classes: string[]; y: Float64Array } {
  const byText = new Map(classes.map((text, k) => [text, k]));
  const byNumber = new Map<number, number>();
  classes.forEach((text, k) => {
    const value = cellNumber(text);
    if (!Number.isNaN(value)) byNumber.set(value, k);
  });
  const { column } = spec;
  const y = new Float64Array(column.values.length);
  for (let i = 0; i < y.length; i++) {
    let k: number | undefined;
    let text: string;
    if (column.kind === 'number') {
      k = byNumber.get(column.values[i]);
      text = String(column.values[i]);
    } else {
      text = column.values[i];
      k = byText.get(text) ?? byNumber.get(cellNumber(text));
    }
    if (k === undefined) {
      throw new InputError(
        `label ${quoteCell(text)} is not one of data.classes (${listClasses(classes)})`,
        at(spec, i),
      );
    }
    y[i] = k;
  }
  return { classes, y };
}

function listClasses(classes: string[]): string {
  const shown = classes.slice(0, 10).map(quoteCell).join(', ');
  return classes.length > 10 ? `${shown}, … (${classes.length - 10} more)` : shown;
}

/** Orders strings by Unicode code point (UTF-16 `<` misorders astral characters). */
function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
