import { BACKEND_CHOICES, type BackendChoice } from '../backend/choices.js';
import { InputError, errorMessage } from '../errors.js';

/** Options every command that reads a config takes. */
export const COMMON = {
  config: { type: 'string', default: 'ablation.yml' },
  backend: { type: 'string', default: 'auto' },
  debug: { type: 'boolean', default: false },
} as const;

/** Runs a parser of the command line; its errors become input errors. */
export function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InputError(`${errorMessage(error)} (see --help)`);
  }
}

/** The `--backend` value, checked. */
export function backendOf(value: unknown): BackendChoice {
  if (!BACKEND_CHOICES.includes(value as BackendChoice)) {
    throw new InputError(
      `--backend must be one of ${BACKEND_CHOICES.join(', ')}, got "${String(value)}"`,
    );
  }
  return value as BackendChoice;
}

/** The `--workers` value, checked. */
export function workersOf(value: string): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 256) {
    throw new InputError(`--workers must be a whole number from 1 to 256, got "${value}"`);
  }
  return workers;
}
