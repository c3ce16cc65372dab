import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validators } from '../config/precompiled.js';
import { checkSchema } from '../config/schema-errors.js';
import { parseYaml } from '../config/document.js';
import { InputError, errorMessage } from '../errors.js';

/**
 * The suite the config names, its YAML checked against the schema; the model
 * and data it names need not exist here (the report job evaluates nothing).
 */
export async function suiteOfConfig(file: string, cwd: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the config: ${errorMessage(error)}`, { file });
  }
  const { data, lines } = parseYaml(text, file);
  checkSchema(validators().config, data, lines, file);
  return (data as { suite: string }).suite;
}
