import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/errors.ts
var InputError = class extends Error {
  /** The file the problem is in, as the user named it (relative path). */
  file;
  /** Where in that file: a key path (`ablations.layers[2]`) or `row 14, column age`. */
  where;
  /** 1-based line in the file, when known. */
  line;
  /** The problem itself, without its location. */
  detail;
  constructor(detail, location = {}, options) {
    super(formatLocation(location) + detail, options);
    this.name = "InputError";
    this.file = location.file;
    this.where = location.where;
    this.line = location.line;
    this.detail = detail;
  }
};
function formatLocation({
  file,
  where,
  line
}) {
  let prefix = "";
  if (file !== void 0) prefix += line !== void 0 ? `${file}:${line}: ` : `${file}: `;
  if (where !== void 0 && where !== "") prefix += `${where}: `;
  return prefix;
}
function errorMessage(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export {
  InputError,
  errorMessage
};
