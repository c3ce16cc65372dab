import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, errorMessage } from '../errors.js';
import type { Results } from './types.js';
import { resultsProblem } from './validate.js';

/** How a results document is named in errors: the file as the user gave it, and the input or key. */
export interface ResultsSource {
  /** The file as shown to the user (a relative path, `BRANCH:SUITE/COMMIT.json`). */
  file: string;
  /** Where it came from, e.g. `input baseline-file`. */
  where?: string;
}

/**
 * The results document in `text`, checked against the results schema
 * (schemaVersion 1). Not JSON, or not a results document: an input error
 * naming `source`.
 */
export function parseResults(text: string, source: ResultsSource): Results {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${errorMessage(error)})`, source);
  }
  const problem = resultsProblem(document);
  if (problem !== undefined) {
    throw new InputError(`not a results document (schemaVersion 1): ${problem}`, source);
  }
  return document as Results;
}

/**
 * Reads a results file (`file` relative to `cwd`) and checks it against the
 * schema: the one routine for every results document a user hands in. A
 * missing, unreadable or invalid file is an input error naming it.
 */
export async function readResultsFile(file: string, cwd: string, where?: string): Promise<Results> {
  const source = where === undefined ? { file } : { file, where };
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : errorMessage(error), source);
  }
  return parseResults(text, source);
}
