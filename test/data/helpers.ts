import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseDataset, type DatasetSpec } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { InputError } from '../../src/errors.js';
import type { RawTable } from '../../src/data/table.js';

/** Absolute path of a file in test/fixtures/data. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
}

/** A spec for a data file named `displayPath`, with the config file `ablation.yml`. */
export function spec(displayPath: string, extra: Partial<DatasetSpec> = {}): DatasetSpec {
  return {
    path: `/repo/${displayPath}`,
    displayPath,
    label: 'y',
    configFile: 'ablation.yml',
    ...extra,
  };
}

/** Parses text (or bytes) as the data file `displayPath`. */
export function parse(
  content: string | Uint8Array,
  extra: Partial<DatasetSpec> = {},
  displayPath = 'data/t.csv',
): Dataset {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return parseDataset(bytes, spec(displayPath, extra));
}

/** The message of the InputError `run` throws (fails the test if it throws nothing else). */
export function inputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

/** The message of the InputError an async `run` rejects with. */
export async function asyncInputErrorOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

/** Text as the UTF-8 bytes a file of it holds. */
export function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/**
 * Every column of a parsed table as the tests write them (numbers, or text), each column's
 * `numeric` flag checked against the kind it reads as.
 */
export function columnsRead(table: RawTable): (number[] | string[])[] {
  return table.names.map((_, j) => {
    const c = table.column(j);
    expect(table.numeric[j]).toBe(c.kind === 'number' ? 1 : 0);
    return c.kind === 'number' ? [...c.values] : c.values;
  });
}
