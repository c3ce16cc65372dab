/**
 * Errors a user can fix: bad usage, config or input. The entry points turn
 * them into one line on stderr and exit code 2 (DESIGN §3), or a failed step.
 */
export class InputError extends Error {
  /** The file the problem is in, as the user named it (relative path). */
  readonly file: string | undefined;
  /** Where in that file: a key path (`ablations.layers[2]`) or `row 14, column age`. */
  readonly where: string | undefined;
  /** 1-based line in the file, when known. */
  readonly line: number | undefined;
  /** The problem itself, without its location. */
  readonly detail: string;

  constructor(
    detail: string,
    location: { file?: string; where?: string; line?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(formatLocation(location) + detail, options);
    this.name = 'InputError';
    this.file = location.file;
    this.where = location.where;
    this.line = location.line;
    this.detail = detail;
  }
}

function formatLocation({
  file,
  where,
  line,
}: {
  file?: string;
  where?: string;
  line?: number;
}): string {
  let prefix = '';
  if (file !== undefined) prefix += line !== undefined ? `${file}:${line}: ` : `${file}: `;
  if (where !== undefined && where !== '') prefix += `${where}: `;
  return prefix;
}

/** The message of anything thrown, on one line. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
